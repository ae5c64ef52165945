// Nouns that name a person by what they are or do ("tycoon", "surgeon", "bartender"): the
// words compromise's lexicon tags Actor, extracted at build time by scripts/gen-data.mjs.
import data from '../data/lexicon.generated.json';

/** People of the news that compromise's lexicon does not tag Actor. */
const NEWS_PEOPLE = [
  'investor',
  'billionaire',
  'millionaire',
  'magnate',
  'philanthropist',
  'lobbyist',
  'protestor',
  'superdelegate',
  'plaintiff',
  'defendant',
  'juror',
  'landowner',
  'heiress',
  'cousin',
];

const PERSON_NOUNS: ReadonlySet<string> = new Set([...data.personNouns.split('|'), ...NEWS_PEOPLE]);

/** The shortest person noun a compound may end in ("neurosurgeon", "schoolteacher", "grandmother"). */
const HEAD_LENGTH = 6;

/** Whether a lower-case word names a person by what they are or do. */
export function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower);
}

/**
 * Whether a lower-case word is a compound that ends in a person noun ("neurosurgeon" is a
 * "surgeon", "firefighter" a "fighter"), which the lexicon lists only in part. Some are adjectives
 * ("transparent", "bipartisan"): ask only where the word must be a noun.
 */
export function endsInPersonNoun(lower: string): boolean {
  for (let i = 3; lower.length - i >= HEAD_LENGTH; i++) if (PERSON_NOUNS.has(lower.slice(i))) return true;
  return false;
}

/** Whether a lower-case person noun is a plural of another ("tycoons", "bosses"). */
export function isPluralPersonNoun(lower: string): boolean {
  return (
    lower.endsWith('s') &&
    (PERSON_NOUNS.has(lower.slice(0, -1)) || (lower.endsWith('es') && PERSON_NOUNS.has(lower.slice(0, -2))))
  );
}
