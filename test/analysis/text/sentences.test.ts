// Sentence boundaries (text/sentences.ts): abbreviations that may end a sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSentences } from '../sentences';

const sentences = (text: string): string[] =>
  readSentences(text, { candidates: false }).infos.map((s) => text.slice(s.start, s.end));

describe('sentence boundaries after abbreviations', () => {
  it('ends a sentence at "U.S." or "Inc." before a pronoun or a determiner that opens the next', () => {
    assert.deepEqual(sentences('Attacks rose in the U.S. He says more will come.'), [
      'Attacks rose in the U.S.',
      'He says more will come.',
    ]);
    assert.deepEqual(sentences('She joined Acme Inc. The company makes tools.'), [
      'She joined Acme Inc.',
      'The company makes tools.',
    ]);
  });

  it('keeps "U.S." and a title inside the sentence before a name or a noun', () => {
    assert.deepEqual(sentences('The U.S. Senate met. Sen. Ray Dunn spoke. Dr. He Lin agreed.'), [
      'The U.S. Senate met.',
      'Sen. Ray Dunn spoke.',
      'Dr. He Lin agreed.',
    ]);
  });
});

describe('sentence boundaries after quotations', () => {
  it('ends a sentence at a quotation that closes on a full stop, whatever its closing marks', () => {
    for (const [open, close] of [
      ['“', '”'],
      ["''", "''"],
    ]) {
      const text = `He wrote to her about a visit ${open}at the invitation of a friend.${close} She replied at once.`;
      assert.deepEqual(sentences(text), [
        `He wrote to her about a visit ${open}at the invitation of a friend.${close}`,
        'She replied at once.',
      ]);
    }
    // A nested quote and the outer one closing together.
    const nested = "He said, ''We are told, 'it is a special case.''' Then he left.";
    assert.deepEqual(sentences(nested), ["He said, ''We are told, 'it is a special case.'''", 'Then he left.']);
  });

  it("keeps a question and its attribution in one sentence, past a title's period: “Why?” Mr. Dunn asked", () => {
    assert.deepEqual(sentences('“Why now?” Mr. Dunn asked. “Why not?” Ada Lowe replied.'), [
      '“Why now?” Mr. Dunn asked.',
      '“Why not?” Ada Lowe replied.',
    ]);
  });
});
