// The sentence and article context that attribution works on.
import type { LocatedCorrection } from './corrections';
import type { EntityRegistry } from './entities';
import type { Candidate } from './mentions';
import type { Paragraph } from './model';
import type { Quotation } from './quotations';
import type { Token } from './tokens';

/** A sentence ready for attribution: tokens, which are quoted, its mention candidates. */
export interface SentenceInfo {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: Token[];
  readonly inQuote: Uint8Array;
  readonly candidates: Candidate[];
}

export interface AttributionInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceInfo[];
  readonly quotations: readonly Quotation[];
  /** Paragraphs whose quotes are not speech: the headline, headings, metadata lines. */
  readonly skipParagraphs: ReadonlySet<number>;
  readonly registry: EntityRegistry;
  /** Editor corrections found in the text, by the start offset of the quote they apply to. */
  readonly corrections: ReadonlyMap<number, LocatedCorrection>;
}

export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else if (tokens[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return lo;
}

export function isQuoteOrMark(s: SentenceInfo, k: number): boolean {
  const t = s.tokens[k];
  return !!t && (s.inQuote[k] === 1 || t.kind === 'quote');
}
