// The paragraph work kept between versions holds no earlier version's text: memory for one open
// document stays bounded by its current text however many edits it sees (issue 20).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeSpeech } from '../../../server/src/analysis/article';
import { ArticleCache } from '../../../server/src/analysis/incremental/articleCache';
import { detach } from '../../../server/src/analysis/text/detach';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

describe('kept paragraph work', () => {
  it('copies a long slice instead of viewing the text', () => {
    const text = `${'x'.repeat(100)} ${'internationalisation'} ${'y'.repeat(100)}`;
    const word = detach(text.slice(101, 121));
    assert.equal(word, 'internationalisation');
    assert.equal(detach('short'), 'short');
  });

  it('does not keep earlier versions of the article alive', () => {
    // About 370 kB in memory per version (the curly quotes make it two bytes a character).
    const paragraphs = Array.from(
      { length: 1500 },
      (_, i) =>
        `Councillor Ann Whitfield${i} said the redevelopment of the waterfront was “extraordinarily complicated” and would take years.`,
    );
    const cache = new ArticleCache();
    const version = (k: number): string => {
      const edited = paragraphs.slice();
      edited[(k * 37) % edited.length] += ` Edit ${k}.`; // a new paragraph in every version
      return edited.join('\n\n');
    };
    for (let k = 0; k < 5; k++) analyzeSpeech(version(k), { cache });
    const before = heapMB();
    for (let k = 5; k < 40; k++) analyzeSpeech(version(k), { cache });
    const grown = heapMB() - before;
    // Kept views would hold 35 more versions, about 13 MB.
    assert.ok(grown < 3, `heap grew by ${grown.toFixed(1)} MB over 35 versions`);
  });
});
