// analyzeArticle: the one entry point of the analysis core. Pure: text in, Article out (an
// optional cache, kept from an earlier version of the document, only saves work).
import { ArticleCache } from './articleCache';
import { attribute } from './attribution';
import type { SentenceInfo } from './context';
import { type Correction, type LocatedCorrection, locateCorrections } from './corrections';
import { EntityRegistry } from './entities';
import { findCandidates, type Candidate } from './mentions';
import type { Article, Entity, Paragraph, Quote, Sentence } from './model';
import { type ParagraphWork, RecordingSet, recorded, stillAnswers, type TermWork } from './paragraphWork';
import { splitParagraphs } from './paragraphs';
import { findQuotations, type Quotation } from './quotations';
import { readStructure, type Structure } from './sections';
import { inferSections } from './segmentation';
import { type ArticleTerms, collectTerms } from './terms';
import { findTopics, labelInferred } from './topics';

/**
 * A name that is a person only by a rare first name ("Peace Process", "Morning Consult")
 * stays one if the article confirms it: the full name again, or its last word on its own.
 */
function confirmWeakNames(all: Candidate[]): void {
  const seen = new Map<string, number>();
  for (const c of all) {
    const k = c.words.join(' ').toLowerCase();
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const c of all) {
    if (!c.weak) continue;
    const full = seen.get(c.words.join(' ').toLowerCase()) ?? 0;
    const last = seen.get(c.words[c.words.length - 1].toLowerCase()) ?? 0;
    if (full < 2 && last < 1) c.kind = 'unknown';
  }
}

/** The candidates of a paragraph's sentences: the last version's where nothing they read has changed. */
function paragraphCandidates(
  work: ParagraphWork, infos: SentenceInfo[], context: string, lowercase: ReadonlySet<string>, nonBody: boolean, datelineEnd: number,
): void {
  const cw = work.candidates;
  if (cw && cw.context === context && stillAnswers(cw.lowercase, lowercase)) {
    infos.forEach((info, k) => {
      cw.candidates[k].forEach((c, n) => {
        // Back to what the paragraph alone made of it: the article's passes set the rest again.
        const m = c as { kind: Candidate['kind']; role: string | null; entity?: string; sentence: number };
        m.kind = cw.local[k][n].kind;
        m.role = cw.local[k][n].role;
        m.entity = undefined;
        m.sentence = info.index;
        info.candidates.push(c);
      });
    });
    return;
  }
  const seen = new RecordingSet(lowercase);
  const candidates: Candidate[][] = [];
  for (const info of infos) {
    const found = findCandidates(info, { lowercase: seen });
    // Title case capitalises every word, so a headline or heading cannot tell a name's end: its
    // names only refer to people the body introduces.
    if (nonBody) {
      for (const c of found) {
        if (c.kind === 'person' || (c.kind === 'organisation' && c.words.length > 3)) c.kind = 'unknown';
      }
    }
    // A dateline's agency and place ("WASHINGTON (AP) —") are not the story's speakers.
    // One push per item: spreading a long list into push() overflows the call stack.
    for (const c of found) if (datelineEnd < 0 || c.start >= datelineEnd) info.candidates.push(c);
    candidates.push(info.candidates);
  }
  const queries = recorded(seen);
  work.candidates = queries && {
    context, lowercase: queries, candidates, local: candidates.map((list) => list.map((c) => ({ kind: c.kind, role: c.role }))),
  };
}

const NONE: ReadonlySet<number> = new Set();
const FIRST: ReadonlySet<number> = new Set([0]);

/** What the topic terms of a paragraph read of its candidates' global state: kind, entity and role of each. */
function candidateState(infos: readonly SentenceInfo[]): (string | null | undefined)[] {
  const out: (string | null | undefined)[] = [];
  for (const s of infos) for (const c of s.candidates) out.push(c.kind, c.entity, c.role);
  return out;
}

function sameState(a: readonly (string | null | undefined)[], infos: readonly SentenceInfo[]): boolean {
  let k = 0;
  for (const s of infos) {
    for (const c of s.candidates) {
      if (a[k] !== c.kind || a[k + 1] !== c.entity || a[k + 2] !== c.role) return false;
      k += 3;
    }
  }
  return k === a.length;
}

/** The topic terms of a paragraph: the last version's where nothing they read has changed. */
function paragraphTerms(
  work: ParagraphWork, index: number, infos: readonly SentenceInfo[], skip: boolean, heading: boolean,
  lowercase: ReadonlySet<string>, people: ReadonlySet<string>,
): TermWork {
  const context = `${skip ? 1 : 0}${heading ? 1 : 0}`;
  const tw = work.terms;
  if (tw && tw.context === context && sameState(tw.candidates, infos) && stillAnswers(tw.people, people) && stillAnswers(tw.lowercase, lowercase)) {
    if (tw.paragraph !== index) {
      for (const m of tw.mentions) (m as { paragraph: number }).paragraph = index;
      tw.paragraph = index;
    }
    return tw;
  }
  // The paragraph on its own, as paragraph 0 of a one-paragraph article: the terms pass reads sentence by sentence.
  const seenLower = new RecordingSet(lowercase);
  const seenPeople = new RecordingSet(people);
  const alone = infos.map((s) => ({ ...s, paragraph: 0 }));
  const t = collectTerms(1, alone, { skip: skip ? FIRST : NONE, headings: heading ? FIRST : NONE, lowercase: seenLower, people: seenPeople });
  for (const m of t.mentions) (m as { paragraph: number }).paragraph = index;
  const made: TermWork = {
    context, candidates: candidateState(infos), people: recorded(seenPeople) ?? new Map(), lowercase: recorded(seenLower) ?? new Map(), bag: t.bags[0], wordCount: t.wordCounts[0],
    mentions: t.mentions, headingStems: t.headings.get(0), paragraph: index,
  };
  work.terms = recorded(seenPeople) && recorded(seenLower) ? made : null;
  return made;
}

export interface AnalyzeOptions {
  /** Kept from the analysis of an earlier version of the same document: its paragraphs' work is reused. */
  readonly cache?: ArticleCache;
  /** Editor corrections to apply before anything else (see corrections.ts). */
  readonly corrections?: readonly Correction[];
}

/**
 * Analyses an article. With a cache kept from the analysis of an earlier version of the same
 * document, the work inside each paragraph the edits did not touch is reused (incremental
 * analysis); the passes over the whole article run again. The result is the same either way.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Article {
  return addTopics(readArticle(text, options));
}

/** An article read up to its quotes and speakers: what the topic and section passes start from. */
export interface ReadArticle {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: Sentence[];
  readonly structure: Structure;
  readonly works: readonly ParagraphWork[];
  readonly infos: readonly SentenceInfo[];
  /** Each paragraph's sentences. */
  readonly byParagraph: readonly (readonly SentenceInfo[])[];
  readonly lowercase: ReadonlySet<string>;
  readonly quotes: Quote[];
  readonly entities: Entity[];
  readonly corrections: Article['corrections'];
}

/**
 * The first part of the analysis: paragraphs, quotations, structure, sentences, mentions,
 * entities and attribution. Costs about as much as `addTopics` (kept apart so that each can be
 * measured and scheduled on its own).
 */
export function readArticle(text: string, options: AnalyzeOptions = {}): ReadArticle {
  const cache = options.cache ?? new ArticleCache(false);
  cache.begin();
  const paragraphs = splitParagraphs(text);
  const quotations = findQuotations(text, paragraphs).sort((a, b) => a.start - b.start);
  const structure = readStructure(text, paragraphs);

  // Each paragraph's sentences and tokens (quotations are atomic in sentences).
  const works: ParagraphWork[] = [];
  let qi = 0;
  for (const p of paragraphs) {
    while (qi < quotations.length && quotations[qi].end <= p.start) qi++;
    const cutting: Quotation[] = [];
    for (let k = qi; k < quotations.length && quotations[k].start < p.end; k++) {
      if (quotations[k].end > p.start) cutting.push(quotations[k]);
    }
    works.push(cache.work(text, p, cutting));
  }
  cache.sweep();
  const { lowercase } = cache;

  const datelineEnds = new Map<number, number>();
  for (const m of structure.metadata) if (m.kind === 'dateline' && !datelineEnds.has(m.paragraph)) datelineEnds.set(m.paragraph, m.end);
  const sentences: Sentence[] = [];
  const infos: SentenceInfo[] = [];
  const byParagraph: SentenceInfo[][] = [];
  for (const p of paragraphs) {
    const w = works[p.index];
    const own: SentenceInfo[] = [];
    w.sentences.forEach((s, k) => {
      const start = w.base + s.start;
      const end = w.base + s.end;
      sentences.push({ start, end, paragraph: p.index });
      const info: SentenceInfo = { index: infos.length, paragraph: p.index, start, end, tokens: w.tokens[k], inQuote: w.inQuote[k], candidates: [] };
      infos.push(info);
      own.push(info);
    });
    byParagraph.push(own);
    const nonBody = structure.nonBody.has(p.index);
    const datelineEnd = datelineEnds.get(p.index) ?? -1;
    paragraphCandidates(w, own, `${nonBody ? 1 : 0}:${datelineEnd < 0 ? -1 : datelineEnd - p.start}`, lowercase, nonBody, datelineEnd);
  }

  // Entities: full names first, so that a lone surname anywhere can find its person.
  const registry = new EntityRegistry();
  const all: Candidate[] = infos.flatMap((s) => s.candidates);
  confirmWeakNames(all);
  for (const c of all) {
    if (c.kind === 'person' && (c.words.length >= 2 || c.titled || c.role)) registry.addPerson(c);
  }
  for (const c of all) {
    if (c.kind === 'organisation' && !c.inQuote) c.entity = registry.addOrganisation(c.words, c);
  }

  const found = locateCorrections(text, options.corrections ?? []);
  const byQuote = new Map<number, LocatedCorrection>();
  const stale: Correction[] = [...found.stale];
  const quotationAt = new Map(quotations.map((q) => [q.start, q]));
  for (const lc of found.located) {
    // A correction applies to the quotation whose text it anchors; with none there, it is stale.
    const q = quotationAt.get(lc.span.start);
    if (q && q.end === lc.span.end) byQuote.set(q.start, lc);
    else stale.push(lc.correction);
  }
  const quotes = attribute({
    text, paragraphs, sentences: infos, quotations, skipParagraphs: structure.nonBody, registry, corrections: byQuote,
  });
  quotes.forEach((q, i) => Object.assign(q, { id: `q${i + 1}` }));
  const entities = registry.finish(text);
  const corrections: Article['corrections'] = {
    applied: [...byQuote.values()].map((lc) => ({
      correction: lc.correction, span: lc.span, quote: quotes.find((q) => q.start === lc.span.start && q.kind !== 'indirect')?.id ?? null,
    })),
    stale,
  };

  return { text, paragraphs, sentences, structure, works, infos, byParagraph, lowercase, quotes, entities, corrections };
}

/** The second part: topic terms, inferred sections where the article has no headings, topics, and section labels. */
export function addTopics(read: ReadArticle): Article {
  const { text, paragraphs, sentences, structure, works, infos, byParagraph, lowercase, quotes, entities, corrections } = read;
  // Topics, from the tokens and mentions above (one pass over them).
  const whole = (m: { start: number; end: number; paragraph: number }): boolean => m.start === paragraphs[m.paragraph].start && m.end === paragraphs[m.paragraph].end;
  const skip = new Set(structure.metadata.filter(whole).map((m) => m.paragraph));
  const headings = new Set(structure.sections.filter((s) => s.headingRange).map((s) => s.firstParagraph));
  if (structure.title) headings.add(structure.title.paragraph);
  const people = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const n of [e.name, ...e.aliases]) for (const w of [n, ...n.split(' ')]) people.add(w.toLowerCase());
  }
  const terms: ArticleTerms = { bags: [], wordCounts: [], mentions: [], headings: new Map() };
  for (const p of paragraphs) {
    const t = paragraphTerms(works[p.index], p.index, byParagraph[p.index], skip.has(p.index), headings.has(p.index), lowercase, people);
    terms.bags.push(t.bag);
    terms.wordCounts.push(t.wordCount);
    for (const m of t.mentions) terms.mentions.push(m);
    if (t.headingStems) terms.headings.set(p.index, t.headingStems);
  }
  const body = paragraphs.map((p) => p.index).filter((i) => !structure.nonBody.has(i));
  const datelines = new Set(structure.metadata.filter((m) => m.kind === 'dateline').map((m) => (whole(m) ? m.paragraph + 1 : m.paragraph)));
  const sections = headings.size > (structure.title ? 1 : 0) ? structure.sections : inferSections({
    paragraphs, body, firstParagraph: structure.title ? 1 : 0, bags: terms.bags, wordCounts: terms.wordCounts,
    sentences: infos, entities, quotes, datelines,
  }) ?? structure.sections;
  const topics = findTopics({ paragraphs, sections, terms, entities, quotes, titleParagraph: structure.title?.paragraph ?? null });
  labelInferred(sections, text);

  return {
    text,
    paragraphs,
    sentences,
    title: structure.title,
    metadata: structure.metadata,
    sections,
    quotes,
    entities,
    topics,
    corrections,
  };
}
