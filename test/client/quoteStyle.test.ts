// How a quote is drawn: its speaker's colour, a dashed border when the attribution is not sure,
// the unattributed style without a coloured speaker; and the confidence words of tooltips and lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confidenceText, quoteStyle } from '../../client/src/quoteStyle';

describe('quote style', () => {
  const names = new Map([
    ['e1', 'Ana Ruiz'],
    ['e2', 'Tom Hale'],
  ]);
  const colors = new Map([
    ['Ana Ruiz', 0],
    ['Tom Hale', 3],
  ]);

  it('draws a sure attribution solid and one to check dashed, both in the speaker’s colour', () => {
    assert.deepEqual(quoteStyle({ speaker: 'e2', sure: true }, names, colors), { color: 3, line: 'solid' });
    assert.deepEqual(quoteStyle({ speaker: 'e2', sure: false }, names, colors), { color: 3, line: 'dashed' });
  });

  it('leaves a quote without a coloured speaker to the unattributed style', () => {
    assert.equal(quoteStyle({ speaker: null, sure: false }, names, colors), null);
    assert.equal(quoteStyle({ speaker: 'e9', sure: true }, names, colors), null);
    assert.equal(quoteStyle({ speaker: 'e1', sure: true }, names, new Map()), null);
  });

  it('says "check" beside the confidence of an attribution that is not sure', () => {
    assert.equal(confidenceText({ confidence: 0.923, sure: true }), 'confidence 92 %');
    assert.equal(confidenceText({ confidence: 0.64, sure: false }), 'check: not sure (confidence 64 %)');
  });
});
