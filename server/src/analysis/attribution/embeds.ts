// Statements a page sets apart and signs, which have no verb of saying, credited to the name that
// signs them (kind `indirect`, method `dash`):
//  - posts embedded as news pages set them: the post's text, its links, then the author's
//    signature, "— Name (@handle) Month D, YYYY";
//  - pull quotes: a paragraph of the speaker's words ending in their name after the last full stop,
//    "It's a gift. Jane Doe" or "…. Jane Doe, Lake Cowichan mayor".
import { type AttributionInput, sentenceOf } from './context';
import type { Salience } from '../people/coreference';
import type { Paragraph, Quote, Span } from '../model';
import type { Candidate } from '../people/mentions';
import { reportedConfidence } from './reported';
import { resolveSource } from './resolve';

const SIGNATURE = /[—–]\s*([^()—–\n]{2,60}?)\s*\(@\w{1,15}\)\s+\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\.?\s*$/u;
// The post's links and pictures, which end its text: "https://t.co/…", "pic.twitter.com/…".
const LINK = /(?:https?:\/\/t\.co|pic\.twitter\.com)\//;

// A pull quote's signature: after the statement's last full stop, a name of two to seven capitalised
// words (a title may open it), and perhaps a comma and a short affiliation; no full stop, bracket or
// slash after it (a photo credit, "Jane Doe/Reuters", or a caption's "(Jane Doe/CBC)").
const PULL_SIGNATURE = /[.!?]\s+((?:\p{Lu}[\p{L}'’-]*\s){1,6}\p{Lu}[\p{L}'’-]*)(?:,\s[^\n/()]{2,60}?)?\s*$/u;
const WORD = /\p{L}+/gu;
const SIGNING_KINDS = new Set(['person', 'unknown', 'organisation']);

/** A pull quote's statement and where its signing name starts, or null. */
function pullQuote(text: string, p: Paragraph): { span: Span; nameAt: number; nameEnd: number } | null {
  const line = text.slice(p.start, p.end);
  const last = line.trimEnd().slice(-1);
  if (!last || '.!?"”’\')'.includes(last)) return null;
  const m = PULL_SIGNATURE.exec(line);
  if (!m) return null;
  const body = line.slice(0, m.index);
  // The statement is the writer's page only when it holds no quotation of its own and runs a few words.
  if (/["“”]/.test(body) || (body.match(WORD)?.length ?? 0) < 6) return null;
  const start = p.start + (line.length - line.trimStart().length);
  const nameAt = p.start + m.index + m[0].indexOf(m[1]);
  return { span: { start, end: p.start + m.index }, nameAt, nameEnd: nameAt + m[1].length };
}

/** A post's statement and where its author's name starts, or null. */
function post(text: string, p: Paragraph): { span: Span; nameAt: number; nameEnd: number } | null {
  const line = text.slice(p.start, p.end);
  // Every paragraph of every analysis comes here: the handle's "(@" first, the pattern only then.
  const m = line.includes('(@') ? SIGNATURE.exec(line) : null;
  if (!m) return null;
  const link = LINK.exec(line.slice(0, m.index));
  let end = p.start + (link ? link.index : m.index);
  while (end > p.start && /\s/.test(text.charAt(end - 1))) end--;
  let start = p.start;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  const nameAt = p.start + m.index + m[0].indexOf(m[1]);
  return end - start < 10 ? null : { span: { start, end }, nameAt, nameEnd: nameAt + m[1].trimEnd().length };
}

/** The statements of embedded posts and pull quotes, each credited to the name that signs it. */
export function embeddedPosts(input: AttributionInput, salience: Salience): Quote[] {
  const { text, sentences } = input;
  const out: Quote[] = [];
  for (const p of input.paragraphs) {
    if (input.skipParagraphs.has(p.index)) continue;
    const found = post(text, p) ?? pullQuote(text, p);
    if (!found) continue;
    const { span, nameAt, nameEnd } = found;
    const s = sentences[sentenceOf(sentences, nameAt)];
    // The name, after any title words: "Niagara County District Attorney Caroline Wojtaszek".
    let candidate: Candidate | undefined;
    for (const c of s?.candidates ?? [])
      if (c.start >= nameAt && c.end <= nameEnd && !c.inQuote && SIGNING_KINDS.has(c.kind)) candidate = c;
    if (!s || !candidate) continue;
    const r = resolveSource(input, salience, s, { candidate });
    if (!r) continue;
    const kind = input.registry.get(r.entity)?.kind ?? 'none';
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
