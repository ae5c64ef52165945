// Exports parsed back and compared with the model they came from.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { analyzeArticle } from '../../server/src/analysis/article';
import { SURE } from '../../server/src/analysis/attribution/confidence';
import type { Quote } from '../../server/src/analysis/model';
import { locate, utf16Offset } from '../../common/anchor';
import { CSV_COLUMNS, toCsv } from '../../server/src/formats/csv';
import { toMarkdownSheet } from '../../server/src/formats/markdownSheet';
import { quoteRows } from '../../server/src/formats/quoteRows';
import { toWebAnnotations } from '../../server/src/formats/webAnnotation';

// Emoji before the quotes (surrogate pairs), CRLF line ends, a comma, a doubled quote mark and
// a formula-like start inside quotes: what breaks careless exporters.
const TEXT = [
  'Harbour Reopens 🚢',
  'Mayor Ana Ruiz 👋 reopened the harbour on Friday.',
  '"We said ""never again"", and we meant it," Ruiz said.',
  '"=1+1 is not a budget," said Councilman Tom Becker, a critic.',
  'Ruiz said the ferries would sail in May.',
].join('\r\n');

const article = analyzeArticle(TEXT);
const rows = quoteRows(article);

describe('exports', () => {
  it('has quotes to export (the fixture is realistic)', () => {
    assert.deepEqual(
      rows.map((r) => r.speaker),
      ['Ana Ruiz', 'Tom Becker', 'Ana Ruiz'],
    );
  });

  it('CSV: parses back to the same rows, with a BOM when asked', () => {
    const csv = toCsv(article, 'harbour.news', { bom: true });
    assert.ok(csv.startsWith('\uFEFF'));
    const records = parse<Record<string, string>>(csv, { bom: true, columns: true });
    assert.deepEqual(Object.keys(records[0]), [...CSV_COLUMNS]);
    assert.equal(records.length, rows.length);
    records.forEach((rec, i) => {
      const r = rows[i];
      assert.equal(rec.file, 'harbour.news');
      assert.equal(rec.speaker, r.speaker);
      assert.equal(rec.kind, r.kind);
      assert.equal(Number(rec.confidence), r.confidence);
      assert.equal(Number(rec.line), r.line);
      // A cell that a spreadsheet would run as a formula is kept as text with a leading apostrophe.
      assert.equal(rec.quote, r.quote.startsWith('=') ? `'${r.quote}` : r.quote);
      assert.equal(TEXT.slice(Number(rec.start), Number(rec.end)).includes(r.quote.slice(0, 10)), true);
    });
    assert.equal(rows[1].line, 4);
  });

  it('Web Annotation: every selector finds its quote again, and positions count code points', () => {
    const coll = toWebAnnotations(article, 'file:///news/harbour.news');
    assert.equal(coll.type, 'AnnotationCollection');
    assert.equal(coll.total, article.quotes.length);
    const round = JSON.parse(JSON.stringify(coll)) as typeof coll;
    round.first.items.forEach((a, i) => {
      const q = article.quotes[i];
      const [quote, position] = a.target.selector;
      assert.deepEqual(locate(TEXT, quote), { start: q.start, end: q.end });
      assert.deepEqual([utf16Offset(TEXT, position.start), utf16Offset(TEXT, position.end)], [q.start, q.end]);
      assert.ok(position.start < q.start, 'two emoji before the quote: code points < UTF-16 units');
      const speaker = a.body.find((b) => b.purpose === 'identifying')?.value;
      assert.equal(speaker, article.entities.find((e) => e.id === q.speaker)?.name);
    });
  });

  it('Markdown: one table row per quote, in the model’s order, with escaped cells', () => {
    const md = toMarkdownSheet(article, 'harbour.news');
    const tableRows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    assert.equal(tableRows.length, rows.length);
    tableRows.forEach((line, i) => {
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim().replace(/\\(.)/g, '$1'));
      assert.equal(Number(cells[0]), rows[i].line);
      assert.ok(cells[1].startsWith(rows[i].speaker));
      assert.equal(cells[3], rows[i].quote);
    });
  });

  it('Markdown: flags for checking exactly the attributions that are not sure, as the editor does', () => {
    const checkColumn = (confidence: number, method: Quote['method']): string => {
      const quotes = article.quotes.map((q, i) => (i === 1 ? { ...q, confidence, method } : q));
      const line = toMarkdownSheet({ ...article, quotes }, 'harbour.news')
        .split('\n')
        .filter((l) => /^\| \d+ \|/.test(l))[1];
      return line
        .split(/(?<!\\)\|/)
        .slice(1, -1)[6]
        .trim();
    };
    // Between the sheet's old bar (60 %) and "sure": worth a check now.
    assert.equal(checkColumn((0.6 + SURE) / 2, 'cue'), '⚠ check');
    assert.equal(checkColumn(SURE, 'cue'), '');
    assert.equal(checkColumn(0.3, 'editor'), '');
  });
});

describe('news-annotator analyze --format and --output', () => {
  const root = join(__dirname, '..', '..');
  const cli = join(root, 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('writes each format to a file, and refuses to write over an article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-export-'));
    const src = join(dir, 'harbour.news');
    writeFileSync(src, TEXT);
    for (const format of ['csv', 'webannotation', 'markdown', 'json']) {
      const out = join(dir, `out.${format}`);
      const r = run('analyze', '--format', format, '--output', out, src);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(readFileSync(out, 'utf8').length > 100);
    }
    const before = readFileSync(src);
    const r = run('analyze', '--format', 'csv', '--output', src, src);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /refusing to write over an article/);
    assert.deepEqual(readFileSync(src), before, 'the article is untouched');
    assert.ok(!existsSync(join(dir, '.harbour.news.tmp')));
  });
});
