// Anchors for W3C Web Annotation selectors: a quote's exact text with a little context either
// side (TextQuoteSelector) and its position in code points (TextPositionSelector). Used by the
// Web Annotation export and by editor corrections, which must find their quote again after edits.
import type { Span } from '../analysis/model';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points, as the Web Annotation model counts characters (not UTF-16 code units). */
  start: number;
  end: number;
}

const CONTEXT = 32;

/** Converts UTF-16 offsets to code-point offsets (surrogate pairs count once). */
export function codePointIndex(text: string): (offset: number) => number {
  const pairsBefore: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) { pairsBefore.push(i); }
    }
  }
  return (offset) => {
    // Number of low surrogates (ending a pair) strictly before offset.
    let lo = 0;
    let hi = pairsBefore.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairsBefore[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/** Converts a code-point offset back to a UTF-16 offset. */
export function utf16Offset(text: string, codePoints: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < codePoints) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    cp++;
  }
  return i;
}

export function quoteSelector(text: string, span: Span): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Finds a selector's text again: every occurrence of `exact`, scored by how much of its
 * prefix and suffix still match, then by nearness to `hint` (the last known UTF-16 offset).
 * Returns null when the text is gone — a stale anchor, which callers report rather than drop.
 */
export function locate(text: string, sel: TextQuoteSelector, hint?: number): Span | null {
  if (!sel.exact) return null;
  let best: Span | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(sel.exact); at >= 0; at = text.indexOf(sel.exact, at + 1)) {
    const end = at + sel.exact.length;
    const score = commonSuffix(text.slice(Math.max(0, at - sel.prefix.length), at), sel.prefix)
      + commonPrefix(text.slice(end, end + sel.suffix.length), sel.suffix);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { start: at, end };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}
