// Anchors for W3C Web Annotation selectors: a quote's exact text with a little context either
// side (TextQuoteSelector) and its position in code points (TextPositionSelector). Used by the
// Web Annotation export and by editor corrections, which must find their quote again after edits.
import { anchorOf, locateAnchor } from './corrections';
import type { Span } from './span';
import { countBelow } from './search';

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

/** Converts UTF-16 offsets to code-point offsets (surrogate pairs count once). */
export function codePointIndex(text: string): (offset: number) => number {
  const pairsBefore: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) {
        pairsBefore.push(i);
      }
    }
  }
  return (offset) => {
    // Less the number of low surrogates (ending a pair) strictly before offset.
    return offset - countBelow(pairsBefore, offset);
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
  const { exact, prefix, suffix } = anchorOf(text, span);
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

/** Finds a selector's text again (see locateAnchor); null for a stale anchor. */
export function locate(text: string, sel: TextQuoteSelector, hint?: number): Span | null {
  return locateAnchor(text, { exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, hint });
}
