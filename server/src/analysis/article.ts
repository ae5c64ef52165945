// analyzeArticle: the one entry point of the analysis core. Pure: text in, Article out (an
// optional cache, kept from an earlier version of the document, only saves work).
import { addSectionFacts } from './facts/sectionFacts';
import { findVoices } from './facts/voices';
import { ArticleCache } from './incremental/articleCache';
import { attribute } from './attribution/attribution';
import type { ExplainedQuote, SentenceInfo } from './attribution/context';
import { type Correction, type LocatedCorrection, locateCorrections } from '../../../common/corrections';
import { confirmNames } from './people/confirmNames';
import { EntityRegistry } from './people/entities';
import { findCandidates, type Candidate } from './people/mentions';
import type { Article, Entity, Paragraph, Quote, Sentence, Span } from './model';
import { type ParagraphWork, RecordingSet, recorded, stillAnswers } from './incremental/paragraphWork';
import { splitParagraphs } from './text/paragraphs';
import { findQuotations, type Quotation } from './text/quotations';
import { readStructure, type Structure } from './text/sections';
import { sectionsAndTopics } from './topics/topicSections';
import { WordTable } from './topics/topicWords';

/**
 * A line of a list that opens with a person's name and a comma or a bracket ("Emily Blunt, Mary
 * Poppins Returns", "** WINNER: Olivia Colman, The Favourite", "Julia Roberts (Homecoming)"): the
 * comma ends the name, as the title case of a heading cannot.
 */
function listEntry(s: SentenceInfo, c: Candidate): boolean {
  const { tokens } = s;
  const after = tokens[c.last + 1]?.text;
  if ((after !== ',' && after !== '(') || c.words.length < 2 || c.words.length > 3) return false;
  for (let k = c.first - 1; k >= 0; k--)
    if (tokens[k].kind === 'word' || tokens[k].kind === 'number') return tokens[k].caps && tokens[k + 1]?.text === ':';
  return true;
}

/** The candidates of a paragraph's sentences: the last version's where nothing they read has changed. */
function paragraphCandidates(
  text: string,
  work: ParagraphWork,
  infos: SentenceInfo[],
  context: string,
  lowercase: ReadonlySet<string>,
  nonBody: boolean,
  hidden: readonly Span[],
): void {
  const cw = work.candidates;
  if (cw && cw.context === context && stillAnswers(cw.lowercase, lowercase)) {
    infos.forEach((info, k) => {
      cw.candidates[k].forEach((c, n) => {
        // Back to what the paragraph alone made of it: the article's passes set the rest again.
        c.kind = cw.local[k][n].kind;
        c.role = cw.local[k][n].role;
        c.gender = cw.local[k][n].gender;
        c.entity = undefined;
        c.sentence = info.index;
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
        if (c.kind === 'organisation' && c.words.length > 3) c.kind = 'unknown';
        else if (c.kind === 'person') {
          if (!listEntry(info, c)) c.kind = 'unknown';
          else c.weak = undefined; // the list's form vouches for a rare first name ("Charlize Theron, Tully")
        }
      }
    }
    // A dateline's agency and place ("WASHINGTON (AP) —"), a run-in head's words, a byline or a
    // photo credit name none of the story's people. One push per item: spreading a long list into
    // push() overflows the call stack.
    for (const c of found) {
      if (hidden.some((h) => c.start < h.end && c.end > h.start)) continue;
      // A role read back into a credit ("Ivo Brandt / The Canadian Press Mayor Rita Lowe") starts after it.
      const cut = c.roleSpan && hidden.find((h) => c.roleSpan!.start < h.end && h.end <= c.start);
      if (cut && c.roleSpan) {
        c.roleSpan.start = Math.max(cut.end, c.roleSpan.start);
        while (c.roleSpan.start < c.start && /\s/.test(text.charAt(c.roleSpan.start))) c.roleSpan.start++;
        c.role = text.slice(c.roleSpan.start, c.roleSpan.end) || null;
      }
      info.candidates.push(c);
    }
    candidates.push([...info.candidates]); // its own list: the article's passes may drop from the sentence's
  }
  const queries = recorded(seen);
  work.candidates = queries && {
    context,
    lowercase: queries,
    candidates,
    local: candidates.map((list) => list.map((c) => ({ kind: c.kind, role: c.role, gender: c.gender }))),
  };
}

export interface AnalyzeOptions {
  /** Kept from the analysis of an earlier version of the same document: its paragraphs' work is reused. */
  readonly cache?: ArticleCache;
  /**
   * The word table the topic passes intern words in, kept by whoever analyses many articles one
   * after another (a command-line run, a language server): news repeats its words. A fresh one
   * when absent. Never shared by two analyses running at once.
   */
  readonly words?: WordTable;
  /** Told every quote's source options as attribution weighs them (for fitting the ranker). */
  readonly explain?: (quote: ExplainedQuote) => void;
  /** Credit each quote as the hand rules alone would, without the fitted ranker (for measuring it). */
  readonly rules?: boolean;
  /** Told every quotation's term features before the term model judges it (for fitting the model). */
  readonly explainTerm?: (quote: Span, x: readonly number[]) => void;
  /** Told every reported statement's raw score and kind of speaker before it is calibrated (bench/fit-reported.ts). */
  readonly explainReported?: (statement: Span, raw: number, speakerKind: string) => void;
  /** Editor corrections to apply before anything else (see corrections.ts). */
  readonly corrections?: readonly Correction[];
}

/**
 * Analyses an article. With a cache kept from the analysis of an earlier version of the same
 * document, the work inside each paragraph the edits did not touch is reused (incremental
 * analysis); the passes over the whole article run again. The result is the same either way.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Article {
  return addTopics(analyzeSpeech(text, options), options.words ?? new WordTable());
}

/** An article read up to its quotes and speakers: what the topic and section passes start from. */
export interface SpeechAnalysis {
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
export function analyzeSpeech(text: string, options: AnalyzeOptions = {}): SpeechAnalysis {
  const cache = options.cache ?? new ArticleCache(false);
  cache.begin();
  const paragraphs = splitParagraphs(text);
  const quotations = findQuotations(text, paragraphs).sort((a, b) => a.start - b.start);

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
  const structure = readStructure(
    text,
    paragraphs,
    works.map((w) => w.line),
  );

  // What of each paragraph names nobody in the story: a dateline or run-in head ("CONGRESS HAS
  // INVESTIGATED HIM — Oz's …"), a byline, a photo credit, a reporter named in a video's blurb.
  const hidden = new Map<number, Span[]>();
  const hide = (paragraph: number, span: Span): void => {
    const list = hidden.get(paragraph);
    if (list) list.push(span);
    else hidden.set(paragraph, [span]);
  };
  for (const m of structure.metadata) {
    if (m.kind === 'dateline' && !hidden.has(m.paragraph))
      hide(m.paragraph, { start: paragraphs[m.paragraph].start, end: m.end });
    else if (m.kind === 'credit' || m.kind === 'byline') hide(m.paragraph, m);
  }
  for (const s of structure.sections) {
    if (s.headingRange && !structure.nonBody.has(s.firstParagraph) && !hidden.has(s.firstParagraph))
      hide(s.firstParagraph, { start: paragraphs[s.firstParagraph].start, end: s.headingRange.end });
  }
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
      const info: SentenceInfo = {
        index: infos.length,
        paragraph: p.index,
        start,
        end,
        tokens: w.tokens[k],
        inQuote: w.inQuote[k],
        candidates: [],
        memo: {},
        local: w.local[k],
      };
      infos.push(info);
      own.push(info);
    });
    byParagraph.push(own);
    const nonBody = structure.nonBody.has(p.index);
    const spans = hidden.get(p.index) ?? [];
    paragraphCandidates(
      text,
      w,
      own,
      `${nonBody ? 1 : 0}:${spans.map((h) => `${h.start - p.start}-${h.end - p.start}`).join(',')}`,
      lowercase,
      nonBody,
      spans,
    );
  }

  // Entities: full names first, so that a lone surname anywhere can find its person.
  const registry = new EntityRegistry();
  // A loop, not flatMap: V8's flatMap cost more than the rest of this function on every keystroke.
  const all: Candidate[] = [];
  for (const s of infos) for (const c of s.candidates) all.push(c);
  confirmNames(infos);
  for (const c of all) {
    if (c.kind === 'person' && (c.words.length >= 2 || c.titled || c.role)) c.entity = registry.addPerson(c);
  }
  for (const c of all) {
    if (c.kind === 'organisation' && !c.inQuote) c.entity = registry.addOrganisation(c.words, c);
  }
  // "the Times" after "The New York Times": the organisation's; with none of that name, no mention.
  for (const info of infos) {
    if (!info.candidates.some((c) => c.shortName)) continue;
    const kept = info.candidates.filter((c) => {
      if (!c.shortName) return true;
      if (c.inQuote || !registry.findOrganisation(c.words)) return false;
      c.kind = 'organisation';
      c.entity = registry.addOrganisation(c.words, c);
      return true;
    });
    info.candidates.length = 0;
    for (const c of kept) info.candidates.push(c);
  }

  const found = locateCorrections(text, options.corrections ?? []);
  const byQuote = new Map<number, LocatedCorrection>();
  const stale: Correction[] = [...found.stale];
  // Most analyses have no corrections: only then are the quotations indexed by start.
  const quotationAt = found.located.length
    ? new Map(quotations.map((q) => [q.start, q]))
    : new Map<number, Quotation>();
  for (const lc of found.located) {
    // A correction applies to the quotation whose text it anchors; with none there, it is stale.
    const q = quotationAt.get(lc.span.start);
    if (q && q.end === lc.span.end) byQuote.set(q.start, lc);
    else stale.push(lc.correction);
  }
  const quotes = attribute({
    explain: options.explain,
    rules: options.rules,
    explainTerm: options.explainTerm,
    explainReported: options.explainReported,
    text,
    paragraphs,
    sentences: infos,
    quotations,
    skipParagraphs: structure.nonBody,
    registry,
    corrections: byQuote,
  });
  const entities = registry.finish(text);
  const corrections: Article['corrections'] = {
    applied: [...byQuote.values()].map((lc) => ({
      correction: lc.correction,
      span: lc.span,
      quote: quotes.find((q) => q.start === lc.span.start && q.kind !== 'indirect')?.id ?? null,
    })),
    stale,
  };

  return {
    text,
    paragraphs,
    sentences,
    structure,
    works,
    infos,
    byParagraph,
    lowercase,
    quotes,
    entities,
    corrections,
  };
}

/** The second part: topic terms, inferred sections where the article has no headings, topics, and section labels. */
export function addTopics(read: SpeechAnalysis, words: WordTable): Article {
  const { text, paragraphs, sentences, structure, infos, quotes, entities, corrections } = read;
  // topicSections.ts lists what the passes read.
  const { sections, topics } = sectionsAndTopics({
    text,
    paragraphs,
    structure,
    sentences: infos,
    entities,
    quotes,
    words,
  });
  addSectionFacts(sections, quotes);
  const voices = findVoices(text, infos, quotes, entities);

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
    voices,
  };
}
