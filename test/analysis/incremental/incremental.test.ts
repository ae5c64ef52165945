// Incremental analysis: after any sequence of edits, analysing with the cache kept from the
// earlier versions gives exactly what a fresh analysis of the new text gives. A fast sample of
// random sequences here; NEWS_PROPERTY_RUNS=200 runs more.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { ArticleCache } from '../../../server/src/analysis/incremental/articleCache';
import { WordTable } from '../../../server/src/analysis/topics/topicWords';
import { createNewsService } from '../../../server/src/service';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { random } from '../../fuzz/random';
import { applyEdit, type Edit, randomEdit } from './editSequences';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'press-conference.news'), 'utf8');
const runs = Number(process.env.NEWS_PROPERTY_RUNS ?? 6);
const EDITS = 8;

/**
 * Replays a sequence, checking every version; returns the edits for the failure message. With
 * `words`, one word table for the whole sequence, as the language server keeps: each sentence's
 * word ids are then kept with its paragraph's work too (topics/terms.ts).
 */
function check(start: string, seed: number, words?: WordTable): void {
  const rnd = random(seed);
  const cache = new ArticleCache();
  let text = start;
  analyzeArticle(text, { cache, words });
  const edits: Edit[] = [];
  for (let k = 0; k < EDITS; k++) {
    const e = randomEdit(text, rnd);
    edits.push(e);
    text = applyEdit(text, e);
    const incremental = analyzeArticle(text, { cache, words });
    assert.deepStrictEqual(incremental, analyzeArticle(text), `seed ${seed}, after edits ${JSON.stringify(edits)}`);
  }
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after random edit sequences', () => {
    for (let seed = 1; seed <= runs; seed++) check(sample, seed);
  });

  it('equals a fresh analysis after random edit sequences, with one word table throughout', () => {
    const words = new WordTable();
    for (let seed = 1; seed <= runs; seed++) check(sample, 1000 + seed, words);
  });

  it('equals a fresh analysis after the word table drops its words between two versions', () => {
    const words = new WordTable();
    const cache = new ArticleCache();
    analyzeArticle(sample, { cache, words });
    // A long day of other documents fills the table past its bound: the next analysis drops it.
    for (let i = 0; i < 150_001; i++) words.intern(`filler${i}`);
    const text = applyEdit(sample, { start: 0, end: 0, text: 'x' });
    assert.deepStrictEqual(analyzeArticle(text, { cache, words }), analyzeArticle(text));
  });

  it('equals a fresh analysis when a paragraph is pasted twice and edits move it', () => {
    const para = '“We will rebuild the pier,” Mayor Ana Ruiz said on Friday.';
    let text = `Harbour Reopens\n\n${para}\n\nThe ferry docked at noon.\n\n${para}`;
    const cache = new ArticleCache();
    analyzeArticle(text, { cache });
    for (const e of [
      { start: 0, end: 0, text: 'x' },
      { start: 17, end: 17, text: `${para}\n\n` },
      { start: 0, end: 1, text: '' },
    ]) {
      text = applyEdit(text, e);
      assert.deepStrictEqual(analyzeArticle(text, { cache }), analyzeArticle(text));
    }
  });

  it('follows a word that the article starts or stops writing in lower case', () => {
    // "Rose" is a first name until the article also writes "rose" as a word.
    let text = 'Rose Tyler said the plan works.\n\nPrices rose on Monday.';
    const cache = new ArticleCache();
    analyzeArticle(text, { cache });
    text = text.replace('Prices rose', 'Prices fell');
    assert.deepStrictEqual(analyzeArticle(text, { cache }), analyzeArticle(text));
    text = text.replace('Prices fell', 'Prices rose');
    assert.deepStrictEqual(analyzeArticle(text, { cache }), analyzeArticle(text));
  });

  it('is what the language service answers from, version after version', async () => {
    const doc = TextDocument.create('file:///news/edited.news', 'news', 1, sample);
    const service = createNewsService({
      settings: () => Promise.resolve(DEFAULT_SETTINGS),
      current: () => doc,
      openDocuments: () => [doc],
      workspaceFolders: () => [],
    });
    await service.analysis(doc);
    const rnd = random(99);
    for (let k = 0; k < 6; k++) {
      const e = randomEdit(doc.getText(), rnd);
      TextDocument.update(
        doc,
        [{ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text }],
        doc.version + 1,
      );
      service.changed(doc.uri);
      const { article } = await service.analysis(doc);
      assert.deepStrictEqual(article, analyzeArticle(doc.getText()));
    }
  });
});
