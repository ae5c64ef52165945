// One flat row per quote, the common ground of the CSV and Markdown quote sheets.
import type { Article, Quote } from '../analysis/model';
import { countBelow } from '../../../common/search';

export interface QuoteRow {
  readonly id: string;
  /** The title of the quote's section ('Lead' for the lead; '' outside every section). */
  readonly section: string;
  readonly speaker: string;
  readonly role: string;
  readonly kind: Quote['kind'];
  /** The quoted words, without their marks (the reported clause for reported speech). */
  readonly quote: string;
  readonly cue: string;
  readonly source: string;
  readonly confidence: number;
  readonly method: Quote['method'];
  /** 1-based line of the quote's first character. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** Line numbers for many offsets: one pass over the text's line starts, then a binary search each. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  // The line holding the offset is the count of line starts at or before it.
  return (offset) => Math.max(1, countBelow(starts, offset + 1));
}

export function quoteRows(article: Article): QuoteRow[] {
  const { text } = article;
  const lineOf = lineIndex(text);
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const sectionTitles = new Map(article.sections.map((s) => [s.id, s.title ?? 'Lead']));
  // A term (a scare quote, a title) is nobody's speech: the quote sheets leave it out.
  return article.quotes
    .filter((q) => q.kind !== 'term')
    .map((q) => {
      const e = q.speaker ? byId.get(q.speaker) : undefined;
      return {
        id: q.id,
        section: q.section === null ? '' : (sectionTitles.get(q.section) ?? ''),
        speaker: e?.name ?? '',
        role: e?.role ?? '',
        kind: q.kind,
        quote: text.slice(q.content.start, q.content.end).replace(/\s+/g, ' ').trim(),
        cue: q.cue ? text.slice(q.cue.start, q.cue.end) : '',
        source: q.source ? text.slice(q.source.start, q.source.end) : '',
        confidence: q.confidence,
        method: q.method,
        line: lineOf(q.start),
        start: q.start,
        end: q.end,
      };
    });
}
