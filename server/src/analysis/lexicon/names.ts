// Open word classes from data packages: first names with gender, places, stopwords.

// The data file is generated at build time by scripts/gen-data.mjs.
import data from '../data/lexicon.generated.json';
import type { Gender } from '../model';
import { COUNTRY_ABBREVIATIONS } from './pressAbbreviations';

/** First names with the gender they usually tell, and whether each is an everyday English one. */
function firstNames(): { first: ReadonlyMap<string, Gender>; kind: ReadonlyMap<string, 'common' | 'rare'> } {
  const first = new Map<string, Gender>();
  const common = new Set<string>();
  for (const [list, gender] of [
    [data.male, 'male'],
    [data.female, 'female'],
  ] as const) {
    for (const entry of list.split('|')) {
      const everyday = entry.endsWith('*');
      const name = everyday ? entry.slice(0, -1) : entry;
      first.set(name, gender);
      if (everyday) common.add(name);
    }
  }
  // Asked of most capitalised words: one lookup.
  const kind = new Map<string, 'common' | 'rare'>();
  for (const name of first.keys()) kind.set(name, common.has(name) ? 'common' : 'rare');
  return { first, kind };
}

const { first: FIRST, kind: KIND } = firstNames();

/** Whether `lower` is a first name: 'common' (an everyday English first name), 'rare', or false. */
export function firstNameKind(lower: string): 'common' | 'rare' | false {
  return KIND.get(lower) ?? (ACCENTED.test(lower) && KIND.get(foldName(lower))) ?? false;
}

/** A word with letters beyond ASCII, that the name lists may hold without accents ("Étienne"). */
const ACCENTED = /[^\x00-\x7f]/;

/** Gender that a first name usually tells, or null when the name is unknown. */
export function firstNameGender(lower: string): Gender | null {
  return FIRST.get(lower) ?? (ACCENTED.test(lower) ? FIRST.get(foldName(lower)) : undefined) ?? compoundGender(lower);
}

/**
 * The gender of a compound first name the lists lack ("Jean-Luc", "Marie-Claude", "Pierre-Luc"):
 * French compounds take their first name's, and "Jean-" (unisex alone) is a man's; null when
 * either part is no first name.
 */
function compoundGender(lower: string): Gender | null {
  const dash = lower.indexOf('-');
  if (dash <= 0 || lower.indexOf('-', dash + 1) >= 0) return null;
  const [a, b] = [lower.slice(0, dash), lower.slice(dash + 1)];
  const known = (x: string): Gender | undefined => FIRST.get(x) ?? FIRST.get(foldName(x));
  const ga = known(a);
  if (!ga || !known(b)) return null;
  if (a === 'jean') return 'male';
  const ea = EVIDENCE.get(foldName(a)) ?? ga;
  return ea === 'unisex' ? null : ea;
}

/** Lower case without accents: "Mélanie" and "Melanie" are one name. */
function foldName(lower: string): string {
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The names whose gender evidence differs from FIRST (see scripts/gen-data.mjs), folded. */
function evidenceOverrides(): ReadonlyMap<string, Gender | 'unisex'> {
  const out = new Map<string, Gender | 'unisex'>();
  for (const [list, gender] of [
    [data.evidenceMale, 'male'],
    [data.evidenceFemale, 'female'],
    [data.unisex, 'unisex'],
  ] as const) {
    for (const name of list.split('|')) if (name) out.set(name, gender);
  }
  return out;
}

const EVIDENCE = evidenceOverrides();

/**
 * What a first name tells of its bearer's gender, as evidence: 'unisex' for a name used for both
 * genders across languages (Andrea, Jean), null for a name no list knows. Stricter than
 * firstNameGender, which guesses for pronoun agreement.
 */
export function firstNameEvidence(lower: string): Gender | 'unisex' | null {
  const folded = foldName(lower);
  return EVIDENCE.get(folded) ?? FIRST.get(lower) ?? FIRST.get(folded) ?? compoundGender(lower);
}

const STOP: ReadonlySet<string> = new Set(data.stopwords);

const FREQUENT: ReadonlySet<string> = new Set(data.frequent.split('|'));

/** One of the 4,000 most used English words (lowercased): a capitalised one is more likely a word than a name. */
export function isFrequentWord(lower: string): boolean {
  return FREQUENT.has(lower);
}

/**
 * The plural of an everyday word ("globes", "shares"), lowercased; not a first name with an "s",
 * which is a surname ("Matthews", "Williams"), however common the first name.
 */
export function isFrequentPlural(lower: string): boolean {
  if (lower.length <= 3 || !lower.endsWith('s')) return false;
  const singular = lower.slice(0, -1);
  return isFrequentWord(singular) && !firstNameKind(singular);
}

const VERBS: ReadonlySet<string> = new Set(data.verbs.split('|'));

/** A word whose usual part of speech is a verb (lowercased): "hire", "pay", "want". */
export function isVerbWord(lower: string): boolean {
  return VERBS.has(lower);
}

const PRESENT_VERBS: ReadonlySet<string> = new Set(data.presentVerbs.split('|'));

/** A word whose usual part of speech is a present-tense verb (lowercased): "wants", "happens", "want". */
export function isPresentVerb(lower: string): boolean {
  return PRESENT_VERBS.has(lower);
}

export function isStopword(lower: string): boolean {
  return STOP.has(lower);
}

function lowerSet(list: string[]): Set<string> {
  return new Set(list.map((s) => s.toLowerCase()));
}

const COUNTRIES = lowerSet([...data.countries, ...COUNTRY_ABBREVIATIONS.keys()]);
const DEMONYMS = lowerSet(data.demonyms);
const STATES = lowerSet(data.states);

/**
 * A country or US state by name (lowercased): "france", "north korea", "new mexico", "u.s.".
 * Provinces and cities are not: `placesOf` (./places) has every reading of a name.
 */
export function isPlaceName(lower: string): boolean {
  return COUNTRIES.has(lower) || STATES.has(lower);
}

/** A nationality adjective (lowercased): "french", "north korean". */
export function isDemonym(lower: string): boolean {
  return DEMONYMS.has(lower);
}

/** Longest number of words in a multi-word place or demonym ("Democratic Republic of the Congo"). */
export const MAX_PLACE_WORDS = 6;
