// news-annotator sources, run as a user runs it: the built dist/cli.js over files and folders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const sample = join(root, 'samples', 'press-conference.news');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder of two articles of our own, one in a subfolder, and a file that is not an article. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-sources-cli-'));
  mkdirSync(join(dir, 'week2'));
  writeFileSync(
    join(dir, 'pier.news'),
    '"We will rebuild the pier," Mayor Lena Hart said. "Every plank."\n\n"Not yet," a senior official said.\n',
  );
  writeFileSync(join(dir, 'week2', 'vote.txt'), '"The numbers do not add up," Mr. Owen Pratt said.\n');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  return dir;
}

interface Row {
  file?: string;
  sources?: { name: string; kind: string; gender?: string; evidence?: string | null }[];
  totals?: Record<string, number>;
}

describe('news-annotator sources', () => {
  it('reports the sample: Macron and Putin, men, 12 and 11 quotes', () => {
    const r = run('sources', '--format', 'json', sample);
    assert.equal(r.status, 0, r.stderr);
    const [row, last] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    assert.deepEqual(
      row.sources?.map((s) => [s.name, s.kind, s.gender]),
      [
        ['Emmanuel Macron', 'person', 'male'],
        ['Vladimir Putin', 'person', 'male'],
      ],
    );
    assert.equal(last.totals?.articles, 1);
    assert.equal(last.totals?.men, 2);
  });

  it('walks a folder (subfolders after files, article files only) and totals it', () => {
    const dir = folder();
    const r = run('sources', '--format', 'json', dir);
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    assert.deepEqual(
      rows.map((x) => x.file),
      [join(dir, 'pier.news'), join(dir, 'week2', 'vote.txt'), undefined],
    );
    const totals = rows[2].totals ?? {};
    assert.deepEqual(
      [totals.articles, totals.women, totals.men, totals.anonymous],
      [2, 1, 1, 1],
      JSON.stringify(totals),
    );
  });

  it('refuses a bad file in one line and reports the rest, exit 2; no progress line in a pipe', () => {
    const dir = folder();
    const r = run('sources', join(dir, 'missing.news'), join(dir, 'pier.news'));
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /missing\.news/);
    assert.doesNotMatch(r.stderr, /\r/);
    assert.match(r.stdout, /^Totals: 1 article · 2 sources/m);
  });

  it('leaves gender out entirely with --no-gender', () => {
    const r = run('sources', '--format', 'json', '--no-gender', sample);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /gender|women|"men"|male/i);
    const text = run('sources', '--no-gender', sample).stdout;
    assert.doesNotMatch(text, /\bman\b|women|gender/);
  });

  it('writes CSV a spreadsheet reads: a row per article and a TOTAL row', () => {
    const dir = folder();
    const r = run('sources', '--format', 'csv', dir);
    const rows = parse<Record<string, string>>(r.stdout, { columns: true });
    assert.deepEqual(
      rows.map((x) => x.file),
      [join(dir, 'pier.news'), join(dir, 'week2', 'vote.txt'), 'TOTAL'],
    );
    assert.equal(rows[2].sources, String(Number(rows[0].sources) + Number(rows[1].sources)));
    assert.equal(rows[0].top_source, 'Lena Hart');
  });
});
