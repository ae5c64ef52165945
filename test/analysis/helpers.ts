import { analyzeArticle } from '../../server/src/analysis/article';
import type { Article, Quote } from '../../server/src/analysis/model';

/** Analyses text and offers the lookups tests need. */
export function analyze(text: string): Article & {
  quoteTexts(): string[];
  speakerOf(quoteText: string): string | null;
  quote(quoteText: string): Quote;
  entity(name: string): Article['entities'][number] | undefined;
} {
  const a = analyzeArticle(text);
  const quote = (t: string): Quote => {
    const q = a.quotes.find((x) => text.slice(x.start, x.end).includes(t));
    if (!q)
      throw new Error(
        `no quote containing ${JSON.stringify(t)}; quotes: ${JSON.stringify(a.quotes.map((x) => text.slice(x.start, x.end)))}`,
      );
    return q;
  };
  return Object.assign(a, {
    quoteTexts: () => a.quotes.map((q) => text.slice(q.start, q.end)),
    speakerOf: (t: string) => {
      const q = quote(t);
      return a.entities.find((e) => e.id === q.speaker)?.name ?? null;
    },
    quote,
    entity: (name: string) => a.entities.find((e) => e.name === name),
  });
}

export const slice = (text: string, s: { start: number; end: number } | null): string | null =>
  s ? text.slice(s.start, s.end) : null;
