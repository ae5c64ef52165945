// Reads the article's structure: its headline, metadata lines (datelines, bylines, photo
// captions, "Read more" lines), headings, and the sections they open. The text before the
// first heading is the lead.
import { isDigit, isLetter, isUpper } from './chars';
import { cueLemma } from './lexicon';
import type { MetadataKind, MetadataLine, Paragraph, Section, Span } from './model';
import { isStopword } from './names';
import { isQuoteMark } from './quoteMarks';

// Words a title-case heading leaves in lower case.
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of',
  'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'than', 'that', 'amid', 'after',
  'before', 'about', 'v', 'de', 'la', 'le', 'is', 'are', 'be']);

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 110;

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w.length > 0);
}

/** First letter of a word, skipping quotation marks and brackets. */
function firstLetter(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) return c;
  }
  return -1;
}

const LETTER = /^\p{L}$/u;

/**
 * A word without the non-letters around it, trimmed by hand: a pattern anchored at the end
 * (/[^\p{L}]+$/) tries every start in a run of non-letters inside the word, its length squared.
 */
function lettersOnly(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b) {
    const cp = w.codePointAt(a)!;
    if (LETTER.test(String.fromCodePoint(cp))) break;
    a += cp > 0xffff ? 2 : 1;
  }
  while (b > a) {
    let size = 1;
    const lo = w.charCodeAt(b - 1);
    if (lo >= 0xdc00 && lo <= 0xdfff && b - 2 >= a) {
      const hi = w.charCodeAt(b - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) size = 2;
    }
    if (LETTER.test(w.slice(b - size, b))) break;
    b -= size;
  }
  return w.slice(a, b);
}

export type HeadingStyle = 'caps' | 'title' | 'markdown1' | 'markdown2' | 'markdown3';

/** Title case or all capitals, judged on the words that title case capitalises. */
export function headingStyle(line: string, strict = false): HeadingStyle | null {
  const md = /^(#{1,3})\s+\S/.exec(line);
  if (md) return `markdown${md[1].length}` as HeadingStyle;
  const ws = words(line);
  if (ws.length === 0) return null;
  let letters = 0;
  let upperLetters = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isLetter(c)) { letters++; if (isUpper(c)) upperLetters++; }
  }
  if (letters >= 4 && upperLetters === letters) return 'caps';
  const f = firstLetter(ws[0]);
  if (f < 0 || (!isUpper(f) && !isDigit(f))) return null;
  let major = 0;
  let capitalised = 0;
  for (const w of ws) {
    const c = firstLetter(w);
    if (c < 0 || isDigit(c)) continue;
    const bare = lettersOnly(w).toLowerCase();
    if (MINOR.has(bare)) continue;
    major++;
    if (isUpper(c)) capitalised++;
  }
  return major > 0 && (strict ? capitalised === major : capitalised / major >= 0.75) ? 'title' : null;
}

function isAttribution(line: string): boolean {
  for (const w of words(line)) {
    const bare = w.replace(/[^\p{L}]/gu, '').toLowerCase();
    const lemma = cueLemma(bare);
    if (lemma === 'say' || lemma === 'tell' || bare === 'according') return true;
  }
  return false;
}

/** A heading: a short, title-like line standing alone, not a quotation, not a sentence. */
export function isHeading(line: string): HeadingStyle | null {
  if (line.length > MAX_HEADING_CHARS || words(line).length > MAX_HEADING_WORDS) return null;
  const last = line.charCodeAt(line.length - 1);
  if (last === 46 || last === 44 || last === 59 || last === 58 || last === 33) return null;
  if (isQuoteMark(line.charCodeAt(0)) || isQuoteMark(last)) return null;
  if (isAttribution(line)) return null;
  const style = headingStyle(line);
  if (style === 'title' && words(line).length === 1 && isStopword(line.toLowerCase())) return null;
  return style;
}

const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
// Bounded, anchored patterns: no nested quantifiers, so no backtracking blow-up on long lines.
const DATELINE = new RegExp(`^[A-Z][A-Z.' -]{1,40}(?:, [A-Z][A-Za-z.' -]{1,30})?(?:, (?:${MONTHS})\\.? \\d{1,2})?(?: \\([A-Za-z. ]{1,30}\\))? ?[—–-]{1,2} `);
const BYLINE = /^(?:By|BY|Written by|Reporting by|From)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von)){0,8}(?:\s*[,|/–—-]\s*[\p{L} ,.'’]{1,60})?$/u;
const CAPTION = /^(?:\(?(?:photo|picture|image|video|file photo|caption|pictured|above|below|top|left|right|credit|graphic|illustration)s?\b[:)]|.{0,200}\((?:photo|picture|image)s?:[^)]{0,120}\)$|.{0,200}\b(?:Getty Images|AFP(?:\/Getty)?|AP Photo|Reuters\/[\p{L} ]{1,40}|EPA|Shutterstock)\)?\.?$)/iu;
const READ_MORE = /^(?:read more|read the rest|related|see also|click here|sign up|subscribe|follow (?:us|@)|share this|advertisement|watch|listen|more:|also read|recommended|editor'?s note)\b/i;

// Cheap checks before the caption pattern, which is costly to run on every paragraph.
const CAPTION_START = /^\(?(?:photo|picture|image|video|file|caption|pictured|above|below|top|left|right|credit|graphic|illustration)/i;
const CAPTION_END = /(?:\)|Images|AFP|Getty|Photo|EPA|Shutterstock|Reuters\/[\p{L} ]{1,40})\.?$/u;

function mayBeCaption(line: string): boolean {
  return CAPTION_START.test(line) || CAPTION_END.test(line.slice(-60));
}

/** What a non-body line is, if it is one. */
export function metadataKind(line: string): MetadataKind | null {
  // Length first: the patterns only ever run on short lines.
  if (line.length >= 300) return null;
  if (line.length < 200 && READ_MORE.test(line)) return 'readMore';
  if (line.length < 120 && BYLINE.test(line)) return 'byline';
  if (mayBeCaption(line) && CAPTION.test(line)) return 'caption';
  if (line.length < 80 && /[—–-]$/.test(line) && DATELINE.test(`${line} `)) return 'dateline';
  return null;
}

/** A dateline opening a paragraph ("MOSCOW, May 24 (Reuters) — "): its span, if there is one. */
export function datelinePrefix(text: string, p: Paragraph): Span | null {
  const head = text.slice(p.start, Math.min(p.end, p.start + 120));
  const m = DATELINE.exec(head);
  return m ? { start: p.start, end: p.start + m[0].trimEnd().length } : null;
}

export interface Structure {
  readonly title: MetadataLine | null;
  readonly metadata: MetadataLine[];
  readonly sections: Section[];
  /** Paragraphs that are headings, the headline or metadata: not body text. */
  readonly nonBody: Set<number>;
}

/**
 * The headline: a first paragraph that is a short title-case line (it may end with a period),
 * or — in an article whose paragraphs are set apart by blank lines — a first paragraph that is
 * one short sentence, as wire headlines in sentence case are ("Flynn says Trump 'absolutely right'").
 */
function isHeadline(line: string, setApart: boolean): boolean {
  const n = words(line).length;
  if (n > 30 || line.length > 250) return false;
  const bare = line.replace(/[.!?]$/, '');
  // A line that ends like a sentence must be fully title-cased to be a headline: a lead sentence
  // full of names ("German Chancellor Olaf Brenner arrived in Rome.") is not one.
  if (headingStyle(bare, bare !== line) !== null && !isAttribution(bare)) return true;
  // A paragraph that opens with a quotation is a quote lead, not a headline.
  if (!setApart || n > 20 || /[.!?]["”’']?\s+\S/.test(bare) || isQuoteMark(line.charCodeAt(0))) return false;
  // A short line without a final stop is a headline; one with a stop must read like one: the
  // headline's present tense ("Flynn says…", "Clinton calls…"), a kicker ("Poll: …") or its single
  // quotation marks — and no day or date, which belong to a lead ("…visited the harbour on Friday.").
  if (!/[.!?]["”’']*$/.test(line)) return true;
  if (DAYS.test(line)) return false;
  return /\b\w+s\b/.test(line) && words(line).some((w) => { const l = w.toLowerCase().replace(/[^a-z]/g, ''); return l.endsWith('s') && cueLemma(l) !== undefined; })
    || /^[^:]{1,40}: /.test(line) || /(^|\s)[‘'][^‘’']{1,80}[’']/.test(line);
}

const DAYS = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last (?:week|month|year)|this (?:week|month|year))\b/;

export function readStructure(text: string, paragraphs: readonly Paragraph[]): Structure {
  const metadata: MetadataLine[] = [];
  const nonBody = new Set<number>();
  let title: MetadataLine | null = null;
  const headings: { p: Paragraph; style: HeadingStyle }[] = [];
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    if (p.index === 0 && paragraphs.length > 1 && isHeadline(line, /\n[ \t]*\r?\n/.test(text.slice(p.end, paragraphs[1].start)))) {
      title = { start: p.start, end: p.end, kind: 'headline', paragraph: p.index };
      nonBody.add(p.index);
      continue;
    }
    const meta = metadataKind(line);
    if (meta) {
      metadata.push({ start: p.start, end: p.end, kind: meta, paragraph: p.index });
      nonBody.add(p.index);
      continue;
    }
    const dl = datelinePrefix(text, p);
    if (dl) metadata.push({ ...dl, kind: 'dateline', paragraph: p.index });
    const style = p.index + 1 < paragraphs.length ? isHeading(line) : null;
    if (style) {
      headings.push({ p, style });
      nonBody.add(p.index);
    }
  }
  return { title, metadata, sections: buildSections(text, paragraphs, headings, title, nonBody), nonBody };
}

function buildSections(
  text: string, paragraphs: readonly Paragraph[], headings: { p: Paragraph; style: HeadingStyle }[],
  title: MetadataLine | null, nonBody: Set<number>,
): Section[] {
  const sections: Section[] = [];
  if (paragraphs.length === 0) return sections;
  // The first heading style is level 1; a second style nests under it.
  const levels = new Map<HeadingStyle, number>();
  for (const h of headings) {
    if (!levels.has(h.style)) levels.set(h.style, h.style.startsWith('markdown') ? Number(h.style.slice(-1)) : levels.size + 1);
  }
  const firstBody = title ? 1 : 0;
  const firstHeading = headings.length ? headings[0].p.index : paragraphs.length;
  const leadParas = paragraphs.slice(firstBody, firstHeading).filter((p) => !nonBody.has(p.index));
  if (leadParas.length > 0) {
    const first = paragraphs[firstBody];
    const last = paragraphs[firstHeading - 1];
    sections.push({
      id: 's0', title: null, headingRange: null, range: { start: first.start, end: last.end }, level: 1, inferred: false,
      firstParagraph: first.index, lastParagraph: last.index, topics: [],
    });
  }
  headings.forEach((h, i) => {
    const level = levels.get(h.style) ?? 1;
    // A section runs to the next heading of the same or a higher level.
    let endPara = paragraphs.length - 1;
    for (let k = i + 1; k < headings.length; k++) {
      if ((levels.get(headings[k].style) ?? 1) <= level) { endPara = headings[k].p.index - 1; break; }
    }
    const last = paragraphs[endPara];
    sections.push({
      id: `s${sections.length}`,
      title: text.slice(h.p.start, h.p.end).replace(/^#{1,3}\s+/, ''),
      headingRange: { start: h.p.start, end: h.p.end },
      range: { start: h.p.start, end: Math.max(last.end, h.p.end) },
      level,
      inferred: false,
      firstParagraph: h.p.index,
      lastParagraph: endPara,
      topics: [],
    });
  });
  return sections;
}
