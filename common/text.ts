// Short texts for people to read, shared by the server's views and the client: counts with their
// nouns, and article text cut to a readable length.
import type { Span } from './span';

/** "1 quote", "3 quotes" (`many` for irregular plurals). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whitespace collapsed, cut at a word boundary near `max` characters with an ellipsis. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** What `excerpt` reads of a quote. */
export interface QuoteText {
  readonly kind: string;
  /** The text inside the quotation marks (the reported clause for reported speech). */
  readonly content: Span;
  /** The quotation marks, including those that reopen a multi-paragraph quote. */
  readonly marks: readonly Span[];
}

/**
 * The first words of a quote, for lists: between typographic marks, without the marks that
 * reopen a multi-paragraph quote at each paragraph start. Reported speech is the writer's
 * wording: no quotation marks around it.
 */
export function excerpt(text: string, q: QuoteText, max: number): string {
  let inner = '';
  let at = q.content.start;
  for (const m of q.marks) {
    if (m.start < q.content.start || m.end > q.content.end) continue;
    inner += text.slice(at, m.start);
    at = m.end;
  }
  inner += text.slice(at, q.content.end);
  const clipped = clipText(inner, max);
  return q.kind === 'indirect' ? clipped : `“${clipped}”`;
}
