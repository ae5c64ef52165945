// One pass over the tokens and mention candidates the core already has, collecting what the
// topic and segmentation passes need: each paragraph's content words as stem ids (for lexical
// cohesion) and the mentions of candidate topics (places, organisations, proper names, codes
// like "MH17", and lower-case noun phrases like "nuclear deal"), grouped by topic as they come.
// Words are looked up once each, from the text's characters (topicWords.ts), and everything
// after works on their indexes.
//
// Reads of each sentence: `paragraph`, `inQuote`, its tokens' `kind`, `lower`, `cap`, `start`,
// `end`, and its candidates' `kind`, `first`, `last`, `words`, `start`, `end`, `entity`,
// `initial`, `roleSpan`.
import { isSpace, isWordChar } from '../text/chars';
import type { SentenceInfo, SentenceWords } from '../attribution/context';
import type { Candidate } from '../people/mentions';
import type { TopicKind } from '../model';
import type { Token } from '../text/tokens';
import { type Group, GroupTable, STRIDE } from './topicGroups';
import { ADDRESS_HEADS, EVENT_HEADS, PLACE_ALIASES, SETTING_HEADS } from '../lexicon/topics';
import {
  ADJECTIVE,
  countryOfDemonym,
  CUE,
  DIGIT,
  NOT_TOPIC,
  PLACE,
  STOPWORD,
  THE,
  VERBISH,
  type WordTable,
} from './topicWords';

export interface ArticleTerms {
  /**
   * Content words of paragraph p: entries termStart[p] to termStart[p + 1] − 1 of `termIds`
   * (stem ids) and `termWeights` (each occurrence weighted by how specific the word is).
   */
  readonly termStart: Int32Array;
  readonly termIds: Int32Array;
  readonly termWeights: Float64Array;
  /** Per paragraph: number of word tokens. */
  readonly wordCounts: Int32Array;
  /** Candidate topics with their mentions. */
  readonly groups: GroupTable;
  /** The stem ids of the headline's and each heading's words, by paragraph. */
  readonly headings: Map<number, Set<number>>;
}

export interface TermOptions {
  /** Paragraphs that are not text at all (datelines, bylines, captions, "Read more" lines). */
  readonly skip: ReadonlySet<number>;
  /**
   * The headline and headings: their capitals say nothing (title case), so they yield no
   * mentions, only the stems that make the topics they name more salient.
   */
  readonly headings: ReadonlySet<number>;
  /** Indexes of the words of people's names: a name made only of them is a person, not a topic. */
  readonly people: ReadonlySet<number>;
  /** Where run-in heads end, by paragraph: the words before are a heading's, as a heading line's are. */
  readonly runIns: ReadonlyMap<number, number>;
}

const QUOTED_WEIGHT = 0.6;
const MAX_PHRASE_WORDS = 3;
const MAX_NAME_WORDS = 4;

/** WORD of a short lower-case word not looked up yet. */
const LAZY = -2;

/**
 * Each token's word id, flags, stem and specificity, kept with the sentence's paragraph work while
 * the word table keeps its words (it drops them all between analyses when full: topicWords.ts
 * `begin`): looking a word up hashes its letters, reading its facts is a random access into a large
 * table, and an edit leaves most sentences as they were.
 */
function wordInfo(s: SentenceInfo, text: string, words: WordTable): SentenceWords {
  const kept = s.local.words;
  const generation = words.generation();
  if (kept?.table === words.key && kept.generation === generation) return kept;
  const { tokens } = s;
  const n = tokens.length;
  // Plain arrays filled in order: a sentence's few tokens made four typed arrays cost more to
  // allocate (each its own buffer) than a cold analysis saved by them.
  const ids: number[] = [];
  const flags: number[] = [];
  const stems: number[] = [];
  const spec: number[] = [];
  let wordCount = 0;
  for (let t = 0; t < n; t++) {
    const tok = tokens[t];
    let i = -1;
    let f = 0;
    let stem = 0;
    let sp = 0;
    if (tok.kind === 'number') wordCount++;
    else if (tok.kind === 'word') {
      wordCount++;
      // A word of one or two lower-case letters is no term and ends any phrase ("of", "to", "in"):
      // it is looked up only if a name holds it ("Bank of America"; see `seqOf`).
      i = tok.end - tok.start <= 2 && !tok.cap ? LAZY : words.lookUpSpan(text, tok.start, tok.end, tok.lower);
      if (i !== LAZY) {
        f = words.wordFlags(i);
        if ((f & STOPWORD) === 0) {
          stem = words.wordStem(i);
          sp = words.wordSpecificity(i);
        }
      }
    }
    ids.push(i);
    flags.push(f);
    stems.push(stem);
    spec.push(sp);
  }
  const info = { table: words.key, generation, ids, flags, stems, spec, wordCount };
  s.local.words = info;
  return info;
}

/** One pass over an article's sentences: what it reads, and its per-token scratch. */
interface Pass {
  readonly text: string;
  readonly words: WordTable;
  readonly groups: GroupTable;
  readonly opts: TermOptions;
  /** Stem ids of the event and setting head nouns (lexicon/topics.ts). */
  readonly events: Set<number>;
  readonly settings: Set<number>;
  /** Word index → the place's name and that name's id ("iranian" → Iran). */
  readonly places: Map<number, { name: string; id: number }>;
  // Per token of the current sentence: word index (−1: no word; LAZY), stem id (0: no content
  // word), flags, specificity (the sentence's kept SentenceWords, read only), covering candidate,
  // title word (scratch sized for the longest sentence).
  WORD: readonly number[];
  STEMS: readonly number[];
  FLAGS: readonly number[];
  SPEC: readonly number[];
  readonly COVER: Int32Array;
  readonly ROLE: Uint8Array;
}

export function collectTerms(
  text: string,
  paragraphCount: number,
  sentences: readonly SentenceInfo[],
  opts: TermOptions,
  words: WordTable,
): ArticleTerms {
  let capacity = 0;
  let longest = 0;
  for (const s of sentences) {
    capacity += s.tokens.length;
    longest = Math.max(longest, s.tokens.length + 1);
  }
  const termIds = new Int32Array(capacity);
  const termWeights = new Float64Array(capacity);
  const termStart = new Int32Array(paragraphCount + 1);
  const wordCounts = new Int32Array(paragraphCount);
  const groups = new GroupTable(words);
  const headings = new Map<number, Set<number>>();
  const pass: Pass = {
    text,
    words,
    groups,
    opts,
    events: new Set(EVENT_HEADS.map((h) => words.intern(h))),
    settings: new Set(SETTING_HEADS.map((h) => words.intern(h))),
    places: new Map(),
    WORD: [],
    STEMS: [],
    FLAGS: [],
    SPEC: [],
    COVER: new Int32Array(longest),
    ROLE: new Uint8Array(longest),
  };
  const { COVER, ROLE } = pass;
  let n = 0;
  let filled = 0; // paragraphs whose termStart is set
  for (const s of sentences) {
    while (filled <= s.paragraph) termStart[filled++] = n;
    if (opts.skip.has(s.paragraph)) continue;
    const { tokens, inQuote } = s;
    const count = tokens.length;
    const info = wordInfo(s, text, words);
    const { wordCount } = info;
    pass.WORD = info.ids;
    pass.FLAGS = info.flags;
    pass.SPEC = info.spec;
    COVER.fill(-1, 0, count);
    ROLE.fill(0, 0, count);
    // A heading's words (all of a heading line's, or those before a run-in head's end).
    const runIn = opts.runIns.get(s.paragraph);
    const headingEnd = opts.headings.has(s.paragraph) ? count : runIn === undefined ? 0 : tokenAfter(tokens, runIn);
    // The kept stems are read only: a heading's, which name no term, are cleared in a copy.
    let STEMS = info.stems;
    if (headingEnd > 0) {
      let stems = headings.get(s.paragraph);
      if (!stems) headings.set(s.paragraph, (stems = new Set()));
      const copy = STEMS.slice();
      for (let t = 0; t < headingEnd; t++) {
        if (copy[t] !== 0) stems.add(copy[t]);
        copy[t] = 0;
      }
      STEMS = copy;
      if (headingEnd === count) continue;
    }
    pass.STEMS = STEMS;
    const { FLAGS, SPEC } = pass;
    wordCounts[s.paragraph] += wordCount;
    // Which candidate covers each token, and which tokens are a person's title ("Russian President").
    for (let ci = 0; ci < s.candidates.length; ci++) {
      const c = s.candidates[ci];
      for (let t = c.first; t <= c.last; t++) COVER[t] = ci;
      if (c.roleSpan) for (let t = c.first - 1; t >= 0 && tokens[t].start >= c.roleSpan.start; t--) ROLE[t] = 1;
      if (c.first >= headingEnd) candidateMention(pass, c, s, inQuote[c.first] ? QUOTED_WEIGHT : 1);
    }
    let runStart = -1;
    for (let t = 0; t <= count; t++) {
      let inRun = false;
      const stem = t < count ? STEMS[t] : 0;
      // Content words of three letters or more; speech verbs say that someone spoke, not what about.
      if (stem !== 0 && tokens[t].end - tokens[t].start >= 3) {
        const f = FLAGS[t];
        if ((f & (VERBISH | CUE)) !== (VERBISH | CUE)) {
          termIds[n] = stem;
          termWeights[n] = SPEC[t];
          n++;
        }
        inRun = COVER[t] < 0 && ROLE[t] === 0 && !tokens[t].cap && (f & (VERBISH | NOT_TOPIC | DIGIT)) === 0;
      }
      if (inRun) {
        if (runStart < 0) runStart = t;
      } else if (runStart >= 0) {
        phraseMentions(pass, runStart, t, s, inQuote[runStart] ? QUOTED_WEIGHT : 1);
        runStart = -1;
      }
    }
  }
  while (filled <= paragraphCount) termStart[filled++] = n;
  for (const g of groups.all) g.specificity /= g.mentions.length / STRIDE;
  return {
    termStart,
    termIds: termIds.subarray(0, n),
    termWeights: termWeights.subarray(0, n),
    wordCounts,
    groups,
    headings,
  };
}

/** The first token that starts at or after `pos`. */
function tokenAfter(tokens: readonly Token[], pos: number): number {
  let t = 0;
  while (t < tokens.length && tokens[t].start < pos) t++;
  return t;
}

/** Adds the indexes of the words in text[start, end) (split at spaces, edges trimmed of marks) to `out`. */
export function spanWords(
  words: WordTable,
  text: string,
  start: number,
  end: number,
  out: number[] | Set<number>,
): void {
  let k = start;
  while (k < end) {
    while (k < end && !isWordChar(text.charCodeAt(k))) k++;
    let e = k;
    while (e < end && !isSpace(text.charCodeAt(e))) e++;
    let last = e;
    while (last > k && !isWordChar(text.charCodeAt(last - 1))) last--;
    if (last > k) {
      const i = words.lookUpSpan(text, k, last);
      if (Array.isArray(out)) out.push(i);
      else out.add(i);
    }
    k = e;
  }
}

/** A place's name: "United States" for "U.S.", "Iran" for "Iranian"; otherwise as written. */
function placeName(words: readonly string[]): string {
  const joined = words.length === 1 ? words[0] : words.join(' ');
  const lower = joined.toLowerCase();
  return PLACE_ALIASES.get(lower) ?? countryOfDemonym(lower) ?? joined;
}

/** A place mention: grouped by its name's id, so that "Iranian" and "Iran" are one topic. */
function placeMention(pass: Pass, c: Candidate, paragraph: number, weight: number): void {
  const { WORD, words } = pass;
  let place: { name: string; id: number } | undefined;
  const single = c.first === c.last && WORD[c.first] >= 0;
  if (single) place = pass.places.get(WORD[c.first]);
  if (!place) {
    const name = placeName(c.words);
    place = { name, id: words.intern(name.toLowerCase()) };
    if (single) pass.places.set(WORD[c.first], place);
  }
  const { name, id } = place;
  const g = pass.groups.name(
    'place',
    [id],
    'place',
    () =>
      name
        .toLowerCase()
        .split(' ')
        .map((w) => words.lookUp(w)),
    name,
  );
  pass.groups.add(g, c.start, c.end, paragraph, weight, 1);
}

/** The word indexes of tokens [from, to]. */
function seqOf(pass: Pass, tokens: readonly Token[], from: number, to: number): number[] {
  const { WORD } = pass;
  const out: number[] = [];
  for (let t = from; t <= to; t++) {
    // (A short word's id is looked up here, not kept: WORD is the sentence's kept copy.)
    const id =
      WORD[t] === LAZY ? pass.words.lookUpSpan(pass.text, tokens[t].start, tokens[t].end, tokens[t].lower) : WORD[t];
    if (id >= 0) out.push(id);
  }
  return out;
}

/** The topic mentions a name candidate makes: a place, an organisation, a proper name, a code (people come from the entities). */
function candidateMention(pass: Pass, c: Candidate, s: SentenceInfo, weight: number): void {
  const { groups, words, WORD, FLAGS } = pass;
  const { tokens } = s;
  const p = s.paragraph;
  if (c.kind === 'place') {
    placeMention(pass, c, p, weight);
    return;
  }
  if (c.kind !== 'organisation' && (c.kind !== 'unknown' || c.words.length === 0)) return;
  // A code inside a name is the topic, even in an organisation's: "Malaysia Airlines MH17".
  // Flight numbers, model names, groupings: MH17, G20, F-35, A380.
  let codes = 0;
  for (let t = c.first; t <= c.last; t++) {
    const tok = tokens[t];
    const len = tok.end - tok.start;
    if (WORD[t] < 0 || !tok.cap || len < 3 || len > 10 || (FLAGS[t] & DIGIT) === 0) continue;
    groups.add(
      groups.name('code', [WORD[t]], 'event', () => [WORD[t]]),
      tok.start,
      tok.end,
      p,
      weight,
      1,
    );
    codes++;
  }
  if (c.kind === 'organisation') {
    if (codes > 0) return;
    // "The" is not part of the name: "the Kremlin" and "Kremlin" are one.
    let first = c.first;
    if ((FLAGS[first] & THE) !== 0) first++;
    if (first > c.last) return;
    const seq = seqOf(pass, tokens, first, c.last);
    groups.add(
      groups.name('organisation', seq, 'organisation', () => seq),
      tokens[first].start,
      c.end,
      p,
      weight,
      1,
    );
    return;
  }
  if (codes > 0 || c.entity) return;
  const seq = seqOf(pass, tokens, c.first, c.last);
  if (seq.length === 0 || seq.length > MAX_NAME_WORDS) return;
  // Made of people's names only: a person, whom the entities already hold.
  if (seq.every((w) => pass.opts.people.has(w))) return;
  const f0 = words.wordFlags(seq[0]);
  const fn = words.wordFlags(seq[seq.length - 1]);
  if (seq.length === 1) {
    // A capitalised sentence opener is a name only where the article also capitalises it mid-sentence.
    if (c.initial || (f0 & NOT_TOPIC) !== 0 || c.end - c.start < 2) return;
    if ((f0 & PLACE) !== 0) {
      placeMention(pass, c, p, weight);
      return;
    }
  }
  // "And I", "The": a sentence's capitalised function words are no name.
  if ((f0 & STOPWORD) !== 0 || (fn & STOPWORD) !== 0) return;
  // An address or a venue is a place: "Harbour Road", "Maple Hall".
  if (seq.length > 1 && ADDRESS_HEADS.has(words.wordText(seq[seq.length - 1]))) {
    placeMention(pass, c, p, weight);
    return;
  }
  if (seq.length > 1 && (fn & PLACE) !== 0) {
    const lower = c.words.join(' ').toLowerCase();
    if (countryOfDemonym(lower) || PLACE_ALIASES.has(lower) || (words.wordFlags(words.lookUp(lower)) & PLACE) !== 0) {
      placeMention(pass, c, p, weight);
      return;
    }
  }
  const kind: TopicKind = pass.events.has(words.wordStem(seq[seq.length - 1])) ? 'event' : 'phrase';
  groups.add(
    groups.name('name', seq, kind, () => seq),
    c.start,
    c.end,
    p,
    weight,
    1,
  );
}

/** Mean specificity of tokens [from, to). */
function meanSpecificity(SPEC: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let t = from; t < to; t++) sum += SPEC[t];
  return sum / (to - from);
}

/**
 * A run of lower-case content words [from, to), and the proper modifier right before it ("Iran
 * nuclear program", "US sanctions"): its head noun alone, its last two and three words, and
 * the modifier with its last two. Ranking later keeps the form the article repeats.
 */
function phraseMentions(pass: Pass, from: number, to: number, s: SentenceInfo, weight: number): void {
  const { groups, WORD, STEMS, FLAGS, SPEC, COVER } = pass;
  const { tokens } = s;
  // The head is the last word that is not an adjective.
  while (to > from && (FLAGS[to - 1] & ADJECTIVE) !== 0) to--;
  if (to === from) return;
  if (to - from > MAX_PHRASE_WORDS) from = to - MAX_PHRASE_WORDS;
  const head = STEMS[to - 1];
  if (pass.settings.has(head)) return;
  const p = s.paragraph;
  const end = tokens[to - 1].end;
  const one = groups.word(head, pass.events.has(head) ? 'event' : 'phrase', WORD[to - 1]);
  groups.add(one, tokens[to - 1].start, end, p, weight, SPEC[to - 1]);
  let two: Group | null = null;
  if (to - from >= 2) {
    two = groups.longer(one, STEMS[to - 2]);
    groups.add(two, tokens[to - 2].start, end, p, weight, meanSpecificity(SPEC, to - 2, to));
  }
  if (to - from === 3) {
    groups.add(
      groups.longer(two as Group, STEMS[from]),
      tokens[from].start,
      end,
      p,
      weight,
      meanSpecificity(SPEC, from, to),
    );
  }
  // A place or organisation right before the phrase modifies it: "Iran nuclear program".
  const before = from - 1;
  const c = before >= 0 && COVER[before] >= 0 ? s.candidates[COVER[before]] : undefined;
  if (c && c.last === before && (c.kind === 'place' || c.kind === 'organisation') && c.words.length <= 3) {
    const place = c.kind === 'place' && c.first === c.last ? pass.places.get(WORD[c.first]) : undefined;
    const mod = place
      ? place.id
      : pass.words.intern((c.kind === 'place' ? placeName(c.words) : c.words.join(' ')).toLowerCase());
    const sub = two ?? one;
    groups.add(
      groups.longer(sub, -mod),
      c.start,
      end,
      p,
      weight,
      Math.min(1, meanSpecificity(SPEC, to - sub.words, to) + 0.2),
    );
  }
}
