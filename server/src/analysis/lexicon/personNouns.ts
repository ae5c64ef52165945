// Nouns that name a person by what they are or do ("tycoon", "neurosurgeon", "bartender"): the
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

/** Whether a lower-case word names a person by what they are or do. */
export function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower);
}

/** Whether a lower-case person noun is a plural of another ("tycoons", "bosses"). */
export function isPluralPersonNoun(lower: string): boolean {
  return (
    lower.endsWith('s') &&
    (PERSON_NOUNS.has(lower.slice(0, -1)) || (lower.endsWith('es') && PERSON_NOUNS.has(lower.slice(0, -2))))
  );
}
