// One pass over the tokens and mention candidates the core already has, collecting what the
// topic and segmentation passes need: each paragraph's content-word stems (for lexical
// cohesion) and the mentions of candidate topics (places, organisations, proper names,
// codes like "MH17", and lower-case noun phrases like "nuclear deal").
import type { SentenceInfo } from './context';
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
  /** Per paragraph: content-word stems, each occurrence weighted by how specific the word is. */
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
  return t.kind === 'word' && t.cap && t.text.length >= 3 && t.text.length <= 10 && hasDigit(t.text);
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
    const n = tokens.length;
    // Which candidate covers each token, and which tokens are a person's title ("Russian President").
    const cover = new Int32Array(n).fill(-1);
    const role = new Uint8Array(n);
    for (let ci = 0; ci < s.candidates.length; ci++) {
      const c = s.candidates[ci];
      for (let t = c.first; t <= c.last; t++) cover[t] = ci;
      if (c.roleSpan) for (let t = c.first - 1; t >= 0 && tokens[t].start >= c.roleSpan.start; t--) role[t] = 1;
      const m = candidateMention(c, s, opts, inQuote[c.first] ? QUOTED_WEIGHT : 1);
      if (m) for (const x of m) mentions.push(x);
    }
    // Stems of the content words, computed once for the bag and the phrases.
    const stems: (string | null)[] = new Array(n).fill(null);
    let runStart = -1;
    for (let t = 0; t <= n; t++) {
      const tok = tokens[t];
      let inRun = false;
      if (tok) {
        if (tok.kind === 'word' || tok.kind === 'number') wordCounts[s.paragraph]++;
        if (tok.kind === 'word' && tok.text.length >= 3 && !isStopword(tok.lower)) {
          const verbish = isVerbish(tok.lower);
          const st = stem(tok.lower);
          stems[t] = st;
          if (!(verbish && cueLemma(tok.lower))) bag.set(st, (bag.get(st) ?? 0) + specificity(tok.lower));
          inRun = cover[t] < 0 && role[t] === 0 && !tok.cap && !verbish && !NOT_TOPICS.has(tok.lower) && !hasDigit(tok.lower);
        }
      }
      if (inRun) {
        if (runStart < 0) runStart = t;
      } else if (runStart >= 0) {
        phraseMentions(runStart, t, s, stems, cover, mentions, inQuote[runStart] ? QUOTED_WEIGHT : 1);
        runStart = -1;
      }
    }
  }
  return { bags, wordCounts, mentions, headings };
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}

/** The topic mentions a name candidate makes: a place, an organisation, a proper name, a code (people come from the entities). */
function candidateMention(c: Candidate, s: SentenceInfo, opts: TermOptions, weight: number): TopicMention[] | null {
  const words = c.words;
  if (words.length === 0 || (c.kind !== 'place' && c.kind !== 'organisation' && c.kind !== 'unknown')) return null;
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
      // A capitalised sentence opener is a name only where the article also capitalises it mid-sentence.
      if (words.length === 1 && (lower.length < 2 || c.initial)) break;
      // "And I", "The": a sentence's capitalised function words are no name.
      if (isStopword(words[0].toLowerCase()) || isStopword(words[words.length - 1].toLowerCase())) break;
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

/** Mean specificity of tokens [from, to). */
function meanSpecificity(tokens: Token[], from: number, to: number): number {
  let sum = 0;
  for (let t = from; t < to; t++) sum += specificity(tokens[t].lower);
  return sum / (to - from);
}

function phraseText(tokens: Token[], from: number, to: number): string {
  let out = tokens[from].text;
  for (let t = from + 1; t < to; t++) out += ` ${tokens[t].text}`;
  return out;
}

function phraseKey(stems: (string | null)[], from: number, to: number): string {
  let out = `w:${stems[from]}`;
  for (let t = from + 1; t < to; t++) out += ` ${stems[t]}`;
  return out;
}

/**
 * A run of lower-case content words [from, to), and the proper modifier right before it ("Iran
 * nuclear program", "US sanctions"): its head noun alone, its last two and three words, and
 * the modifier with its last two. Ranking later keeps the form the article repeats.
 */
function phraseMentions(from: number, to: number, s: SentenceInfo, stems: (string | null)[], cover: Int32Array, out: TopicMention[], weight: number): void {
  const { tokens } = s;
  // The head is the last word that is not an adjective.
  while (to > from && isAdjective(tokens[to - 1].lower)) to--;
  if (to === from) return;
  if (to - from > MAX_PHRASE_WORDS) from = to - MAX_PHRASE_WORDS;
  const headTok = tokens[to - 1];
  const head = stems[to - 1] as string;
  if (SETTING_HEADS.has(head)) return;
  const kind: TopicKind = EVENT_HEADS.has(head) ? 'event' : 'phrase';
  const paragraph = s.paragraph;
  const headKey = `w:${head}`;
  out.push({ start: headTok.start, end: headTok.end, key: headKey, name: headTok.text, kind, paragraph, weight, specificity: specificity(headTok.lower), words: 1, head });
  if (to - from >= 2) {
    out.push({ start: tokens[to - 2].start, end: headTok.end, key: phraseKey(stems, to - 2, to), name: phraseText(tokens, to - 2, to), kind, paragraph, weight, specificity: meanSpecificity(tokens, to - 2, to), words: 2, head, shorter: headKey });
  }
  if (to - from === 3) {
    out.push({ start: tokens[from].start, end: headTok.end, key: phraseKey(stems, from, to), name: phraseText(tokens, from, to), kind, paragraph, weight, specificity: meanSpecificity(tokens, from, to), words: 3, head, shorter: phraseKey(stems, from + 1, to) });
  }
  // A place or organisation right before the phrase modifies it: "Iran nuclear program".
  const before = from - 1;
  const c = before >= 0 && cover[before] >= 0 ? s.candidates[cover[before]] : undefined;
  if (c && c.last === before && (c.kind === 'place' || c.kind === 'organisation') && c.words.length <= 3) {
    const mod = c.kind === 'place' ? placeName(c.words) : joinWords(c.words);
    const sub = Math.max(from, to - 2);
    const subKey = phraseKey(stems, sub, to);
    out.push({ start: c.start, end: headTok.end, key: `w:${mod.toLowerCase()} ${subKey.slice(2)}`, name: `${joinWords(c.words)} ${phraseText(tokens, sub, to)}`, kind, paragraph, weight, specificity: Math.min(1, meanSpecificity(tokens, sub, to) + 0.2), words: to - sub + 1, head, shorter: subKey });
  }
}
