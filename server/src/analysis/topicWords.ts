// The word classes the topic and segmentation passes need: stems, how general a word is,
// which words cannot be part of a noun phrase, and the country a demonym names. The data is
// generated at build time by scripts/gen-data.mjs.
import stemWord from 'wink-porter2-stemmer';
import data from './data/lexicon.generated.json';

const RANK = new Map<string, number>();
data.frequent.split('|').forEach((w, i) => RANK.set(w, i));
const LOG_SIZE = Math.log(RANK.size + 1);
const VERBS = new Set(data.verbs.split('|'));
const ADJECTIVES = new Set(data.adjectives.split('|'));
const DEMONYM_COUNTRY = new Map(Object.entries(data.demonymCountry as Record<string, string>));

/**
 * How specific a word is, from 0.3 (among the few hundred most used English words) to 1
 * (outside the most used four thousand): "situation" says less about an article than
 * "denuclearization".
 */
export function specificity(lower: string): number {
  const r = RANK.get(lower);
  if (r === undefined) return 1;
  return 0.3 + 0.7 * (Math.log(r + 1) / LOG_SIZE);
}

/** A word whose usual part of speech is a verb, an adverb or a function word: it ends a noun phrase. */
export function isVerbish(lower: string): boolean {
  return VERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly'));
}

const ADJECTIVE_SUFFIXES = ['ous', 'ive', 'ful', 'less', 'able', 'ible', 'ical'];

/** A word whose usual part of speech is an adjective: it may modify a noun but not head a phrase. */
export function isAdjective(lower: string): boolean {
  if (ADJECTIVES.has(lower)) return true;
  return ADJECTIVE_SUFFIXES.some((s) => lower.length > s.length + 2 && lower.endsWith(s));
}

/** The country a demonym names ("iranian" → "Iran"), if it is one. */
export function countryOfDemonym(lower: string): string | undefined {
  return DEMONYM_COUNTRY.get(lower);
}

// Stems repeat across an article and across the documents a server sees: memoised, with a
// bound so that a long session cannot grow it without end.
const STEMS = new Map<string, string>();
const MAX_STEMS = 100_000;

/**
 * The longest word stemmed. The stemmer's suffix patterns (/(.+)(s)$/ and the like) cost a word
 * its length squared; no English word comes near this length, and a longer "word" (a hyphenated
 * run a megabyte long) is its own stem.
 */
const MAX_STEMMED = 64;

/** The Porter2 stem of a lower-case word: "sanctions" → "sanction", "negotiations" → "negoti". */
export function stem(lower: string): string {
  if (lower.length > MAX_STEMMED) return lower;
  let s = STEMS.get(lower);
  if (s === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    s = stemWord(lower);
    STEMS.set(lower, s);
  }
  return s;
}

const CAPITALS = new Set(data.capitals.map((c: string) => c.toLowerCase()));

/** A capital city by name (lowercased): "tehran", "kiev". */
export function isCapital(lower: string): boolean {
  return CAPITALS.has(lower);
}

/** One of the most used English words (lowercased). */
export function isFrequentWord(lower: string): boolean {
  return RANK.has(lower);
}
