// Batch runs of the built command line: --jsonl records and --jobs worker threads, run as a user
// runs them (dist/cli.js in a child process, through a shell where a real pipe matters).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const sample = readFileSync(join(root, 'samples', 'press-conference.news'), 'utf8');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string): Result {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SPEAKERS = ['Mayor Ann Cole', 'Governor Tom Reed', 'Senator Lena Hart', 'Chief Omar Diaz', 'Dr. Ruth Ng'];

/**
 * Records of unequal cost: the long sample first, then short stories, so that with two threads the
 * short ones finish before it and the output order depends on the reorder buffer.
 */
function records(n: number): { id: string | number; text: string }[] {
  const out: { id: string | number; text: string }[] = [{ id: 'long', text: sample }];
  for (let i = 1; i < n; i++) {
    const who = SPEAKERS[i % SPEAKERS.length];
    out.push({ id: i % 3 ? `story-${i}` : i, text: `"We will rebuild the pier by ${1990 + i}," ${who} said.\n` });
  }
  return out;
}

const jsonl = (rs: readonly unknown[]): string => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';

function corpus(rs: readonly unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'news-batch-')), 'corpus.jsonl');
  writeFileSync(file, jsonl(rs));
  return file;
}

const lines = (s: string): Record<string, unknown>[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('news-annotator analyze --jsonl and --jobs', () => {
  it('prints one JSON object per record, with its id, in input order, the same with one thread or two', () => {
    const rs = records(24);
    const file = corpus(rs);
    const one = run(['analyze', '--jsonl', '--jobs', '1', file]);
    const two = run(['analyze', '--jsonl', '--jobs', '2', file]);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(two.stderr, '');
    assert.deepEqual(
      lines(two.stdout).map((o) => o.id),
      rs.map((r) => r.id),
    );
    assert.equal(two.stdout, one.stdout);
    const first = lines(one.stdout)[0];
    assert.equal(Object.keys(first)[0], 'id');
    assert.equal('file' in first, false);
    assert.equal((first.quotes as unknown[]).length > 20, true);
  });

  it('gives each record what analysing its text as a file gives', () => {
    const rs = records(3);
    const dir = mkdtempSync(join(tmpdir(), 'news-batch-'));
    const files = rs.map((r, i) => {
      const f = join(dir, `${i}.news`);
      writeFileSync(f, r.text);
      return f;
    });
    const asFiles = lines(run(['analyze', '--json', '--jobs', '2', ...files]).stdout);
    const asRecords = lines(run(['analyze', '--jsonl', corpus(rs)]).stdout);
    const without = (o: Record<string, unknown>, key: string): string =>
      JSON.stringify(Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)));
    assert.deepEqual(
      asRecords.map((o) => without(o, 'id')),
      asFiles.map((o) => without(o, 'file')),
    );
  });

  it("reads standard input as '-', and labels records by id in other formats", () => {
    const rs = records(4);
    const r = run(['analyze', '--jsonl', '--format', 'csv', '-j', '2', '-'], jsonl(rs));
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.trim().split('\r\n');
    assert.match(rows[0], /^file,section,speaker/);
    assert.equal(rows.filter((l) => l.startsWith('file,')).length, 1, 'one header');
    assert.match(rows.at(-1)!, /^3,Lead,Omar Diaz,Chief,/);
  });

  it('refuses a bad line in one line naming its number, analyses the rest, and exits 2', () => {
    const rs = records(5);
    const text = [
      JSON.stringify(rs[1]),
      '{"id": "broken", "text": "He said',
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify(rs[2]),
      '[1, 2]',
      JSON.stringify(rs[3]),
    ].join('\n');
    const file = corpus([]);
    writeFileSync(file, text);
    for (const jobs of ['1', '2']) {
      const r = run(['analyze', '--jsonl', '--jobs', jobs, file]);
      assert.equal(r.status, 2, jobs);
      const errors = r.stderr.trim().split('\n');
      assert.equal(errors.length, 3, r.stderr);
      assert.match(errors[0], new RegExp(`^news-annotator: ${file}:2: not JSON \\(.+\\)$`));
      assert.equal(errors[1], `news-annotator: ${file}:4: not an object with a "text" string`);
      assert.equal(errors[2], `news-annotator: ${file}:6: not an object with a "text" string`);
      assert.deepEqual(
        lines(r.stdout).map((o) => o.id),
        [rs[1].id, rs[2].id, rs[3].id],
      );
    }
  });

  it('ends quietly with status 0 when the reader closes the pipe', () => {
    const file = corpus(records(400).slice(1));
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${cli}" analyze --jsonl --jobs 2 "${file}" | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
    assert.equal(r.stderr, 'status 0\n');
  });

  it('writes --output once, and never over its input', () => {
    const file = corpus(records(6));
    const dir = mkdtempSync(join(tmpdir(), 'news-batch-'));
    const out = join(dir, 'out.jsonl');
    const r = run(['analyze', '--jsonl', '-j', '2', '-o', out, file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), run(['analyze', '--jsonl', '-j', '1', file]).stdout);
    const before = readFileSync(file, 'utf8');
    const over = run(['analyze', '--jsonl', '-o', file, file]);
    assert.equal(over.status, 2);
    assert.equal(over.stderr, `news-annotator: ${file}: refusing to write over an article being analysed\n`);
    assert.equal(readFileSync(file, 'utf8'), before);
    assert.deepEqual(readdirSync(dir), ['out.jsonl'], 'no temporary file left');
    assert.deepEqual(readdirSync(dirname(file)), ['corpus.jsonl'], 'no temporary file left');
  });

  it('refuses --jobs 0 or a non-number in one line, status 2', () => {
    for (const bad of ['0', 'two', '1.5', '-1']) {
      const r = run(['analyze', '--jobs', bad, '--jsonl', '-'], '');
      assert.equal(r.status, 2, bad);
      assert.equal(
        r.stderr,
        `news-annotator: analyze: option '--jobs' needs a whole number of at least 1, not '${bad}' (see 'news-annotator analyze --help')\n`,
      );
      assert.equal(r.stdout, '');
    }
  });

  it('sources totals the same with one thread or two', () => {
    const file = corpus(records(12));
    const one = run(['sources', '--format', 'json', '--jsonl', '-j', '1', file]);
    const two = run(['sources', '--format', 'json', '--jsonl', '-j', '2', file]);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.stdout, one.stdout);
    const rows = lines(two.stdout);
    assert.equal(rows.length, 13);
    assert.deepEqual(rows.at(-1)?.totals && (rows.at(-1)!.totals as Record<string, number>).articles, 12);
  });
});
