// The command line, run as a user runs it: the built dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/cli/analyze';
import type { ContractArticle } from '../../server/src/formats/json';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const sample = join(root, 'samples', 'press-conference.news');

function runIn(cwd: string | undefined, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const run = (...args: string[]) => runIn(undefined, ...args);

describe('news-annotator analyze', () => {
  it('prints the outline: the lead and the five sections with quotes under their speakers', () => {
    const r = run('analyze', sample);
    assert.equal(r.status, 0, r.stderr);
    for (const h of [
      'Lead',
      "Russia's 'Role of Strong Leader' in International Relations",
      'Normandy Format to Settle Conflict in Donbass',
      'Iran Nuclear Deal Must Be Preserved',
      'Peace Process on Korean Peninsula Must Continue',
      'Russia Should Have Access to MH17 Investigation',
    ]) {
      assert.match(r.stdout, new RegExp(`^${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
    assert.match(r.stdout, /^ {2}Emmanuel Macron · French President · \d+ quotes?(, \d+ reported)?$/m);
    assert.match(r.stdout, /^ {2}Vladimir Putin · Russian President · \d+ quotes?(, \d+ reported)?$/m);
    assert.match(r.stdout, /23 quotes · \d+ reported statements · 2 speakers · 6 sections/);
    assert.match(r.stdout, /^ {4}Paris and Moscow should work together to ensure collective security \(reported\)$/m);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when not a terminal');
  });

  it('prints one JSON object per file in the contract', () => {
    const r = run('analyze', '--json', sample, sample);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    const out = JSON.parse(lines[0]) as ContractArticle;
    assert.equal(out.file, sample);
    assert.equal(out.quotes.filter((q) => q.kind !== 'indirect').length, 23);
    const putin = out.speakers.find((s) => s.name === 'Vladimir Putin')!;
    assert.equal(putin.role, 'Russian President');
    assert.ok(putin.aliases.includes('Putin'));
    const q = out.quotes.filter((x) => x.kind !== 'indirect')[2];
    assert.deepEqual(Object.keys(q).slice(0, 8), [
      'id',
      'start',
      'end',
      'kind',
      'speaker',
      'cue',
      'source',
      'confidence',
    ]);
    assert.equal(q.speaker, putin.id);
    assert.equal(out.sections[0].title, null);
    assert.equal(out.sections.length, 6);
  });

  it('explains unreadable files on one line each, goes on with the others, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
    const binary = join(dir, 'photo.news');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const latin1 = join(dir, 'latin1.news');
    writeFileSync(latin1, Buffer.from('Le ministre a déclaré: "Non."', 'latin1'));
    const missing = join(dir, 'missing.news');
    const r = run('analyze', '--json', missing, binary, latin1, sample, dir);
    assert.equal(r.status, 2);
    const errors = r.stderr.trim().split('\n');
    assert.deepEqual(errors, [
      `news-annotator: ${missing}: no such file`,
      `news-annotator: ${binary}: binary file, not text`,
      `news-annotator: ${latin1}: not UTF-8 text (byte 0xE9 at offset 15); if it is Latin-1, convert it first: iconv -f latin1 -t utf-8`,
      `news-annotator: ${dir}: is a directory, not a file`,
    ]);
    assert.equal(r.stdout.trim().split('\n').length, 1, 'the good file is still analysed');
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('answers random bytes with a result or one line of refusal each, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
    const blobs = fc.sample(
      fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 3000 }),
        fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Uint8Array.from(b, (x) => 0x80 | x)), // high bytes only
        fc.string({ unit: 'binary', maxLength: 500 }).map((t) => new TextEncoder().encode(t)), // valid UTF-8
      ),
      40,
    );
    const files = blobs.map((b, i) => {
      const f = join(dir, `blob${i}.news`);
      writeFileSync(f, b);
      return f;
    });
    const r = run('analyze', '--json', ...files);
    assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/, 'no stack trace');
    const refused = r.stderr.split('\n').filter(Boolean);
    for (const line of refused) assert.match(line, /^news-annotator: \S+blob\d+\.news: [^\n]+$/);
    const analysed = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as ContractArticle).file);
    assert.deepEqual(
      [...analysed, ...refused.map((l) => l.split(': ')[1])].sort(),
      [...files].sort(),
      'each file answered once',
    );
    assert.equal(r.status, refused.length > 0 ? 2 : 0);
  });

  it('names Windows-1252 when the bad byte is one of its curly quotes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
    const word = join(dir, 'word.news');
    writeFileSync(word, Buffer.from([...Buffer.from('He said: '), 0x93, ...Buffer.from('No.'), 0x94]));
    const r = run('analyze', word);
    assert.equal(r.status, 2);
    assert.equal(
      r.stderr,
      `news-annotator: ${word}: not UTF-8 text (byte 0x93 at offset 9); if it is Windows-1252, convert it first: iconv -f windows-1252 -t utf-8\n`,
    );
  });

  it('refuses files over --max-size, and stops reading a device or pipe past it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
    const big = join(dir, 'big.news');
    writeFileSync(big, '“We will rebuild,” Mayor Ann Cole said.\n\n'.repeat(30_000));
    const r = run('analyze', '--max-size', '1', big, '/dev/zero');
    assert.equal(r.status, 2);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      `news-annotator: ${big}: too large (1.3 MB; the limit is 1 MB, see --max-size)`,
      'news-annotator: /dev/zero: too large (more than 1 MB; the limit is 1 MB, see --max-size)',
    ]);
  });

  it('reads an article piped to /dev/stdin', () => {
    // Through a shell's pipe: node's own child stdin is a socket, which /dev/stdin cannot open.
    const r = spawnSync(
      'sh',
      [
        '-c',
        `printf '%s' '"We will rebuild," Mayor Ann Cole said.' | "${process.execPath}" "${cli}" analyze --json /dev/stdin`,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ContractArticle;
    assert.equal(out.speakers.find((s) => s.id === out.quotes[0].speaker)?.name, 'Ann Cole');
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 with one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
    const text = '"We will rebuild," Mayor Ann Cole said.';
    const bom = join(dir, 'bom.news');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const u16 = join(dir, 'utf16.news');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run('analyze', '--json', bom, u16);
    assert.equal(r.status, 0, r.stderr);
    for (const line of r.stdout.trim().split('\n')) {
      const out = JSON.parse(line) as ContractArticle;
      assert.equal(out.quotes.length, 1);
      assert.equal(out.speakers.find((s) => s.id === out.quotes[0].speaker)?.name, 'Ann Cole');
    }
  });

  it('rejects bad usage with one line naming the help to read, and exit code 2', () => {
    for (const args of [[], ['analyse', 'x'], ['analyze'], ['analyze', '--bogus', sample]]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^news-annotator: [^\n]+ \(see 'news-annotator (analyze )?--help'\)\n$/, args.join(' '));
      assert.equal(r.stdout, '');
    }
  });

  it('says an unknown option or a bad value in exactly one line, and analyses nothing', () => {
    const cases: [string[], string][] = [
      [['analyze', '--frmat', 'json', sample], "unknown option '--frmat'"],
      [['analyze', '--max-size', '-1', sample], "option '--max-size' needs a positive number of megabytes, not '-1'"],
      [
        ['analyze', '--format', 'nope', sample],
        "option '--format' needs one of text, json, csv, webannotation, markdown, not 'nope'",
      ],
      [['analyze', sample, '--output'], "option '--output' needs a value (FILE)"],
      [['analyze', '--json=yes', sample], "option '--json' takes no value"],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr, `news-annotator: analyze: ${message} (see 'news-annotator analyze --help')\n`);
      assert.equal(r.stdout, '');
    }
    assert.equal(
      run('analyze').stderr,
      "news-annotator: analyze: no files given (see 'news-annotator analyze --help')\n",
    );
    assert.equal(
      run('analyse', sample).stderr,
      "news-annotator: unknown command 'analyse' (see 'news-annotator --help')\n",
    );
    assert.equal(run().stderr, "news-annotator: no command given (see 'news-annotator --help')\n");
  });

  it("reads '--' as the end of the options, and '-' as a file name", () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
    writeFileSync(join(dir, '--json'), '"We will rebuild," Mayor Ann Cole said.');
    writeFileSync(join(dir, '-'), '"We will not," Governor Tom Reed said.');
    const r = runIn(dir, 'analyze', '-', '--', '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^-$/m, 'the file named -, as text');
    assert.match(r.stdout, /^--json$/m, 'the file named --json, as text: not the option');
    assert.match(r.stdout, /Ann Cole/);
    assert.match(r.stdout, /Tom Reed/);
    assert.equal(
      runIn(dir, 'analyze', '--json').stderr,
      "news-annotator: analyze: no files given (see 'news-annotator analyze --help')\n",
    );
  });

  it('prints the version with -v and --version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['-v', '--version']) {
      const r = run(flag);
      assert.equal(r.status, 0);
      assert.equal(r.stdout, `${version}\n`);
      assert.equal(r.stderr, '');
    }
  });

  it('prints help generated from the option tables: the commands, and every option of analyze', () => {
    const top = run('--help');
    assert.equal(top.status, 0);
    assert.equal(top.stderr, '');
    assert.match(top.stdout, /^Usage: news-annotator COMMAND/);
    assert.match(top.stdout, /^ {2}analyze {2}\S/m);
    assert.match(top.stdout, /^ {2}-v, --version {2}/m);
    for (const args of [
      ['analyze', '--help'],
      ['analyze', '-h'],
      ['analyze', sample, '--help'],
    ]) {
      const r = run(...args);
      assert.equal(r.status, 0, args.join(' '));
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^Usage: news-annotator analyze \[OPTION\]\.\.\. FILE\.\.\.$/m);
      for (const o of analyze.options) {
        assert.match(
          r.stdout,
          new RegExp(
            `^ {2}${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''} {2,}${o.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
            'm',
          ),
          o.name,
        );
      }
      for (const f of ['text', 'json', 'csv', 'webannotation', 'markdown'])
        assert.match(r.stdout, new RegExp(`^ +${f} {2,}\\S`, 'm'));
      assert.match(r.stdout, /\(default: 64\)/);
      assert.match(r.stdout, /^Exit status: 0 when every article was analysed, 2 /m);
    }
  });
});
