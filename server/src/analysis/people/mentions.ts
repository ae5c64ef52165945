// Finds the words that may name a person or organisation: capitalised name chunks with
// their pre-modifying titles ("French President Emmanuel Macron"), titles standing alone
// ("the Russian president"), and pronouns. Entities are built from these in entities.ts.
import { isDigit } from '../text/chars';
import type { Gender, Span } from '../model';
import type { NameParts } from './entities';
import { afterDateline, pluralApostrophe, type Token } from '../text/tokens';
import { CUE_ADVERBS, cueLemma } from '../lexicon/cues';
import { INTRODUCERS, PREPOSITIONS, SENTENCE_OPENERS } from '../lexicon/grammar';
import {
  MAX_PLACE_WORDS,
  firstNameKind,
  isDemonym,
  isFrequentPlural,
  isFrequentWord,
  isPlaceName,
  isStopword,
} from '../lexicon/names';
import {
  APPOSITION_DETERMINERS,
  HONORIFICS,
  NAME_CONNECTORS,
  OFFICES,
  COMPANY_ENDINGS,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_NAMED_HEADS,
  PORTFOLIO_CONNECTORS,
  PRONOUNS,
  SOURCE_NOUNS,
  STANDALONE_BODIES,
  AMPERSAND_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLES,
  EVERYDAY_ROLES,
  THING_INITIALISMS,
  NAME_SUFFIXES,
} from '../lexicon/people';
import { PLACE_ADJECTIVE, placeOfAbbreviation, placesOf } from '../lexicon/places';
import { DATE_WORDS } from '../lexicon/time';

export type CandidateKind = 'person' | 'organisation' | 'title' | 'pronoun' | 'unknown' | 'place';

/** A span an incremental analysis may move: a kept paragraph's candidates shift with it (moveWork). */
export interface MovableSpan {
  start: number;
  end: number;
}

/**
 * A mention candidate. What the paragraph alone tells is fixed; what the article's passes decide
 * (kind, role, entity) may change, and an incremental analysis that keeps the paragraph moves it
 * (start, end, roleSpan, sentence) and sets those back to what the paragraph alone made of it.
 */
export interface Candidate extends MovableSpan {
  kind: CandidateKind;
  /** Index of the sentence in the article. */
  sentence: number;
  /** First and last token (inclusive) of the mention in its sentence's tokens. */
  readonly first: number;
  readonly last: number;
  /** The words of the name, or of the title for title mentions, or the pronoun. */
  readonly words: string[];
  /** Title or description that pre-modifies the name ("French President"), if any. */
  role: string | null;
  readonly roleSpan: MovableSpan | null;
  /**
   * Gender told by an honorific, a gendered title or the pronoun itself (not by a first name); for
   * a name, also by "he" or "she" taking it up in its sentence (confirmNames.ts).
   */
  gender: Gender | null;
  /** A title or honorific stands right before the name: it is a person's. */
  readonly titled: boolean;
  /** The mention is the chunk's first word at the start of its sentence (its capital says little). */
  readonly initial: boolean;
  /** Inside a quotation: a mention in the speaker's words, not the writer's. */
  readonly inQuote: boolean;
  /** A person only by a rare first name: to be confirmed by other mentions of the name. */
  weak?: boolean;
  /**
   * An everyday word with a capital after "the" ("the Times", "The Hill"): a mention only of an
   * organisation the article names in full ("The New York Times"), else none (article.ts decides).
   */
  shortName?: boolean;
  /** For a relative pronoun ("Beck, who…"), the mention it refers to. */
  antecedent?: Candidate;
  /** The entity it refers to, once resolved. */
  entity?: string;
  /** Its words' parts, once asked for (entities.ts partsOf). */
  parts?: NameParts;
  /** Its words lower-cased and joined by spaces, once asked for (confirmNames.ts). */
  lowerName?: string;
}

/** The sentence a mention detector works on: its tokens and which of them are quoted. */
export interface SentenceTokens {
  readonly index: number;
  readonly tokens: Token[];
  readonly inQuote: Uint8Array;
}

/** The most words a title before a name or an office runs to. */
const MAX_TITLE_WORDS = 8;

function isWord(t: Token | undefined): t is Token {
  return !!t && (t.kind === 'word' || t.kind === 'number');
}

function isCapWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && t.cap;
}

/** Words that may pre-modify a name as part of its title: "Russian", "Director", "Sen.", "IAEA". */
function isRoleWord(t: Token): boolean {
  const w = t.lower;
  return (
    TITLES.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    HONORIFICS.has(w) ||
    isDemonym(w) ||
    isPlaceName(w) ||
    isRegion(w) ||
    (t.caps && t.text.length <= 6) ||
    w === 'democrat' ||
    w === 'republican'
  );
}

/** A country, province, territory or state by name (any case): "nova scotia", "b.c.". */
function isRegion(lower: string): boolean {
  return placesOf(lower).some((p) => p.kind !== 'city') || placeOfAbbreviation(lower) !== undefined;
}

/** A city the gazetteer knows by this whole name of two words or more: "Red Deer", "San Jose", "Prince George". */
function isCityName(words: readonly string[]): boolean {
  return words.length >= 2 && placesOf(words.join(' ')).some((p) => p.kind === 'city');
}

/**
 * Nouns of a body that stand before its name in apposition: "the aid group Gatsby", "the security
 * firm Talos". (Not "court" or "committee": "told the court Jones had lied".)
 */
const BODY_NOUNS = new Set([
  'group',
  'company',
  'firm',
  'charity',
  'organization',
  'organisation',
  'startup',
  'band',
  'airline',
  'retailer',
  'insurer',
  'broadcaster',
  'newspaper',
  'magazine',
  'watchdog',
  'nonprofit',
  'non-profit',
  'utility',
]);

/** A body's common noun, in lower case, right before a name: the name is the body's. */
function namedBody(before: Token | undefined): boolean {
  return before?.kind === 'word' && !before.cap && BODY_NOUNS.has(before.lower);
}

/** Words that place a region within a larger one: "West Central Alberta", "Northern Ontario". */
function directionWord(lower: string): boolean {
  return /^(?:north|south|east|west)(?:ern|east|west)?$|^(?:central|mid|atlantic|greater|upper|lower)$/.test(lower);
}

/** A region named by directions within a known one: "West Central Alberta", "Southern Ontario". */
function directedPlace(words: readonly Token[]): boolean {
  const last = words[words.length - 1].lower;
  return (
    words.length >= 2 &&
    (isPlaceName(last) || isRegion(last)) &&
    words.slice(0, -1).every((t) => directionWord(t.lower))
  );
}

/**
 * A body named after its country, state or province: "Statistics Canada", "Hockey Canada" — words
 * that are no first name and no place before the place.
 */
function namedForPlace(words: readonly Token[]): boolean {
  // A department's fields may be several: "Fisheries and Oceans Canada".
  const fields = words.some((t) => t.lower === 'and');
  if (words.length < 2 || words.length > (fields ? 7 : 3)) return false;
  const last = words[words.length - 1].lower;
  if (!isPlaceName(last) && !isRegion(last)) return false;
  const whole = words.map((t) => t.lower).join(' ');
  // "New Mexico", "Equatorial Guinea": the whole is the place.
  if (isPlaceName(whole) || isRegion(whole) || placesOf(whole).length > 0) return false;
  return words
    .slice(0, -1)
    .every((t) => !firstNameKind(t.lower) && !directionWord(t.lower) && !isPlaceName(t.lower) && !isRegion(t.lower));
}

/**
 * A team or company named for its city, region or country: "Calgary Flames", "Toronto Raptors",
 * "Alberta Legislature" — a place that is no first name, then words that are no surname's.
 * `afterThe`: the name follows "the", which news sets before no person's name.
 */
function placeNamed(words: readonly Token[], afterThe: boolean): boolean {
  if (namedForPlace(words)) return true;
  if (words.length < 2 || words.length > 4) return false;
  // A place that is also a first name ("Alberta", "Georgia") names a body only before a head noun:
  // "Alberta Legislature", not "Virginia Roberts"; a rare one after "the" names a team too ("the
  // Montreal Canadiens").
  const kind = firstNameKind(words[0].lower);
  const firstName = kind === 'common' || (kind === 'rare' && !afterThe);
  for (let n = 1; n < words.length; n++) {
    const place = words
      .slice(0, n)
      .map((t) => t.lower)
      .join(' ');
    if (!isRegion(place) && !placesOf(place).some((p) => p.kind === 'city' && (p.population ?? 0) >= 100_000)) continue;
    const rest = words.slice(n);
    // The rest is a plural or a head noun: "Flames", "Legislature", "Hydro".
    const last = rest[rest.length - 1].lower;
    return (
      rest.every((t) => !firstNameKind(t.lower)) && (PLACE_NAMED_HEADS.has(last) || (!firstName && last.endsWith('s')))
    );
  }
  return false;
}

/** Length of a place or demonym made of several words starting at token i ("North Korean"), or 0. */
function multiWordPlace(tokens: Token[], i: number, end: number): number {
  let text = tokens[i].lower;
  let best = 0;
  for (let k = i + 1; k < end && k < i + 5; k++) {
    if (!isWord(tokens[k])) break;
    text += ` ${tokens[k].lower}`;
    if (isDemonym(text) || isPlaceName(text) || isRegion(text)) best = k - i + 1;
  }
  return best;
}

/** Streets and the like, which a person's name never ends in. */
const STREET_HEADS = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'square']);

/**
 * Capitals that name a place though they open with a title or a first name: a city the gazetteer
 * knows by its whole name ("Prince Albert", "Prince George"), a street ("Queen Street"), or a
 * port ("Port Dover").
 */
function placeOpeningWithName(words: readonly Token[]): boolean {
  const first = words[0].lower;
  if (!TITLES.has(first) && !firstNameKind(first)) return false;
  const last = words[words.length - 1].lower;
  return (
    isCityName(words.map((t) => t.lower)) ||
    STREET_HEADS.has(last) ||
    (first === 'port' && words.length === 2 && !firstNameKind(words[1].lower))
  );
}

/** Whether position i is the first word of its sentence (after any opening marks). */
function atStart(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    // After a dateline: "VANCOUVER — The family…", "OTTAWA, Ont. (CP) — The…".
    if (t.kind === 'punct' && k > 0 && afterDateline(tokens, 0, k + 1) === k + 1) return true;
    if (
      t.kind === 'quote' ||
      (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '-' || t.text === '—'))
    )
      continue;
    // After a colon a new clause starts with a capital: "Peace Efforts: Eliminating war…".
    return t.kind === 'punct' && t.text === ':';
  }
  return true;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Everyday words that a sentence may start with in capitals and that never begin a name. */
function commonStart(t: Token, ctx?: NameContext): boolean {
  const w = t.lower;
  return (
    isStopword(w) ||
    cueLemma(w) !== undefined ||
    CUE_ADVERBS.has(w) ||
    PRONOUNS.has(w) ||
    (w.endsWith('ly') && !!ctx?.lowercase.has(w)) ||
    SENTENCE_OPENERS.has(w) ||
    INTRODUCERS.has(w) ||
    PREPOSITIONS.has(w) ||
    // A participle opening the sentence: "Knowing Bardos, she…".
    (w.endsWith('ing') && isFrequentWord(w))
  );
}

/**
 * A plural common noun, not one for people, opening the sentence before "of" or "at": "Shares of
 * Shopify Inc. rose". The name starts after it.
 */
function pluralBeforeBody(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].lower;
  const next = tokens[k + 1];
  return (
    isFrequentPlural(w) &&
    !ORG_HEADS.has(w) &&
    !SOURCE_NOUNS.has(w) && // people who may speak: "Members of Parliament said"
    next?.kind === 'word' &&
    (next.lower === 'of' || next.lower === 'at') &&
    isCapWord(tokens[k + 2])
  );
}

export interface NameContext {
  /** Words the document also writes in lower case: a capitalised one is likely a common word. */
  readonly lowercase: ReadonlySet<string>;
}

/**
 * What ", who" at token k + 2 refers to: the mention ending at k ("Beck, who"), past an
 * abbreviation's period ("Donald Trump Jr., who"), a body or place that places a person ("Sen.
 * Marco Rubio of Florida, who") or an apposition ("Scott Reed, the Chamber's strategist, who").
 */
function relativeAntecedent(out: readonly Candidate[], tokens: readonly Token[], k: number): Candidate | undefined {
  const endingAt = (e: number): Candidate | undefined =>
    out.find((c) => c.last === e && c.kind !== 'pronoun' && c.kind !== 'place');
  if (tokens[k]?.text === '.') return endingAt(k - 1);
  // Past appositions, an age or a home town: "Scott Reed, the Chamber's strategist, who", "Nicky
  // Driscoll, 24, from Manchester, who".
  for (let e = k, hops = 0; hops < 3; hops++) {
    let p = e;
    while (p > 0 && e - p < 14 && tokens[p].text !== ',' && (tokens[p].kind !== 'punct' || tokens[p].text === '.')) p--;
    if (tokens[p]?.text !== ',' || p === e) break;
    const opener = tokens[p + 1];
    const aside =
      APPOSITION_OPENERS.has(opener.lower) ||
      (opener.kind === 'number' && p + 1 === e) ||
      ((opener.lower === 'from' || opener.lower === 'of') && tokens.slice(p + 2, e + 1).every((t) => t.cap));
    if (!aside) break;
    const person = out.find((x) => x.last === p - 1 && mayBePerson(x));
    if (person) return person;
    e = p - 1;
  }
  const c = out.find((x) => x.last === k && x.kind !== 'pronoun');
  if (c && c.kind !== 'place' && c.kind !== 'organisation') return c;
  // "of Florida": the place or body may be a candidate of its own or part of the person's.
  let of = c ? c.first - 1 : k;
  while (!c && of > 0 && k - of < 4 && tokens[of].kind === 'word' && tokens[of].cap) of--;
  if (of < k && PLACING_PREPOSITIONS.has(tokens[of]?.lower ?? '')) {
    const person = out.find((x) => x.last === of - 1 && mayBePerson(x));
    if (person) return person;
  }
  return c?.kind === 'organisation' ? c : undefined;
}

/** Kinds of district that are bodies: a regional district governs, a school district runs schools. */
const LOCAL_DISTRICTS = new Set(['regional', 'school', 'health', 'water', 'fire', 'park', 'transit']);

/** Words that open an apposition after a name: "the", "a", "an", a possessive determiner. */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Prepositions that tie a person to a body or place after their name: "of Florida", "at Talos". */
const PLACING_PREPOSITIONS = new Set(['of', 'at', 'from']);

/** A mention that may stand for a person: a name, a name not yet known as one, or a title. */
export function mayBePerson(c: Candidate): boolean {
  return c.kind === 'person' || c.kind === 'unknown' || c.kind === 'title';
}

/** Finds mention candidates in one sentence. */
export function findCandidates(s: SentenceTokens, ctx: NameContext): Candidate[] {
  const { tokens, inQuote } = s;
  const out: Candidate[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (t.kind === 'word' && PRONOUNS.has(t.lower)) {
      out.push(candidate(s, 'pronoun', i, i, [t.lower], null, null, pronounGender(t.lower), false, false));
      i++;
      continue;
    }
    // "Beck, who has described Trump as…": a relative pronoun after a name refers to it.
    if (t.kind === 'word' && t.lower === 'who' && tokens[i - 1]?.text === ',') {
      const antecedent = relativeAntecedent(out, tokens, i - 2);
      if (antecedent) {
        const who = candidate(s, 'pronoun', i, i, ['who'], null, null, antecedent.gender, false, false);
        who.antecedent = antecedent;
        out.push(who);
      }
      i++;
      continue;
    }
    if (t.kind === 'word' && !t.cap && OFFICES.has(t.lower) && !isCapWord(tokens[i + 1])) {
      const c = lowerTitle(s, i);
      if (c) out.push(c);
      i++;
      continue;
    }
    if (!isCapWord(t)) {
      i++;
      continue;
    }
    // "Calgary-based", "Los Angeles-area": a place made an adjective names no one; what follows may.
    let adjective = i;
    while (adjective < n && adjective - i < MAX_PLACE_WORDS && isCapWord(tokens[adjective])) {
      if (PLACE_ADJECTIVE.test(tokens[adjective].text)) break;
      adjective++;
    }
    if (adjective < n && isCapWord(tokens[adjective]) && PLACE_ADJECTIVE.test(tokens[adjective].text)) {
      i = adjective + 1;
      continue;
    }
    // A chunk: capitalised words, with connectors ("of", "de") and abbreviation periods inside.
    let j = i + 1;
    // Whether the chunk names an institution by its head noun ("Centre", "Department"): its name
    // may then run on with "for" and "and" ("Centre for Urban Research and Land Development").
    let institution = ORG_HEADS.has(t.lower);
    while (j < n) {
      const u = tokens[j];
      if (isCapWord(u) && inQuote[j] === inQuote[i]) {
        if (ORG_HEADS.has(u.lower)) institution = true;
        j++;
        continue;
      }
      if (institution && u.lower === 'for' && isCapWord(tokens[j + 1])) {
        j++;
        continue;
      }
      // "…for Urban Research and Land Development", "Department of Fisheries and Oceans": "and"
      // within an institution's field, not before another name with a head of its own.
      if (
        institution &&
        (u.lower === 'and' || u.text === '&') &&
        isCapWord(tokens[j + 1]) &&
        fieldAfter(tokens, j + 1)
      ) {
        j++;
        continue;
      }
      // "Court of King's Bench", "Queen's Park", "St. John's": a crown's or a saint's possessive
      // inside a name.
      if (u.kind === 'possessive' && ROYAL_POSSESSORS.has(tokens[j - 1].lower) && isCapWord(tokens[j + 1])) {
        j++;
        continue;
      }
      // "Saskatchewan Teachers' Federation", "Ontario Nurses' Association": a plural's possessive
      // apostrophe inside a body's name (an apostrophe after an "s" is a quote token).
      if (pluralPossessive(tokens, j) && ORG_HEADS.has(tokens[j + 1].lower) && inQuote[j + 1] === inQuote[i]) {
        j++;
        continue;
      }
      // "Procter & Gamble", "Ernst & Young": an ampersand joins the names of a firm.
      if (u.text === '&' && isCapWord(tokens[j + 1]) && inQuote[j + 1] === inQuote[i]) {
        j++;
        continue;
      }
      // "Food and Drug Administration", "Truth and Reconciliation Commission": a field of two
      // common words joined by "and" before the body's head noun.
      if (
        !institution &&
        (u.lower === 'and' || u.text === '&') &&
        fieldBeforeAnd(tokens, i, j) &&
        (headAfterAnd(s, j + 1) || countryBodyAfter(s, j + 1))
      ) {
        institution = true;
        j++;
        continue;
      }
      // "Ministry of Children, Community and Social Services": an institution's fields after "of",
      // listed with commas.
      const listEnd = institution && u.text === ',' && fieldAfter(tokens, j + 1) ? fieldListEnd(tokens, j + 1) : -1;
      if (listEnd > 0) {
        j = listEnd;
        continue;
      }
      // "Immigration, Refugees and Citizenship Canada": a department's fields listed with commas.
      if (!institution && u.text === ',' && fieldBeforeAnd(tokens, i, j) && fieldListAfter(s, j + 1)) {
        institution = true;
        j++;
        continue;
      }
      if (
        u.kind === 'punct' &&
        u.text === '.' &&
        u.start === tokens[j - 1].end &&
        (TITLE_ABBREVIATIONS.has(tokens[j - 1].lower) || isLetterInitial(tokens[j - 1])) &&
        isCapWord(tokens[j + 1])
      ) {
        j++;
        continue;
      }
      // Connectors inside a name, one or a few: "Bank of America", "Ben van der Berg", "Maria de la Fuente".
      if (u.kind === 'word' && NAME_CONNECTORS.has(u.lower) && j > i) {
        let k = j + 1;
        while (k < n && k - j < 3 && tokens[k].kind === 'word' && NAME_CONNECTORS.has(tokens[k].lower)) k++;
        if (isCapWord(tokens[k])) {
          j = k + 1;
          continue;
        }
      }
      // An editor's insertion inside a name: "[Iranian President Hassan] Rouhani". A chunk never
      // holds a "[", so the one opening the insertion stands right before it (looking through the
      // chunk, copied at every "]", cost a long chunk its length squared).
      if (
        u.text === ']' &&
        isCapWord(tokens[j + 1]) &&
        firstNameKind(tokens[j - 1].lower) &&
        !TITLES.has(tokens[j + 1].lower) &&
        i > 0 &&
        tokens[i - 1].text === '['
      ) {
        j++;
        continue;
      }
      break;
    }
    // A date is no name: "Monday", "September 11" (but "May" can be a surname after a first name).
    if (!(j - i === 1 && DATE_WORDS.has(t.lower))) {
      const found = analyseChunk(s, i, j, ctx);
      out.push(...found);
      const short = found.length === 0 ? shortName(s, i, j) : null;
      if (short) out.push(short);
    }
    i = j;
  }
  for (const c of out) if (c.kind === 'unknown' || (c.kind === 'person' && !c.role)) apposition(s, c);
  for (const c of out) if (c.kind === 'unknown' || c.weak) namedAfterRole(s, c);
  return out;
}

/** "the Times", "The Hill": one capitalised everyday word after "the", that names nothing by itself. */
function shortName(s: SentenceTokens, i: number, j: number): Candidate | null {
  const { tokens } = s;
  const k = tokens[i].lower === 'the' ? i + 1 : i;
  if (j - k !== 1 || (k === i && tokens[i - 1]?.lower !== 'the')) return null;
  const t = tokens[k];
  if (t.caps || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
  const c = candidate(s, 'unknown', k, k, [t.text], null, null, null, false, false);
  c.shortName = true;
  return c;
}

/** Whether the capitalised words from `k` read as the rest of an institution's field: no head noun of their own. */
/** Possessors whose "'s" stays inside an institution's or a place's name: "King's Bench", "Queen's University". */
const ROYAL_POSSESSORS = new Set(['king', 'queen', 'prince', 'princess', 'saint', 'st', 'st.']);

/** A noun of a field or an activity by its ending: "Immigration", "Employment", "Economics", "Fisheries". */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ics|.{5}ies)$/;

/**
 * Whether the capitals of a chunk, tokens[i, j) before "and", can be the first half of a body's
 * field: a few common or abstract words ("Food", "U.S. Fish", "Immigration"), none a usual first name or a place, so that
 * "Doug Ford and Toronto Police Services Board" stays two names.
 */
function fieldBeforeAnd(tokens: readonly Token[], i: number, j: number): boolean {
  if (j - i > 3) return false;
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (t.caps && k < j - 1) continue; // "U.S. Fish"
    if (!isCapWord(t) || firstNameKind(t.lower) === 'common' || isPlaceName(t.lower)) return false;
    if (!isFrequentWord(t.lower) && !isFrequentPlural(t.lower) && !ABSTRACT_NOUN.test(t.lower)) return false;
  }
  return true;
}

/** Whether the capitals from k, up to three words, end in a body's head noun: "Drug Administration". */
function headAfterAnd(s: SentenceTokens, k: number): boolean {
  const { tokens, inQuote } = s;
  let m = k;
  while (m < tokens.length && m - k < 3 && isCapWord(tokens[m]) && inQuote[m] === inQuote[k]) m++;
  return m > k && !isCapWord(tokens[m]) && ORG_HEADS.has(tokens[m - 1].lower);
}

/**
 * Whether the capitals from k, two or three words, name a body after its country, state or
 * province: "Oceans Canada" in "Fisheries and Oceans Canada", "Climate Change Canada".
 */
function countryBodyAfter(s: SentenceTokens, k: number): boolean {
  const { tokens, inQuote } = s;
  let m = k;
  while (m < tokens.length && m - k < 3 && isCapWord(tokens[m]) && inQuote[m] === inQuote[k]) m++;
  if (m - k < 2 || isCapWord(tokens[m]) || !isRegion(tokens[m - 1].lower)) return false;
  return tokens.slice(k, m - 1).every((t) => !firstNameKind(t.lower) && !isPlaceName(t.lower) && !isRegion(t.lower));
}

/**
 * Whether a field list goes on from k to a body named after its country: "Refugees and Citizenship
 * Canada" (a few fields at most: a list of thousands of capitalised words is no department).
 */
function fieldListAfter(s: SentenceTokens, k: number, depth = 0): boolean {
  const { tokens } = s;
  let m = k;
  while (m < tokens.length && m - k < 3 && isCapWord(tokens[m])) m++;
  if (m === k || !fieldBeforeAnd(tokens, k, m)) return false;
  if (tokens[m]?.text === ',') return depth < 4 && fieldListAfter(s, m + 1, depth + 1);
  return tokens[m]?.lower === 'and' && countryBodyAfter(s, m + 1);
}

/**
 * Where a list of fields from k ends, after its last field after "and", or -1 when none does:
 * "Community and Social Services" in "Ministry of Children, Community and Social Services" (a
 * few fields at most).
 */
function fieldListEnd(tokens: readonly Token[], k: number, depth = 0): number {
  let m = k;
  while (m < tokens.length && m - k < 3 && isCapWord(tokens[m])) m++;
  if (m === k || !fieldBeforeAnd(tokens, k, m)) return -1;
  if (tokens[m]?.text === ',') return depth < 4 ? fieldListEnd(tokens, m + 1, depth + 1) : -1;
  if (tokens[m]?.lower !== 'and') return -1;
  let e = m + 1;
  while (e < tokens.length && e - m <= 3 && isCapWord(tokens[e])) e++;
  return e > m + 1 && !isCapWord(tokens[e]) && fieldBeforeAnd(tokens, m + 1, e) ? e : -1;
}

function fieldAfter(tokens: readonly Token[], k: number): boolean {
  let seenConnector = false;
  for (let b = k - 2; b >= 0 && b > k - 12; b--)
    if (tokens[b].lower === 'of' || tokens[b].lower === 'for') seenConnector = true;
  if (!seenConnector) return false;
  for (let m = k; m < tokens.length && isCapWord(tokens[m]); m++) if (ORG_HEADS.has(tokens[m].lower)) return false;
  return true;
}

/**
 * "Hugh Hill, a doctor at the clinic, said": a name followed by a description with a title
 * noun is a person, and the description is their role.
 */
function apposition(s: SentenceTokens, c: Candidate): void {
  const { tokens } = s;
  if (tokens[c.last + 1]?.text !== ',' || c.inQuote) return;
  let k = c.last + 2;
  const det = tokens[k];
  // "Braiden Jacob, 17,", "Feisal Ahmed, who was killed…": an age or "who" after a name tells a person.
  const age =
    det?.kind === 'number' &&
    /^\d{1,3}$/.test(det.text) &&
    Number(det.text) <= 120 &&
    /^[,.;]?$/.test(tokens[k + 1]?.text ?? '');
  if (det && (age || det.lower === 'who')) {
    if (c.kind === 'unknown' && c.words.length >= 2 && c.words.length <= 4) c.kind = 'person';
    if (c.kind === 'person') c.weak = undefined;
    return;
  }
  if (!det || !APPOSITION_DETERMINERS.has(det.lower)) return;
  k++;
  const from = k;
  for (; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' || t.kind === 'quote' || s.inQuote[k]) return;
    if (TITLES.has(t.lower) && !t.cap) {
      // The role runs to the title noun, with its "of"/"at" complement if short: "a doctor at the clinic".
      let end = k;
      if (
        (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'at' || tokens[k + 1]?.lower === 'for') &&
        k + 4 < tokens.length
      ) {
        let e = k + 2;
        while (e < tokens.length && e - k <= 5 && tokens[e].kind !== 'punct' && !s.inQuote[e]) e++;
        if (tokens[e]?.text === ',') end = e - 1;
      }
      if (c.kind === 'unknown') c.kind = 'person';
      if (c.kind === 'person' && !c.role) c.role = textOf(tokens, from, end + 1);
      c.weak = undefined; // the apposition vouches for the name
      return;
    }
  }
}

/**
 * "according to his daughter, Simran Gill.", "Gill's son, Harpreet, said": a name set off after a
 * possessed role noun is that person's, though the first name lists do not know it.
 */
function namedAfterRole(s: SentenceTokens, c: Candidate): void {
  const { tokens } = s;
  const role = tokens[c.first - 2];
  if (c.inQuote || c.words.length > 4 || tokens[c.first - 1]?.text !== ',' || role?.kind !== 'word' || role.cap) return;
  if (!TITLES.has(role.lower)) return;
  const owner = tokens[c.first - 3];
  if (owner?.kind !== 'possessive' && !POSSESSIVE_DETERMINERS.has(owner?.lower ?? '')) return;
  // The apposition closes after the name: "his daughter, Simran Gill." / "…, Harpreet, said".
  const next = tokens[c.last + 1];
  if (next && !(next.kind === 'punct' && /^[,.;]$/.test(next.text))) return;
  c.kind = 'person';
  c.weak = undefined; // the apposition vouches for a first name the lists do not know
}

function pronounGender(w: string): Gender | null {
  const g = PRONOUNS.get(w)?.gender;
  return g === 'male' || g === 'female' ? g : null;
}

function candidate(
  s: SentenceTokens,
  kind: CandidateKind,
  first: number,
  last: number,
  words: string[],
  role: string | null,
  roleSpan: Span | null,
  gender: Gender | null,
  titled: boolean,
  initial: boolean,
): Candidate {
  return {
    kind,
    sentence: s.index,
    first,
    last,
    start: s.tokens[first].start,
    end: s.tokens[last].end,
    words,
    role,
    roleSpan,
    gender,
    titled,
    initial,
    inQuote: s.inQuote[first] === 1,
    // Filled in later; present from the start so that every candidate has one shape.
    parts: undefined,
    lowerName: undefined,
  };
}

/** "the Russian president", "the former secretary of state": a title used alone. */
function lowerTitle(s: SentenceTokens, i: number): Candidate | null {
  const { tokens } = s;
  let k = i;
  // A title has a few words ("the former Russian deputy prime minister"): looking further back
  // made "the president president …" cost the square of its length, in time and in memory.
  while (k > 0 && i - k < MAX_TITLE_WORDS) {
    const p = tokens[k - 1];
    if (
      !isWord(p) ||
      !(TITLE_MODIFIERS.has(p.lower) || isDemonym(p.lower) || isPlaceName(p.lower) || TITLES.has(p.lower))
    )
      break;
    k--;
  }
  const det = tokens[k - 1];
  if (!det || (det.lower !== 'the' && det.lower !== 'a')) return null;
  if (det.lower === 'a') return null; // "a senior official": a description, not an office holder
  let last = i;
  if (tokens[i + 1]?.lower === 'of' && isWord(tokens[i + 2]) && !tokens[i + 2].cap) last = i + 2; // secretary of state
  const words = tokens.slice(k, last + 1).map((t) => t.lower);
  const role = tokens
    .slice(k, last + 1)
    .map((t) => t.text)
    .join(' ');
  const span = { start: tokens[k].start, end: tokens[last].end };
  return candidate(s, 'title', k, last, words, role, span, TITLES.get(tokens[i].lower) ?? null, false, false);
}

/**
 * "Will Young said…", not "Will Trump win?" nor "May God bless…": a first name that is also a
 * function word ("Will", "May") opens a name of two words that a comma or a speech cue follows,
 * unless the sentence asks a question.
 */
function nameNotQuestion(tokens: readonly Token[], k: number): boolean {
  const last = tokens[tokens.length - 1];
  const after = tokens[k + 2];
  return (
    !(last?.kind === 'punct' && last.text === '?') &&
    !isStopword(tokens[k + 1]?.lower ?? '') &&
    // "Will Young, a mechanic, said", "Will Young said"; not "May God bless".
    (after?.text === ',' || (after?.kind === 'word' && cueLemma(after.lower) !== undefined))
  );
}

/** Words that lead a date at the start of a sentence: "On Monday", "Last March", "Since May". */
const DATE_LEADS = new Set([...PREPOSITIONS, 'last', 'next', 'this', 'early', 'late']);

/** Splits a chunk of capitalised words into a title and a name, and tells what the name is. */
function analyseChunk(s: SentenceTokens, i: number, j: number, ctx: NameContext): Candidate[] {
  const { tokens } = s;
  let start = i;
  const initial = atStart(tokens, i);
  // The capital of a sentence's first word says nothing: drop it when it is an everyday word.
  if (
    initial &&
    (commonStart(tokens[start], ctx) || pluralBeforeBody(tokens, start)) &&
    // "AT&T said": a word joined to the next by an ampersand is part of a name.
    !(tokens[start + 1]?.text === '&' && tokens[start + 1].start === tokens[start].end) &&
    !(
      firstNameKind(tokens[start].lower) === 'common' &&
      isCapWord(tokens[start + 1]) &&
      (!isStopword(tokens[start].lower) || nameNotQuestion(tokens, start))
    )
  ) {
    start++;
    // Past lower-case connectors, but not a capitalised particle that opens a name: "Unlike Al Mnajer".
    while (
      start < j &&
      (tokens[start].kind !== 'word' || (NAME_CONNECTORS.has(tokens[start].lower) && !tokens[start].cap))
    )
      start++;
    if (start >= j) return [];
    // "On Monday", "Last March": what is left is a date, which names nobody (but "But May said"
    // may be Theresa May).
    if (j - start === 1 && DATE_WORDS.has(tokens[start].lower) && DATE_LEADS.has(tokens[i].lower)) return [];
  }
  // "Prince Albert", "Queen Street", "Port Dover": a place whose name opens with a title or a
  // first name is no titled person.
  if (j - start >= 2 && j - start <= 4) {
    const whole = tokens.slice(start, j);
    if (whole.every(isCapWord) && placeOpeningWithName(whole))
      return [
        candidate(
          s,
          'place',
          start,
          j - 1,
          whole.map((t) => t.text),
          null,
          null,
          null,
          false,
          initial && start === i,
        ),
      ];
  }
  // Leading title words: "French President", "IAEA Director General", "Sen.", "Commerce Minister".
  // The title ends at its last title word that still leaves a name after it.
  let k = start;
  let honorific: Gender | null | undefined;
  let hasTitle = false;
  let split = -1;
  for (let m = start; m < j - 1; m++) {
    const w = tokens[m].lower;
    // The name after a title starts with a word that is not itself a title: "Director General Yukiya Amano".
    if ((isTitle(w) || HONORIFICS.has(w)) && !isTitle(tokens[m + 1].lower) && !HONORIFICS.has(tokens[m + 1].lower))
      split = m + 1;
  }
  if (split > 0) {
    // "Secretary of State John Kerry": a connector and more title words belong to the title.
    while (split + 1 < j && NAME_CONNECTORS.has(tokens[split].lower) && isRoleWord(tokens[split + 1])) split += 2;
    // "Minister of Crown-Indigenous Relations Carolyn Bennett": a portfolio runs on to the name.
    if (PORTFOLIO_CONNECTORS.has(tokens[split]?.lower ?? '')) {
      split = portfolioEnd(tokens, split, j);
      // The portfolio fills the chunk: a title standing for its holder.
      if (split >= j) {
        const words = tokens
          .slice(start, j)
          .filter(isWord)
          .map((t) => t.lower);
        const office = tokens.slice(start, j).find((t) => TITLES.has(t.lower));
        return [
          candidate(
            s,
            'title',
            start,
            j - 1,
            words,
            textOf(tokens, start, j),
            null,
            TITLES.get(office?.lower ?? '') ?? null,
            false,
            initial && start === i,
          ),
        ];
      }
    }
    while (split < j && tokens[split].kind === 'punct') split++;
    if (split < j) {
      for (let m = start; m < split; m++) {
        const w = tokens[m].lower;
        if (HONORIFICS.has(w)) honorific = HONORIFICS.get(w) ?? null;
        if (isTitle(w) || HONORIFICS.has(w)) hasTitle = true;
      }
      k = split;
    }
  }
  const fallback = k === start;
  while (fallback && k < j) {
    const t = tokens[k];
    if (t.kind === 'punct') {
      k++;
      continue;
    }
    const multi = multiWordPlace(tokens, k, j);
    if (multi > 0) {
      k += multi;
      continue;
    }
    if (NAME_CONNECTORS.has(t.lower) && k > start && k + 1 < j && isRoleWord(tokens[k + 1])) {
      k++;
      continue;
    }
    // Initials start a name, though in capitals: "T.J. Brodie"; so does a first name that is also a
    // place, before a word that is no title: "Jordan Loyd", "Chad Kelly" (but "Georgia Senator …").
    if (!isRoleWord(t) || (isInitial(t) && isCapWord(tokens[k + 1]))) break;
    if (
      k === start &&
      j - k <= 3 &&
      firstNameKind(t.lower) &&
      isCapWord(tokens[k + 1]) &&
      !isRoleWord(tokens[k + 1]) &&
      !ORG_HEADS.has(tokens[k + 1].lower)
    )
      break;
    // A capitalised first name is a name, not a title: "General" is a title, "Will" a name.
    if (k > start && firstNameKind(t.lower) === 'common' && !TITLES.has(t.lower) && !TITLE_MODIFIERS.has(t.lower))
      break;
    if (HONORIFICS.has(t.lower)) honorific = HONORIFICS.get(t.lower) ?? null;
    if (TITLES.has(t.lower) || HONORIFICS.has(t.lower)) hasTitle = true;
    k++;
  }
  // "Martin Luther King Jr.": a suffix alone is no name, so the words before it were one, not a title.
  if (k > start && k < j && tokens.slice(k, j).every((t) => t.kind === 'punct' || NAME_SUFFIXES.has(t.lower))) {
    k = start;
    hasTitle = false;
    honorific = null;
  }
  // No name opens with a lower-case "of" or "and": the words before it were no title but the start of a
  // body's name ("the House of Commons said", where "House" could have opened "House Speaker").
  if (
    fallback &&
    k > start &&
    k < j &&
    !tokens[k].cap &&
    (NAME_CONNECTORS.has(tokens[k].lower) || tokens[k].lower === 'and')
  )
    return classifyWhole(s, start, j, initial, ctx);
  // Titles may also run in from lower-case words before the chunk: "Democratic presidential nominee Hillary Clinton".
  let roleStart = start;
  if (k < j) roleStart = roleBefore(tokens, start, hasTitle);
  const roleTokens = tokens.slice(roleStart, k).filter((t) => t.kind !== 'punct' || t.text === '.');
  const roleHasTitle = hasTitle || roleTokens.some((t) => TITLES.has(t.lower));
  // "Mr." tells a gender, not a role.
  const roleIsHonorific = roleTokens.every((t) => t.kind === 'punct' || HONORIFICS.has(t.lower));
  const role = roleHasTitle && !roleIsHonorific ? roleText(tokens, roleStart, k) : null;
  const roleSpan = roleHasTitle && k > roleStart ? { start: tokens[roleStart].start, end: tokens[k - 1].end } : null;

  if (k >= j) {
    // Only title words: "French President said", "Mr President". A lone place or demonym is no mention.
    const last = tokens[j - 1];
    if (!hasTitle || !TITLES.has(last.lower) || EVERYDAY_ROLES.has(last.lower))
      return classifyWhole(s, start, j, initial, ctx);
    const words = tokens
      .slice(start, j)
      .filter(isWord)
      .map((t) => t.lower);
    return [
      candidate(
        s,
        'title',
        start,
        j - 1,
        words,
        textOf(tokens, start, j),
        null,
        TITLES.get(last.lower) ?? null,
        false,
        initial && start === i,
      ),
    ];
  }
  let body: [number, number] | null = null;
  // "Senator John McCain of Arizona": the place a person is from is not part of the name.
  for (let m = k + 2; m < j - 1; m++) {
    if (tokens[m].lower !== 'of') continue;
    const rest = tokens
      .slice(m + 1, j)
      .filter(isWord)
      .map((t) => t.lower)
      .join(' ');
    const before = tokens.slice(k, m);
    if (!before.some((t) => ORG_HEADS.has(t.lower))) {
      if (isPlaceName(rest)) j = m;
      // "Lori Williams of Mount Royal University", "Irene Nattel of RBC Dominion Securities": a
      // person, then the body they belong to.
      else if (
        m - k >= 2 &&
        firstNameKind(tokens[k].lower) === 'common' &&
        (ORG_HEADS.has(tokens[j - 1].lower) || COMPANY_ENDINGS.has(tokens[j - 1].lower)) &&
        isCapWord(tokens[m + 1])
      ) {
        body = [m + 1, j];
        j = m;
      }
    }
    break;
  }
  const name = tokens.slice(k, j).filter(isWord);
  // An initial keeps its period: "Harry J. Kellan".
  const words = name.map((t) => (isLetterInitial(t) && tokens[t.i + 1]?.text === '.' ? `${t.text}.` : t.text));
  const lastLower = name[name.length - 1].lower;
  const firstLower = name[0].lower;
  const titled = honorific !== undefined || roleHasTitle;
  const firstKind = firstNameKind(firstLower);
  const plausibleFirst =
    firstKind === 'common' || (firstKind === 'rare' && !ctx.lowercase.has(firstLower)) || isInitial(name[0]);
  // A title before a company name belongs to the company: "General Motors". An organisation's head
  // noun may sit inside its name: "Court of Appeals", "Bureau of Prisons".
  // "Cross" alone is a surname too; the Red Cross and Red Crescent societies are not people.
  const redCross = (lastLower === 'cross' || lastLower === 'crescent') && name[name.length - 2]?.lower === 'red';
  const nationNoBody = noNation(tokens.slice(start, j).filter(isWord));
  const orgHead =
    !nationNoBody &&
    (redCross ||
      // (A possessive in a title is the body's: "Court of King's Bench Justice Anjali Mehta" is hers.)
      tokens.slice(start, j).some((t) => t.text === '&') ||
      tokens.slice(titled && plausibleFirst ? k : start, j).some((t) => t.kind === 'possessive') ||
      // "Thompson-Nicola Regional District", "Toronto District School Board" (not "Fifth District").
      (lastLower === 'district' && LOCAL_DISTRICTS.has(name[name.length - 2]?.lower ?? '')) ||
      ORG_HEADS.has(lastLower) ||
      (name.length >= 2 && COMPANY_ENDINGS.has(lastLower)) ||
      ORG_HEADS.has(firstLower) ||
      (!plausibleFirst && name.some((t) => ORG_HEADS.has(t.lower))));
  if (orgHead || (name.length === 1 && isAcronym(name[0]) && !titled)) {
    const all = bodyWords(tokens, start, j);
    if (all.length === 1 && !isAcronym(all[0]) && !STANDALONE_BODIES.has(all[0].lower)) return [];
    if (AMPERSAND_ABBREVIATIONS.has(bodyText(all).join(' ').toLowerCase())) return [];
    return [candidate(s, 'organisation', start, j - 1, bodyText(all), null, null, null, false, initial && start === i)];
  }
  // Capitals throughout ("GARLAND STEPS ASIDE") hide where a name ends: no person from them.
  if (name.length >= 2 && name.every((t) => t.caps) && !titled) {
    return [candidate(s, 'unknown', k, j - 1, words, null, null, null, false, initial && k === i)];
  }
  const afterThe = tokens[k - 1]?.lower === 'the';
  if (
    !titled &&
    (placeNamed(name, afterThe) || (k === start && firstKind !== 'common' && namedBody(tokens[start - 1])))
  ) {
    return [candidate(s, 'organisation', k, j - 1, words, null, null, null, false, initial && k === i)];
  }
  if (
    !titled &&
    (PLACE_HEADS.has(lastLower) ||
      directedPlace(name) ||
      isPlaceName(words.join(' ').toLowerCase()) ||
      isRegion(words.join(' ').toLowerCase()) ||
      isCityName(words))
  ) {
    return [candidate(s, 'place', k, j - 1, words, null, null, null, false, initial && k === i)];
  }
  // No name holds a function word or a digit ("A Star Is Born", "Bill C-48").
  const nameLike = !name.some(
    (t, n) =>
      (isStopword(t.lower) &&
        !NAME_CONNECTORS.has(t.lower) &&
        !isLetterInitial(t) &&
        !(n === 0 && name.length >= 2 && firstNameKind(t.lower) === 'common')) ||
      /\d/.test(t.text),
  );
  const person =
    nameLike && (titled || (name.length >= 2 && name.length <= 4 && plausibleFirst && !modifierAfterArticle(s, k, j)));
  // What the text tells of the person's gender (an honorific, a gendered title); a first name's usual
  // gender is weaker evidence, which the entity weighs apart (entities.ts).
  const gender = honorific ?? genderOfTitle(roleTokens) ?? null;
  const kind: CandidateKind = person ? 'person' : 'unknown';
  const c = candidate(s, kind, k, j - 1, words, role, roleSpan, gender, titled, initial && k === i);
  if (person && !titled && firstKind !== 'common' && !isInitial(name[0])) c.weak = true;
  return body ? [c, ...analyseChunk(s, body[0], body[1], ctx)] : [c];
}

/**
 * "a retired Alberta Fish and Wildlife biologist": capitals after an indefinite article and before
 * a lower-case noun, or before "and" and more capitals, name a body that modifies the noun, not a
 * person ("Alberta" is a first name too).
 */
function modifierAfterArticle(s: SentenceTokens, k: number, j: number): boolean {
  const { tokens } = s;
  let a = k - 1;
  while (a >= 0 && a >= k - 3 && tokens[a].kind === 'word' && !tokens[a].cap && !isStopword(tokens[a].lower)) a--;
  if (a < 0 || (tokens[a].lower !== 'a' && tokens[a].lower !== 'an')) return false;
  const next = tokens[j];
  if (next?.kind !== 'word' || (next.cap && next.lower !== 'and')) return false;
  return next.lower === 'and' ? isCapWord(tokens[j + 1]) : !isStopword(next.lower);
}

/** The spelling of a body's name: an ampersand written without spaces, or a possessive, stays in its word ("AT&T", "King's"). */
function bodyText(words: readonly Token[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    const prev = words[k - 1];
    if (
      prev &&
      prev.end === t.start &&
      (t.text === '&' || prev.text === '&' || t.kind === 'possessive' || t.kind === 'quote')
    )
      out[out.length - 1] += t.text;
    else out.push(t.text);
  }
  return out;
}

/** The words of a body's name in tokens[start, j), keeping an ampersand or a possessive inside it ("Procter & Gamble", "King's Bench"). */
function bodyWords(tokens: readonly Token[], start: number, j: number): Token[] {
  return tokens
    .slice(start, j)
    .filter(
      (t) =>
        t.kind === 'word' ||
        t.kind === 'number' ||
        ((t.text === '&' || t.kind === 'possessive' || pluralPossessive(tokens, t.i)) && t.i > start),
    );
}

/** An apostrophe after a plural inside a body's name: "Teachers' Federation". */
function pluralPossessive(tokens: readonly Token[], k: number): boolean {
  return pluralApostrophe(tokens, k) && isCapWord(tokens[k + 1]);
}

/** "Cree Nation", "Nishnawbe Aski Nation" are bodies; "Carry Nation" was a woman, and "every First Nation" names none. */
function noNation(words: readonly Token[]): boolean {
  if (words.length !== 2 || words[1].lower !== 'nation') return false;
  return words[0].lower === 'first' || firstNameKind(words[0].lower) === 'common';
}

/** A chunk that is not a name: an organisation, a place, or nothing. */
function classifyWhole(s: SentenceTokens, start: number, j: number, initial: boolean, ctx: NameContext): Candidate[] {
  const { tokens } = s;
  const words = bodyWords(tokens, start, j);
  if (words.length === 0) return [];
  const text = bodyText(words);
  const lower = text.join(' ').toLowerCase();
  // An everyday word in capitals ("OK", "WATCH") names nothing.
  if (words.length === 1 && words[0].caps && isFrequentWord(lower)) return [];
  // A province, region or press abbreviation too ("Ontario", "Ont."), not only a country or state.
  if (isPlaceName(lower) || isDemonym(lower) || isRegion(lower))
    return [candidate(s, 'place', start, j - 1, text, null, null, null, false, initial)];
  if (
    (ORG_HEADS.has(words[words.length - 1].lower) && !noNation(words)) ||
    (words.length >= 2 && COMPANY_ENDINGS.has(words[words.length - 1].lower)) ||
    (words.length === 1 && isAcronym(words[0]) && !isPlaceName(words[0].lower))
  ) {
    return [candidate(s, 'organisation', start, j - 1, text, null, null, null, false, initial)];
  }
  if (words.every((t) => isDemonym(t.lower) || isPlaceName(t.lower) || TITLE_MODIFIERS.has(t.lower))) return [];
  void ctx;
  return [candidate(s, 'unknown', start, j - 1, text, null, null, null, false, initial)];
}

/**
 * An organisation's initials: NATO, IAEA, CNN (not MH17, a flight; not U.S., a place; not WATCH
 * or VIEWPOINT, a page's labels in capitals: initials are short and no everyday word).
 */
function isAcronym(t: Token): boolean {
  return (
    t.caps &&
    t.text.length <= 6 &&
    !/\d/.test(t.text) &&
    !isPlaceName(t.lower) &&
    !isFrequentWord(t.lower) &&
    !THING_INITIALISMS.has(t.lower) &&
    // A member's party and state after their name: "(D-N.M.)", "(R-Texas)".
    !/^[DRI]-/.test(t.text)
  );
}

/**
 * Where the name after a title's portfolio starts ("Minister of Northern Affairs Dana Whitfield"):
 * at the first known first name or initial that leaves two to four words, else the last two
 * words; `j` (no name) when the portfolio fills the chunk ("Minister of Innovation").
 */
function portfolioEnd(tokens: readonly Token[], connector: number, j: number): number {
  const words: number[] = [];
  for (let m = connector + 1; m < j; m++) if (isWord(tokens[m])) words.push(m);
  // The portfolio holds at least one word.
  for (let w = 1; w < words.length - 1; w++) {
    const t = tokens[words[w]];
    const left = words.length - w;
    if (left <= 4 && (firstNameKind(t.lower) || isLetterInitial(t))) return words[w];
  }
  return words.length >= 3 ? words[words.length - 2] : j;
}

/** A one-letter initial, its period a token of its own: the "J" of "Harry J. Kellan". */
function isLetterInitial(t: Token): boolean {
  return t.kind === 'word' && t.text.length === 1 && t.cap;
}

/** A title word, or a compound one: "Sergeant-at-Arms", "Lieutenant-Governor". */
function isTitle(lower: string): boolean {
  if (TITLES.has(lower)) return true;
  const dash = lower.indexOf('-');
  return dash > 0 && TITLES.has(lower.slice(0, dash));
}

/** Initials: "J.", "T.J.", "J" before its period (not "A" or "I", which are words). */
function isInitial(t: Token): boolean {
  if (isLetterInitial(t)) return t.text !== 'A' && t.text !== 'I';
  return /^\p{Lu}(\.\p{Lu})*\.?$/u.test(t.text) && t.text.length <= 6 && t.text.includes('.');
}

function genderOfTitle(role: Token[]): Gender | null | undefined {
  for (let k = role.length - 1; k >= 0; k--) {
    // "Court of King's Bench Justice": a title in a body's name is nobody's.
    if (role[k + 1]?.kind === 'possessive') continue;
    const g = TITLES.get(role[k].lower) ?? HONORIFICS.get(role[k].lower);
    if (g) return g;
  }
  return undefined;
}

/**
 * Walks back from a name over the words of its title written before the capitalised chunk:
 * "longtime Democratic pollster", "Clinton campaign spokesman", "IAEA Director General [".
 */
/** Adjectives of a field that sit inside a title: "financial", "medical", "political", "executive". */
const TITLE_ADJECTIVE = /^[a-z]{4,}(?:al|ic|ive|ary)$/;

function roleBefore(tokens: Token[], start: number, hasTitle: boolean): number {
  let k = start;
  let title = hasTitle;
  // "IAEA Director General [Yukiya Amano]": the title stands before a bracket.
  if (k > 0 && (tokens[k - 1].text === '[' || tokens[k - 1].text === '(')) k--;
  // Bounded like a title: unbounded, "president Macron president Macron …" cost its length squared.
  while (k > 0 && start - k < 2 * MAX_TITLE_WORDS) {
    const p = tokens[k - 1];
    if (p.kind === 'punct' && p.text === '.' && k > 1 && TITLE_ABBREVIATIONS.has(tokens[k - 2].lower)) {
      k--;
      continue;
    }
    if (!isWord(p) || isDigit(p.text.charCodeAt(0))) break;
    if (isRoleWord(p)) {
      if (TITLES.has(p.lower)) title = true;
      k--;
      continue;
    }
    // An adjective between title words: "chief financial officer", "senior political adviser".
    if (title && !p.cap && TITLE_ADJECTIVE.test(p.lower) && k > 1 && isRoleWord(tokens[k - 2])) {
      k--;
      continue;
    }
    // A minister's portfolios listed before the title: "Public Safety and Emergency Preparedness
    // Minister", "Children, Community and Social Services Minister".
    if (title && p.lower === 'and' && !p.cap && k === start && ministerAt(tokens, start)) {
      const first = fieldListBefore(tokens, k - 1);
      if (first < 0) break;
      k = first;
      continue;
    }
    // A capitalised organisation before a title: "Breitbart News Daily host", "Clinton campaign spokesman".
    if (p.cap && title && !commonStart(p)) {
      k--;
      continue;
    }
    break;
  }
  if (k < start && tokens[k].text === '[') k++;
  return k;
}

/**
 * Where a list of fields ending before the "and" at `and` starts ("Children, Community" before
 * "and Social Services Minister"), or -1 when the words before it are no fields: "Justin Trudeau
 * and Finance Minister Bill Morneau" names two people.
 */
function fieldListBefore(tokens: readonly Token[], and: number): number {
  let first = -1;
  let end = and;
  for (let depth = 0; depth < 5; depth++) {
    let a = end;
    while (a > 0 && end - a < 3 && isCapWord(tokens[a - 1])) a--;
    // The whole run of capitals, no title among them: "President Bush and Defense Secretary…".
    if (a === end || isCapWord(tokens[a - 1]) || !fieldBeforeAnd(tokens, a, end)) return first;
    for (let m = a; m < end; m++) if (TITLES.has(tokens[m].lower)) return first;
    first = a;
    if (tokens[a - 1]?.text !== ',') return first;
    end = a - 1;
  }
  return first;
}

/** Whether a minister's title opens at `start` ("Social Services Minister"): portfolios are listed before it. */
function ministerAt(tokens: readonly Token[], start: number): boolean {
  for (let m = start; m < tokens.length && m - start < 5 && isCapWord(tokens[m]); m++)
    if (tokens[m].lower === 'minister') return true;
  return false;
}

/** A role's words without the honorifics among them: "lead author Dr." is a lead author. */
function roleText(tokens: Token[], a: number, b: number): string {
  let end = b;
  for (;;) {
    const t = tokens[end - 1];
    if (end > a && t.text === '.' && HONORIFICS.has(tokens[end - 2]?.lower ?? '')) end -= 2;
    else if (end > a && HONORIFICS.has(t.lower)) end--;
    else break;
  }
  return textOf(tokens, a, end);
}

function textOf(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.text === '[' || t.text === '(') continue;
    if (s && t.kind !== 'punct' && t.kind !== 'possessive') s += ' ';
    s += t.text;
  }
  return s;
}
