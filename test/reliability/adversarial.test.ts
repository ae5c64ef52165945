// Hostile inputs, small (the bench runs them at full size against the time budget): the core
// must analyse each without throwing and with sound spans, and the command line must print
// exactly what the core computes, offsets and all.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/article';
import { splitParagraphs } from '../../server/src/analysis/text/paragraphs';
import { findQuotations } from '../../server/src/analysis/text/quotations';
import { toContract } from '../../server/src/formats/json';
import { CASES } from '../fuzz/adversarial';
import { articleProblems } from '../fuzz/invariants';

const SIZE = 48 * 1024;
const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const texts = CASES.map((c) => c.make(c.mb === 0 ? 0 : SIZE));

describe('adversarial inputs through the core', () => {
  CASES.forEach((c, i) => {
    it(c.name, () => {
      const text = texts[i];
      const a = analyzeArticle(text);
      assert.deepEqual([...articleProblems(text, a), ...(c.check?.(text, a) ?? [])], []);
    });
  });
});

describe('more items than a call takes arguments', () => {
  // Spreading a long list into push() throws a RangeError past about 120,000 items.
  it('a sentence with 200,000 mentions', () => {
    const text = 'he '.repeat(200_000).trimEnd();
    const a = analyzeArticle(text);
    assert.deepEqual(articleProblems(text, a), []);
    assert.equal(a.sentences.length, 1);
  });

  it('an unclosed single mark holding 200,000 quoted words', () => {
    // The opening ‘ never closes, so it was an apostrophe: each ‘a’ inside stands alone.
    const text = `‘ ${'‘a’ '.repeat(200_000)}`.trimEnd();
    const quotations = findQuotations(text, splitParagraphs(text));
    assert.equal(quotations.length, 200_000);
    assert.deepEqual(articleProblems(text, analyzeArticle(text)), []);
  });
});

describe('marks around nothing', () => {
  const quoted = (text: string): string[] =>
    findQuotations(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

  it('are no quotation, however many', () => {
    assert.deepEqual(quoted('He typed "" and then “ ” and ‘’ and « » — and '.concat('"'.repeat(10_000))), []);
    assert.deepEqual(quoted('“‘ ’”, she said, “”.'), []);
  });

  it('leave the quotations that hold a word, a number or an emoji', () => {
    assert.deepEqual(quoted('“Yes,” she said. He wrote "5" and "" and «👍» and “‘ ’ no”.'), [
      '“Yes,”',
      '"5"',
      '«👍»',
      '“‘ ’ no”',
    ]);
    assert.deepEqual(quoted('“We stay.\n\n“Here.”'), ['“We stay.\n\n“Here.”']);
  });
});

describe('adversarial inputs through the command line', () => {
  it('prints for each file the contract of the core’s analysis of its text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-adversarial-'));
    const files = CASES.map((_, i) => join(dir, `case${i}.news`));
    files.forEach((f, i) => writeFileSync(f, texts[i], 'utf8'));
    const r = spawnSync(process.execPath, [cli, 'analyze', '--json', ...files], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, CASES.length);
    lines.forEach((line, i) => {
      // The command line drops a byte-order mark, as editors do: its offsets are into the rest.
      const text = texts[i].replace(/^\ufeff/, '');
      assert.deepEqual(JSON.parse(line), toContract(analyzeArticle(text), files[i]), CASES[i].name);
    });
  });
});
