// Speech cues in a sentence (said, told reporters, according to, Trump’s claim that) and how likely
// each is to govern a given quotation.
import { type Cue, isQuoteOrMark, type SentenceInfo } from './context';
import type { QuoteKind, Span } from '../model';
import { pluralApostrophe, type Token } from '../text/tokens';
import {
  CUE_ADVERBS,
  cueLemma,
  cueParticles,
  ONLY_VERBS,
  SPEECH_NOUN_MODIFIERS,
  SPEECH_NOUNS,
  TO_LISTENER,
  WEAK_CUES,
} from '../lexicon/cues';
import { DATE_WORDS } from '../lexicon/time';
import { NOUN_DETERMINERS, POSSESSIVE_PRONOUNS, PREPOSITIONS } from '../lexicon/grammar';
import { firstNameKind } from '../lexicon/names';
import { firstIndex } from '../../../../common/search';
import { inSpan, mainClauseStart, participleOfSpeech } from './sources';

export type { Cue };

/** The sentence's cues, in text order: found once per sentence (callers never change the list). */
/** Forms of "be" right before a past participle make it passive ("are advised", "was told", "is said"). */
const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', "'re", "'s"]);

const PASSIVE_ADVERBS = new Set([
  'still',
  'also',
  'not',
  'already',
  'now',
  'being',
  'often',
  'always',
  'never',
  'repeatedly',
]);

/**
 * Whether the cue word at k is the past participle of a verb whose object is the listener, after
 * "be", adverbs between ("are still advised to", "was told"), and no agent after it: its subject is
 * who heard it.
 */
function passive(tokens: readonly Token[], k: number, lemma: string): boolean {
  const w = tokens[k].lower;
  if (!TO_LISTENER.has(lemma) || w === lemma || w.endsWith('ing') || w.endsWith('s')) return false;
  // "was asked by the moderator": the agent said it (sources.ts findSource).
  if (tokens[k + 1]?.lower === 'by') return false;
  let b = k - 1;
  while (b > k - 3 && b >= 0 && (PASSIVE_ADVERBS.has(tokens[b].lower) || tokens[b].lower.endsWith('ly'))) b--;
  return b >= 0 && PASSIVE_AUXILIARIES.has(tokens[b].lower);
}

/**
 * The passive verb of speech whose subject ends at token `last` ("Residents are advised to",
 * "Travellers were still told"), or -1: that subject heard the words, it did not say them.
 */
export function heardAfter(tokens: readonly Token[], last: number): number {
  for (let k = last + 2; k <= last + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    const lemma = t.kind === 'word' ? cueLemma(t.lower) : undefined;
    if (lemma !== undefined) return passive(tokens, k, lemma) && auxiliariesBetween(tokens, last, k) ? k : -1;
  }
  return -1;
}

/**
 * Whether a mention (tokens first to last) heard the quote qa–qb rather than said it: it is the
 * subject of a passive verb of speech right before the quote ("Residents are advised to “…”",
 * "was asked, “…”") or right after it ("“…,” residents were told").
 */
export function heardQuote(tokens: readonly Token[], first: number, last: number, qa: number, qb: number): boolean {
  const v = heardAfter(tokens, last);
  return v >= 0 && ((v < qa && qa - v <= 4) || (first > qb && first - qb <= 3));
}

/** Whether a passive verb of speech stands right before the quote qa–qb or right after it: someone unnamed said it. */
export function heardNear(tokens: readonly Token[], qa: number, qb: number): boolean {
  for (let k = Math.max(0, qa - 4); k <= qb + 5 && k < tokens.length; k++) {
    if (k === qa) k = qb + 1;
    const t = tokens[k];
    const lemma = t?.kind === 'word' ? cueLemma(t.lower) : undefined;
    if (lemma !== undefined && passive(tokens, k, lemma)) return true;
  }
  return false;
}

/** Whether every token between a subject and a verb is "be" or an adverb ("are still", "have been"). */
function auxiliariesBetween(tokens: readonly Token[], last: number, k: number): boolean {
  for (let b = last + 1; b < k; b++) {
    const w = tokens[b].lower;
    if (
      !PASSIVE_AUXILIARIES.has(w) &&
      !PASSIVE_ADVERBS.has(w) &&
      !w.endsWith('ly') &&
      w !== 'have' &&
      w !== 'has' &&
      w !== 'had'
    )
      return false;
  }
  return true;
}

/**
 * The sentence's cues. What its words alone say is kept with the paragraph's work (s.local); which
 * of those words stand in a person's title depends on the candidates, so it is asked per analysis:
 * a title is no verb ("White House press secretary Josh Earnest said", "state Rep. Jeff Hoover").
 */
export function findCues(s: SentenceInfo): Cue[] {
  if (s.memo.cues) return s.memo.cues;
  const all = (s.local.cues ??= scanCues(s));
  const roles = s.candidates.filter((c) => c.roleSpan).map((c) => c.roleSpan as Span);
  // Verbs only: "according to" and a speech noun after its possessor are never in a title.
  const inRole = (c: Cue): boolean =>
    !c.according && c.possessor === undefined && roles.some((r) => inSpan(r, s.tokens[c.first]));
  return (s.memo.cues = roles.length && all.some(inRole) ? all.filter((c) => !inRole(c)) : all);
}

function scanCues(s: SentenceInfo): Cue[] {
  const out: Cue[] = [];
  const { tokens, inQuote } = s;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || inQuote[k]) continue;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      out.push({ first: k, last: k + 1, lemma: 'according', weak: false, according: true });
      continue;
    }
    // "in the words of a senior adviser, “…”" reads as "according to"; "in her words" as "her remark".
    if (t.lower === 'in' && tokens[k + 2]?.lower === 'words') {
      const by = tokens[k + 1].lower;
      if (by === 'the' && tokens[k + 3]?.lower === 'of') {
        // Its own lemma: it brings a quotation, not a reported statement.
        out.push({ first: k, last: k + 3, lemma: 'words', weak: false, according: true });
        k += 3;
        continue;
      }
      if (POSSESSIVE_PRONOUNS.has(by)) {
        out.push({ first: k + 2, last: k + 2, lemma: 'noun', weak: true, according: false, possessor: k + 1 });
        k += 2;
        continue;
      }
    }
    // "Trump’s claim that “…”", "her remark: “…”": the possessor of a speech noun said it.
    const glue = tokens[k + 1]?.text;
    // "her March comment that, “…”": a comma may follow "that".
    const opens =
      isQuoteOrMark(s, k + 2) || (glue === 'that' && tokens[k + 2]?.text === ',' && isQuoteOrMark(s, k + 3));
    if (SPEECH_NOUNS.has(t.lower) && (glue === 'that' || glue === ':' || glue === ',') && opens) {
      // "Trump’s recent claim", "her March comment": a date or a word of time between.
      let p = k - 1;
      while (
        p > k - 3 &&
        tokens[p]?.kind === 'word' &&
        (DATE_WORDS.has(tokens[p].lower) || SPEECH_NOUN_MODIFIERS.has(tokens[p].lower))
      )
        p--;
      const owner = tokens[p];
      // ("in Forbes’ words, “…”": a plural's apostrophe is a possessive too.)
      if ((owner?.kind === 'possessive' || pluralApostrophe(tokens, p)) && p >= 1)
        out.push({ first: k, last: k, lemma: 'noun', weak: true, according: false, possessor: p - 1 });
      else if (owner && POSSESSIVE_PRONOUNS.has(owner.lower)) {
        out.push({ first: k, last: k, lemma: 'noun', weak: true, according: false, possessor: p });
      }
      continue;
    }
    const lemma = cueLemma(t.lower);
    if (!lemma) continue;
    if (t.cap && k > 0) continue; // "Said" mid-sentence is a name
    let last = k;
    const particles = cueParticles(lemma);
    if (particles) {
      if (!particles.includes(tokens[k + 1]?.lower ?? '')) continue;
      last = k + 1;
    }
    const prev = tokens[k - 1]?.lower;
    if (prev === 'the' || prev === 'a' || (prev === 'to' && lemma !== 'say')) continue; // the said agreement; to report
    // A passive ("are advised to", "was told"): its subject heard it, and did not say it.
    if (passive(tokens, k, lemma)) continue;
    // Only forms a noun can share: "comment", "claims" (never "said", "claimed"), and no verb with its
    // particle ("as an American diplomat put it").
    if (!particles && (t.lower === lemma || t.lower.endsWith('s')) && nounAfterDeterminer(tokens, k, t.lower === lemma))
      continue;
    if (participleAdjective(tokens, k)) continue;
    // "Let's say", "so to speak": idioms, not speech.
    if (
      prev === 'let' ||
      (tokens[k - 1]?.kind === 'contraction' && tokens[k - 2]?.lower === 'let') ||
      (prev === 'to' && tokens[k - 2]?.lower === 'so')
    )
      continue;
    out.push({ first: k, last, lemma, weak: WEAK_CUES.has(lemma), according: false });
  }
  return out;
}

/**
 * A participle between a determiner or a possessive (an adverb in -ly may follow it) and a noun is
 * an adjective: "his previously stated views", "Trump's stated goal", "the widely reported plan".
 */
function participleAdjective(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k].lower.endsWith('ed')) return false;
  const next = tokens[k + 1];
  if (next?.kind !== 'word' || next.cap || NOT_NOUNS.has(next.lower) || PREPOSITIONS.has(next.lower)) return false;
  let d = k - 1;
  if (tokens[d]?.kind === 'word' && tokens[d].lower.endsWith('ly')) d--;
  const det = tokens[d];
  // (Not "that": "a statement that claimed victory" is a relative clause.)
  return (
    !!det &&
    (det.kind === 'possessive' ||
      (det.kind === 'word' && NOUN_DETERMINERS.has(det.lower) && det.lower !== 'that' && det.lower !== 'this'))
  );
}

/** Words after a participle that make it a verb: "his stated that" is no phrase. */
const NOT_NOUNS = new Set(['that', 'and', 'or', 'but', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** "researchers", "Canadiens": a word that looks plural ("news", "business", "status" do not). */
function pluralNoun(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.lower.length > 3 && /[^su]s$/.test(t.lower) && t.lower !== 'news';
}

/**
 * A cue word inside a noun phrase is a noun, not a verb: "a Twitter comment" (a base form after a
 * determiner), "32% of Republican claims" (any form after a preposition).
 */
export function nounAfterDeterminer(tokens: Token[], k: number, base: boolean): boolean {
  // "The researchers say", "their members warn": a plural noun before a verb that is never a noun is its subject.
  if (base && ONLY_VERBS.has(tokens[k].lower) && pluralNoun(tokens[k - 1])) return false;
  for (let d = k - 1; d >= 0 && k - d <= 3; d--) {
    const t = tokens[d];
    if (t.kind !== 'word' && t.kind !== 'possessive' && t.kind !== 'number') return false;
    if (base && NOUN_DETERMINERS.has(t.lower)) return true;
    // "Okafor’s claim(s) that taxes rose", "Pagliano's Fifth Amendment claims": a possessive owns a
    // noun, past the capitals that name its kind.
    // (Not past a name: "As The Post's Dana Milbank puts it".)
    if (
      t.kind === 'possessive' &&
      tokens.slice(d + 1, k).every((u) => u.kind === 'word' && u.cap) &&
      !(d + 1 < k && firstNameKind(tokens[d + 1].lower))
    )
      return true;
    // "of Republican claims" is a noun; "of voters say" is a verb ("a say" stays a noun, above).
    if (PREPOSITIONS.has(t.lower) && d < k - 1) return tokens[k].lower !== 'say' && tokens[k].lower !== 'says';
    if (cueLemma(t.lower) || CUE_ADVERBS.has(t.lower)) return false;
  }
  return false;
}

/**
 * How many clause breaks (";", "while", "whereas", the main clause's start after an introductory
 * phrase, "and" or "but" before a clause of speech of its own) the sentence has before each token:
 * one pass per sentence, so that ranking a quote's cues need not scan the words between them (a long
 * paragraph without full stops holds many quotes and cues).
 */
function clauseBreaks(s: SentenceInfo): number[] {
  let b = s.memo.breaks;
  if (!b) {
    b = new Array<number>(s.tokens.length + 1).fill(0);
    // The main clause after an introductory phrase: "When Clinton noted that…, Trump boasted, “…”".
    const main = mainClauseStart(s);
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k];
      const breaks =
        t.text === ';' ||
        t.lower === 'while' ||
        t.lower === 'whereas' ||
        (main > 0 && k === main - 1 && !introSpeaks(s, main)) ||
        participleOfSpeech(s, k + 1) ||
        ((CONJUNCTIONS.has(t.lower) || SUBORDINATE_OPENERS.has(t.lower)) && speakerClause(s, k + 1));
      b[k + 1] = b[k] + (breaks ? 1 : 0);
    }
    s.memo.breaks = b;
  }
  return b;
}

const CONJUNCTIONS = new Set(['and', 'but']);

/**
 * Whether an introductory clause ends in a verb of speech whose words open the main clause:
 * "When someone in the audience shouted, “Cruz,” Beck joked" — the quotation is the shout's. Not
 * a comment clause of "as" ("As Lowe argued, “…,” the engineer wrote"), which quotes nobody.
 */
function introSpeaks(s: SentenceInfo, main: number): boolean {
  const verb = s.tokens[main - 2];
  return (
    isQuoteOrMark(s, main) &&
    s.tokens[0]?.lower !== 'as' &&
    verb?.kind === 'word' &&
    !verb.cap &&
    cueLemma(verb.lower) !== undefined
  );
}

/**
 * Words opening a clause of another time or cause: "“That makes me smart,” when Clinton blasted him"
 * is not Clinton's. Not "as" ("as Clinton put it" attributes).
 */
const SUBORDINATE_OPENERS = new Set(['when', 'after', 'before', 'because', 'since', 'until', 'although', 'though']);

// Pronouns of people who may speak (not "it", "there", "this": grammar's SUBJECT_PRONOUNS).
const SPEAKING_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Whether a clause with a named or pronoun subject and a finite speech verb starts at token k: "and
 * Trump vowed…", "but Donald Trump says…", "and she said…". Its quotes are its own, not the clause's
 * before ("Cruz said he would make sand “glow in the dark,” and Trump vowed to “bomb the hell” out of…").
 */
function speakerClause(s: SentenceInfo, k: number): boolean {
  const { tokens } = s;
  let j = k;
  if (SPEAKING_PRONOUNS.has(tokens[j]?.lower ?? '')) j++;
  else while (j < tokens.length && j - k < 4 && tokens[j].kind === 'word' && tokens[j].cap) j++;
  const verb = tokens[j];
  return (
    j > k && verb?.kind === 'word' && !verb.cap && !verb.lower.endsWith('ing') && cueLemma(verb.lower) !== undefined
  );
}

/**
 * Cues of the quote's sentence, the likeliest first: strong speech verbs before weak ones,
 * near before far. A fragment in the writer's sentence is governed by a verb before it ("X
 * called Y “…”"); a cue after it counts only right after the quotation ("“…,” X said").
 */
export function rankCues(s: SentenceInfo, cues: Cue[], qa: number, qb: number, kind: QuoteKind): Cue[] {
  const breaks = clauseBreaks(s);
  return cues
    .map((c) => ({ c, v: cueScore(s, breaks, c, qa, qb, kind) }))
    .sort((x, y) => x.v - y.v)
    .map((x) => x.c);
}

/** How unlikely a cue is to govern the quotation between tokens qa and qb: at least its distance from it. */
function cueScore(s: SentenceInfo, breaks: readonly number[], c: Cue, qa: number, qb: number, kind: QuoteKind): number {
  const after = c.first > qb;
  const d = after ? c.first - qb : c.last < qa ? qa - c.last : 0;
  // Finite verbs before participles: "Holding signs calling him “…”, the protesters chanted".
  let v = d + (c.weak ? 6 : 0) + (s.tokens[c.first].lower.endsWith('ing') ? 3 : 0);
  if (after && kind === 'partial' && d > 4) v += 10;
  // A cue in another clause ("…; X said") is further than it looks.
  const [a, b] = after ? [qb, c.first] : [c.last, qa];
  if (b > a + 1 && breaks[b] - breaks[a + 1] > 0) v += 8;
  return v;
}

/**
 * The cue rankCues would put first (null if none): the lowest score, the earliest on a tie, as
 * a stable sort gives. A score is at least the cue's distance from the quotation and cues come
 * in text order, so only the cues around the quotation, out to the best score so far, can win:
 * ranking every cue of the sentence for every quotation cost a sentence of many quotations and
 * cues its length squared.
 */
export function bestCue(s: SentenceInfo, cues: readonly Cue[], qa: number, qb: number, kind: QuoteKind): Cue | null {
  if (qa > qb) return rankCues(s, [...cues], qa, qb, kind)[0] ?? null;
  const breaks = clauseBreaks(s);
  // Cues before the quotation (ending before it) form a prefix, cues after it a suffix: firsts
  // increase, and a cue's last is its first or the next token.
  const beforeEnd = firstIndex(cues.length, (k) => cues[k].last < qa);
  const afterStart = firstIndex(cues.length, (k) => cues[k].first <= qb);
  let best = -1;
  let bestScore = Infinity;
  const consider = (k: number): void => {
    const v = cueScore(s, breaks, cues[k], qa, qb, kind);
    if (v < bestScore || (v === bestScore && k < best)) {
      best = k;
      bestScore = v;
    }
  };
  for (let k = beforeEnd; k < afterStart; k++) consider(k);
  let left = beforeEnd - 1;
  let right = afterStart;
  for (;;) {
    const dl = left >= 0 ? qa - cues[left].last : Infinity;
    const dr = right < cues.length ? cues[right].first - qb : Infinity;
    // An unread cue scores at least its distance: once both sides are further than the best, none can win.
    if (Math.min(dl, dr) > bestScore || (dl === Infinity && dr === Infinity)) break;
    if (dl <= dr) consider(left--);
    else consider(right++);
  }
  return best < 0 ? null : cues[best];
}
