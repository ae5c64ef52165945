// The edit distance behind misspelt names ("Emanuel Macron"): exact within the bound it is asked
// about, against a plain full-table computation, and linear in the words' length.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { closeSpelling, editDistance } from '../../server/src/analysis/people/distance';

/** Optimal string alignment distance over the whole table: slow, obviously right. */
function fullTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance', () => {
  it('agrees with the full table up to its bound, and says max + 1 beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        assert.equal(editDistance(a, b, max), Math.min(fullTable(a, b), max + 1), `${a} / ${b} within ${max}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('closeSpelling agrees with its definition on the full table', () => {
    // Same first letter, four letters or more, and one edit apart (two from eight letters on).
    const letter = fc.constantFrom('a', 'e', 'n', 'r', 'ü', 'ß');
    const name = fc.string({ unit: letter, minLength: 1, maxLength: 11 });
    // Pairs of names, and names with one or two random edits: most of those are close.
    const edited = (a: string): fc.Arbitrary<string> =>
      fc.tuple(fc.nat(), letter, fc.constantFrom('sub', 'del', 'ins', 'swap')).map(([at, c, op]) => {
        const i = at % a.length;
        if (op === 'sub') return a.slice(0, i) + c + a.slice(i + 1);
        if (op === 'del') return a.slice(0, i) + a.slice(i + 1);
        if (op === 'ins') return a.slice(0, i) + c + a.slice(i);
        return a.slice(0, i) + a.slice(i + 1, i + 2) + a.slice(i, i + 1) + a.slice(i + 2);
      });
    const pair = fc.oneof(
      fc.tuple(name, name),
      name.chain((a) => edited(a).map((b) => [a, b] as [string, string])),
      name.chain((a) => edited(a).chain((b) => edited(b).map((c) => [a, c] as [string, string]))),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const len = Math.max(a.length, b.length);
        const max = len >= 8 ? 2 : 1;
        const want = a !== b && len >= 4 && a[0] === b[0] && fullTable(a, b) <= max;
        assert.equal(closeSpelling(a, b), want, `${a} / ${b}`);
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the misspellings of names', () => {
    assert.equal(closeSpelling('emmanuel', 'emanuel'), true);
    assert.equal(closeSpelling('brenner', 'bernner'), true);
    assert.equal(closeSpelling('macron', 'micron'), true);
    assert.equal(closeSpelling('putin', 'obama'), false);
    assert.equal(closeSpelling('macron', 'macron'), false);
  });

  it('compares words of a hundred thousand letters one letter apart', () => {
    // Only the cells near the diagonal are computed: a full table here has 10¹⁰ cells.
    const long = 'ka-'.repeat(100_000);
    assert.equal(editDistance(`${long}x`, `${long}y`, 2), 1);
    assert.equal(editDistance(`${long}xy`, `${long}yx`, 2), 1);
    assert.equal(editDistance(`x${long}`, `${long}yz`, 2), 3);
  });
});
