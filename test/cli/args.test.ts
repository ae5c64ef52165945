// The command-line parser and the help, read directly from their tables: no child process.
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { analyze, type AnalyzeOptions } from '../../server/src/cli/analyze';
import { commandHelp, parseCommandLine, programHelp, type Command, type Parsed } from '../../server/src/cli/args';

const commands: readonly Command<unknown>[] = [analyze];
const parse = (...argv: string[]): Parsed => parseCommandLine(commands, argv);

function options(...argv: string[]): { opts: AnalyzeOptions; operands: readonly string[] } {
  const p = parse(...argv);
  assert.equal(p.kind, 'run', JSON.stringify(p));
  if (p.kind !== 'run') throw new Error('unreachable');
  assert.equal(p.command, analyze);
  return { opts: p.opts as AnalyzeOptions, operands: p.operands };
}

function error(...argv: string[]): string {
  const p = parse(...argv);
  assert.equal(p.kind, 'error', JSON.stringify(p));
  return p.kind === 'error' ? p.message : '';
}

describe('command line: analyze options', () => {
  it('has the documented defaults', () => {
    const { opts, operands } = options('analyze', 'a.news', 'b.news');
    assert.deepEqual(
      { ...opts, color: false },
      {
        format: 'text',
        formatGiven: false,
        corrections: true,
        bom: false,
        output: null,
        maxMb: 64,
        color: false,
        jobs: Math.max(1, availableParallelism() - 1),
        jsonl: false,
      },
    );
    assert.deepEqual(operands, ['a.news', 'b.news']);
  });

  it('reads every option, with its value as the next argument or after =', () => {
    const { opts } = options(
      'analyze',
      '--format',
      'csv',
      '--bom',
      '-o',
      'out.csv',
      '--no-corrections',
      '--max-size',
      '1.5',
      '--no-color',
      '--jobs',
      '3',
      '--jsonl',
      'a',
    );
    assert.deepEqual(opts, {
      format: 'csv',
      formatGiven: true,
      jobs: 3,
      jsonl: true,
      corrections: false,
      bom: true,
      output: 'out.csv',
      maxMb: 1.5,
      color: false,
    });
    assert.equal(options('analyze', '--output=x.json', 'a').opts.output, 'x.json');
    assert.equal(options('analyze', '--format=markdown', 'a').opts.format, 'markdown');
  });

  it('lets the last of --json and --format win, as they are given', () => {
    assert.equal(options('analyze', '--json', '--format', 'csv', 'a').opts.format, 'csv');
    assert.equal(options('analyze', '--format', 'csv', '--json', 'a').opts.format, 'json');
  });

  it("takes '-' as a file, and everything after '--' as files", () => {
    const { opts, operands } = options('analyze', '-', 'a', '--', '--json', '-o', '--');
    assert.equal(opts.format, 'text');
    assert.equal(opts.output, null);
    assert.deepEqual(operands, ['-', 'a', '--json', '-o', '--']);
  });

  it('takes the next argument as a value even when it starts with a dash', () => {
    assert.equal(options('analyze', '-o', '-', 'a').opts.output, '-');
    assert.equal(
      error('analyze', '--max-size', '-1', 'a'),
      "analyze: option '--max-size' needs a positive number of megabytes, not '-1' (see 'news-annotator analyze --help')",
    );
  });

  it('says what is wrong in one line that names the help to read', () => {
    const see = " (see 'news-annotator analyze --help')";
    const cases: [string[], string][] = [
      [['analyze', '--frmat', 'a'], "unknown option '--frmat'"],
      [['analyze', '-x', 'a'], "unknown option '-x'"],
      [['analyze', '-v', 'a'], "unknown option '-v'"],
      [
        ['analyze', '--format', 'nope', 'a'],
        "option '--format' needs one of text, json, csv, webannotation, markdown, not 'nope'",
      ],
      [['analyze', 'a', '--format'], "option '--format' needs one of text, json, csv, webannotation, markdown"],
      [['analyze', '--max-size', '0', 'a'], "option '--max-size' needs a positive number of megabytes, not '0'"],
      [['analyze', '--max-size', 'big', 'a'], "option '--max-size' needs a positive number of megabytes, not 'big'"],
      [['analyze', 'a', '-o'], "option '-o' needs a value (FILE)"],
      [['analyze', '--output=', 'a'], "option '--output' needs a value (FILE)"],
      [['analyze', '--bom=1', 'a'], "option '--bom' takes no value"],
      [['analyze', '--jobs', '0', 'a'], "option '--jobs' needs a whole number of at least 1, not '0'"],
      [['analyze', '-j', 'all', 'a'], "option '-j' needs a whole number of at least 1, not 'all'"],
      [['analyze', '--jobs=2.5', 'a'], "option '--jobs' needs a whole number of at least 1, not '2.5'"],
      [['analyze'], 'no files given'],
      [['analyze', '--json'], 'no files given'],
    ];
    for (const [argv, message] of cases) assert.equal(error(...argv), `analyze: ${message}${see}`, argv.join(' '));
    // The first mistake is the one told.
    assert.equal(error('analyze', '--bogus', '--format', 'nope', 'a'), `analyze: unknown option '--bogus'${see}`);
  });

  it('answers --help with the help of the command, unless a mistake comes first', () => {
    for (const argv of [
      ['analyze', '--help'],
      ['analyze', '-h'],
      ['analyze', 'a', '--help', '--bogus'],
    ]) {
      assert.deepEqual(parse(...argv), { kind: 'help', text: commandHelp(analyze) });
    }
    assert.equal(parse('analyze', '--bogus', '--help').kind, 'error');
    assert.equal(parse('analyze', '--', '--help').kind, 'run');
  });
});

describe('command line: the program', () => {
  it('answers -h, --help, -v and --version before a command', () => {
    assert.deepEqual(parse('--help'), { kind: 'help', text: programHelp(commands) });
    assert.deepEqual(parse('-h', 'analyze'), { kind: 'help', text: programHelp(commands) });
    assert.deepEqual(parse('-v'), { kind: 'version' });
    assert.deepEqual(parse('--version', '--bogus'), { kind: 'version' });
  });

  it('says a missing or unknown command or option in one line', () => {
    const see = " (see 'news-annotator --help')";
    assert.equal(error(), `no command given${see}`);
    assert.equal(error('analyse', 'a'), `unknown command 'analyse'${see}`);
    assert.equal(error('--json', 'analyze', 'a'), `unknown option '--json'${see}`);
    assert.equal(options('--', 'analyze', 'a').operands[0], 'a');
  });
});

describe('command line: help generated from the tables', () => {
  it('lists every option of analyze with its value name, description and default, and every format', () => {
    const help = commandHelp(analyze);
    const lines = help.split('\n');
    assert.equal(lines[0], 'Usage: news-annotator analyze [OPTION]... FILE...');
    for (const o of analyze.options) {
      const left = `  ${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}  `;
      const line = lines.find((l) => l.startsWith(left));
      assert.ok(line, `--${o.name} in the help`);
      assert.ok(line.includes(o.description), o.name);
      if (o.default) assert.ok(line.endsWith(`(default: ${o.default})`), o.name);
      for (const [value, what] of Object.entries(o.choices ?? {}))
        assert.ok(
          lines.some((l) => l.trim().startsWith(`${value} `) && l.endsWith(what)),
          value,
        );
    }
    assert.ok(lines.some((l) => l.startsWith('  -h, --help  ')));
    assert.match(help, /^Every argument after '--' is a FILE/m);
    assert.match(help, /^Exit status: /m);
  });

  it('makes a new command one table entry: parsed, dispatched and listed like analyze', () => {
    const seen: string[] = [];
    const sources: Command<{ top: number }> = {
      name: 'sources',
      summary: 'who is quoted across many articles',
      about: 'A report across many articles.',
      operands: { name: 'FILE', min: 0, missing: '' },
      options: [
        {
          name: 'top',
          short: 't',
          value: 'N',
          description: 'the N most quoted',
          default: '10',
          apply: (o, v) => {
            o.top = Number(v);
          },
        },
      ],
      notes: 'Exit status: 0.',
      defaults: () => ({ top: 10 }),
      run: (o, files) => {
        seen.push(`${o.top} ${files.join(' ')}`);
        return 0;
      },
    };
    const table: readonly Command<unknown>[] = [analyze, sources];
    const p = parseCommandLine(table, ['sources', '-t', '3', 'a', 'b']);
    assert.equal(p.kind, 'run');
    if (p.kind === 'run') assert.equal(p.command.run(p.opts, p.operands), 0);
    assert.deepEqual(seen, ['3 a b']);
    assert.equal(parseCommandLine(table, ['sources']).kind, 'run', 'no files needed');
    assert.match(programHelp(table), /^ {2}analyze {2}.+\n {2}sources {2}who is quoted across many articles$/m);
    assert.match(commandHelp(sources), /^Usage: news-annotator sources \[OPTION\]\.\.\. \[FILE\]\.\.\.$/m);
    assert.match(commandHelp(sources), /^ {2}-t, --top N {2}the N most quoted \(default: 10\)$/m);
  });
});
