// W3C Web Annotation (JSON-LD) export: each quote an annotation whose target is the quote in the
// article (TextQuoteSelector and TextPositionSelector) and whose body names its speaker.
import type { Article } from '../analysis/model';
import {
  codePointIndex,
  quoteSelector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../common/anchor';

export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { na: 'https://news-annotator.invalid/ns#' },
] as const;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'identifying' | 'describing' | 'classifying' | 'tagging';
  value: string;
}

export interface QuoteAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  'na:confidence': number;
  'na:method': string;
  'na:cue'?: string;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: QuoteAnnotation[] };
}

export function toWebAnnotations(article: Article, source: string): AnnotationCollection {
  const { text } = article;
  const cp = codePointIndex(text);
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  // A term (a scare quote, a title) is nobody's speech: it is not annotated as a quote.
  const items = article.quotes
    .filter((q) => q.kind !== 'term')
    .map((q): QuoteAnnotation => {
      const e = q.speaker ? byId.get(q.speaker) : undefined;
      const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: q.kind }];
      if (e) {
        body.unshift({ type: 'TextualBody', purpose: 'identifying', value: e.name });
        if (e.role) body.splice(1, 0, { type: 'TextualBody', purpose: 'describing', value: e.role });
      }
      return {
        id: `${source}#${q.id}`,
        type: 'Annotation',
        motivation: 'identifying',
        body,
        target: {
          source,
          selector: [quoteSelector(text, q), { type: 'TextPositionSelector', start: cp(q.start), end: cp(q.end) }],
        },
        'na:confidence': q.confidence,
        'na:method': q.method,
        ...(q.cue ? { 'na:cue': text.slice(q.cue.start, q.cue.end) } : {}),
      };
    });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${source}#quotes`,
    type: 'AnnotationCollection',
    label: 'Quotations and their speakers, by News Annotator',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
