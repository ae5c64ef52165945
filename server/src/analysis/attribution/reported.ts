// Reported speech: "X said (that) CLAUSE", "CLAUSE, X said.", "according to X, CLAUSE", "X vowed to…",
// "X urged Y to…" and "X accused Y of…" become quotes of kind `indirect`, whose span is the reported
// clause, and whose confidence is calibrated by the kind of speaker (reported.json, npm run fit:reported).
import { type AttributionInput, type SentenceInfo, tokenAt } from './context';
import type { Salience } from '../people/coreference';
import type { Cue } from './cues';
import type { Quote, Span } from '../model';
import type { Quotation } from '../text/quotations';
import { calibrate, type CalibrationTable } from './calibrate';
import fitted from './reported.json';
import { resolveSource } from './resolve';
import { findSource, sentenceSubject, type Source, sourceSpan } from './sources';
import { afterDateline, pluralApostrophe, type Token } from '../text/tokens';
import {
  CUE_ADVERBS,
  INFINITIVE_REPORTS,
  OBJECT_REPORTS,
  REPORT_SETTING_WORDS,
  REPORTING_CUES,
  TO_LISTENER,
} from '../lexicon/cues';
import {
  AUXILIARIES,
  DETERMINERS,
  DETERMINERS_OF_SETTING,
  PREPOSITIONS,
  PREPOSITIONS_OF_SETTING,
  SUBJECT_PRONOUNS,
} from '../lexicon/grammar';
import { firstIndex } from '../../../../common/search';
import { DATE_WORDS, TIME_NOUNS } from '../lexicon/time';
import { isPresentVerb, isStopword, isVerbWord } from '../lexicon/names';

function isWord(t: Token | undefined): t is Token {
  return !!t && (t.kind === 'word' || t.kind === 'number');
}

function quoted(s: SentenceInfo, k: number): boolean {
  const t = s.tokens[k];
  return !t || s.inQuote[k] === 1 || t.kind === 'quote';
}

/** End of the clause: the sentence's last token that is not closing punctuation. */
function clauseEnd(s: SentenceInfo): number {
  let e = s.tokens.length - 1;
  while (e >= 0 && s.tokens[e].kind === 'punct') e--;
  return e;
}

/** Quantifiers that open a clause's subject: "suggests any further deals should be gradual". */
const QUANTIFIERS = new Set(['any', 'every', 'each', 'all', 'such', 'more', 'fewer', 'none', 'neither', 'either']);

/** Words that make a number approximate, opening a clause's subject: "about 40 people". */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'roughly',
  'approximately',
  'almost',
  'nearly',
  'some',
  'over',
  'just',
]);

/** "said about 40 people were arrested", "says roughly half of voters…", "at least 12 died": a number's subject. */
function approximate(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (atLeast(tokens, k)) return tokens[k + 2]?.kind === 'number';
  return (
    !!first &&
    APPROXIMATORS.has(first.lower) &&
    (tokens[k + 1]?.kind === 'number' || QUANTIFIERS.has(tokens[k + 1]?.lower ?? ''))
  );
}

/** "at least", "at most": a bound on a number, not a setting ("at the rally"). */
function atLeast(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower;
  return tokens[k]?.lower === 'at' && (next === 'least' || next === 'most');
}

/** Words that open a reported question or condition: "asked whether…", "said if elected…", "explained how…". */
const CLAUSE_OPENERS = new Set(['if', 'whether', 'when', 'how', 'why', 'what', 'where', 'who']);

/**
 * "said during a taping of a town hall in Buffalo, New York, that CLAUSE": a long setting ends in
 * ", that"; one that opens with a preposition may end in a bare "that" ("said for months that",
 * "reported to the IRS that"), though not one that opens a relative clause ("in a report that was").
 */
function thatAfterSetting(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  const prepositional = PREPOSITIONS.has(tokens[k]?.lower ?? '');
  for (let j = k; j < tokens.length && j - k <= 25; j++) {
    const t = tokens[j];
    if (quoted(s, j) || t.text === ';' || t.text === ':') return -1;
    if (t.lower !== 'that') continue;
    if (tokens[j - 1]?.text === ',') return j;
    if (prepositional && j - k <= 12 && !AUXILIARIES.has(tokens[j + 1]?.lower ?? '')) return j;
  }
  return -1;
}

/** A word of a date or a time of day after a preposition: "in July", "at 7:30 p.m.", "on Dec. 4, 2018". */
function timeWord(t: Token): boolean {
  return t.kind === 'number' || DATE_WORDS.has(t.lower.replace(/\.$/, '')) || /^[ap]\.?m\.?$/.test(t.lower);
}

/** The "that" ending a setting's noun phrase that starts at `k` (a show's quoted title may be in it), or -1. */
function thatAfterObject(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  for (let j = k + 1; j < tokens.length && j - k <= 15; j++) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':' || t.text === '.') return -1;
    // Not a relative "that": "said in a report that was released".
    if (t.lower === 'that' && !quoted(s, j)) return AUXILIARIES.has(tokens[j + 1]?.lower ?? '') ? -1 : j;
  }
  return -1;
}

/** What "last", "this" and "next" make a time phrase of: "last week", "this spring". */
const PHRASE_TIMES = new Set([
  ...TIME_NOUNS,
  'weekend',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'season',
  'term',
  'session',
]);

/** Words that open an adverbial set before a clause's subject: "says despite being an alumna, she…". */
const ADVERBIAL_OPENERS = new Set([
  'despite',
  'although',
  'though',
  'because',
  'unless',
  'once',
  'until',
  'after',
  'before',
  'since',
  'while',
  'given',
  'without',
]);

/** Conjunctions that open a clause of time, cause or condition inside another. */
const SUBORDINATORS = new Set([...ADVERBIAL_OPENERS, 'when', 'whenever', 'if', 'as']);

/**
 * "says despite being a Stanford alumna, she plans…": an adverbial, a comma, then what opens a
 * clause (a pronoun, a name, a determiner) within a dozen words.
 */
function frontedAdverbial(s: SentenceInfo, k: number): boolean {
  const { tokens } = s;
  if (!ADVERBIAL_OPENERS.has(tokens[k]?.lower ?? '') || tokens[k].cap) return false;
  for (let j = k + 1; j < tokens.length && j - k <= 12; j++) {
    const t = tokens[j];
    if (quoted(s, j)) return false;
    if (t.kind === 'punct' && t.text !== ',') return false;
    if (t.text === ',') {
      const next = tokens[j + 1];
      return isWord(next) && (SUBJECT_PRONOUNS.has(next.lower) || next.cap || DETERMINERS.has(next.lower));
    }
  }
  return false;
}

/** Common irregular past tenses: "officers later found", "the team lost". */
const IRREGULAR_PAST = new Set(
  (
    'found made took gave went came saw knew thought got left kept held brought began became ran won lost ' +
    'felt built sent spent paid met led fell chose wrote rose grew broke spoke stood sold taught caught fought ' +
    'sought bought heard told said were are did'
  ).split(' '),
);

/** Words after "said" that are its object, not a clause's subject: "said nothing about what happened". */
const SAID_OBJECTS = new Set([
  'nothing',
  'something',
  'anything',
  'so',
  'goodbye',
  'hello',
  'yes',
  'little',
  'much',
  'more',
  'otherwise',
  'sorry',
  'thanks',
  'grace',
]);

/** Whether a clause holds a finite verb: an auxiliary, a past tense, or a word usually a present tense. */
function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    const w = tokens[k];
    if (
      w.kind === 'word' &&
      !w.cap &&
      (AUXILIARIES.has(w.lower) ||
        IRREGULAR_PAST.has(w.lower) ||
        /[a-z]{2}ed$/.test(w.lower) ||
        /n['’]t$/.test(w.lower) ||
        // Not the last word: "stopped confirming his judicial picks" ends on a plural noun.
        (k < b && isPresentVerb(w.lower)))
    )
      return true;
    if (w.kind === 'contraction') return true;
  }
  return false;
}

/**
 * Whether the 30 words up to token `end` hold a verb: a clause ends there. (Its last 30 words are
 * enough, and keep a sentence of thousands of cues linear.)
 */
function verbBefore(tokens: Token[], end: number): boolean {
  return hasVerb(tokens, Math.max(-1, end - 30), end);
}

/** Whether a clause with a verb ends at a comma a few words before the cue: "Ontario will scrap it, the minister said". */
function clauseBeforeSubject(tokens: Token[], cue: Cue): boolean {
  for (let c = cue.first - 1; c >= 0 && cue.first - c <= 8; c--)
    if (tokens[c].text === ',') return verbBefore(tokens, c - 1);
  return false;
}

/** By kind of speaker, raw score → share of reported statements whose speaker is right (npm run fit:reported). */
const CALIBRATION: Readonly<Record<string, CalibrationTable>> = fitted.byKind as unknown as Record<
  string,
  CalibrationTable
>;

/** Words before "to say" that mean nothing was said. */
const NOT_SAYING = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse', 'safe', 'fair', 'hard']);

const PASSIVE_BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got', 'gets']);

/**
 * "vowed last month to take his campaign to the convention", "urged voters to stay home", "called on
 * Ottawa to pay": the infinitive, from its "to", after the cue's setting words and, for a verb
 * addressed to someone, a listener of a few words.
 */
function infinitiveClause(s: SentenceInfo, cue: Cue): [number, number] | null {
  const { tokens } = s;
  const takes = INFINITIVE_REPORTS.get(cue.lemma);
  if (!takes) return objectClause(s, cue);
  let k = cue.last + 1;
  // Time words ("last month"), not the "on" of "called on".
  const stop = (w: string): boolean => w === 'to' || (cue.lemma === 'call' && (w === 'on' || w === 'upon'));
  while (k < tokens.length && isWord(tokens[k]) && REPORT_SETTING_WORDS.has(tokens[k].lower) && !stop(tokens[k].lower))
    k++;
  if (takes === 'listener') {
    // "was asked to defend…": the subject is the one asked.
    if (PASSIVE_BE.has(tokens[cue.first - 1]?.lower ?? '') && tokens[cue.first].lower !== cue.lemma) return null;
    // "called for a special prosecutor": what was called for.
    if (cue.lemma === 'call' && tokens[k]?.lower === 'for') {
      const end = clauseEnd(s);
      return end - k >= 3 && isWord(tokens[k + 1]) && !quoted(s, k + 1) ? [k + 1, end] : null;
    }
    if (cue.lemma === 'call' && tokens[k]?.lower !== 'on' && tokens[k]?.lower !== 'upon') return null;
    if (cue.lemma === 'call') k++;
    const first = k;
    while (k < tokens.length && k - first < 6 && isWord(tokens[k]) && tokens[k].lower !== 'to') k++;
    if (k === first) return null;
  }
  const verb = tokens[k + 1];
  if (tokens[k]?.lower !== 'to' || !isWord(verb) || verb.cap || quoted(s, k)) return null;
  const end = clauseEnd(s);
  return end - k >= 2 ? [k, end] : null;
}

/** What a source who asks for anonymity asks to be, or not to be. */
const ANONYMITY = new Set(['named', 'identified', 'quoted', 'anonymous', 'unnamed']);

/** "asked not to be named because…", "requested to remain anonymous": a source's terms, not a report. */
function asksAnonymity(s: SentenceInfo, cue: Cue): boolean {
  const { tokens } = s;
  let k = cue.last + 1;
  if (tokens[k]?.lower === 'not') k++;
  if (tokens[k]?.lower !== 'to') return false;
  k++;
  if (tokens[k]?.lower === 'be' || tokens[k]?.lower === 'remain') k++;
  return ANONYMITY.has(tokens[k]?.lower ?? '');
}

/** "accused the minister of stalling", "described the deal as a betrayal": from the object on. */
function objectClause(s: SentenceInfo, cue: Cue): [number, number] | null {
  const { tokens } = s;
  const link = OBJECT_REPORTS.get(cue.lemma);
  if (!link) return null;
  const k = cue.last + 1;
  // "an adviser accused of fraud": no object before the link, a participle, not a report (but "who
  // he accused of preying": the object is the relative pronoun).
  const objectBefore = ['who', 'whom'].includes(tokens[cue.first - 2]?.lower ?? '');
  if (
    PASSIVE_BE.has(tokens[cue.first - 1]?.lower ?? '') ||
    !isWord(tokens[k]) ||
    (tokens[k].lower === link && !objectBefore) ||
    quoted(s, k)
  )
    return null;
  for (let j = k + 1; j < tokens.length && j - k <= 6 && isWord(tokens[j]); j++)
    if (tokens[j].lower === link) {
      const end = clauseEnd(s);
      return end - j >= 2 ? [k, end] : null;
    }
  return null;
}

/** Determiners that may open a reported clause's subject after a listener. */
const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'some', 'many', 'most', 'no']);

/** Whether the words from a to b are a listener of a few words ("reporters", "The Canadian Press"), not "of the global implications". */
function plainListener(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let m = a; m < b; m++)
    if (PREPOSITIONS.has(tokens[m].lower) || CLAUSE_OPENERS.has(tokens[m].lower)) return false;
  return true;
}

/** Whether an auxiliary follows the noun phrase opening at k, within a few words: "the two sides were". */
function auxiliaryAfter(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < tokens.length && m - k <= 7; m++) {
    const t = tokens[m];
    if (t.kind === 'number') continue;
    // Not a listener's own clause: "warned the Russian government that he was", "named her enemies she was".
    if (!isWord(t) || CLAUSE_OPENERS.has(t.lower) || t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower)) return false;
    if (AUXILIARIES.has(t.lower)) return m > k + 1;
  }
  return false;
}

/** The clause after a cue ("said Thursday that CLAUSE"), as token indices, or null. */
function clauseAfter(s: SentenceInfo, cue: Cue): [number, number] | null {
  const { tokens } = s;
  if (asksAnonymity(s, cue)) return null;
  const infinitive = infinitiveClause(s, cue);
  // Of these verbs only "ask" also reports a question ("asked whether…").
  if (infinitive || (!REPORTING_CUES.has(cue.lemma) && cue.lemma !== 'ask')) return infinitive;
  let k = cue.last + 1;
  // "told reporters that", "warned the council that", "asked him whether": the listener comes first.
  if (TO_LISTENER.has(cue.lemma)) {
    const stop = Math.min(tokens.length, k + 8);
    let j = k;
    const opens = (w: string): boolean => w === 'that' || (cue.lemma === 'ask' && (w === 'whether' || w === 'if'));
    // ("told CTV News' Marco Bellini he…": a possessive inside the listener.)
    const possessive = (m: number): boolean => tokens[m].kind === 'possessive' || pluralApostrophe(tokens, m);
    while (j < stop && (isWord(tokens[j]) || possessive(j)) && !opens(tokens[j].lower)) {
      if (possessive(j)) {
        j++;
        continue;
      }
      // "told reporters he would…": a subject pronoun after the listener opens the clause, and so
      // does a name before an auxiliary ("told the court Okafor would live with his parents").
      const named = tokens[j].cap && AUXILIARIES.has(tokens[j + (tokens[j + 1]?.cap ? 2 : 1)]?.lower ?? '');
      // So does a noun phrase before its auxiliary: "told The Canadian Press the two sides were…".
      const phrase =
        !tokens[j].cap &&
        CLAUSE_DETERMINERS.has(tokens[j].lower) &&
        plainListener(tokens, k, j) &&
        auxiliaryAfter(tokens, j);
      if (
        j > k &&
        ((!tokens[j].cap && SUBJECT_PRONOUNS.has(tokens[j].lower) && tokens[j].lower !== 'it') || named || phrase)
      ) {
        const end = clauseEnd(s);
        return end - j >= 2 && !quoted(s, j) ? [j, end] : null;
      }
      j++;
    }
    if (!opens(tokens[j]?.lower ?? '')) return null;
    if (tokens[j].lower !== 'that') {
      const end = clauseEnd(s);
      return end - j >= 2 && !quoted(s, j) ? [j, end] : null;
    }
    k = j;
  }
  // Time words and "in a statement", "at a rally": determiners only after a preposition.
  // Where a preposition's object would start (-1: none): no clause starts there ("said in April").
  let object = -1;
  for (let skipped = 0; k < tokens.length && skipped < 6 && isWord(tokens[k]); skipped++) {
    const w = tokens[k].lower;
    if (atLeast(tokens, k)) break;
    if (PREPOSITIONS_OF_SETTING.has(w)) {
      k++;
      while (k < tokens.length && DETERMINERS_OF_SETTING.has(tokens[k].lower)) k++;
      object = k;
      while (
        k < tokens.length &&
        isWord(tokens[k]) &&
        (REPORT_SETTING_WORDS.has(tokens[k].lower) || timeWord(tokens[k])) &&
        !PREPOSITIONS_OF_SETTING.has(tokens[k].lower)
      )
        k++;
      continue;
    }
    // "said last week she…", "said this month that…": a time phrase.
    if (
      (w === 'last' || w === 'this' || w === 'next') &&
      PHRASE_TIMES.has(tokens[k + 1]?.lower ?? '') &&
      tokens[k + 2]?.kind !== 'possessive'
    ) {
      k += 2;
      continue;
    }
    // "said Monday's decision will…": a time word before a possessive opens the clause.
    if (!REPORT_SETTING_WORDS.has(w) || DETERMINERS_OF_SETTING.has(w) || tokens[k + 1]?.kind === 'possessive') break;
    k++;
  }
  // "said in April that…", "said on NBC's ''Meet the Press'' that…": the preposition's object is
  // the setting, and the clause opens at the "that" after it, or nowhere ("said in New York magazine").
  if (k === object) {
    k = thatAfterObject(s, k);
    if (k < 0) return null;
  }
  if (tokens[k]?.text === ',') {
    // "Ontario will scrap rent control, the minister announced Thursday, a move critics say…": after
    // a clause reported before its cue, a noun phrase sums the sentence up ("Overall, she said, a
    // number of groups are…" goes on with the report).
    if ((tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') && clauseBeforeSubject(tokens, cue))
      return null;
    k++;
  }
  // "said that would permit…": a "that" before a verb is the clause's subject, not its conjunction.
  let that = tokens[k]?.lower === 'that' && !AUXILIARIES.has(tokens[k + 1]?.lower ?? '');
  if (
    !that &&
    !startsClause(tokens, k, cue) &&
    !bareSubject(tokens, k, clauseEnd(s), cue.lemma === 'say') &&
    !frontedAdverbial(s, k)
  ) {
    const far = thatAfterSetting(s, k);
    if (far < 0) return null;
    k = far;
    that = true;
  }
  if (that) k++;
  // "said that, during the period…, he was paid": an aside opens the clause.
  if (that && tokens[k]?.text === ',') k++;
  const first = tokens[k];
  if (!isWord(first) || quoted(s, k)) return null;
  const end = clauseEnd(s);
  if (end - k < 2) return null;
  // After a cue that also takes an object ("announced the plan", "denied the report"), a noun
  // phrase is a clause only with a verb of its own, not one of a clause after it ("Edmonton
  // responded a couple minutes later when Jones scored").
  if (!that && !SUBJECT_PRONOUNS.has(first.lower) && !first.cap && cue.lemma !== 'say') {
    let stop = k + 1;
    while (stop < end && !(SUBORDINATORS.has(tokens[stop].lower) && !tokens[stop].cap)) stop++;
    if (!hasVerb(tokens, k, stop)) return null;
  }
  // "I have said that from day one": "that" was the object, and a phrase without a verb no clause.
  if (that && PREPOSITIONS.has(first.lower) && !approximate(tokens, k) && !hasVerb(tokens, k, end)) return null;
  return [k, end];
}

/**
 * Whether a cue reports only a clause of its own (not "say", whose bare clauses clauseAfter vouched
 * for, nor an infinitive or an object: "urged voters to…", "described himself as…").
 */
function thatlessClause(cue: Cue): boolean {
  return cue.lemma !== 'say' && !INFINITIVE_REPORTS.has(cue.lemma) && !OBJECT_REPORTS.has(cue.lemma);
}

/** Whether a clause at `k` opens with a common noun phrase, not "that", a pronoun or a name. */
function nounPhraseOpens(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  return first?.kind === 'word' && !first.cap && !SUBJECT_PRONOUNS.has(first.lower) && tokens[k - 1]?.lower !== 'that';
}

/** Whether the words at `k` can open a clause without "that": a pronoun, a name, a noun phrase, "if"/"whether". */
function startsClause(tokens: Token[], k: number, cue: Cue): boolean {
  const first = tokens[k];
  if (!isWord(first)) return false;
  if (SUBJECT_PRONOUNS.has(first.lower) || first.cap || first.kind === 'number') return true;
  if (approximate(tokens, k)) return true;
  if (CLAUSE_OPENERS.has(first.lower)) return !first.cap;
  return (
    (DETERMINERS.has(first.lower) && first.lower !== 'that') ||
    QUANTIFIERS.has(first.lower) ||
    (cue.lemma === 'say' && first.lower === 'no')
  );
}

/** "said members of the court should stay out": a bare noun opening a clause with a finite verb of its own. */
function bareSubject(tokens: Token[], k: number, end: number, say: boolean): boolean {
  const first = tokens[k];
  if (first?.kind !== 'word' || first.cap || PREPOSITIONS.has(first.lower) || CUE_ADVERBS.has(first.lower))
    return false;
  if (REPORT_SETTING_WORDS.has(first.lower) || AUXILIARIES.has(first.lower)) return false;
  if (/^[a-z]+s$/.test(first.lower))
    return hasVerb(tokens, k, Math.min(end, k + 8)) || (!isPresentVerb(first.lower) && pluralVerb(tokens, k + 1));
  // After "say", any noun with a verb of its own: "said police received a call", "says burnout is critical".
  // Not after a comma: "said, adding that…" reports what came before.
  return (
    say && tokens[k - 1]?.text !== ',' && !SAID_OBJECTS.has(first.lower) && hasVerb(tokens, k, Math.min(end, k + 6))
  );
}

/** Adverbs of frequency and time that stand between a subject and its verb. */
const MID_ADVERBS = new Set([
  'often',
  'also',
  'still',
  'now',
  'never',
  'always',
  'already',
  'sometimes',
  'even',
  'only',
]);

/** A plural subject's verb in its base form, past an adverb: "companies (often) hire…". */
function pluralVerb(tokens: Token[], k: number): boolean {
  const adverb =
    tokens[k]?.kind === 'word' && (MID_ADVERBS.has(tokens[k].lower) || /^[a-z]{3,}ly$/.test(tokens[k].lower));
  const verb = tokens[adverb ? k + 1 : k];
  // An adverb after the subject stands before its verb ("companies often focus").
  return verb?.kind === 'word' && !verb.cap && !isStopword(verb.lower) && (adverb || isVerbWord(verb.lower));
}

/**
 * "Nearly half said…", "A mere 9 percent say…", "Most Republican voters say…": a short lowercase
 * phrase opening the sentence right before the cue is its subject, a group no name stands for.
 */
function groupSubject(s: SentenceInfo, cue: Cue): Source | null {
  const { tokens } = s;
  let last = cue.first - 1;
  while (last >= 0 && tokens[last].kind === 'word' && CUE_ADVERBS.has(tokens[last].lower)) last--;
  if (last < 0 || last > 6) return null;
  for (let k = 0; k <= last; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '%') return null;
    if (t.kind === 'quote' || quoted(s, k)) return null;
  }
  const first = tokens[0];
  if (!isWord(first) || PREPOSITIONS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower)) return null;
  return { descriptor: { first: 0, last, definite: first.lower === 'the' } };
}

/** The clause before a closing cue ("CLAUSE, Putin added Thursday."), or null. */
function clauseBefore(s: SentenceInfo, cue: Cue, src: Source): [number, number] | null {
  const { tokens } = s;
  const srcStart = src.candidate
    ? src.candidate.roleSpan
      ? tokenIndex(tokens, src.candidate.roleSpan.start)
      : src.candidate.first
    : src.descriptor!.first;
  const srcEnd = src.candidate?.last ?? src.descriptor!.last;
  // Only the source ("…, said Caddell."), time words, punctuation and a listener ("told CBC News")
  // may follow the cue, up to a comma after both: what follows it ("…, adding that…", "…, who
  // also…") is the writer's again.
  const after = Math.max(cue.last, srcEnd);
  let listener = TO_LISTENER.has(cue.lemma) ? 5 : 0;
  for (let k = cue.last + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === ',' && k > after) break;
    if ((k >= srcStart && k <= srcEnd) || t.kind === 'punct' || (isWord(t) && REPORT_SETTING_WORDS.has(t.lower)))
      continue;
    if (isWord(t) && listener-- > 0 && (k === cue.last + 1 || k === srcEnd + 1 || isWord(tokens[k - 1]))) continue;
    return null;
  }
  // "…, harbour chief Ola Berg said": a few words of description may precede the name.
  let comma = Math.min(srcStart, cue.first) - 1;
  for (let n = 0; n < 3 && comma > 0 && tokens[comma].kind === 'word' && !tokens[comma].cap; n++) comma--;
  if (tokens[comma]?.text !== ',') return null;
  const end = comma - 1;
  return trimOpening(tokens, 0, end);
}

/** "This campaign, he says, is different.": a cue set off by commas inside the clause it reports. */
function clauseAround(s: SentenceInfo, cue: Cue, src: Source): [number, number] | null {
  const { tokens } = s;
  const c = src.candidate;
  const srcStart = c ? (c.roleSpan ? tokenIndex(tokens, c.roleSpan.start) : c.first) : src.descriptor!.first;
  const srcEnd = c?.last ?? src.descriptor!.last;
  if (srcEnd >= cue.first || tokens[srcStart - 1]?.text !== ',' || srcStart < 3) return null;
  let k = cue.last + 1;
  while (k < tokens.length && isWord(tokens[k]) && REPORT_SETTING_WORDS.has(tokens[k].lower)) k++;
  if (tokens[k]?.text !== ',') return null;
  const end = clauseEnd(s);
  let start = 0;
  while (start < srcStart && !isWord(tokens[start])) start++;
  return end - k >= 2 && !quoted(s, start) ? [start, end] : null;
}

/**
 * "The strike, called by the union, affects…", "The plan, which…": a noun phrase before a
 * participle or relative clause set off by commas is the clause's subject, not an opening phrase
 * ("The next day, she…").
 */
function subjectBeforeAside(tokens: readonly Token[], start: number, comma: number): boolean {
  const next = tokens[comma + 1];
  return (
    ['the', 'a', 'an'].includes(tokens[start].lower) &&
    !!next &&
    isWord(next) &&
    !next.cap &&
    (/(?:ed|en)$/.test(next.lower) || next.lower === 'which' || next.lower === 'who')
  );
}

/**
 * The clause from `start` to `end` without the discourse opener before its first comma ("Meanwhile,",
 * "In any case,", "In addition,"), which is the writer's, not the speaker's.
 */
function trimOpening(tokens: Token[], start: number, end: number): [number, number] | null {
  start = afterDateline(tokens, start, end);
  while (start < end && !isWord(tokens[start])) start++;
  for (let k = start; k < end && k - start <= 3; k++) {
    if (tokens[k].text === ',') {
      if (!tokens.slice(start, k).some((t) => t.cap && t.i !== start) && !subjectBeforeAside(tokens, start, k))
        start = k + 1;
      break;
    }
  }
  return end - start >= 3 ? [start, end] : null;
}

function tokenIndex(tokens: Token[], pos: number): number {
  // Tokens are in order: the one starting at `pos`, if any, is the one holding it (by halves).
  const i = tokenAt(tokens, pos);
  return i < tokens.length && tokens[i].start === pos ? i : 0;
}

/** "According to early results of exit polls, CLAUSE": a source no name stands for, up to the comma. */
function openingAccording(s: SentenceInfo, cue: Cue): Source | null {
  const { tokens } = s;
  if (cue.first > 1) return null;
  let k = cue.last + 1;
  while (k < tokens.length && k - cue.last <= 20 && isWord(tokens[k]) && !quoted(s, k)) k++;
  if (tokens[k]?.text !== ',' || k === cue.last + 1) return null;
  return { descriptor: { first: cue.last + 1, last: k - 1, definite: tokens[cue.last + 1].lower === 'the' } };
}

/** "according to X, CLAUSE" / "CLAUSE, according to X." */
function accordingClause(s: SentenceInfo, cue: Cue, src: Source): [number, number] | null {
  const { tokens } = s;
  const srcEnd = src.candidate?.last ?? src.descriptor?.last ?? cue.last;
  // "The group called for attacks, according to the SITE Intelligence Group, which monitors…": after
  // a clause, the report is it ("Over the long term, according to X, costs rise" goes on after it).
  const before = cue.first > 1 && tokens[cue.first - 1]?.text === ',';
  if (before && verbBefore(tokens, cue.first - 2)) return trimOpening(tokens, 0, cue.first - 2);
  // "According to early results of exit polls conducted for the AP, CLAUSE": the source runs on to the comma.
  let comma = srcEnd + 1;
  if (cue.first <= 1)
    while (comma < tokens.length && comma - srcEnd <= 20 && isWord(tokens[comma]) && !quoted(s, comma)) comma++;
  if (tokens[comma]?.text === ',') {
    const start = comma + 1;
    const end = clauseEnd(s);
    return end - start >= 2 && isWord(tokens[start]) && !quoted(s, start) ? [start, end] : null;
  }
  return before ? trimOpening(tokens, 0, cue.first - 2) : null;
}

/** Whether offset `x` falls strictly inside one of the quotations (in order of their starts, not overlapping). */
function inside(quotations: readonly Quotation[], x: number): boolean {
  const n = firstIndex(quotations.length, (i) => quotations[i].start < x);
  return n > 0 && quotations[n - 1].end > x;
}

/** Whether a quotation starts inside the span. */
/** Whether a quotation closes the span: "…excluded “nearly 1,700 meetings.”" */
function endsInQuotation(quotations: readonly Quotation[], span: Span): boolean {
  const n = firstIndex(quotations.length, (i) => quotations[i].start < span.end);
  const q = quotations[n - 1];
  return !!q && q.start >= span.start && Math.abs(q.end - span.end) <= 1;
}

function holdsQuotation(quotations: readonly Quotation[], span: Span): boolean {
  const n = firstIndex(quotations.length, (i) => quotations[i].start < span.end);
  return n > 0 && quotations[n - 1].start >= span.start;
}

/** A reported clause must not cut through a quotation (it may contain one). */
function cutsQuote(s: SentenceInfo, a: number, b: number): boolean {
  return quoted(s, a) || (quoted(s, b) && s.tokens[b].kind !== 'quote');
}

/**
 * Whether a cue is a verb that reports (not a noun: "in states that…", "the claims"; not "declined
 * to say", where nothing was said). After "to", a verb in its base form is an infinitive ("likely to
 * say that…").
 */
function reportingVerb(tokens: Token[], cue: Cue): boolean {
  if (cue.possessor !== undefined) return false;
  if (!REPORTING_CUES.has(cue.lemma) && !INFINITIVE_REPORTS.has(cue.lemma) && !OBJECT_REPORTS.has(cue.lemma))
    return false;
  const before = tokens[cue.first - 1]?.lower ?? '';
  const infinitive = before === 'to' && tokens[cue.first].lower === cue.lemma;
  // After a determiner a cue is a noun ("the claims"), unless a past tense: "one suggested", "many said".
  const past = /ed$/.test(tokens[cue.first].lower) || IRREGULAR_PAST.has(tokens[cue.first].lower);
  if ((PREPOSITIONS.has(before) && !infinitive) || (DETERMINERS.has(before) && !past) || /^['’]s$/.test(before))
    return false;
  return !(infinitive && NOT_SAYING.has(tokens[cue.first - 2]?.lower ?? ''));
}

/** Conjunctions that join a second statement to the first: "said A, but officials said B". */
const NEXT_STATEMENT = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);
/** Marks that may end one statement before the next: a dash or a semicolon (a comma too). */
const JOINT_MARKS = new Set(['-', '--', '—', '–', ';']);

/**
 * The end of a reported clause that runs on into a second statement with a cue of its own: "said
 * she regretted her remarks and promised to…", "said A, while other voters said B", "described
 * himself as X, the Huffington Post reported…". The clause ends before the joint.
 */
function statementEnd(s: SentenceInfo, cues: Cue[], cue: Cue, a: number, b: number): number {
  const { tokens } = s;
  for (const next of cues) {
    if (next.first <= cue.last || next.first > b || quoted(s, next.first) || !reportingVerb(tokens, next)) continue;
    // The joint: a bare "and"/"but" right before the cue ("and promised", "and he said"), or a
    // comma, dash or semicolon a few words before it.
    for (let j = next.first - 1; j > a + 1 && next.first - j <= 6; j--) {
      const t = tokens[j];
      if (quoted(s, j)) break;
      const punct = t.text === ',' || JOINT_MARKS.has(t.text);
      if (punct || (NEXT_STATEMENT.has(t.lower) && next.first - j <= 3)) {
        let end = j - 1;
        while (end > a && !isWord(tokens[end])) end--;
        if (end - a >= 2) return end;
      }
      if (punct) break;
    }
  }
  return b;
}

/** A reported statement's confidence: its raw score, calibrated for the kind of speaker it was credited to. */
export function reportedConfidence(speakerKind: string, raw: number): number {
  return Math.round(calibrate(CALIBRATION[speakerKind] ?? [], raw) * 100) / 100;
}

/**
 * The indirect quotes of one sentence, from the cues that no direct quotation used. A sentence
 * that is itself a full quotation with its attribution has none.
 */
export function reportedSpeech(
  input: AttributionInput,
  s: SentenceInfo,
  cues: Cue[],
  used: ReadonlySet<number>,
  byPartial: ReadonlySet<number>,
  salience: Salience,
): Quote[] {
  const out: Quote[] = [];
  const { tokens } = s;
  // Where the last statement found ends: a later cue reports only after it ("said A, but B said C").
  let after = -1;
  for (const cue of cues) {
    if (cue.first <= after || used.has(cue.first) || !reportingVerb(tokens, cue)) continue;
    let src: Source | null;
    let clause: [number, number] | null = null;
    if (cue.according) {
      src = findSource(s, cue) ?? openingAccording(s, cue);
      if (src) clause = accordingClause(s, cue, src);
    } else {
      // reportingVerb has turned away a cue after a preposition, so the sentence's subject may speak.
      src = findSource(s, cue) ?? sentenceSubject(s, cue.first) ?? groupSubject(s, cue);
      // "…, said Ada Lowe.": a source after the cue ends the sentence, and the statement is before it.
      const inverted = (src?.candidate?.first ?? src?.descriptor?.first ?? -1) > cue.last;
      if (src && !inverted) clause = clauseAfter(s, cue);
      if (src && !clause && REPORTING_CUES.has(cue.lemma))
        clause = clauseBefore(s, cue, src) ?? clauseAround(s, cue, src);
    }
    if (!src || !clause) continue;
    const a = clause[0];
    const b = statementEnd(s, cues, cue, a, clause[1]);
    if (a <= after || cutsQuote(s, a, b)) continue;
    // Cut short before the next statement, a noun phrase must still hold a verb of its own: "who
    // helped write the framework, called the vote…" reports no "the framework".
    if (b < clause[1] && thatlessClause(cue) && nounPhraseOpens(tokens, a) && !hasVerb(tokens, a, b)) continue;
    const span: Span = { start: tokens[a].start, end: tokens[b].end };
    // Its ends must not fall inside a quotation either: a mark closing the clause may be one of
    // the marks inside a longer quotation, not the end of one the clause holds.
    if (inside(input.quotations, span.start) || inside(input.quotations, span.end)) continue;
    // A cue a partial quote took reports only a statement apart from it ("said A, and called him
    // “…”"): one that holds the quote is that quote's attribution ("said the plan was “flawed”").
    // Nor does a report that ends in a quotation: "adding that the AP had excluded “…”" is the quote's.
    if ((byPartial.has(cue.first) || endsInQuotation(input.quotations, span)) && holdsQuotation(input.quotations, span))
      continue;
    const r = resolveSource(input, salience, s, src);
    // How surely the source was resolved; shown as the share of such statements found right.
    const raw = r ? 0.8 * r.certainty : 0.2;
    const kind = (r && input.registry.get(r.entity)?.kind) ?? 'none';
    input.explainReported?.(span, raw, kind);
    out.push({
      id: '',
      start: span.start,
      end: span.end,
      kind: 'indirect',
      content: span,
      marks: [],
      unclosed: false,
      firstParagraph: s.paragraph,
      lastParagraph: s.paragraph,
      speaker: r?.entity ?? null,
      cue: { start: tokens[cue.first].start, end: tokens[cue.last].end },
      source: r?.span ?? sourceSpan(s, src),
      confidence: reportedConfidence(kind, raw),
      method: cue.according ? 'according' : 'cue',
      section: null,
    });
    // Nested reports ("X said Y said…") stay inside the clause; only a cue after it reports again.
    after = b;
  }
  return out;
}
