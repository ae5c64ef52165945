// Which capitalised names are people, decided over the whole article once every sentence's
// candidates are known: a name is surer when the article uses it again, in full or by its surname.
import { cueLemma, cueParticles } from '../lexicon/cues';
import { isDemonym, isFrequentPlural, isFrequentWord, isPlaceName, isStopword } from '../lexicon/names';
import { ORG_HEADS, PLACE_HEADS, TITLES } from '../lexicon/people';
import { isPersonNoun } from '../lexicon/personNouns';
import { placesOf } from '../lexicon/places';
import { PLACING } from '../lexicon/grammar';
import { DATE_WORDS } from '../lexicon/time';
import { partsOf } from './entities';
import type { Token } from '../text/tokens';
import type { Candidate } from './mentions';

/** A word that may be part of a person's name: capitalised letters (with hyphens, apostrophes, an initial's period). */
function nameWord(w: string): boolean {
  const lower = w.toLowerCase();
  return (
    /^\p{Lu}[\p{L}'’.-]*$/u.test(w) &&
    w !== w.toUpperCase() &&
    !isStopword(lower) &&
    !TITLES.has(lower) &&
    !ORG_HEADS.has(lower) &&
    !PLACE_HEADS.has(lower) &&
    !DATE_WORDS.has(lower) &&
    !isDemonym(lower) &&
    !isPlaceName(lower) &&
    !placesOf(lower).some((p) => p.kind !== 'city')
  );
}

/** A verb of speech on its own ("said", not "went" of "went on"). */
function speechVerb(t: Token | undefined): boolean {
  const lemma = t && t.kind === 'word' ? cueLemma(t.lower) : undefined;
  return lemma !== undefined && !cueParticles(lemma);
}

/** Those who speak for a body, named after it: "a Freedom Mobile spokesperson", "an Acme official". */
const SPEAKS_FOR = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'executive', 'representative']);

/** A lower-case word for one who works somewhere: "researcher", "analyst", "spokesperson". */
function worksAs(t: Token): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  return SPEAKS_FOR.has(t.lower) || (t.lower.length >= 6 && WORKER_ENDINGS.some((e) => t.lower.endsWith(e)));
}

const WORKER_ENDINGS = ['er', 'or', 'ist', 'ian', 'ant', 'ent', 'yst'];

/**
 * Whether the role noun at `k` opens its own phrase, after an article, a possessive or a comma and
 * at most two lower-case modifiers: "a senior analyst", ", technical researcher" (not "seconds earlier").
 */
function opensRole(tokens: readonly Token[], k: number): boolean {
  for (let m = k - 1; m >= 0 && k - m <= 3; m--) {
    const t = tokens[m];
    if (t.text === ',' || ROLE_OPENERS.has(t.lower)) return true;
    if (t.kind !== 'word' || t.cap) return false;
  }
  return false;
}

const ROLE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/** Where a run of at most four capitalised words from `a` ends (exclusive). */
function capitalsEnd(tokens: readonly Token[], a: number): number {
  let j = a;
  while (j < tokens.length && tokens[j].kind === 'word' && tokens[j].cap && j - a < 4) j++;
  return j;
}

/** The words of tokens a..j-1, lower-cased: the key a name is looked up by. */
function lowerText(tokens: readonly Token[], a: number, j: number): string {
  return tokens
    .slice(a, j)
    .map((t) => t.text)
    .join(' ')
    .toLowerCase();
}

/**
 * Capitalised names that stand before one who speaks for a body, after "a" or "an" ("a Freedom Mobile
 * spokesperson"), or after one who works at it ("a researcher at Talos"): a body, not a person,
 * wherever the article names it ("Freedom Mobile says").
 */
function bodiesBySpokesperson(sentences: readonly { readonly tokens: readonly Token[] }[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of sentences) {
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k].lower !== 'a' && tokens[k].lower !== 'an') continue;
      const j = capitalsEnd(tokens, k + 1);
      if (j > k + 1 && SPEAKS_FOR.has(tokens[j]?.lower ?? '')) out.add(lowerText(tokens, k + 1, j));
    }
    // "a technical researcher at Talos", "an analyst at Morningstar": where one works is a body.
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].lower !== 'at' || !worksAs(tokens[k - 1]) || !opensRole(tokens, k - 1)) continue;
      const a = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const j = capitalsEnd(tokens, a);
      // The name must end the phrase: "at Clinton headquarters", "at Sanders's rally" name a person.
      const next = tokens[j];
      if (j > a && (!next || next.kind === 'punct' || (next.kind === 'word' && isStopword(next.lower))))
        out.add(lowerText(tokens, a, j));
    }
  }
  return out;
}

/** A common word, or the plural of one ("globes", but not "Matthews"): no surname to go by. */
function commonNoun(lower: string): boolean {
  return isFrequentWord(lower) || isFrequentPlural(lower);
}

/** Words that may open an apposition before the noun that says who someone is: "a", "the", "former". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'former', 'his', 'her', 'their']);

/**
 * Whether a name is set off by an apposition that says what a person is, after it or before it:
 * "Shanaaz Gokool, president of Dying with Dignity Canada", "Ann Lee, a nurse at the clinic", "Tom
 * Ray, 45,", "the party’s 2012 nominee, Mitt Romney.".
 */
function describedAsPerson(tokens: readonly Token[], c: Candidate): boolean {
  // "the party’s 2012 nominee, Mitt Romney.": after the noun, the name ending its phrase.
  const noun = tokens[c.first - 2];
  const end = tokens[c.last + 1];
  if (
    tokens[c.first - 1]?.text === ',' &&
    noun?.kind === 'word' &&
    !noun.cap &&
    (TITLES.has(noun.lower) || isPersonNoun(noun.lower)) &&
    (!end || end.kind === 'punct')
  )
    return true;
  if (tokens[c.last + 1]?.text !== ',') return false;
  // "Matt Viser of the Boston Globe, winner of…": the apposition is the person's before it.
  const before = tokens[tokens[c.first - 1]?.lower === 'the' ? c.first - 2 : c.first - 1];
  if (before && PLACING.has(before.lower)) return false;
  let k = c.last + 2;
  const first = tokens[k];
  if (first?.kind === 'number' && tokens[k + 1]?.text === ',' && /^\d{1,2}$/.test(first.text)) return true;
  if (first && APPOSITION_OPENERS.has(first.lower)) k++;
  // Up to two modifiers before the noun: "a senior policy analyst".
  for (const end = k + 3; k < end && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    if (TITLES.has(t.lower) || isPersonNoun(t.lower)) {
      const next = tokens[k + 1];
      return (
        !next ||
        next.kind === 'punct' ||
        next.lower === 'of' ||
        next.lower === 'at' ||
        next.lower === 'with' ||
        next.lower === 'for'
      );
    }
  }
  return false;
}

/**
 * "he" or "she" when a name opening its sentence before a verb is taken up by it later in the
 * sentence, nobody else named between ("Mamadou Dia was on a business trip when he ended up…"),
 * else null.
 */
function pronounTakingUp(
  s: { readonly tokens: readonly Token[]; readonly candidates: readonly Candidate[] },
  c: Candidate,
): 'he' | 'she' | null {
  const { tokens } = s;
  if (c.first !== 0 || c.inQuote) return null;
  const verb = tokens[c.last + 1];
  if (verb?.kind !== 'word' || verb.cap) return null;
  // Not past someone else named in between, who may be the one taken up.
  const next = s.candidates.find((d) => d.first > c.last && (d.kind === 'person' || d.kind === 'pronoun'));
  if (next?.kind !== 'pronoun' || (next.words[0] !== 'he' && next.words[0] !== 'she')) return null;
  for (let k = c.last + 2; k < next.first; k++) if (tokens[k].kind === 'quote') return null;
  return next.words[0];
}

/**
 * Settles the candidates whose kind a sentence alone could not: a person only by a rare first name
 * ("Peace Process", "Morning Consult") stays one if the article names them again (in full, or by the
 * surname alone); a name of two or three words that no list knows ("Darian Lonechild") becomes a
 * person when the article uses its surname alone as a name, and the surname is no common word.
 */
export function confirmNames(
  sentences: readonly { readonly tokens: readonly Token[]; readonly candidates: readonly Candidate[] }[],
): void {
  const seen = new Map<string, number>();
  // Single words used as names: mid-sentence, or opening a sentence before a speech verb
  // ("Okafor said"); any word opens a sentence with a capital.
  const alone = new Map<string, number>();
  // Capitalised plurals after "the": a team or a group ("the Flames", "the Raptors"), no surname.
  const teams = new Set<string>();
  // The candidates the second pass may settle, with their lower-cased words (each key made once:
  // this runs over the whole article on every edit).
  const open: Candidate[] = [];
  const keys: string[] = [];
  // Names the sentence itself shows to be a person's, whatever the article does with them later.
  const described = new Set<Candidate>();
  for (const s of sentences) {
    for (const c of s.candidates) {
      const before = s.tokens[c.first - 1];
      // Not an adjective that ends in s: "the Indigenous community".
      if (
        c.words.length === 1 &&
        before?.text === 'the' &&
        /^\p{Lu}\p{Ll}+s$/u.test(c.words[0]) &&
        !c.words[0].endsWith('ous')
      )
        teams.add(c.words[0].toLowerCase());
      const k = (c.lowerName ??= c.words.join(' ').toLowerCase());
      seen.set(k, (seen.get(k) ?? 0) + 1);
      if (c.kind === 'person' || c.kind === 'unknown' || c.weak) {
        open.push(c);
        keys.push(k);
        if ((c.kind === 'unknown' || c.weak) && c.words.length >= 2 && c.words.length <= 3) {
          const taken = pronounTakingUp(s, c);
          if (taken) c.gender ??= taken === 'he' ? 'male' : 'female';
          if (taken || describedAsPerson(s.tokens, c)) described.add(c);
        }
      }
      const next = s.tokens[c.last + 1];
      if (c.words.length === 1 && (c.kind === 'unknown' || c.kind === 'person') && (!c.initial || speechVerb(next))) {
        alone.set(k, (alone.get(k) ?? 0) + 1);
      }
    }
  }
  const bodies = bodiesBySpokesperson(sentences);
  open.forEach((c, i) => {
    const key = keys[i];
    if ((c.kind === 'person' || c.kind === 'unknown') && !c.titled && bodies.has(key)) {
      c.kind = 'organisation';
      return;
    }
    const parts = partsOf(c);
    const full = seen.get(key) ?? 0;
    const last = alone.get(parts.last) ?? 0;
    const surname = parts.surname.includes(' ') ? (seen.get(parts.surname) ?? 0) : 0;
    if ((c.kind === 'person' || c.kind === 'unknown') && teams.has(parts.last) && !c.titled) c.kind = 'organisation';
    // A person only by a rare first name, with a common word for a surname ("Land Development",
    // "Red Cross"), or that the article does not name again, is no person.
    else if (
      c.weak &&
      !described.has(c) &&
      ((full < 2 && last < 1 && surname < 1) || (full < 2 && commonNoun(parts.last)))
    )
      c.kind = 'unknown';
    else if (
      c.kind === 'unknown' &&
      !c.inQuote &&
      c.words.length >= 2 &&
      c.words.length <= 3 &&
      c.words.every(nameWord) &&
      // A sentence's opening verb or adverb is no first name: "Injecting Clinton into the race…".
      !(c.initial && /(?:ing|ed|ly)$/.test(c.words[0])) &&
      !commonNoun(parts.last) &&
      (last > 0 || surname > 0 || described.has(c))
    ) {
      c.kind = 'person';
    }
  });
}
