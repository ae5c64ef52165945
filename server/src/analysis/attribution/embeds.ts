// Posts embedded in a story as news pages set them: the post's text, its links, then the author's
// signature, "— Name (@handle) Month D, YYYY". The text is what the author said (a statement of
// kind `indirect`, method `dash`), however it reads: a post has no verb of saying.
import { type AttributionInput, sentenceOf } from './context';
import type { Salience } from '../people/coreference';
import type { Quote } from '../model';
import { reportedConfidence } from './reported';
import { resolveSource } from './resolve';

const SIGNATURE = /[—–]\s*([^()—–\n]{2,60}?)\s*\(@\w{1,15}\)\s+\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\.?\s*$/u;
// The post's links and pictures, which end its text: "https://t.co/…", "pic.twitter.com/…".
const LINK = /(?:https?:\/\/t\.co|pic\.twitter\.com)\//;

/** The statements of posts embedded in the article, each credited to the author its signature names. */
export function embeddedPosts(input: AttributionInput, salience: Salience): Quote[] {
  const { text, sentences } = input;
  const out: Quote[] = [];
  for (const p of input.paragraphs) {
    if (input.skipParagraphs.has(p.index)) continue;
    const line = text.slice(p.start, p.end);
    // Every paragraph of every analysis comes here: the handle's "(@" first, the pattern only then.
    const m = line.includes('(@') ? SIGNATURE.exec(line) : null;
    if (!m) continue;
    const link = LINK.exec(line.slice(0, m.index));
    let end = p.start + (link ? link.index : m.index);
    while (end > p.start && /\s/.test(text.charAt(end - 1))) end--;
    let start = p.start;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    if (end - start < 10) continue;
    const nameAt = p.start + m.index + m[0].indexOf(m[1]);
    const s = sentences[sentenceOf(sentences, nameAt)];
    const candidate = s?.candidates.find((c) => c.start === nameAt);
    if (!s || !candidate) continue;
    const r = resolveSource(input, salience, s, { candidate });
    if (!r) continue;
    const kind = input.registry.get(r.entity)?.kind ?? 'none';
    const span = { start, end };
    out.push({
      id: '',
      ...span,
      kind: 'indirect',
      content: span,
      marks: [],
      unclosed: false,
      firstParagraph: p.index,
      lastParagraph: p.index,
      speaker: r.entity,
      cue: null,
      source: r.span,
      confidence: reportedConfidence(kind, 0.8 * r.certainty),
      method: 'dash',
      section: null,
    });
  }
  return out;
}
