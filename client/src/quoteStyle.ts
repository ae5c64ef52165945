// How the editor shows a quote's attribution: in its speaker's colour, with a dashed border when the
// attribution is not sure (QuoteInfo.sure, decided on the server by the one threshold every view
// uses), so a fact-checker sees what to verify. No VS Code here, so tests can check the choice.
import type { QuoteInfo } from '../../common/protocol';

/** The speaker's palette index and the border's line; null for a quote with no (coloured) speaker. */
export type QuoteStyle = { readonly color: number; readonly line: 'solid' | 'dashed' } | null;

export function quoteStyle(
  q: Pick<QuoteInfo, 'speaker' | 'sure'>,
  nameOf: ReadonlyMap<string, string>,
  colorOf: ReadonlyMap<string, number>,
): QuoteStyle {
  const name = q.speaker ? nameOf.get(q.speaker) : undefined;
  const color = name === undefined ? undefined : colorOf.get(name);
  return color === undefined ? null : { color, line: q.sure ? 'solid' : 'dashed' };
}

/** "confidence 92 %", or "check: not sure (confidence 64 %)" for tooltips and pick lists. */
export function confidenceText(q: Pick<QuoteInfo, 'confidence' | 'sure'>): string {
  const percent = `confidence ${Math.round(q.confidence * 100)} %`;
  return q.sure ? percent : `check: not sure (${percent})`;
}
