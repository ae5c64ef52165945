// Editor corrections: "Set speaker…" and "Not a quote", made by a person and stored beside the
// article (never in it). Each is anchored by the quote's text and a little context, so it
// survives edits elsewhere; analysis applies them before anything else, so continuations and
// pronouns follow the corrected speaker. A correction whose text is gone is reported as stale.
import type { Span } from './span';

export interface QuoteAnchor {
  /** The quote's exact text, marks included. */
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Where it was when the correction was made (UTF-16 offset): a tie-breaker, not a requirement. */
  readonly hint?: number;
}

export type Correction =
  | {
      readonly id: string;
      readonly kind: 'setSpeaker';
      readonly anchor: QuoteAnchor;
      readonly speaker: string;
      readonly created?: string;
    }
  | { readonly id: string; readonly kind: 'notAQuote'; readonly anchor: QuoteAnchor; readonly created?: string };

export interface LocatedCorrection {
  readonly correction: Correction;
  readonly span: Span;
}

export interface CorrectionResult {
  /** Corrections found in the text again, with the quote span they now apply to. */
  readonly located: readonly LocatedCorrection[];
  /** Corrections whose quote text is no longer in the article. */
  readonly stale: readonly Correction[];
}

const CONTEXT = 32;

export function anchorOf(text: string, span: Span): QuoteAnchor {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT),
    hint: span.start,
  };
}

function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Finds an anchor's text again: every occurrence of `exact`, scored by how much of its prefix
 * and suffix still match, then by nearness to the hint. Null when the text is gone.
 */
export function locateAnchor(text: string, a: QuoteAnchor): Span | null {
  if (!a.exact) return null;
  let best: Span | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(a.exact); at >= 0; at = text.indexOf(a.exact, at + 1)) {
    const end = at + a.exact.length;
    const score =
      sharedTail(text.slice(Math.max(0, at - a.prefix.length), at), a.prefix) +
      sharedHead(text.slice(end, end + a.suffix.length), a.suffix);
    const distance = a.hint === undefined ? 0 : Math.abs(at - a.hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { start: at, end };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

export function locateCorrections(text: string, corrections: readonly Correction[]): CorrectionResult {
  const located: LocatedCorrection[] = [];
  const stale: Correction[] = [];
  for (const c of corrections) {
    const span = locateAnchor(text, c.anchor);
    if (span) located.push({ correction: c, span });
    else stale.push(c);
  }
  return { located, stale };
}
