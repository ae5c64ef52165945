// The sentence and article context that attribution works on.
import type { LocatedCorrection } from '../../../../common/corrections';
import type { EntityRegistry } from '../people/entities';
import type { Candidate } from '../people/mentions';
import type { Paragraph, QuoteKind, Span } from '../model';
import type { Quotation } from '../text/quotations';
import { countBelow, firstIndex } from '../../../../common/search';
import type { Token } from '../text/tokens';

/** A sentence ready for attribution: tokens, which are quoted, its mention candidates. */
export interface SentenceInfo {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: Token[];
  readonly inQuote: Uint8Array;
  readonly candidates: Candidate[];
  /** What attribution works out once per sentence (see SentenceMemo); empty when the sentence is made. */
  readonly memo: SentenceMemo;
  /** What its tokens and quoted tokens alone decide (see SentenceLocal): kept between versions with the paragraph's work. */
  readonly local: SentenceLocal;
}

/** A speech cue: the verb or phrase that credits a quote ("said", "told reporters", "according to"). */
export interface Cue {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  readonly weak: boolean;
  readonly according: boolean;
  /** For a speech noun ("Trump’s claim"), the token that ends its possessor. */
  readonly possessor?: number;
}

/** A source found for a cue: a mention candidate, or a description of an unnamed source. */
export interface Source {
  readonly candidate?: Candidate;
  readonly descriptor?: Descriptor;
  /** The relative pronoun that stands for it as the cue's subject ("the study, which notes"): its token. */
  readonly relative?: number;
}

/** An unnamed source's description: its tokens, and its head noun when words follow it ("a person familiar with the matter"). */
export interface Descriptor {
  readonly first: number;
  readonly last: number;
  readonly definite: boolean;
  readonly head?: number;
}

/** The token that says what a description names: "person" in "a person familiar with the matter". */
export function headOf(d: Descriptor): number {
  return d.head ?? d.last;
}

/** A candidate that may be the subject of its sentence's main clause. */
export interface SubjectCandidate {
  readonly c: Candidate;
  /** Its place in the sentence's order. */
  readonly order: number;
  /** Whether it counts only once it has an entity. */
  readonly dynamic: boolean;
  readonly source: Source;
}

/** Where a sentence's quotes stand among its tokens (read by quoteKind). */
export interface QuoteLayout {
  /** Index of the first quoted token, or the number of tokens if none is quoted. */
  readonly firstQuoted: number;
  /** For each token, the nearest token at or before it that is not a quotation mark or an opening bracket (-1: none). */
  readonly lastNonMark: readonly number[];
}

/** Candidates in the sentence's order, with a running extreme of their starts, for searches by halves. */
export interface OrderedCandidates<T> {
  readonly list: T[];
  readonly bound: readonly number[];
  /** How many candidates the sentence had when this was built. */
  readonly size: number;
}

/**
 * What the passes work out once per sentence from its tokens and which of them are quoted, and
 * nothing else: the paragraph's work (paragraphWork.ts) keeps it for the next version of a document.
 */
export interface SentenceLocal {
  /** The sentence's speech verbs and phrases by their words alone (cues.ts scanCues). */
  cues?: Cue[];
  layout?: QuoteLayout;
  /** What the word table named `table` says of each token (topics/terms.ts), kept while that table lives. */
  words?: SentenceWords;
}

/**
 * What attribution works out once per sentence, each kind in a field of its own: every quote of a
 * sentence asks the same questions, and a sentence may hold thousands of quotes. A SentenceInfo is
 * made afresh for each analysis, so its memo lives exactly as long as the analysis.
 */
export interface SentenceMemo {
  index?: CandidateIndex;
  /** The sentence's cues: the local ones but words of a person's title (cues.ts findCues). */
  cues?: Cue[];
  /** Clause breaks before each token (cues.ts); the main clause's start depends on the candidates. */
  breaks?: number[];
  /** The cues that have a source, for the list of cues they were picked from. */
  withSource?: { readonly cues: Cue[]; readonly of: readonly Cue[] };
  hasSource?: Map<Cue, boolean>;
  subjectEnd?: Map<Cue, number>;
  subjects?: { readonly subjects: SubjectCandidate[]; readonly from: number; readonly size: number };
  /** Each cue's source, keyed by sourceKey (options.ts), with the first cue it is the source of. */
  cueSources?: Map<string, { readonly cue: Cue; readonly source: Source }>;
  /** The subject of the whole sentence (sources.ts sentenceSubject), null for none. */
  subject?: Source | null;
  /** The token ranges ("first:last") of the descriptions its cues or its subject rest on (options.ts). */
  described?: ReadonlySet<string>;
  afterIntro?: OrderedCandidates<Candidate>;
  unnamed?: OrderedCandidates<Candidate>;
}

/** What the word table says of each token of a sentence (topics/terms.ts `wordInfo`). */
export interface SentenceWords {
  readonly table: symbol;
  /** The table's generation the ids are of: a table that drops its words keeps its key. */
  readonly generation: number;
  /** Word id (−1: no word; LAZY). */
  readonly ids: readonly number[];
  /** The word's flags, 0 for no word. */
  readonly flags: readonly number[];
  /** Stem id of a content word, 0 for a stopword or no word. */
  readonly stems: readonly number[];
  /** How specific a content word is, 0 for the others. */
  readonly spec: readonly number[];
  /** How many of its tokens are words or numbers. */
  readonly wordCount: number;
}

/** One source a quote may have, as the ranker saw it (see options.ts). */
export interface ExplainedOption {
  readonly kind: 'mention' | 'descriptor' | 'continuation' | 'none';
  readonly span: Span | null;
  readonly entity: string | null;
  readonly x: readonly number[];
}

/** A quote and the sources it may have, for whoever studies the attribution (the ranker's fitting). */
export interface ExplainedQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly options: readonly ExplainedOption[];
}

export interface AttributionInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceInfo[];
  readonly quotations: readonly Quotation[];
  /** Paragraphs whose quotes are not speech: the headline, headings, metadata lines. */
  readonly skipParagraphs: ReadonlySet<number>;
  readonly registry: EntityRegistry;
  /** Editor corrections found in the text, by the start offset of the quote they apply to. */
  readonly corrections: ReadonlyMap<number, LocatedCorrection>;
  /** Told every quote's options as they are weighed (bench/fit-attribution.ts learns from them). */
  readonly explain?: (quote: ExplainedQuote) => void;
  /** Credit each quote as the hand rules alone would (for measuring the ranker against them). */
  readonly rules?: boolean;
  /** Told every quotation's term features before it is judged (bench/fit-terms.ts learns from them). */
  readonly explainTerm?: (quote: Span, x: readonly number[]) => void;
  /** Told every reported statement's raw score and kind of speaker before it is calibrated (bench/fit-reported.ts). */
  readonly explainReported?: (statement: Span, raw: number, speakerKind: string) => void;
}

/** The sentence holding offset `pos`, or -1 (sentences are in order and do not overlap). */
export function sentenceOf(sentences: readonly SentenceInfo[], pos: number): number {
  const i = firstIndex(sentences.length, (k) => sentences[k].end <= pos);
  return i < sentences.length && sentences[i].start <= pos ? i : -1;
}

/** The token holding offset `pos`, else the first one after it (tokens are in order and do not overlap). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].end <= pos);
}

export function isQuoteOrMark(s: SentenceInfo, k: number): boolean {
  const t = s.tokens[k];
  return !!t && (s.inQuote[k] === 1 || t.kind === 'quote');
}

/**
 * A sentence's candidates by the token they start or end at and the offset their role starts
 * at, each list in the sentence's order, built once per sentence: a sentence may hold thousands
 * of quotes and names, and searching all its candidates for each quote cost it its length squared.
 * Positions never change once attribution starts; what may (an entity found) is read at lookup.
 */
export interface CandidateIndex {
  readonly first: Map<number, Candidate[]>;
  readonly last: Map<number, Candidate[]>;
  readonly roleStart: Map<number, Candidate[]>;
  /** Where each candidate stands in the sentence's order. */
  readonly order: Map<Candidate, number>;
  /** For each candidate of the sentence's order, the greatest first token up to it. */
  readonly firstMax: number[];
  /** How many candidates the sentence had when this was built. */
  readonly size: number;
}

const NO_CANDIDATES: readonly Candidate[] = [];

export function candidateIndex(s: SentenceInfo): CandidateIndex {
  const { memo } = s;
  const hit = memo.index;
  if (hit && hit.size === s.candidates.length) return hit;
  const x: CandidateIndex = {
    first: new Map(),
    last: new Map(),
    roleStart: new Map(),
    order: new Map(),
    firstMax: new Array<number>(s.candidates.length),
    size: s.candidates.length,
  };
  const add = (m: Map<number, Candidate[]>, key: number, c: Candidate): void => {
    const list = m.get(key);
    if (list) list.push(c);
    else m.set(key, [c]);
  };
  let most = -1;
  s.candidates.forEach((c, n) => {
    most = Math.max(most, c.first);
    x.firstMax[n] = most;
    if (!x.order.has(c)) x.order.set(c, n);
    add(x.first, c.first, c);
    add(x.last, c.last, c);
    if (c.roleSpan) add(x.roleStart, c.roleSpan.start, c);
  });
  memo.index = x;
  return x;
}

/** The candidates whose first or last token is `k`, or whose role starts at offset `k`, in the sentence's order. */
export function candidatesAt(s: SentenceInfo, by: 'first' | 'last' | 'roleStart', k: number): readonly Candidate[] {
  return candidateIndex(s)[by].get(k) ?? NO_CANDIDATES;
}

/**
 * The first candidate, in the sentence's order, that starts at token `a` or `b` or whose role
 * starts at offset `role` and that `ok` accepts: what `s.candidates.find` over those tests gives.
 */
export function firstCandidateAt(
  s: SentenceInfo,
  a: number,
  b: number,
  role: number,
  ok: (c: Candidate) => boolean,
): Candidate | undefined {
  const { order } = candidateIndex(s);
  let best: Candidate | undefined;
  const consider = (list: readonly Candidate[]): void => {
    const x = list.find(ok);
    if (x && (!best || order.get(x)! < order.get(best)!)) best = x;
  };
  consider(candidatesAt(s, 'first', a));
  if (b !== a) consider(candidatesAt(s, 'first', b));
  if (role >= 0) consider(candidatesAt(s, 'roleStart', role));
  return best;
}

/** How many candidates, in the sentence's order, come before the first one starting at or after token `k`. */
export function candidatesBefore(s: SentenceInfo, k: number): number {
  return countBelow(candidateIndex(s).firstMax, k);
}
