// news-annotator analyze [--json] FILE...: the outline of each article, or its JSON.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../analysis/article';
import { WordTable } from '../analysis/topics/topicWords';
import type { Correction } from '../../../common/corrections';
import type { Article } from '../analysis/model';
import { writeFileAtomic } from '../../../common/node/atomicWrite';
import { toCsv } from '../formats/csv';
import { correctionsPathFor, parseCorrections } from '../../../common/correctionsFile';
import { toContract } from '../formats/json';
import { toMarkdownSheet } from '../formats/markdownSheet';
import { renderReport } from '../formats/report';
import { toWebAnnotations } from '../formats/webAnnotation';
import { readTextFile } from '../node/io/readTextFile';

const FORMATS = ['text', 'json', 'csv', 'webannotation', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: news-annotator analyze [--format FORMAT] [--output FILE] [--max-size MB] FILE...

Finds who said what in news articles: every quotation, its speaker, the people and
organisations in the story, and its topic sections.

  --format text           the outline, quotes under their speakers (the default)
  --format json, --json   one JSON object per file, one per line (offsets in UTF-16 code units)
  --format csv            a quote sheet for spreadsheets (one header, a row per quote)
  --format webannotation  W3C Web Annotation JSON-LD, one collection per file per line
  --format markdown       a quote sheet for fact-checkers
  --bom                   start CSV with a UTF-8 byte-order mark (for Excel)
  --output FILE           write to FILE (atomically; never over an input article)
  --no-corrections        ignore editor corrections kept in FILE.annotations.json
  --max-size MB           skip files larger than this (default 64)
  --no-color              plain text even on a terminal (also: NO_COLOR=1)
  -h, --help              this help
  -v, --version           the version

Exit status: 0 when every file was analysed, 2 when a file could not be read or the
arguments are wrong.`;

declare const VERSION: string;

interface Options {
  format: Format;
  corrections: boolean;
  color: boolean;
  bom: boolean;
  output: string | null;
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
    format: 'text',
    corrections: true,
    bom: false,
    output: null,
    color: (!!process.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb') || (!!env.FORCE_COLOR && env.FORCE_COLOR !== '0'),
    maxMb: 64,
    files: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') { opts.files.push(...rest.slice(i + 1)); break; }
    if (a === '--json') opts.format = 'json';
    else if (a === '--format') {
      const f = rest[++i];
      if (!FORMATS.includes(f as Format)) return `--format needs one of ${FORMATS.join(', ')}`;
      opts.format = f as Format;
    } else if (a === '--output' || a === '-o') {
      const f = rest[++i];
      if (!f) return '--output needs a file name';
      opts.output = f;
    } else if (a === '--bom') opts.bom = true;
    else if (a === '--no-corrections') opts.corrections = false;
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
  const out: string[] = [];
  // One word table for the run: news repeats its words from article to article.
  const words = new WordTable();
  let first = true;
  for (const file of opts.files) {
    const read = readTextFile(file, opts.maxMb * 1024 * 1024);
    if (!read.ok) {
      process.stderr.write(`news-annotator: ${file}: ${read.reason}\n`);
      status = 2;
      continue;
    }
    const corrections = opts.corrections ? readCorrections(file, read.text) : [];
    let article: Article;
    try {
      article = analyzeArticle(read.text, { corrections, words });
      if (article.corrections.stale.length) {
        process.stderr.write(`news-annotator: ${file}: ${article.corrections.stale.length} editor correction(s) no longer find their quote (see ${correctionsPathFor(file)})\n`);
      }
    } catch (err) {
      // A bug in the analysis must not cost the other files: say which file, and go on.
      process.stderr.write(`news-annotator: ${file}: analysis failed (${(err as Error)?.message ?? err}); please report this\n`);
      status = 2;
      continue;
    }
    // Streamed to stdout file by file; gathered only for an --output file, written once.
    const rendered = render(article, file, opts, first);
    if (opts.output) out.push(rendered);
    else process.stdout.write(rendered);
    first = false;
  }
  if (opts.output) {
    const text = out.join('');
    const target = resolve(opts.output);
    if (opts.files.some((f) => sameFile(f, target))) {
      process.stderr.write(`news-annotator: ${opts.output}: refusing to write over an article being analysed\n`);
      return 2;
    }
    try {
      writeFileAtomic(target, text);
    } catch (err) {
      process.stderr.write(`news-annotator: ${opts.output}: cannot write (${(err as NodeJS.ErrnoException).code ?? err})\n`);
      return 2;
    }
  }
  return status;
}

/** Editor corrections kept beside the article; a broken file is reported and ignored, never fatal. */
function readCorrections(file: string, text: string): Correction[] {
  const path = correctionsPathFor(file);
  if (!existsSync(path)) return [];
  const parsed = parseCorrections(readFileSync(path, 'utf8'), text);
  if (parsed.ok) return parsed.corrections;
  process.stderr.write(`news-annotator: ${path}: not applied: ${parsed.reason}\n`);
  return [];
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === b;
  }
}

function render(article: Article, file: string, opts: Options, first: boolean): string {
  switch (opts.format) {
    case 'json': return `${JSON.stringify(toContract(article, file))}\n`;
    case 'csv': return toCsv(article, file, { header: first, bom: opts.bom && first });
    case 'webannotation': return `${JSON.stringify(toWebAnnotations(article, pathToFileURL(resolve(file)).href))}\n`;
    case 'markdown': return `${first ? '' : '\n'}${toMarkdownSheet(article, file)}`;
    default: return `${first ? '' : '\n'}${renderReport(article, file, { color: opts.color && !opts.output })}`;
  }
}

// A closed pipe (`news-annotator analyze … | head`) is a normal end, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.exitCode = main();
