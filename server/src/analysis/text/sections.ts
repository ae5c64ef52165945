// Reads the article's structure: its headline, metadata lines (datelines, bylines, photo
// captions, "Read more" lines), headings, and the sections they open. The text before the
// first heading is the lead.
import { isDigit, isLetter, isUpper } from './chars';
import { capsLeadIn, creditSpans, datelineLength, isGluedWords, isRule, type LeadIn, metadataKind } from './metadata';
import type { MetadataKind, MetadataLine, Paragraph, Section, Span } from '../model';
import { isQuoteMark } from './quoteMarks';
import { cueLemma } from '../lexicon/cues';
import { SENTENCE_ABBREVIATIONS, TITLE_CASE_MINOR } from '../lexicon/grammar';
import { firstNameKind, isStopword } from '../lexicon/names';
import { ORG_HEADS } from '../lexicon/people';
import { DAY_PHRASE, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/time';

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

export type HeadingStyle = 'caps' | 'title' | 'dashed' | 'runIn' | 'markdown1' | 'markdown2' | 'markdown3';

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
    if (isLetter(c)) {
      letters++;
      if (isUpper(c)) upperLetters++;
    }
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
    if (TITLE_CASE_MINOR.has(bare)) continue;
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

// A list item: "-Bernie Sanders won 84 percent…", "• Lower taxes", "— Carol Lee of the Wall Street Journal".
const LIST_ITEM = /^[-–—•·*►▪‣◦]/;
// A subhead between dashes, as AFP sets them: "– Ready to quiz Trump –".
const DASHED = /^[-–—]\s+(\S.{0,80}?)\s+[-–—]\.?$/;

// One quotation in single marks, as headlines quote (a double apostrophe opens a quotation in
// some papers' style); no closing mark inside it, which a space or the line's end would follow.
const QUOTED_LINE = /^['‘](?!['‘])(?:[^'’]|['’](?=[\p{L}\d]))+['’]$/u;

/**
 * A subhead set as a quoted phrase, standing alone between paragraphs, as CBC and the BBC set them
 * ('Life-changing and heartbreaking'): a pull quote of the section it opens, in single marks and
 * without the stop or comma that a quotation standing as a paragraph ends with. It is a heading,
 * nobody's speech.
 */
function isQuotedSubhead(line: string): boolean {
  return QUOTED_LINE.test(line) && !/[.,;:!?…]['’]$/.test(line);
}

/** A heading: a short, title-like line standing alone, not a quotation, not a sentence, not a list item. */
export function isHeading(line: string): HeadingStyle | null {
  if (line.length > MAX_HEADING_CHARS || words(line).length > MAX_HEADING_WORDS) return null;
  if (DASHED.test(line)) return 'dashed';
  if (LIST_ITEM.test(line)) return null;
  // Asides in parentheses or brackets ("(BEGIN VIDEO CLIP)", "[Updated]"), and an interview's turns ("Q: …").
  if (/^[([].*[)\]]\.?$/.test(line) || /^[QA]:/.test(line) || isGluedWords(line)) return null;
  const last = line.charCodeAt(line.length - 1);
  if (last === 46 || last === 44 || last === 59 || last === 58 || last === 33) return null;
  if (isQuotedSubhead(line)) return 'title';
  if (isQuoteMark(line.charCodeAt(0)) || isQuoteMark(last)) return null;
  if (isAttribution(line)) return null;
  const style = headingStyle(line);
  if (style === 'title' && words(line).length === 1 && isStopword(line.toLowerCase())) return null;
  return style;
}

// An entry of a list set one per line: "Glenn Close, The Wife", "Julia Roberts (Homecoming)".
const LIST_ENTRY = /^[^,()]{2,60}(?:, [^,()]{1,60}| \([^()]{1,60}\))$/;

/**
 * What the structure asks of one paragraph's line, each answer worked out when first asked and
 * then kept: none depends on another line, so the paragraph's work (paragraphWork.ts) keeps them
 * for the next version of a document. Spans are relative to the line.
 */
export class LineFacts {
  private ruleV: boolean | undefined;
  private metaV: MetadataKind | null | undefined;
  private entryV: boolean | undefined;
  private headingV: HeadingStyle | null | undefined;
  private creditsV: Span[] | undefined;
  private datelineV: number | undefined;
  private leadInV: LeadIn | null | undefined;
  private signatureV: boolean | undefined;

  constructor(readonly line: string) {}

  /** A rule between parts ("* * *", "___"). */
  get rule(): boolean {
    if (this.ruleV === undefined) this.ruleV = isRule(this.line);
    return this.ruleV;
  }

  /** What kind of metadata line it is (a signature is a byline), if it is one. */
  get meta(): MetadataKind | null {
    if (this.metaV === undefined) this.metaV = metadataKind(this.line) ?? (isSignature(this.line) ? 'byline' : null);
    return this.metaV;
  }

  /** A signature block's shape (isSignatureBlock): a byline where the story opens. */
  get signatureBlock(): boolean {
    if (this.signatureV === undefined) this.signatureV = isSignatureBlock(this.line);
    return this.signatureV;
  }

  /** Shaped as an entry of a list ("Name, Work", "Name (Work)"): title-like, with no final stop. */
  get listEntry(): boolean {
    if (this.entryV === undefined) this.entryV = LIST_ENTRY.test(this.line) && isHeading(this.line) !== null;
    return this.entryV;
  }

  get listItem(): boolean {
    return LIST_ITEM.test(this.line);
  }

  get heading(): HeadingStyle | null {
    if (this.headingV === undefined) this.headingV = isHeading(this.line);
    return this.headingV;
  }

  get credits(): readonly Span[] {
    this.creditsV ??= creditSpans(this.line);
    return this.creditsV;
  }

  /** Where a dateline opening the line ends, 0 for none. */
  get dateline(): number {
    if (this.datelineV === undefined) this.datelineV = datelineLength(this.line);
    return this.datelineV;
  }

  get leadIn(): LeadIn | null {
    if (this.leadInV === undefined) this.leadInV = capsLeadIn(this.line);
    return this.leadInV;
  }
}

/**
 * Whether paragraph `i` is an entry of a list ("Name, Work" or "Name (Work)" lines one after
 * another, as nominees and results are set), not a heading: a neighbour has the same shape or is
 * a list item.
 */
function inList(lines: readonly LineFacts[], i: number): boolean {
  if (!lines[i].listEntry) return false;
  return [i - 1, i + 1].some((k) => lines[k] !== undefined && (lines[k].listEntry || lines[k].listItem));
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
  if (!setApart || n > 20 || twoSentences(bare) || isQuoteMark(line.charCodeAt(0))) return false;
  // A short line without a final stop is a headline; one with a stop must read like one: the
  // headline's present tense ("Flynn says…", "Clinton calls…"), a kicker ("Poll: …") or its single
  // quotation marks — and no day or date, which belong to a lead ("…visited the harbour on Friday.").
  if (!/[.!?]["”’']*$/.test(line)) return true;
  if (DAY_PHRASE.test(line)) return false;
  return (
    (/\b\w+s\b/.test(line) &&
      words(line).some((w) => {
        const l = w.toLowerCase().replace(/[^a-z]/g, '');
        return l.endsWith('s') && cueLemma(l) !== undefined;
      })) ||
    /^[^:]{1,40}: /.test(line) ||
    /(^|\s)[‘'][^‘’']{1,80}[’']/.test(line)
  );
}

/** Whether a line holds a sentence end before more words; "B.C. wildfire…", "Gov. Abbott signs…" do not. */
function twoSentences(line: string): boolean {
  for (const m of line.matchAll(/[.!?]["”’']?\s+\S/g)) {
    if (line[m.index] !== '.') return true;
    const word = /(\p{L}+)$/u.exec(line.slice(0, m.index))?.[1] ?? '';
    // An initialism's last letter ("B.C.", "U.S.") or an abbreviation ("Gov.", "Dr.").
    const initialism = word.length === 1 && (m.index < 2 || line[m.index - 2] === '.' || line[m.index - 2] === ' ');
    if (!initialism && !SENTENCE_ABBREVIATIONS.has(word.toLowerCase())) return true;
  }
  return false;
}

// A byline without "By": a name, a comma and the outlet ("Jane Roe, The Canadian Press", "Sam Lee, CBC News").
const SIGNATURE =
  /^(\p{Lu}[\p{L}'’-]+)(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}, (?:The )?(?:\p{Lu}[\p{L}&'’.-]* ){0,3}(\p{Lu}[\p{L}'’.-]*)$/u;

// The writer's name opening a signature block: a known first name, a surname or two, and after
// a mark or a space what they are or work for ("Aisha Mohammed · CBC News", "Nadia Ferreira The
// Canadian Press").
const WRITER =
  /^(\p{Lu}[\p{L}'’-]+)(?: \p{Lu}\.?)?(?: (?:de |van |von |da |del |la |le )?\p{Lu}[\p{L}'’-]+){1,2}(?:(?: ?[·|•,/—–-] ?| )(.{1,60}))?$/u;
// When a story was published or updated: "03/12/2025 05:00 AM EDT", "Published Dec. 4, 2026".
const TIMESTAMP = new RegExp(
  `^(?:(?:published|updated|posted|last updated)\\b.{0,60}|(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|')})\\.? \\d{1,2},? \\d{4})(?:,? (?:at )?\\d{1,2}:\\d{2} ?(?:[AaPp]\\.?[Mm]\\.?)?(?: ?[A-Z]{2,4})?)?)$`,
  'i',
);

/** A line of a signature block: what a writer is ("Queen’s Park reporter", "Toronto", "CTV News"): short, no sentence. */
function signatureDetail(line: string): boolean {
  if (line.length > 60 || /[.!?:;"“”]$/.test(line) || /["“”]/.test(line)) return false;
  const lower = line.match(/(?:^|\s)\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return lower.length <= 3;
}

/**
 * A block opening the story under its headline that says who wrote it and when, without "By":
 * the writer's name on its first line, then what they are, where, or the time ("Marcus
 * Delaney\nQueen’s Park reporter\nToronto", "03/12/2025 05:00 AM EDT"). Only the story's first
 * lines are read so (readStructure): further down, such a line is a heading.
 */
export function isSignatureBlock(line: string): boolean {
  if (line.length > 200) return false;
  const lines = line.split(/\r?\n|\r/).map((l) => l.trim());
  if (lines.length > 4) return false;
  const first = lines[0];
  const m = WRITER.exec(first);
  const writer = !!m && !!firstNameKind(m[1].toLowerCase()) && (m[2] === undefined || signatureDetail(m[2]));
  if (!writer && !TIMESTAMP.test(first)) return false;
  return lines.slice(1).every(signatureLine);
}

/** A line that may go on a signature block: a time, or what the writer is ("Science reporter", "Toronto"). */
export function signatureLine(line: string): boolean {
  return TIMESTAMP.test(line) || signatureDetail(line);
}

/**
 * A writer's signature line: a known first name and a surname, then an outlet whose name ends in
 * a word that names a news organisation ("Press", "News", "Times") or in capitals ("CP", "AFP").
 * Title case, it would otherwise read as a heading.
 */
export function isSignature(line: string): boolean {
  if (line.length > 80) return false;
  const m = SIGNATURE.exec(line);
  if (!m || !firstNameKind(m[1].toLowerCase())) return false;
  const last = m[2];
  return ORG_HEADS.has(last.toLowerCase()) || (last.length >= 2 && last === last.toUpperCase());
}

interface Heading {
  readonly p: Paragraph;
  readonly style: HeadingStyle;
  /** The heading's words: the whole line, or a run-in head's lead-in. */
  readonly span: Span;
  readonly title: string;
}

/**
 * The article's structure. `lines` holds each paragraph's LineFacts, kept with its paragraph work
 * (from an earlier version of the document where the paragraph has not changed).
 */
export function readStructure(text: string, paragraphs: readonly Paragraph[], lines: readonly LineFacts[]): Structure {
  const metadata: MetadataLine[] = [];
  const nonBody = new Set<number>();
  let title: MetadataLine | null = null;
  const headings: Heading[] = [];
  const leadIns: { p: Paragraph; leadIn: LeadIn; dateline: Span | null }[] = [];
  let firstBody = -1;
  for (const p of paragraphs) {
    const facts = lines[p.index];
    const { line } = facts;
    if (
      p.index === 0 &&
      paragraphs.length > 1 &&
      isHeadline(line, /\n[ \t]*\r?\n/.test(text.slice(p.end, paragraphs[1].start)))
    ) {
      title = { start: p.start, end: p.end, kind: 'headline', paragraph: p.index };
      nonBody.add(p.index);
      continue;
    }
    // A rule between parts ("* * *", "___") is no text.
    if (facts.rule) {
      nonBody.add(p.index);
      continue;
    }
    const meta = facts.meta;
    if (meta) {
      metadata.push({ start: p.start, end: p.end, kind: meta, paragraph: p.index });
      nonBody.add(p.index);
      continue;
    }
    // A list's entries are no headings, nor the story's sentences (article.ts reads their names).
    if (inList(lines, p.index)) {
      nonBody.add(p.index);
      continue;
    }
    // Under the headline, before the story and any heading: who wrote it and when, on one line
    // or on a few, each its own paragraph.
    const opening = firstBody < 0 && headings.length === 0 && p.index <= 5;
    const afterByline = metadata.at(-1)?.kind === 'byline' && metadata.at(-1)?.paragraph === p.index - 1;
    if (opening && (facts.signatureBlock || (afterByline && signatureLine(line.trim())))) {
      metadata.push({ start: p.start, end: p.end, kind: 'byline', paragraph: p.index });
      nonBody.add(p.index);
      continue;
    }
    const style = p.index + 1 < paragraphs.length ? facts.heading : null;
    if (style) {
      headings.push({ p, style, span: { start: p.start, end: p.end }, title: headingTitle(line, style) });
      nonBody.add(p.index);
      continue;
    }
    if (firstBody < 0) firstBody = p.index;
    for (const c of facts.credits)
      metadata.push({ start: p.start + c.start, end: p.start + c.end, kind: 'credit', paragraph: p.index });
    const datelineEnd = facts.dateline;
    const dateline = datelineEnd > 0 ? { start: p.start, end: p.start + datelineEnd } : null;
    const leadIn = facts.leadIn;
    if (leadIn) leadIns.push({ p, leadIn, dateline });
    else if (dateline) metadata.push({ ...dateline, kind: 'dateline', paragraph: p.index });
  }
  // All-capitals lead-ins are run-in heads where the article sets two or more, one at least
  // not a place; otherwise they are datelines (or nothing). The story's own dateline stays one.
  const runIn = leadIns.length >= 2 && leadIns.some((x) => !x.leadIn.placeLike);
  for (const { p, leadIn, dateline } of leadIns) {
    if (runIn && !(dateline && p.index === firstBody)) {
      const words = text.slice(p.start, p.start + leadIn.end);
      headings.push({ p, style: 'runIn', span: { start: p.start, end: p.start + leadIn.end }, title: words });
    } else if (dateline) {
      metadata.push({ ...dateline, kind: 'dateline', paragraph: p.index });
    }
  }
  headings.sort((a, b) => a.p.index - b.p.index);
  metadata.sort((a, b) => a.start - b.start);
  return { title, metadata, sections: buildSections(paragraphs, headings, title, nonBody), nonBody };
}

/** A heading's title: the line, without Markdown's hashes or AFP's dashes. */
function headingTitle(line: string, style: HeadingStyle): string {
  if (style === 'dashed') return (DASHED.exec(line) as RegExpExecArray)[1];
  return line.replace(/^#{1,3}\s+/, '');
}

function buildSections(
  paragraphs: readonly Paragraph[],
  headings: Heading[],
  title: MetadataLine | null,
  nonBody: Set<number>,
): Section[] {
  const sections: Section[] = [];
  if (paragraphs.length === 0) return sections;
  // The first heading style is level 1; a second style nests under it.
  const levels = new Map<HeadingStyle, number>();
  for (const h of headings) {
    if (!levels.has(h.style))
      levels.set(h.style, h.style.startsWith('markdown') ? Number(h.style.slice(-1)) : levels.size + 1);
  }
  const firstBody = title ? 1 : 0;
  const firstHeading = headings.length ? headings[0].p.index : paragraphs.length;
  const leadParas = paragraphs.slice(firstBody, firstHeading).filter((p) => !nonBody.has(p.index));
  if (leadParas.length > 0) {
    const first = paragraphs[firstBody];
    const last = paragraphs[firstHeading - 1];
    sections.push({
      id: 's0',
      title: null,
      headingRange: null,
      range: { start: first.start, end: last.end },
      level: 1,
      inferred: false,
      firstParagraph: first.index,
      lastParagraph: last.index,
      topics: [],
      speakers: [],
    });
  }
  headings.forEach((h, i) => {
    const level = levels.get(h.style) ?? 1;
    // A section runs to the next heading of the same or a higher level.
    let endPara = paragraphs.length - 1;
    for (let k = i + 1; k < headings.length; k++) {
      if ((levels.get(headings[k].style) ?? 1) <= level) {
        endPara = headings[k].p.index - 1;
        break;
      }
    }
    const last = paragraphs[endPara];
    sections.push({
      id: `s${sections.length}`,
      title: h.title,
      headingRange: h.span,
      range: { start: h.span.start, end: Math.max(last.end, h.span.end) },
      level,
      inferred: false,
      firstParagraph: h.p.index,
      lastParagraph: endPara,
      topics: [],
      speakers: [],
    });
  });
  return sections;
}
