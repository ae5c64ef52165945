// The word table (topics/topicWords.ts): an empty table copies the first seeded one's common
// words, and the copies share nothing that either changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordTable } from '../../../server/src/analysis/topics/topicWords';

function seeded(): WordTable {
  const t = new WordTable();
  t.begin();
  return t;
}

describe('WordTable seeding', () => {
  it('gives a copied table the same ids, stems and flags for common and new words', () => {
    const a = seeded();
    const b = seeded();
    for (const w of ['government', 'said', 'sanctions', 'sanction', 'denuclearization']) {
      const [ia, ib] = [a.lookUp(w), b.lookUp(w)];
      assert.equal(ia, ib, w);
      assert.equal(a.interned(a.wordStem(ia)), b.interned(b.wordStem(ib)), w);
      assert.equal(a.wordFlags(ia), b.wordFlags(ib), w);
      assert.equal(a.wordText(ia), w);
    }
    assert.equal(a.wordStem(a.lookUp('sanctions')), a.wordStem(a.lookUp('sanction')));
    assert.ok(b.isFrequentSpan('the government', 4, 14));
  });

  it('keeps what one table learns out of another', () => {
    const a = seeded();
    const b = seeded();
    const id = b.intern('zyzzyva-stem');
    assert.equal(a.interned(id), undefined);
    const w = b.lookUp('quixotically');
    assert.equal(b.wordText(w), 'quixotically');
    const c = seeded();
    assert.equal(c.interned(id), undefined);
    assert.notEqual(c.lookUpSpan('quixotically', 0, 12), undefined);
    assert.equal(c.wordText(c.lookUp('quixotically')), 'quixotically');
  });
});
