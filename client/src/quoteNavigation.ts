// Next and previous quote from the cursor. Pure (no vscode API).
import type { Position, Range } from '../../common/protocol';
import { comparePositions } from './positions';

export interface Step {
  /** Index into the quotes given. */
  readonly index: number;
  /** True when the step went past the last (or first) quote and came round to the other end. */
  readonly wrapped: boolean;
}

/**
 * The quote after the cursor (`direction` 1) or before it (-1), by start position. From inside a
 * quote, "next" is the following quote and "previous" the start of the quote the cursor is in.
 */
export function stepQuote(quotes: readonly { range: Range }[], cursor: Position, direction: 1 | -1): Step | undefined {
  if (!quotes.length) return undefined;
  const order = quotes.map((_, i) => i).sort((a, b) => comparePositions(quotes[a].range.start, quotes[b].range.start));
  if (direction === 1) {
    const i = order.find((q) => comparePositions(quotes[q].range.start, cursor) > 0);
    return i === undefined ? { index: order[0], wrapped: true } : { index: i, wrapped: false };
  }
  const before = order.filter((q) => comparePositions(quotes[q].range.start, cursor) < 0);
  return before.length
    ? { index: before[before.length - 1], wrapped: false }
    : { index: order[order.length - 1], wrapped: true };
}
