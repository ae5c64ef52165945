// news-annotator analyze [--json] FILE...: the outline of each article, or its JSON.
import { analyzeArticle } from '../analysis/article';
import { toContract } from '../views/json';
import { renderReport } from '../views/report';
import { readArticle } from './readArticle';

const USAGE = `Usage: news-annotator analyze [--json] [--max-size MB] FILE...

Finds who said what in news articles: every quotation, its speaker, the people and
organisations in the story, and its topic sections.

  --json         one JSON object per file, one per line (offsets in UTF-16 code units)
  --max-size MB  skip files larger than this (default 64)
  --no-color     plain text even on a terminal (also: NO_COLOR=1)
  -h, --help     this help
  -v, --version  the version

Exit status: 0 when every file was analysed, 2 when a file could not be read or the
arguments are wrong.`;

declare const VERSION: string;

interface Options {
  json: boolean;
  color: boolean;
  maxMb: number;
  files: string[];
}

function parse(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'analyze') return command ? `unknown command "${command}"` : 'no command given';
  const env = process.env;
  const opts: Options = {
    json: false,
    color: (!!process.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb') || (!!env.FORCE_COLOR && env.FORCE_COLOR !== '0'),
    maxMb: 64,
    files: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') { opts.files.push(...rest.slice(i + 1)); break; }
    if (a === '--json') opts.json = true;
    else if (a === '--no-color') opts.color = false;
    else if (a === '--max-size') {
      const v = Number(rest[++i]);
      if (!(v > 0)) return '--max-size needs a positive number of megabytes';
      opts.maxMb = v;
    } else if (a === '-h' || a === '--help') return 'help';
    else if (a.startsWith('-') && a !== '-') return `unknown option "${a}"`;
    else opts.files.push(a);
  }
  if (opts.files.length === 0) return 'no files given';
  return opts;
}

function main(): number {
  const opts = parse(process.argv.slice(2));
  if (opts === 'help') { process.stdout.write(`${USAGE}\n`); return 0; }
  if (opts === 'version') { process.stdout.write(`${typeof VERSION === 'string' ? VERSION : 'dev'}\n`); return 0; }
  if (typeof opts === 'string') {
    process.stderr.write(`news-annotator: ${opts}\n\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  opts.files.forEach((file, i) => {
    const read = readArticle(file, opts.maxMb * 1024 * 1024);
    if (!read.ok) {
      process.stderr.write(`news-annotator: ${file}: ${read.reason}\n`);
      status = 2;
      return;
    }
    try {
      const article = analyzeArticle(read.text);
      if (opts.json) process.stdout.write(`${JSON.stringify(toContract(article, file))}\n`);
      else process.stdout.write(`${i > 0 ? '\n' : ''}${renderReport(article, file, { color: opts.color })}`);
    } catch (err) {
      // A bug in the analysis must not cost the other files: say which file, and go on.
      process.stderr.write(`news-annotator: ${file}: analysis failed (${(err as Error)?.message ?? err}); please report this\n`);
      status = 2;
    }
  });
  return status;
}

// A closed pipe (`news-annotator analyze … | head`) is a normal end, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.exitCode = main();
