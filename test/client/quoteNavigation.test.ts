// Next/previous quote from the cursor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stepQuote } from '../../client/src/quoteNavigation';

const q = (line: number, from: number, to: number) => ({
  range: { start: { line, character: from }, end: { line, character: to } },
});
// Out of order on purpose: the server lists quotes in text order, but nothing should depend on it.
const quotes = [q(4, 0, 30), q(1, 10, 40), q(4, 40, 60), q(9, 0, 12)];
const at = (line: number, character: number) => ({ line, character });

describe('quote navigation', () => {
  it('goes to the next quote after the cursor, in text order', () => {
    assert.deepEqual(stepQuote(quotes, at(0, 0), 1), { index: 1, wrapped: false });
    assert.deepEqual(
      stepQuote(quotes, at(1, 10), 1),
      { index: 0, wrapped: false },
      'from the start of a quote to the next one',
    );
    assert.deepEqual(
      stepQuote(quotes, at(4, 5), 1),
      { index: 2, wrapped: false },
      'from inside a quote to the next on the same line',
    );
  });

  it('wraps round to the first quote after the last', () => {
    assert.deepEqual(stepQuote(quotes, at(9, 0), 1), { index: 1, wrapped: true });
  });

  it('goes back to the start of the quote the cursor is in, then to the one before', () => {
    assert.deepEqual(stepQuote(quotes, at(4, 50), -1), { index: 2, wrapped: false });
    assert.deepEqual(stepQuote(quotes, at(4, 40), -1), { index: 0, wrapped: false });
    assert.deepEqual(stepQuote(quotes, at(1, 10), -1), { index: 3, wrapped: true });
  });

  it('has nowhere to go in an article without quotes', () => {
    assert.equal(stepQuote([], at(0, 0), 1), undefined);
  });
});
