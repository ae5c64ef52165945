// The corrections file kept beside an article (ARTICLE.annotations.json): the editor's
// corrections as a W3C Web Annotation collection, anchored by quote text and context.
import type { Correction } from './corrections';
import { codePointIndex, type TextPositionSelector, type TextQuoteSelector, utf16Offset } from './anchor';

const CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';

interface CorrectionAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'editing';
  created?: string;
  body: { type: 'TextualBody'; purpose: 'identifying' | 'assessing'; value: string }[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
}

export interface CorrectionsDocument {
  '@context': string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: CorrectionAnnotation[] };
}

/** The file beside the article that holds its corrections (the article's full name, so two articles never share one). */
export function correctionsPathFor(articlePath: string): string {
  return `${articlePath}.annotations.json`;
}

export function serializeCorrections(corrections: readonly Correction[], source: string, text: string): string {
  const cp = codePointIndex(text);
  const items = corrections.map((c): CorrectionAnnotation => {
    const { exact, prefix, suffix, hint } = c.anchor;
    const selector: (TextQuoteSelector | TextPositionSelector)[] = [
      { type: 'TextQuoteSelector', exact, prefix, suffix },
    ];
    if (hint !== undefined && text.slice(hint, hint + exact.length) === exact) {
      selector.push({ type: 'TextPositionSelector', start: cp(hint), end: cp(hint + exact.length) });
    }
    return {
      id: c.id,
      type: 'Annotation',
      motivation: 'editing',
      ...(c.created ? { created: c.created } : {}),
      body:
        c.kind === 'setSpeaker'
          ? [{ type: 'TextualBody', purpose: 'identifying', value: c.speaker }]
          : [{ type: 'TextualBody', purpose: 'assessing', value: 'not a quote' }],
      target: { source, selector },
    };
  });
  const doc: CorrectionsDocument = {
    '@context': CONTEXT_URL,
    type: 'AnnotationCollection',
    label: 'Corrections made in News Annotator: the article itself is never changed by them',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type ParseResult =
  { readonly ok: true; readonly corrections: Correction[] } | { readonly ok: false; readonly reason: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a corrections file, with a plain reason when it is not one (never a throw). */
export function parseCorrections(json: string, text: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    return { ok: false, reason: `not valid JSON (${(err as Error).message})` };
  }
  const items = isObject(doc) && isObject(doc.first) && Array.isArray(doc.first.items) ? doc.first.items : null;
  if (!items) return { ok: false, reason: 'not a Web Annotation collection (no first.items)' };
  const out: Correction[] = [];
  for (const [i, item] of items.entries()) {
    const where = `annotation ${i + 1}`;
    if (
      !isObject(item) ||
      !isObject(item.target) ||
      !Array.isArray(item.target.selector) ||
      !Array.isArray(item.body)
    ) {
      return { ok: false, reason: `${where}: needs a target with selectors and a body` };
    }
    const quote = item.target.selector.find(
      (s): s is TextQuoteSelector => isObject(s) && s.type === 'TextQuoteSelector',
    );
    if (!quote || typeof quote.exact !== 'string') return { ok: false, reason: `${where}: no TextQuoteSelector` };
    const position = item.target.selector.find(
      (s): s is TextPositionSelector => isObject(s) && s.type === 'TextPositionSelector',
    );
    const anchor = {
      exact: quote.exact,
      prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
      suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
      ...(position && Number.isInteger(position.start) ? { hint: utf16Offset(text, position.start) } : {}),
    };
    const body = item.body.find((b) => isObject(b) && typeof b.value === 'string') as
      { purpose?: string; value: string } | undefined;
    const id = typeof item.id === 'string' ? item.id : `correction-${i + 1}`;
    const created = typeof item.created === 'string' ? { created: item.created } : {};
    if (body?.purpose === 'identifying') out.push({ id, kind: 'setSpeaker', anchor, speaker: body.value, ...created });
    else if (body?.purpose === 'assessing') out.push({ id, kind: 'notAQuote', anchor, ...created });
    else
      return {
        ok: false,
        reason: `${where}: the body is neither a speaker (identifying) nor "not a quote" (assessing)`,
      };
  }
  return { ok: true, corrections: out };
}
