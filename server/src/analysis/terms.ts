// One pass over the tokens and mention candidates the core already has, collecting what the
// topic and segmentation passes need: each paragraph's content-word stems (for lexical
// cohesion) and the mentions of candidate topics (places, organisations, proper names,
// codes like "MH17", and lower-case noun phrases like "nuclear deal").
import type { SentenceInfo } from './attribution';
import { cueLemma } from './lexicon';
import type { Candidate } from './mentions';
import type { Span, TopicKind } from './model';
import { isDemonym, isPlaceName, isStopword } from './names';
import { countryOfDemonym, isAdjective, isCapital, isVerbish, specificity, stem } from './topicWords';
import type { Token } from './tokens';

/** One mention of a candidate topic. */
export interface TopicMention extends Span {
  /** What mentions of one topic share: a country for its demonym, a stem sequence for a phrase. */
  readonly key: string;
  /** How the mention reads, for naming the topic. */
  readonly name: string;
  readonly kind: TopicKind;
  readonly paragraph: number;
  /** How much the mention counts: less inside quotations. */
  readonly weight: number;
  /** How specific the words are (0.3–1), from their frequency in everyday English. */
  readonly specificity: number;
  /** Number of words: phrases say more than single words. */
  readonly words: number;
  /** For a lower-case phrase, the stem of its head noun ("deal" in "nuclear deal"). */
  readonly head?: string;
  /** For a phrase of several words, the key of the phrase without its first word. */
  readonly shorter?: string;
}

export interface ArticleTerms {
  /** Per paragraph: content-word stems and their counts. */
  readonly bags: Map<string, number>[];
  /** Per paragraph: number of word tokens. */
  readonly wordCounts: number[];
  readonly mentions: TopicMention[];
  /** The stems of the headline's and each heading's words, by paragraph. */
  readonly headings: Map<number, Set<string>>;
}

export interface TermOptions {
  /** Paragraphs that are not text at all (datelines, bylines, captions, "Read more" lines). */
  readonly skip: ReadonlySet<number>;
  /**
   * The headline and headings: their capitals say nothing (title case), so they yield no
   * mentions, only the stems that make the topics they name more salient.
   */
  readonly headings: ReadonlySet<number>;
  /** Words the article also writes in lower case: a capitalised one may be a sentence's first word only. */
  readonly lowercase: ReadonlySet<string>;
  /** People's names and their parts, lowercased: a surname is a person, not a topic phrase. */
  readonly people: ReadonlySet<string>;
}

// Nouns naming events: phrases headed by them are events ("nuclear deal", "summit").
const EVENT_HEADS = new Set(['summit', 'talk', 'deal', 'agreement', 'accord', 'treati', 'elect', 'vote', 'referendum',
  'war', 'conflict', 'crisi', 'attack', 'crash', 'investig', 'probe', 'trial', 'sanction', 'negoti', 'confer',
  'forum', 'debat', 'campaign', 'protest', 'strike', 'ceasefir', 'shoot', 'explos', 'scandal', 'hear', 'impeach',
  'inquiri', 'meet', 'visit', 'bomb', 'invas', 'annex', 'ralli', 'convent', 'primari', 'caucus', 'olymp', 'cup',
  'game', 'festiv', 'disast', 'earthquak', 'flood', 'hurrican', 'pandem', 'outbreak', 'coup', 'riot', 'massacr']);

// Capitalised words that are never a topic on their own: days, months, honorific remnants.
const NOT_TOPICS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'god', 'ok', 'okay', 'tv', 'am', 'pm', 'a.m.', 'p.m.']);

// Other spellings of a few places that news writes in many ways.
const PLACE_ALIASES = new Map([
  ['us', 'United States'], ['u.s.', 'United States'], ['u.s', 'United States'], ['usa', 'United States'],
  ['u.s.a.', 'United States'], ['america', 'United States'], ['united states of america', 'United States'],
  ['uk', 'United Kingdom'], ['u.k.', 'United Kingdom'], ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'],
  ['eu', 'European Union'], ['e.u.', 'European Union'],
]);

// Where something was said, not what it was about: "told a press conference".
const SETTING_HEADS = new Set(['confer', 'brief', 'statement', 'interview', 'remark', 'speech', 'releas', 'report',
  'journalist', 'comment', 'tweet', 'post']);

const QUOTED_WEIGHT = 0.6;
const MAX_PHRASE_WORDS = 3;

function isCode(t: Token): boolean {
  // Flight numbers, model names, groupings: MH17, G20, F-35, A380.
  return t.kind === 'word' && t.cap && t.text.length >= 3 && t.text.length <= 10 && /\d/.test(t.text) && /^\p{Lu}/u.test(t.text);
}

/** A lower-case word that can be part of a noun phrase. */
function phraseWord(t: Token): boolean {
  if (t.kind !== 'word' || t.cap || t.text.length < 3) return false;
  const w = t.lower;
  return !isStopword(w) && !isVerbish(w) && !NOT_TOPICS.has(w) && !/\d/.test(w);
}

function placeName(words: string[]): string {
  const lower = words.join(' ').toLowerCase();
  return PLACE_ALIASES.get(lower) ?? countryOfDemonym(lower) ?? words.join(' ');
}

function joinWords(ws: string[]): string {
  return ws.join(' ');
}

export function collectTerms(paragraphCount: number, sentences: readonly SentenceInfo[], opts: TermOptions): ArticleTerms {
  const bags: Map<string, number>[] = Array.from({ length: paragraphCount }, () => new Map());
  const wordCounts = new Array<number>(paragraphCount).fill(0);
  const mentions: TopicMention[] = [];
  const headings = new Map<number, Set<string>>();
  for (const s of sentences) {
    if (opts.skip.has(s.paragraph)) continue;
    const { tokens, inQuote } = s;
    if (opts.headings.has(s.paragraph)) {
      const stems = headings.get(s.paragraph) ?? new Set<string>();
      for (const t of tokens) if (t.kind === 'word' && !isStopword(t.lower)) stems.add(stem(t.lower));
      headings.set(s.paragraph, stems);
      continue;
    }
    const bag = bags[s.paragraph];
    // Which candidate covers each token, and which tokens are a person's title ("Russian President").
    const cover = new Int32Array(tokens.length).fill(-1);
    const role = new Uint8Array(tokens.length);
    s.candidates.forEach((c, ci) => {
      for (let t = c.first; t <= c.last; t++) cover[t] = ci;
      if (c.roleSpan) for (let t = c.first - 1; t >= 0 && tokens[t].start >= c.roleSpan.start; t--) role[t] = 1;
    });
    const weightAt = (t: number): number => (inQuote[t] ? QUOTED_WEIGHT : 1);
    for (const c of s.candidates) {
      const m = candidateMention(c, s, opts, weightAt(c.first));
      if (m) mentions.push(...m);
    }
    let run: number[] = [];
    const flush = (): void => {
      if (run.length) phraseMentions(run, s, cover, mentions, weightAt(run[0]));
      run = [];
    };
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t];
      if (tok.kind === 'word' || tok.kind === 'number') wordCounts[s.paragraph]++;
      if (tok.kind === 'word' && tok.text.length >= 3 && !isStopword(tok.lower) && !(cueLemma(tok.lower) && isVerbish(tok.lower))) {
        const st = stem(tok.lower);
        bag.set(st, (bag.get(st) ?? 0) + 1);
      }
      if (cover[t] < 0 && role[t] === 0 && phraseWord(tok)) run.push(t);
      else flush();
    }
    flush();
  }
  return { bags, wordCounts, mentions, headings };
}

/** The topic mentions a name candidate makes: a place, an organisation, a proper name, a code (people come from the entities). */
function candidateMention(c: Candidate, s: SentenceInfo, opts: TermOptions, weight: number): TopicMention[] | null {
  const words = c.words;
  if (words.length === 0) return null;
  const lower = words.join(' ').toLowerCase();
  const base = { paragraph: s.paragraph, weight, specificity: 1, words: words.length };
  const out: TopicMention[] = [];
  switch (c.kind) {
    case 'place': {
      const name = placeName(words);
      out.push({ ...base, start: c.start, end: c.end, key: `place:${name.toLowerCase()}`, name, kind: 'place', words: 1 });
      break;
    }
    case 'organisation': {
      const ws = words[0].toLowerCase() === 'the' ? words.slice(1) : words;
      if (ws.length === 0) return null;
      out.push({ ...base, start: c.start, end: c.end, key: `org:${joinWords(ws).toLowerCase()}`, name: joinWords(ws), kind: 'organisation' });
      break;
    }
    case 'unknown': {
      // A code inside a name is the topic: "Malaysia Airlines MH17".
      for (let t = c.first; t <= c.last; t++) {
        const tok = s.tokens[t];
        if (isCode(tok)) out.push({ ...base, start: tok.start, end: tok.end, key: `code:${tok.lower}`, name: tok.text, kind: 'event', words: 1 });
      }
      if (out.length) break;
      if (c.entity || opts.people.has(lower) || words.length > 4 || NOT_TOPICS.has(lower)) break;
      // A capitalised sentence opener that the article also writes in lower case is an ordinary word.
      if (words.length === 1 && (lower.length < 2 || isStopword(lower) || (c.initial && opts.lowercase.has(lower)))) break;
      if (isDemonym(lower) || isPlaceName(lower) || isCapital(lower)) {
        const name = placeName(words);
        out.push({ ...base, start: c.start, end: c.end, key: `place:${name.toLowerCase()}`, name, kind: 'place', words: 1 });
        break;
      }
      const head = stem(words[words.length - 1].toLowerCase());
      out.push({ ...base, start: c.start, end: c.end, key: `name:${lower}`, name: joinWords(words), kind: EVENT_HEADS.has(head) ? 'event' : 'phrase' });
      break;
    }
    default:
      return null;
  }
  return out;
}

/**
 * A run of lower-case content words, and the proper modifier right before it ("Iran nuclear
 * program", "US sanctions"): the whole phrase, the phrase without the modifier, and its head
 * noun alone. Ranking later keeps the form the article repeats.
 */
function phraseMentions(run: number[], s: SentenceInfo, cover: Int32Array, out: TopicMention[], weight: number): void {
  const { tokens } = s;
  {
    let part = run;
    // The head is the last word that is not an adjective.
    while (part.length && isAdjective(tokens[part[part.length - 1]].lower)) part = part.slice(0, -1);
    if (part.length === 0) return;
    if (part.length > MAX_PHRASE_WORDS) part = part.slice(part.length - MAX_PHRASE_WORDS);
    const headTok = tokens[part[part.length - 1]];
    const head = stem(headTok.lower);
    if (SETTING_HEADS.has(head)) return;
    const kind: TopicKind = EVENT_HEADS.has(head) ? 'event' : 'phrase';
    const spec = (ws: Token[]): number => ws.reduce((a, t) => a + specificity(t.lower), 0) / ws.length;
    const base = { paragraph: s.paragraph, weight, kind, head };
    const partToks = part.map((t) => tokens[t]);
    // The head noun alone.
    out.push({ ...base, start: headTok.start, end: headTok.end, key: `w:${head}`, name: headTok.text, specificity: spec([headTok]), words: 1 });
    const keyOf = (ws: Token[]): string => `w:${ws.map((t) => stem(t.lower)).join(' ')}`;
    if (part.length >= 2) {
      const sub = partToks.slice(-2);
      out.push({ ...base, start: sub[0].start, end: headTok.end, key: keyOf(sub), name: sub.map((t) => t.text).join(' '), specificity: spec(sub), words: 2, shorter: keyOf([headTok]) });
    }
    if (part.length === 3) {
      out.push({ ...base, start: partToks[0].start, end: headTok.end, key: keyOf(partToks), name: partToks.map((t) => t.text).join(' '), specificity: spec(partToks), words: 3, shorter: keyOf(partToks.slice(1)) });
    }
    // A place or organisation right before the phrase modifies it: "Iran nuclear program".
    const before = part[0] - 1;
    const ci = before >= 0 ? cover[before] : -1;
    const c = ci >= 0 ? s.candidates[ci] : undefined;
    if (c && c.last === before && (c.kind === 'place' || c.kind === 'organisation') && c.words.length <= 3) {
      const mod = c.kind === 'place' ? placeName(c.words) : joinWords(c.words);
      const sub = partToks.slice(-2);
      out.push({ ...base, start: c.start, end: headTok.end, key: `w:${mod.toLowerCase()} ${keyOf(sub).slice(2)}`, name: `${joinWords(c.words)} ${sub.map((t) => t.text).join(' ')}`, specificity: Math.min(1, spec(sub) + 0.2), words: sub.length + 1, shorter: keyOf(sub) });
    }
  }
}
