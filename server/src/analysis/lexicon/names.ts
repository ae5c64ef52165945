// Open word classes from data packages: first names with gender, places, stopwords.

// The data file is generated at build time by scripts/gen-data.mjs.
import data from '../data/lexicon.generated.json';
import type { Gender } from '../model';

const FIRST = new Map<string, Gender>();
const COMMON = new Set<string>();
for (const [list, gender] of [[data.male, 'male'], [data.female, 'female']] as const) {
  for (const entry of list.split('|')) {
    const common = entry.endsWith('*');
    const name = common ? entry.slice(0, -1) : entry;
    FIRST.set(name, gender);
    if (common) COMMON.add(name);
  }
}
// Asked of most capitalised words: one lookup.
const KIND = new Map<string, 'common' | 'rare'>();
for (const name of FIRST.keys()) KIND.set(name, COMMON.has(name) ? 'common' : 'rare');

/** Whether `lower` is a first name: 'common' (an everyday English first name), 'rare', or false. */
export function firstNameKind(lower: string): 'common' | 'rare' | false {
  return KIND.get(lower) ?? false;
}

/** Gender that a first name usually tells, or null when the name is unknown. */
export function firstNameGender(lower: string): Gender | null {
  return FIRST.get(lower) ?? null;
}

const STOP = new Set<string>(data.stopwords);

export function isStopword(lower: string): boolean {
  return STOP.has(lower);
}

function lowerSet(list: string[]): Set<string> {
  return new Set(list.map((s) => s.toLowerCase()));
}

// Abbreviations that the country data leaves out (it keeps only names longer than three letters).
const COUNTRY_ABBREVIATIONS = ['us', 'u.s', 'u.s.', 'usa', 'uk', 'u.k', 'u.k.', 'eu', 'uae', 'drc', 'prc', 'dprk', 'rok'];
const COUNTRIES = lowerSet([...data.countries, ...COUNTRY_ABBREVIATIONS]);
const DEMONYMS = lowerSet(data.demonyms);
const STATES = lowerSet(data.states);

/** A country or US state by name (lowercased): "france", "north korea", "new mexico", "u.s." */
export function isPlaceName(lower: string): boolean {
  return COUNTRIES.has(lower) || STATES.has(lower);
}

/** A nationality adjective (lowercased): "french", "north korean". */
export function isDemonym(lower: string): boolean {
  return DEMONYMS.has(lower);
}

/** Longest number of words in a multi-word place or demonym ("Democratic Republic of the Congo"). */
export const MAX_PLACE_WORDS = 6;
