// The mention a cue rests on: its subject before it ("Putin said"), after it ("said Caddell"), across an
// apposition ("Hill, a doctor, said"), a description of an unnamed source ("a senior official"), or the
// subject of the sentence.
import { countBelow } from '../../../../common/search';
import {
  candidateIndex,
  candidatesAt,
  candidatesBefore,
  type Cue,
  type Descriptor,
  firstCandidateAt,
  headOf,
  isQuoteOrMark,
  type OrderedCandidates,
  type SentenceInfo,
  type Source,
  type SubjectCandidate,
  tokenAt,
} from './context';
import { type Candidate, mayBePerson } from '../people/mentions';
import type { Span } from '../model';
import { afterDateline, DASHES, type Token } from '../text/tokens';
import { CUE_ADVERBS, cueLemma, DOCUMENTS, NAMING_WORDS, TO_LISTENER, WEAK_CUES } from '../lexicon/cues';
import {
  APPOSITION_STARTS,
  AUXILIARIES,
  DETERMINERS,
  INTRODUCERS,
  PLACING,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from '../lexicon/grammar';
import {
  AGENT_ENDINGS,
  BODY_KINDS,
  PLURAL_BODIES,
  postmodifierAt,
  REPRESENTATIVES,
  SINGULAR_AGENT_ENDINGS,
  SOURCE_NOUNS,
  TITLE_MODIFIERS,
  TITLES,
  UNNAMED_PERSON_NOUNS,
} from '../lexicon/people';
import { WHEN_WORDS } from '../lexicon/time';
import { isPlaceName, isStopword } from '../lexicon/names';
import { endsInPersonNoun, isPersonNoun } from '../lexicon/personNouns';

export type { Source };

/** The mention a cue rests on: its subject before it, or (inverted) the words after it. */
export function findSource(s: SentenceInfo, cue: Cue): Source | null {
  const { tokens } = s;
  if (cue.according) return sourceAfter(s, cue.last + 1) ?? phraseUntilPunctuation(s, cue.last + 1);
  if (cue.possessor !== undefined) {
    const owner = candidatesAt(s, 'last', cue.possessor).find((c) => !c.inQuote);
    return owner ? { candidate: owner } : null;
  }
  // "Rubio was asked by moderator Gerard Baker whether…": the agent of a passive verb whose object
  // is the listener speaks.
  if (
    TO_LISTENER.has(cue.lemma) &&
    !NAMING_WORDS.has(tokens[cue.first].lower) &&
    BE_FORMS.has(tokens[cue.first - 1]?.lower ?? '') &&
    tokens[cue.last + 1]?.lower === 'by'
  ) {
    const agent = sourceAfter(s, cue.last + 2);
    if (agent) return agent;
  }
  // "Mr. Carson spoke at Mar-a-Lago, Mr. Trump's club, calling him…": a participle after a comma
  // speaks for the main clause's subject (attribution's mainSubject), not for the phrase before it.
  if (participleAfterComma(s, cue.first)) return null;
  const k = subjectEnd(s, cue);
  const antecedent = relativeAntecedent(s, k);
  if (antecedent) return antecedent;
  const left = k >= 0 && !isQuoteOrMark(s, k) ? sourceEndingAt(s, k) : null;
  if (left?.descriptor && !left.descriptor.definite && DOCUMENTS.has(tokens[headOf(left.descriptor)].lower)) {
    // "The town released a statement saying…": the statement's author is the one who released it.
    const verb = tokens[left.descriptor.first - 1];
    if (verb?.kind === 'word' && !verb.cap && !PREPOSITIONS.has(verb.lower)) {
      const author = phraseBeforeVerb(s, left.descriptor.first - 1) ?? sentenceSubject(s, left.descriptor.first);
      if (author) return author;
    }
  }
  if (left) return left;
  // "“…,” the email read", "“…,” the progressive heavyweights wrote": whatever a noun phrase between
  // a quotation and its verb names, it is what speaks.
  // (Not a participle's agent phrase: "“Trump Revealed,” a biography written by…".)
  const between = k >= 0 && tokens[cue.last + 1]?.lower !== 'by' ? phraseAfterQuotation(s, k) : null;
  if (between) return between;
  // "…, calling it “disqualifying”": a participle's subject is before it, never its object.
  if (tokens[cue.first].lower.endsWith('ing')) return null;
  // Inversion: "“…,” said Caddell", "…about the decision, said RoseAnn DeMoro, director of…". The
  // named source then ends its clause; "said Clinton is…" or "told him…" never names the speaker,
  // nor does a verb whose object listens unless a quotation is right before it ("“…?” asked the boy",
  // not "Asked about it, …" opening the sentence).
  const before = tokens[cue.first - 1];
  const afterQuote =
    !before ||
    isQuoteOrMark(s, cue.first - 1) ||
    (before.text === ',' && cue.first >= 2 && isQuoteOrMark(s, cue.first - 2));
  if (TO_LISTENER.has(cue.lemma) && (!before || !afterQuote || cue.lemma === 'tell')) return null;
  if (!afterQuote && before.text !== ',') return null;
  const src = sourceAfter(s, cue.last + 1);
  if (!src) return src;
  const end = src.candidate ? src.candidate.last : src.descriptor!.last;
  const next = tokens[end + 1];
  // "Mr. Manafort, citing “…,” said the candidate could…": the phrase after the cue opens its clause.
  if (afterQuote) return next?.kind === 'word' && AUXILIARIES.has(next.lower) ? null : src;
  return !next || next.kind === 'punct' || next.lower === 'of' || next.lower === 'at' ? src : null;
}

/**
 * The noun phrase ending at `k` that opens right after a quotation and its comma: a determiner and
 * a few lower-case words, none a preposition or a verb of speech.
 */
function phraseAfterQuotation(s: SentenceInfo, k: number): Source | null {
  const { tokens } = s;
  let a = k;
  while (a > 0 && k - a < 4 && tokens[a].kind === 'word' && !tokens[a].cap && !isQuoteOrMark(s, a)) {
    const w = tokens[a].lower;
    if (PREPOSITIONS.has(w) || cueLemma(w) || AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w)) return null;
    if (DETERMINERS.has(w) || w === 'one') break;
    a--;
  }
  const det = tokens[a];
  if (a === k || !det || det.kind !== 'word' || !(DETERMINERS.has(det.lower) || det.lower === 'one')) return null;
  const comma = tokens[a - 1]?.text === ',' ? a - 2 : a - 1;
  if (comma < 0 || !isQuoteOrMark(s, comma) || tokens[comma].kind !== 'quote') return null;
  return { descriptor: { first: a, last: k, definite: det.lower === 'the' } };
}

/** Whether the token at `k` is a participle right after a comma: "…, saying", "…, calling him". */
export function participleAfterComma(s: SentenceInfo, k: number): boolean {
  return s.tokens[k]?.lower.endsWith('ing') === true && s.tokens[k - 1]?.text === ',';
}

/**
 * A participle of speech after a comma opens a clause of its own: "Christie repeated that Rubio
 * recites his points, calling him a “talented guy”" is the participle's, not the verb's before.
 */
export function participleOfSpeech(s: SentenceInfo, k: number): boolean {
  const t = s.tokens[k];
  return participleAfterComma(s, k) && t.kind === 'word' && !t.cap && cueLemma(t.lower) !== undefined;
}

/** Forms of "be" before a passive participle. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Relative pronouns that may be the subject of a verb of speech. */
const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * A relative pronoun at `k` that no mention stands on, as the subject of the cue after it: its
 * antecedent, the phrase right before it (past a comma, or a dash), with the pronoun as the source's
 * mention, as "he" is one ("the Chicago Police Department which reported", "one Democrat familiar
 * with the talks, who added", "Donald Trump – who said"). After a comma, "that" opens no relative clause.
 */
function relativeAntecedent(s: SentenceInfo, k: number): Source | null {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !RELATIVES.has(t.lower) || candidateEndingAt(s, k)) return null;
  let e = k - 1;
  const before = s.tokens[e];
  if (before?.text === ',' && t.lower === 'that') return null;
  if (before?.text === ',' || DASHES.has(before?.text ?? '')) e--;
  if (e < 0 || isQuoteOrMark(s, e)) return null;
  const src = sourceEndingAt(s, e);
  if (!src) return null;
  const named = t.lower === 'who' && src.candidate?.kind !== 'person' ? describedName(s, k) : undefined;
  return { ...(named ? { candidate: named } : src), relative: k };
}

/**
 * The person a description before a relative pronoun is set beside, across its asides: "Alan
 * Berger, a gynecologist from Englewood, New Jersey, who said", "Elizabeth Arnold, 32, a former
 * staff member in Philadelphia who said".
 */
function describedName(s: SentenceInfo, k: number): Candidate | undefined {
  const { tokens } = s;
  for (let p = k - 1; p > 0 && k - p <= 25; p--) {
    const t = tokens[p];
    if (isQuoteOrMark(s, p) || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return undefined;
    if (t.kind === 'word' && (AUXILIARIES.has(t.lower) || cueLemma(t.lower))) return undefined;
    if (t.text !== ',' || p === k - 1) continue;
    const aside = tokens[p + 1];
    if (!(APPOSITION_STARTS.has(aside.lower) || aside.kind === 'number' || aside.cap || TITLES.has(aside.lower)))
      return undefined;
    const named = candidatesAt(s, 'last', p - 1).find((c) => !c.inQuote && c.kind === 'person');
    if (named) return named;
  }
  return undefined;
}

/**
 * Whether a cue has a source at all. Which source findSource returns may change as attribution
 * resolves mentions (a statement's author is the sentence's subject, which depends on them), but
 * whether it returns one does not: asked once per cue and sentence.
 */
export function hasSource(s: SentenceInfo, cue: Cue): boolean {
  const known = (s.memo.hasSource ??= new Map<Cue, boolean>());
  let has = known.get(cue);
  if (has === undefined) {
    has = findSource(s, cue) !== null;
    known.set(cue, has);
  }
  return has;
}

/**
 * Where the subject of a cue ends, before it: found once per cue and sentence, since every quote
 * near the cue asks, and the walk back over the words between subject and cue ("has also
 * repeatedly said") made a sentence of many quotes and one long such run cost its length squared.
 */
function subjectEnd(s: SentenceInfo, cue: Cue): number {
  const known = (s.memo.subjectEnd ??= new Map<Cue, number>());
  let k = known.get(cue);
  if (k === undefined) {
    k = walkToSubject(s, cue);
    known.set(cue, k);
  }
  return k;
}

/** Abbreviations that end a name: "Jr.", "Inc.". */
const ABBREVIATED_SUFFIXES = new Set(['jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'bros', 'llc', 'plc']);

/** An adverb of manner made from an adjective or participle: "successfully", "publicly", "repeatedly". */
const MANNER = /^[a-z]{3,}(?:ful|ous|ive|ent|ant|ic|al|ed|ing|ate|less|ible|able)ly$/;

function walkToSubject(s: SentenceInfo, cue: Cue): number {
  const { tokens } = s;
  let k = cue.first - 1;
  // "Putin has also said", "Macron on Thursday said"
  for (;;) {
    const t = tokens[k];
    if (!t || isQuoteOrMark(s, k)) break;
    if (
      (t.kind === 'word' && !t.cap && (CUE_ADVERBS.has(t.lower) || MANNER.test(t.lower))) ||
      t.kind === 'contraction'
    ) {
      k--;
      continue;
    }
    // "Proponents of the bill, however, say": an adverb set off by commas.
    const adverb = tokens[k - 1];
    if (
      t.text === ',' &&
      adverb?.kind === 'word' &&
      !adverb.cap &&
      CUE_ADVERBS.has(adverb.lower) &&
      tokens[k - 2]?.text === ',' &&
      !isQuoteOrMark(s, k - 2)
    ) {
      k -= 3;
      continue;
    }
    // "Donald Trump Jr. said", "Acme Inc. said": a name's abbreviated suffix keeps its period.
    if (t.text === '.' && ABBREVIATED_SUFFIXES.has(tokens[k - 1]?.lower ?? '') && candidateEndingAt(s, k - 1)) {
      k--;
      break;
    }
    if (
      t.kind === 'word' &&
      WHEN_WORDS.has(t.lower) &&
      ['on', 'last', 'this', 'late', 'early'].includes(tokens[k - 1]?.lower ?? '')
    ) {
      k -= 2;
      continue;
    }
    break;
  }
  // A coordinated verb shares its subject: "Clinton laughed and said", "he paused, then added".
  if (
    tokens[k]?.lower === 'and' &&
    tokens[k - 1]?.kind === 'word' &&
    !tokens[k - 1].cap &&
    !isQuoteOrMark(s, k - 1) &&
    !isSourceNoun(tokens[k - 1].lower) &&
    (tokens[k - 1].lower.endsWith('ed') || cueLemma(tokens[k - 1].lower))
  ) {
    k -= 2;
    while (k >= 0 && tokens[k].kind === 'word' && !tokens[k].cap && CUE_ADVERBS.has(tokens[k].lower)) k--;
  }
  // A party label before the comma: "Gov. John Kasich (R-OH), said".
  if (tokens[k]?.text === ',' && tokens[k - 1]?.text === ')') k--;
  if (tokens[k]?.text === ',' && !isQuoteOrMark(s, k)) {
    // A name set off as the apposition of a description is the subject: "His aunt, Ann Lee, said".
    if (appositionName(s, k - 1)) return k - 1;
    // An aside right after a relative pronoun: "Bret Stephens, who, after a fight with Hannity, said".
    const relative = relativeBeforeAside(s, k);
    if (relative >= 0) return relative;
    // An apposition or parenthesis between subject and cue: "Hugh Hill, a doctor at the clinic, said".
    const open = matchingComma(s, k);
    if (open > 0) {
      k = open - 1;
      // Two in a row: "Willie Minor, an actor in Dallas, who runs a theater company, recalled".
      const before = matchingComma(s, open);
      if (before > 0) k = before - 1;
    }
  } else if (tokens[k]?.text === ')') {
    // As far back as an apposition goes (matchingComma): further, a cue after each of many “)” cost length².
    let d = k;
    while (d > 0 && k - d <= 30 && tokens[d].text !== '(') d--;
    if (d > 0 && tokens[d].text === '(') k = d - 1;
  }
  const rel = relativeClauseBefore(s, k, cue);
  return rel > 0 ? rel - 1 : k;
}

/** Words that open a clause of their own: a subject after them is that clause's ("who gained attention when he yelled"). */
const CLAUSE_OPENERS = new Set([
  'when',
  'because',
  'since',
  'if',
  'while',
  'after',
  'before',
  'although',
  'though',
  'where',
  'and',
  'but',
  'or',
  'as',
  'until',
  'unless',
]);

/**
 * When a restrictive relative clause stands between the subject of a cue and the cue, the token
 * right after that subject (the relative pronoun, or the comma before a description in apposition
 * to a name), else -1: the clause's own object is no subject ("Two officials who spoke to the Times said",
 * "A woman who answered the phone at the office said"). Only before a finite cue ("a message that
 * showed fighters warning": the participle's subject is the object), only when the clause has a
 * verb of its own ("a clip that Judge Jo Ames called": the cue's subject opens the clause), and not
 * past a pronoun, which is always the subject it stands before.
 */
function relativeClauseBefore(s: SentenceInfo, k: number, cue: Cue): number {
  const { tokens } = s;
  if (tokens[cue.first].lower.endsWith('ing')) return -1;
  const object = sourceEndingAt(s, k);
  if (!object || object.candidate?.kind === 'pronoun') return -1;
  const objectStart = object.candidate ? object.candidate.first : object.descriptor!.first;
  let verb = false;
  for (let r = objectStart - 1; r > 0 && k - r <= 12; r--) {
    const t = tokens[r];
    if (t.kind === 'punct' || t.kind === 'quote' || isQuoteOrMark(s, r) || CLAUSE_OPENERS.has(t.lower)) return -1;
    if ((t.lower === 'who' || t.lower === 'that') && !t.cap) {
      let antecedent = verb ? sourceEndingAt(s, r - 1) : null;
      // "who" is a person's: "An official with Acme Foods who was in court" is the official.
      const body = antecedent?.candidate;
      if (t.lower === 'who' && body && (body.kind === 'organisation' || body.kind === 'place')) {
        const p = tokens[body.first - 1]?.lower === 'the' ? body.first - 2 : body.first - 1;
        antecedent = PLACING.has(tokens[p]?.lower ?? '') ? sourceEndingAt(s, p - 1) : null;
        if (!antecedent) return -1;
        r = p;
      }
      if (!antecedent) return -1;
      // "Jo Ames, the Ohio Republican who heads the committee, said": the name the description follows.
      const first = antecedent.candidate ? antecedent.candidate.first : antecedent.descriptor!.first;
      if (
        tokens[first - 1]?.text === ',' &&
        candidatesAt(s, 'last', first - 2).some((c) => !c.inQuote && c.kind === 'person')
      )
        return first - 1;
      return r;
    }
    if (t.kind === 'word' && !t.cap && !DETERMINERS.has(t.lower)) verb = true;
  }
  return -1;
}

/**
 * The relative pronoun ("who", "which") that an aside ending with the comma at `k` follows, else
 * -1: an aside holds no quotation mark and no cue of its own.
 */
function relativeBeforeAside(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  for (let d = k - 1; d > 0 && k - d <= 30; d--) {
    const t = tokens[d];
    if (isQuoteOrMark(s, d) || (t.kind === 'word' && cueLemma(t.lower))) return -1;
    if (t.text !== ',') continue;
    const r = tokens[d - 1];
    return r.kind === 'word' && !r.cap && (r.lower === 'who' || r.lower === 'which') ? d - 1 : -1;
  }
  return -1;
}

/** A person's name ending at `k` that follows a description and a comma: "the victim's aunt, Ann Lee". */
function appositionName(s: SentenceInfo, k: number): boolean {
  const name = candidatesAt(s, 'last', k).find((c) => !c.inQuote && c.kind === 'person');
  if (!name || s.tokens[name.first - 1]?.text !== ',') return false;
  if (descriptorEndingAt(s, name.first - 2) !== null) return true;
  // A description with its complement: "the director of provincial operations for EHS, Jeff Fraser".
  for (let j = name.first - 2; j > 0 && name.first - j <= 12; j--) {
    const t = s.tokens[j];
    if (t.kind === 'punct' || t.kind === 'quote' || isQuoteOrMark(s, j)) return false;
    if (PLACING.has(t.lower) && descriptorEndingAt(s, j - 1) !== null) return true;
  }
  return false;
}

/** "“…,” X verbed." after the quotation: the source X and the verb's index, or null. */
export function verbAfterQuote(s: SentenceInfo, qb: number): { src: Source; verb: number } | null {
  const { tokens } = s;
  let h = qb + 1;
  if (tokens[h]?.text === ',') h++;
  if (!tokens[qb]?.text || tokens[qb].kind !== 'quote') return null;
  const c = candidatesAt(s, 'first', h).find((x) => !x.inQuote && isSourceKind(x) && x.kind !== 'place');
  const src: Source | null = c
    ? { candidate: c }
    : (() => {
        const d = descriptorStartingAt(s, h);
        return d ? { descriptor: d } : null;
      })();
  if (!src) return null;
  const end = src.candidate ? src.candidate.last : src.descriptor!.last;
  const verb = tokens[end + 1];
  const after = tokens[end + 2];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.lower.length < 5 || !verb.lower.endsWith('ed')) return null;
  return !after || after.kind === 'punct' ? { src, verb: end + 1 } : null;
}

/** "according to the coast guard,": whatever noun phrase runs to the next punctuation. */
function phraseUntilPunctuation(s: SentenceInfo, k: number): Source | null {
  const { tokens } = s;
  let e = k;
  while (
    e < tokens.length &&
    e - k < 8 &&
    (tokens[e].kind === 'word' || tokens[e].kind === 'number' || tokens[e].kind === 'possessive') &&
    !isQuoteOrMark(s, e)
  )
    e++;
  if (e === k || (e < tokens.length && tokens[e].kind !== 'punct')) return null;
  return { descriptor: { first: k, last: e - 1, definite: tokens[k].lower === 'the' } };
}

/** The comma that opens an apposition closed by the comma at `k`, if the words between look like one. */
export function matchingComma(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  for (let d = k - 1; d > 0 && k - d <= 30; d--) {
    if (isQuoteOrMark(s, d)) return -1;
    const t = tokens[d];
    if (t.text === ',') {
      // The subject must stand right before the apposition, which reads like one: "X, a doctor,",
      // "X, 34,", "X, speaking in Ohio,", "X, who …," — not "Tulsa, Okla., police …".
      const first = tokens[d + 1];
      const looksLike =
        !!first &&
        (APPOSITION_STARTS.has(first.lower) ||
          first.kind === 'number' ||
          (first.kind === 'word' && !first.cap && first.lower.endsWith('ing')) ||
          TITLES.has(first.lower) ||
          // "Washington, star of “Scandal,”", "Christie, New Jersey’s sitting governor,".
          (first.kind === 'word' && !first.cap && isPersonNoun(first.lower)) ||
          possessedTitle(s, d + 1, k));
      // The phrase before it names someone: a mention, or a description ("an intelligence source,
      // who was not authorized to speak, told").
      const described = descriptorEndingAt(s, d - 1);
      const named =
        candidatesAt(s, 'last', d - 1).some((c) => !c.inQuote) ||
        (!!described && isPersonHead(s.tokens[headOf(described)]));
      return looksLike && !finiteClause(s, d + 1, k) && named ? d : -1;
    }
    if (t.kind === 'word' && cueLemma(t.lower) && !WEAK_CUES.has(cueLemma(t.lower) ?? '')) return -1;
  }
  return -1;
}

/**
 * Whether tokens [a, b) are a name's possessive and a title of a few words: "New Jersey’s sitting
 * governor", not "Clinton’s right-hand woman rallied supporters".
 */
function possessedTitle(s: SentenceInfo, a: number, b: number): boolean {
  const { tokens } = s;
  const p = tokens[a + 1]?.kind === 'possessive' ? a + 1 : tokens[a + 2]?.kind === 'possessive' ? a + 2 : -1;
  if (p < 0 || !tokens[a].cap || b - p < 2 || b - p > 4) return false;
  const head = tokens[b - 1];
  return head.kind === 'word' && !head.cap && (TITLES.has(head.lower) || isPersonNoun(head.lower));
}

/**
 * Whether tokens [a, b) hold a verb of their own outside a relative clause: a statement
 * ("Somehow, the family will find a way, adds Al Basha"), not an apposition ("X, a lawyer who has…,").
 */
function finiteClause(s: SentenceInfo, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = s.tokens[i].lower;
    if (w === 'who' || w === 'whose' || w === 'which' || w === 'that') return false;
    if (AUXILIARIES.has(w)) return true;
  }
  return false;
}

export function candidateEndingAt(s: SentenceInfo, k: number): Candidate | undefined {
  return candidatesAt(s, 'last', k).find((c) => !c.inQuote && isSourceKind(c));
}

export function isSourceKind(c: Candidate): boolean {
  if (c.kind === 'pronoun') {
    const w = c.words[0];
    return w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'who' || w === 'i';
  }
  return true;
}

export function sourceEndingAt(s: SentenceInfo, k: number): Source | null {
  const c = candidateEndingAt(s, k);
  const d = descriptorEndingAt(s, k);
  const speaksFor = c && representative(s, c);
  if (speaksFor) return { descriptor: speaksFor };
  // "Karen Wong of the Court of Appeal said", "Jo Park at the Fraser Institute says": the body
  // places the person named before it, who speaks.
  if (c && (c.kind === 'organisation' || c.kind === 'place')) {
    let p = c.first - 1;
    if (s.tokens[p]?.lower === 'the') p--;
    // "Nurses at Winnipeg's Health Sciences Centre say": past the body's possessor.
    if (s.tokens[p]?.kind === 'possessive') {
      p--;
      const stop = p - 6;
      while (p > 0 && p > stop && s.tokens[p].kind === 'word' && s.tokens[p].cap && !PLACING.has(s.tokens[p - 1].lower))
        p--;
      p--;
    }
    const placed = PLACING.has(s.tokens[p]?.lower ?? '');
    const owner = placed ? candidateEndingAt(s, p - 1) : undefined;
    if (owner && !owner.inQuote && mayBePerson(owner)) return { candidate: owner };
    // "Researchers at McMaster University say": the people the body places speak, not the body.
    const people = placed && !owner ? peopleEndingAt(s, p - 1) : null;
    if (people) return { descriptor: people };
  }
  // "The chief of a remote community in Ontario said": a place where something is ends the
  // subject's phrase, and is no speaker ("a statement from the EU" is the EU's).
  if (c?.kind === 'place' && locative(s, c.first)) return d ? { descriptor: d } : null;
  if (c && !(d && c.initial && c.kind === 'unknown')) return { candidate: c };
  if (d) return { descriptor: d };
  return null;
}

/**
 * A plural of a calling at token k, with its determiner: "Nurses", "the researchers", "Senior
 * economists", "the committee chairmen".
 */
function peopleEndingAt(s: SentenceInfo, k: number): Descriptor | null {
  const t = s.tokens[k];
  if (t?.kind !== 'word') return null;
  const singular = singularOf(t.lower);
  if (singular === null) return null;
  if (!SOURCE_NOUNS.has(t.lower) && !TITLES.has(singular) && !AGENT_ENDINGS.some((e) => t.lower.endsWith(e)))
    return null;
  const d = descriptorEndingAt(s, k);
  return d ?? { first: k, last: k, definite: false };
}

/** Prepositions of where something is: "in Ontario", "across Canada". */
const LOCATIVE = new Set(['in', 'near', 'across', 'throughout', 'outside', 'inside', 'around']);

/** Whether the place at token k follows a preposition of where, past a direction ("in northern Ontario"). */
function locative(s: SentenceInfo, k: number): boolean {
  let p = k - 1;
  if (/^(?:north|south|east|west)(?:ern|east|west)?$|^(?:central|rural|downtown)$/.test(s.tokens[p]?.lower ?? '')) p--;
  return LOCATIVE.has(s.tokens[p]?.lower ?? '');
}

/**
 * "A spokesperson for Housing Minister Paul Calandra said", "an aide to Trump told": whoever
 * speaks for a person named after them, with that person in the description; null otherwise.
 */
function representative(s: SentenceInfo, c: Candidate): Descriptor | null {
  if (!mayBePerson(c)) return null;
  const { tokens } = s;
  const p = (c.roleSpan ? tokenAt(tokens, c.roleSpan.start) : c.first) - 1;
  if (p < 2 || (tokens[p].lower !== 'for' && tokens[p].lower !== 'to')) return null;
  const rep = descriptorEndingAt(s, p - 1);
  if (!rep || !REPRESENTATIVES.has(tokens[headOf(rep)].lower)) return null;
  return { first: rep.first, last: c.last, definite: rep.definite, head: headOf(rep) };
}

/** "said a spokesman for House Speaker Paul Ryan": a representative's description with the person they speak for. */
function withPrincipal(s: SentenceInfo, d: Descriptor): Descriptor {
  const { tokens } = s;
  const h = headOf(d);
  const p = d.last + 1;
  if (
    h !== d.last ||
    !REPRESENTATIVES.has(tokens[h].lower) ||
    (tokens[p]?.lower !== 'for' && tokens[p]?.lower !== 'to')
  )
    return d;
  const index = candidateIndex(s).first;
  for (let i = p + 1; i < tokens.length && i - p <= 4; i++)
    for (const c of index.get(i) ?? [])
      if (representative(s, c)) return { first: d.first, last: c.last, definite: d.definite, head: h };
  return d;
}

/** The source right after a cue ("said Caddell", "said 9/11 widow Terry Strada", "said a source"). */
export function sourceAfter(s: SentenceInfo, k: number): Source | null {
  const { tokens } = s;
  // The name may come after words of its title or description: scan a few words, never past punctuation.
  for (let h = k; h < tokens.length && h - k < 7; h++) {
    const t = tokens[h];
    if (isQuoteOrMark(s, h)) break;
    const c = firstCandidateAt(
      s,
      h,
      h,
      t.start,
      (x) => !x.inQuote && isSourceKind(x) && (x.kind !== 'place' || (h === k && demonymAlone(s, x))),
    );
    if (c) return { candidate: nameAfterTitle(s, c) ?? c };
    if (h === k) {
      const found = descriptorStartingAt(s, k) ?? personAfterCue(s, k);
      const d = found && withPrincipal(s, found);
      if (d) {
        // "said local business owner Jane Doe": a name right after the description is the source.
        const direct = tokens[d.last + 1];
        const titled =
          direct && firstCandidateAt(s, d.last + 1, d.last + 1, -1, (x) => !x.inQuote && x.kind === 'person');
        if (titled) return { candidate: titled };
        // "according to his daughter, Simran Gill": the name in apposition is the source.
        const after = tokens[d.last + 1]?.text === ',' ? tokens[d.last + 2] : undefined;
        const named =
          after && firstCandidateAt(s, d.last + 2, d.last + 2, after.start, (x) => !x.inQuote && x.kind === 'person');
        if (named && (!tokens[named.last + 1] || tokens[named.last + 1].kind === 'punct')) return { candidate: named };
        // Not the start of a longer name: "the Saskatchewan Teachers' Federation".
        const next = tokens[d.first + 1];
        const name =
          next && firstCandidateAt(s, d.first + 1, d.first + 1, next.start, (x) => !x.inQuote && x.kind !== 'place');
        if (!(name && name.last > d.last)) return { descriptor: d };
      }
    }
    if (t.kind === 'punct' && t.text !== '/' && t.text !== '-' && t.text !== '.') break;
    // Only the words of a name or a description lead to the source: "said that he…" has none; a
    // noun before a title is one ("said election lawyer Joe Birkenstock").
    const next = tokens[h + 1];
    if (
      t.kind === 'word' &&
      !t.cap &&
      !DETERMINERS.has(t.lower) &&
      !TITLES.has(t.lower) &&
      !TITLE_MODIFIERS.has(t.lower) &&
      !(next?.kind === 'word' && !next.cap && TITLES.has(next.lower) && !cueLemma(t.lower)) &&
      // A word before a named person's title: "said undecided Republican voter Jane Doe".
      !(
        isModifier(t) &&
        !isStopword(t.lower) &&
        next &&
        candidatesAt(s, 'roleStart', next.start).some((c) => !c.inQuote && c.kind === 'person')
      )
    )
      break;
    if (t.kind === 'word' && (t.lower === 'that' || t.lower === 'this')) break;
  }
  return null;
}

/**
 * A one-word place word that names no country or state ("Cuban", "Park"): it may be a known
 * person's surname (resolve.ts placeWordSurname).
 */
export function surnameShapedPlace(c: Candidate): boolean {
  return c.kind === 'place' && c.words.length === 1 && !isPlaceName(c.words[0].toLowerCase());
}

/** "“…,” said Cuban, who…": such a place word alone after an inverted cue; not "said Cuban officials". */
function demonymAlone(s: SentenceInfo, c: Candidate): boolean {
  const next = s.tokens[c.last + 1];
  return surnameShapedPlace(c) && (!next || next.kind === 'punct' || next.lower === 'who');
}

/**
 * "“…?” asked the boy, who…", "said a young mother.": after an inverted cue, a determiner, at most
 * two lower-case modifiers and a noun that names a person by what they are, ending the phrase.
 */
function personAfterCue(s: SentenceInfo, k: number): Descriptor | null {
  const { tokens } = s;
  const det = tokens[k];
  if (!det || !DETERMINERS.has(det.lower) || isQuoteOrMark(s, k)) return null;
  for (let h = k + 1; h < tokens.length && h <= k + 3; h++) {
    const t = tokens[h];
    if (t.kind !== 'word' || t.cap || isQuoteOrMark(s, h)) return null;
    if (isPersonNoun(t.lower) || endsInPersonNoun(t.lower)) {
      const next = tokens[h + 1];
      const ends = !next || next.kind === 'punct' || next.lower === 'who' || PLACING.has(next.lower);
      return ends ? { first: k, last: h, definite: det.lower === 'the' } : null;
    }
    if (!isModifier(t) || isStopword(t.lower) || PREPOSITIONS.has(t.lower)) return null;
  }
  return null;
}

/**
 * "said Oilers head coach Ken Hitchcock", "said Apple CEO Tim Cook": a name the title words after
 * the first mention lead to is the one who speaks; the first is whom the title is held at.
 */
function nameAfterTitle(s: SentenceInfo, c: Candidate): Candidate | undefined {
  const { tokens } = s;
  let h = c.last + 1;
  let title = false;
  while (h < tokens.length && h - c.last <= 4 && tokens[h].kind === 'word' && !tokens[h].cap) {
    const w = tokens[h].lower;
    if (TITLES.has(w)) title = true;
    else if (!TITLE_MODIFIERS.has(w)) return undefined;
    h++;
  }
  if (!title) return undefined;
  return firstCandidateAt(
    s,
    h,
    h,
    tokens[h]?.start ?? Infinity,
    (x) => !x.inQuote && x.kind !== 'organisation' && x.kind !== 'place' && isSourceKind(x),
  );
}

/** Whether a mention sits in a prepositional phrase ("in Salem", "with the Kremlin"): not a subject. */
export function afterPreposition(s: SentenceInfo, c: Candidate): boolean {
  const { tokens } = s;
  let k = (c.roleSpan ? tokenAt(tokens, c.roleSpan.start) : c.first) - 1;
  // Walk back over the phrase's determiners, possessors and modifiers: "on MSNBC’s Morning Joe".
  while (
    k >= 0 &&
    (tokens[k].kind === 'possessive' ||
      (tokens[k].kind === 'word' &&
        !PREPOSITIONS.has(tokens[k].lower) &&
        (DETERMINERS.has(tokens[k].lower) ||
          tokens[k].cap ||
          (k > 0 && PREPOSITIONS.has(tokens[k - 1].lower)) ||
          // one modifier between an indefinite article and the name: "of a remote First Nation"
          (k > 0 && (tokens[k - 1].lower === 'a' || tokens[k - 1].lower === 'an') && !!tokens[k + 1]?.cap))))
  )
    k--;
  return k >= 0 && tokens[k].kind === 'word' && PREPOSITIONS.has(tokens[k].lower);
}

/** Token index where the main clause starts: after an introductory phrase closed by a comma. */
export function mainClauseStart(s: SentenceInfo): number {
  const { tokens } = s;
  // "WASHINGTON (AP) — A news report said…": the clause starts after the dateline.
  const start = afterDateline(tokens, 0, tokens.length);
  let k = start;
  while (k < tokens.length && tokens[k].kind !== 'word') k++;
  const first = tokens[k];
  if (!first || !(INTRODUCERS.has(first.lower) || first.lower.endsWith('ing'))) return start;
  for (let c = k + 1; c < tokens.length && c - k < 60; c++) {
    // The phrase may hold a quotation: "After saying it was “so swollen,” she…".
    if (isQuoteOrMark(s, c) && !(tokens[c].kind === 'quote' && tokens[c + 1]?.text === ',')) continue;
    if (tokens[c].text === ',' || (tokens[c].kind === 'quote' && tokens[c - 1]?.text === ',')) {
      // "Speaking in Salem, New Hampshire, Trump said": a place's state after a comma is part of the phrase.
      const next = candidatesAt(s, 'first', c + 1)[0];
      if (next?.kind === 'place' && tokens[next.last + 1]?.text === ',') return next.last + 2;
      return c + 1;
    }
  }
  return start;
}

/** The subject of the sentence's main clause: its first mention outside quotes and prepositional phrases. */
export function sentenceSubject(s: SentenceInfo, before: number): Source | null {
  const { subjects, from } = subjectsOf(s);
  // The candidates read are those before the first one at or after `before`, in the sentence's order.
  const n = candidatesBefore(s, before);
  // "A city hall source, who asked not to be named because they…, said": a description set off by
  // a comma opens the clause; the names after it are in its aside.
  const opening = descriptorStartingAt(s, from);
  // ("His lawyer, Zhang Dongshuo, said": a name in apposition is the subject.)
  const next = s.tokens[opening ? opening.last + 2 : -1];
  const aside =
    opening && opening.first < before && s.tokens[opening.last + 1]?.text === ',' && next?.kind === 'word' && !next.cap;
  // "Aides say the former governor plans to…": a description right before its verb is the subject,
  // not a name in the clause it reports.
  const verb = opening && s.tokens[opening.last + 1];
  if (
    opening &&
    opening.last < before &&
    verb?.kind === 'word' &&
    !verb.cap &&
    (AUXILIARIES.has(verb.lower) ||
      verb.lower === 'have' ||
      // Not a participle after its noun: "A statement posted on the website said".
      (cueLemma(verb.lower) &&
        !(verb.lower.endsWith('ed') && PREPOSITIONS.has(s.tokens[opening.last + 2]?.lower ?? '')))) &&
    !subjects.some((x) => x.order < n && x.c.first <= opening.last && !(x.dynamic && !x.c.entity))
  )
    return { descriptor: opening };
  for (const x of subjects) {
    if (x.order >= n) break;
    if (aside && x.c.first > opening.last) break;
    // A sentence-initial word nobody was found to be is no subject; it may be found later.
    if (x.dynamic && !x.c.entity) continue;
    // Nor the word right after a participle of speech after a comma, its object or the subject of
    // what it reports: "…, calling it “disqualifying”", "…, saying she's experienced “on paper”".
    if (participleOfSpeech(s, x.c.first - 1)) continue;
    return x.source;
  }
  const d = descriptorStartingAt(s, from);
  return d && d.first < before ? { descriptor: d } : null;
}

/**
 * Whether a candidate lies in the title before another's name: "Celtics" in "Celtics coach Joe
 * Mazzulla". The name is among the next few candidates (a sentence may hold thousands).
 */
export function inTitleOf(s: SentenceInfo, c: Candidate): boolean {
  const n = candidateIndex(s).order.get(c);
  if (n === undefined) return false;
  for (let m = n + 1; m < s.candidates.length && m <= n + 3; m++) {
    const o = s.candidates[m];
    if (o.roleSpan && o.roleSpan.start <= c.start && c.end <= o.roleSpan.end) return true;
  }
  return false;
}

/** The candidates after `c` that start within `words` tokens of its end, in the sentence's order. */
export function candidatesJustAfter(s: SentenceInfo, c: Candidate, words: number): Candidate[] {
  const n = candidateIndex(s).order.get(c);
  const out: Candidate[] = [];
  if (n === undefined) return out;
  for (let m = n + 1; m < s.candidates.length && m <= n + 8; m++) {
    const o = s.candidates[m];
    if (o.first > c.last && o.first - c.last <= words) out.push(o);
  }
  return out;
}

/**
 * The candidates that may be the subject of the sentence's main clause, in the sentence's order,
 * with the source each stands for, worked out once per sentence: which they are depends on
 * tokens and positions only (and, for a sentence-initial unknown word, on whether it has an
 * entity yet, read at each question). Every quote of a sentence asks for its subject.
 */
function subjectsOf(s: SentenceInfo): { readonly subjects: SubjectCandidate[]; readonly from: number } {
  const hit = s.memo.subjects;
  if (hit && hit.size === s.candidates.length) return hit;
  const { tokens } = s;
  const from = mainClauseStart(s);
  const { order } = candidateIndex(s);
  const subjects: SubjectCandidate[] = [];
  for (const x of s.candidates) {
    if (x.first < from || x.inQuote || !isSourceKind(x) || x.kind === 'place' || afterPreposition(s, x)) continue;
    // "Trump supporter Linda Harris said…": a name in another's title is no subject.
    if (inTitleOf(s, x)) continue;
    const dynamic = x.kind === 'unknown' && x.initial;
    if (tokens[x.last + 1]?.kind === 'possessive') {
      // "Hillary Clinton’s right-hand woman rallied…": the possessor is not the subject, the phrase is.
      const d = possessedHead(s, x.last + 2);
      if (d >= 0)
        subjects.push({
          c: x,
          order: order.get(x)!,
          dynamic,
          source: {
            descriptor: { first: x.roleSpan ? tokenAt(tokens, x.roleSpan.start) : x.first, last: d, definite: true },
          },
        });
      continue;
    }
    subjects.push({ c: x, order: order.get(x)!, dynamic, source: { candidate: x } });
  }
  const built = { subjects, from, size: s.candidates.length };
  s.memo.subjects = built;
  return built;
}

/**
 * "After saying her foot was “so swollen…,” she was rushed…": when the cue opens an introductory
 * phrase, its subject is the main clause's, which comes after the quotation.
 */
export function subjectAfterIntro(s: SentenceInfo, cue: Cue, qb: number): Source | null {
  const { tokens } = s;
  let k = 0;
  while (k < tokens.length && tokens[k].kind !== 'word') k++;
  const opener = tokens[k];
  if (!opener || !(k === cue.first || (INTRODUCERS.has(opener.lower) && cue.first <= k + 2))) return null;
  const { list, bound } = afterIntroOf(s);
  // The first of them starting after the quotation is where their greatest start first passes it.
  const n = countBelow(bound, qb + 1);
  return n < list.length ? { candidate: list[n] } : null;
}

/** The candidates that may be the subject after an introductory phrase, in the sentence's order, and the greatest first token up to each. */
function afterIntroOf(s: SentenceInfo): OrderedCandidates<Candidate> {
  const hit = s.memo.afterIntro;
  if (hit && hit.size === s.candidates.length) return hit;
  const list = s.candidates.filter((x) => !x.inQuote && isSourceKind(x) && x.kind !== 'place' && x.kind !== 'unknown');
  const bound = new Array<number>(list.length);
  let most = -1;
  list.forEach((x, n) => {
    most = Math.max(most, x.first);
    bound[n] = most;
  });
  const built = { list, bound, size: s.candidates.length };
  s.memo.afterIntro = built;
  return built;
}

/** The head noun of a possessed phrase starting at k ("right-hand woman", "chief spokesman"), or -1. */
export function possessedHead(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  let head = -1;
  for (let h = k; h < tokens.length && h - k < 4; h++) {
    const t = tokens[h];
    if (t.kind !== 'word' || s.inQuote[h]) break;
    if (isSourceNoun(t.lower)) head = h;
    else if (head >= 0 || cueLemma(t.lower)) break;
  }
  return head;
}

export function isWordToken(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'number');
}

/** The singular of a plural in -men: "chairmen", "congresswomen"; null for another word. */
function singularOfMen(lower: string): string | null {
  return /.(?:wo)?men$/.test(lower) ? `${lower.slice(0, -2)}an` : null;
}

/** The singular of a plural noun, in -men or in -s; null for none. */
function singularOf(lower: string): string | null {
  return singularOfMen(lower) ?? (lower.length > 2 && lower.endsWith('s') ? lower.slice(0, -1) : null);
}

/** Nouns that can head the description of a source: "a source", "the New York businessman", "the 46-year-old". */
export function isSourceNoun(lower: string): boolean {
  return (
    SOURCE_NOUNS.has(lower) ||
    TITLES.has(lower) ||
    // "the committee chairmen wrote": a title's plural.
    TITLES.has(singularOfMen(lower) ?? '') ||
    // "the regional district said", "the regulator said": a body named by its kind.
    BODY_KINDS.has(lower) ||
    (lower.endsWith('-year-old') && lower.length < 16)
  );
}

/** A head noun that names people, not a body or a document: "source", "aide", "investigators". */
function isPersonHead(t: Token): boolean {
  return UNNAMED_PERSON_NOUNS.has(t.lower) || isPersonNoun(t.lower) || isAgentNoun(t);
}

function isAgentNoun(t: Token): boolean {
  return !t.cap && t.lower.length >= 6 && AGENT_ENDINGS.some((e) => t.lower.endsWith(e)) && !cueLemma(t.lower);
}

export function isModifier(t: Token): boolean {
  return (
    (t.kind === 'word' || t.kind === 'number' || t.kind === 'possessive') &&
    !cueLemma(t.lower) &&
    !CUE_ADVERBS.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    t.lower !== 'and' &&
    t.lower !== 'or' &&
    t.lower !== 'but'
  );
}

/** "he", "they", "we": a subject pronoun that is no determiner ("this", "those"). */
function personalPronoun(t: Token | undefined): boolean {
  return !!t && SUBJECT_PRONOUNS.has(t.lower) && !DETERMINERS.has(t.lower) && t.lower !== 'there';
}

/** "a source", "one Trump campaign source", "the statement": an unnamed source ending at k. */
export function descriptorEndingAt(s: SentenceInfo, k: number): Descriptor | null {
  const { tokens } = s;
  // "two people familiar with the talks said": a source and what tells it apart, before the cue.
  for (let p = k - 1; p > 0 && k - p <= 7 && tokens[k]?.kind === 'word'; p--) {
    const t = tokens[p];
    if (t.kind !== 'word' && t.kind !== 'possessive') break;
    if (postmodifierAt(t.lower, tokens[p + 1].lower)) {
      const inner = p + 1 < k ? descriptorEndingAt(s, p - 1) : null;
      return inner && headOf(inner) === inner.last ? { ...inner, last: k, head: inner.last } : null;
    }
  }
  // "the 34-year-old mother of three": the head comes before its "of" complement.
  if (
    tokens[k - 1]?.lower === 'of' &&
    k >= 2 &&
    tokens[k - 2].kind === 'word' &&
    isSourceNoun(tokens[k - 2].lower) &&
    (tokens[k].kind === 'number' || (tokens[k].kind === 'word' && !tokens[k].cap))
  ) {
    const inner = descriptorEndingAt(s, k - 2);
    return inner ? { ...inner, last: k } : null;
  }
  // "a member of the public", "a resident of the area": the same, with a determiner before the complement.
  if (
    k >= 3 &&
    tokens[k - 2]?.lower === 'of' &&
    DETERMINERS.has(tokens[k - 1].lower) &&
    tokens[k - 3].kind === 'word' &&
    isSourceNoun(tokens[k - 3].lower) &&
    tokens[k].kind === 'word' &&
    !tokens[k].cap &&
    !isStopword(tokens[k].lower)
  ) {
    const inner = descriptorEndingAt(s, k - 3);
    return inner ? { ...inner, last: k } : null;
  }
  const head = tokens[k];
  if (!head || head.kind !== 'word') return null;
  // A head known only as a person's calling must be saying something right after it.
  const byCalling = !isSourceNoun(head.lower) && !isAgentNoun(head);
  if (byCalling && !saysAsPerson(s, k)) return null;
  let a = k;
  while (
    a > 0 &&
    k - a < 5 &&
    isModifier(tokens[a - 1]) &&
    !DETERMINERS.has(tokens[a - 1].lower) &&
    !isQuoteOrMark(s, a - 1) &&
    !personalPronoun(tokens[a - 1])
  )
    a--;
  // A personal pronoun's next word is its verb: "he heard students shout" names "students".
  if (a < k && personalPronoun(tokens[a - 1])) a++;
  // A possessive opens no phrase: its possessor is part of it, even a word that is also a verb
  // of speech ("State’s inspector general").
  if (tokens[a].kind === 'possessive') {
    if (tokens[a - 1]?.kind === 'word' && !isQuoteOrMark(s, a - 1)) a--;
    else a++;
  }
  const det = tokens[a - 1];
  let definite = false;
  if (det && DETERMINERS.has(det.lower) && !isQuoteOrMark(s, a - 1)) {
    a--;
    definite = det.lower === 'the' || det.lower === 'this' || det.lower === 'that';
  }
  // "The heads of both lobbying firms told AP": bodies after "of" belong to the phrase's head.
  if (PLURAL_BODIES.has(head.lower) && tokens[a - 1]?.lower === 'of') return null;
  // "…is when a landlord tells a tenant…": anyone of the kind, in the present of a clause of when
  // or if, is nobody who spoke ("when a young boy shouted" is someone).
  if (
    byCalling &&
    tokens[k + 1].lower.endsWith('s') &&
    INDEFINITE_ARTICLES.has(tokens[a].lower) &&
    GENERIC_CLAUSES.has(tokens[a - 1]?.lower ?? '')
  )
    return null;
  return { first: a, last: k, definite };
}

/**
 * "the gambling tycoon told Reuters", "a young boy shouted": a noun that names a person by what
 * they are, right before a verb of speech, is a source whatever its calling.
 */
function saysAsPerson(s: SentenceInfo, k: number): boolean {
  const head = s.tokens[k];
  const verb = s.tokens[k + 1];
  return (
    !head.cap &&
    (isPersonNoun(head.lower) || endsInPersonNoun(head.lower) || agentAfterDeterminer(s, k)) &&
    !cueLemma(head.lower) &&
    verb?.kind === 'word' &&
    !!cueLemma(verb.lower)
  );
}

/**
 * "the heckler yelled", "an angry commenter wrote": a singular noun of one who does something, after
 * a determiner and at most one lower-case word (alone, "further" or "later" are adverbs), before a
 * verb of speech.
 */
function agentAfterDeterminer(s: SentenceInfo, k: number): boolean {
  const { tokens } = s;
  const head = tokens[k];
  if (head.lower.length < 6 || !SINGULAR_AGENT_ENDINGS.some((e) => head.lower.endsWith(e))) return false;
  // Its verb past or "says": "his earlier remarks", "a terrorist attack" are nouns after an adjective.
  const verb = tokens[k + 1]?.lower ?? '';
  const lemma = cueLemma(verb);
  if (!lemma || verb === lemma || (verb.endsWith('s') && !PRESENT_OF_SPEECH.has(verb))) return false;
  for (let a = k - 1; a >= 0 && a >= k - 2; a--) {
    const t = tokens[a];
    if (t.kind !== 'word' || t.cap) return false;
    if (DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

const PRESENT_OF_SPEECH = new Set(['says', 'tells', 'writes', 'asks', 'adds']);

const INDEFINITE_ARTICLES = new Set(['a', 'an', 'any']);
const GENERIC_CLAUSES = new Set(['when', 'whenever', 'if', 'unless', 'once']);

const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back']);

/**
 * "The town released a statement": the noun phrase that opens the main clause and ends right before
 * the verb at `at`, a determiner and lower-case words ("The town", "The school board"), whether or not
 * its head is a noun a source is known by (an unnamed source read from the sentence's start would
 * run on over the verb and its object).
 */
function phraseBeforeVerb(s: SentenceInfo, at: number): Source | null {
  const { tokens } = s;
  const from = mainClauseStart(s);
  // "sent out a statement", "put up a post": the verb is before its particle.
  const v = PARTICLES.has(tokens[at]?.lower ?? '') ? at - 1 : at;
  if (v - from < 2 || !DETERMINERS.has(tokens[from].lower)) return null;
  for (let k = from + 1; k < v; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap || DETERMINERS.has(t.lower) || !isModifier(t) || isStopword(t.lower)) return null;
  }
  return { descriptor: { first: from, last: v - 1, definite: tokens[from].lower === 'the' } };
}

/** Whether token `t` lies inside `span`. */
export const inSpan = (span: Span, t: Token): boolean => span.start <= t.start && t.end <= span.end;

export function descriptorStartingAt(s: SentenceInfo, from: number): Descriptor | null {
  const { tokens } = s;
  // A possessive opens no phrase: its possessor does ("State’s inspector general", though "State"
  // may be a verb).
  const k = tokens[from]?.kind === 'possessive' && tokens[from - 1]?.kind === 'word' ? from - 1 : from;
  const det = tokens[k];
  if (!det || isQuoteOrMark(s, k)) return null;
  let a = k;
  const definite = det.lower === 'the';
  // "read one.", "said another": the quantifier alone stands for the source.
  if (SOURCE_NOUNS.has(det.lower) && !isWordToken(tokens[k + 1])) return { first: k, last: k, definite: false };
  if (DETERMINERS.has(det.lower)) a++;
  for (let h = a; h < tokens.length && h - a < 5; h++) {
    const t = tokens[h];
    if (isQuoteOrMark(s, h)) return null;
    // The head noun first: "the ruling" is a source even though "ruling" can be a verb (but a body's
    // kind before a name modifies it, "one district GOP leader", and one in capitals is a name's,
    // "the Harbour Authority").
    const modifier = BODY_KINDS.has(t.lower) && (t.cap || (tokens[h + 1]?.kind === 'word' && tokens[h + 1].cap));
    if (t.kind === 'word' && isSourceNoun(t.lower) && !modifier) {
      // A title word of a name ("Minister Paul Okafor’s claim") describes someone named, not unnamed.
      if (
        t.cap &&
        s.candidates.some(
          (c) =>
            (c.kind === 'person' || c.kind === 'title') && (inSpan(c, t) || (!!c.roleSpan && inSpan(c.roleSpan, t))),
        )
      )
        return null;
      // The head is the last noun of the phrase: "a campaign official" not "a campaign".
      let e = h;
      while (tokens[e + 1] && tokens[e + 1].kind === 'word' && isSourceNoun(tokens[e + 1].lower)) e++;
      // Its complement of one noun, where the phrase visibly ends: "a member of the public, whose…".
      const c = tokens[e + 3];
      if (
        tokens[e + 1]?.lower === 'of' &&
        DETERMINERS.has(tokens[e + 2]?.lower ?? '') &&
        c?.kind === 'word' &&
        !c.cap &&
        !isStopword(c.lower) &&
        !isQuoteOrMark(s, e + 3) &&
        (!tokens[e + 4] || tokens[e + 4].kind === 'punct' || (isStopword(tokens[e + 4].lower) && !tokens[e + 4].cap))
      )
        e += 3;
      else {
        const end = postmodifierEnd(s, e);
        if (end > e) return { first: k, last: end, definite, head: e };
      }
      return { first: k, last: e, definite };
    }
    if (!isModifier(t)) return null;
  }
  return null;
}

/**
 * The end of the phrase that tells an unnamed source apart, after its head noun at `e`: "a person
 * familiar with the matter", "officials close to the talks" (a few words, up to a comma, a cue or a
 * clause); `e` when none follows.
 */
function postmodifierEnd(s: SentenceInfo, e: number): number {
  const { tokens } = s;
  if (!postmodifierAt(tokens[e + 1]?.lower ?? '', tokens[e + 2]?.lower)) return e;
  let end = e;
  for (let m = e + 3; m < tokens.length && m - e <= 7; m++) {
    const t = tokens[m];
    if (t.kind === 'possessive') continue;
    if (t.kind !== 'word' || isQuoteOrMark(s, m) || cueLemma(t.lower) || t.lower === 'who' || t.lower === 'and') break;
    end = m;
  }
  return end > e + 2 ? end : e;
}

export function sourceSpan(s: SentenceInfo, src: Source): Span | null {
  if (src.relative !== undefined) return { start: s.tokens[src.relative].start, end: s.tokens[src.relative].end };
  if (src.candidate) return { start: src.candidate.start, end: src.candidate.end };
  if (src.descriptor) return { start: s.tokens[src.descriptor.first].start, end: s.tokens[src.descriptor.last].end };
  return null;
}
