// The word alignment behind spelling fixes and renames: which canonical word each written word
// is, and what each becomes under a rename.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, renameMap, wordsIn } from '../../../server/src/analysis/people/nameWords';

const words = (s: string) => wordsIn(s, { start: 0, end: s.length });

describe('name words', () => {
  it('splits a mention into its words, keeping inner hyphens, apostrophes and initials', () => {
    assert.deepEqual(
      words('Kim Jong-un').map((w) => w.text),
      ['Kim', 'Jong-un'],
    );
    assert.deepEqual(
      words("[Iranian President Hassan] O'Rourke").map((w) => w.text),
      ['Iranian', 'President', 'Hassan', "O'Rourke"],
    );
    assert.deepEqual(
      words('J. Smith').map((w) => [w.text, w.start]),
      [
        ['J.', 0],
        ['Smith', 3],
      ],
    );
  });

  it('pairs written words with canonical ones, exactly or as near misses, in order', () => {
    assert.deepEqual(align(words('Emanuel Macron'), ['Emmanuel', 'Macron']), [0, 1]);
    assert.deepEqual(align(words('Macron'), ['Emmanuel', 'Macron']), [1]);
    assert.deepEqual(align(words('the Kremlin'), ['Kremlin']), [-1, 0]);
    assert.deepEqual(align(words('Élysée Palace'), ['Elysee', 'Palace']), [0, 1]);
  });

  it('maps a rename of a part, of the whole, to a longer and to a shorter name', () => {
    assert.deepEqual(renameMap([1], 2, 'Poutine'), [null, 'Poutine']);
    assert.deepEqual(renameMap([0, 1], 2, 'Vladimir  Poutine'), ['Vladimir', 'Poutine']);
    assert.deepEqual(renameMap([0, 1], 2, 'Vladimir V. Putin'), ['Vladimir V.', 'Putin']);
    assert.deepEqual(renameMap([0, 1, 2], 3, 'Jean Dupont'), ['Jean', '', 'Dupont']);
    assert.deepEqual(renameMap([0, 1], 2, 'Putin'), ['', 'Putin']);
  });
});
