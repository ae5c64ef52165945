// Reported speech: "X said (that) CLAUSE", "CLAUSE, X said." and "according to X, CLAUSE" become
// quotes of kind `indirect`, whose span is the reported clause.
import { type AttributionInput, type SentenceInfo, tokenAt } from './context';
import type { Salience } from '../people/coreference';
import type { Cue } from './cues';
import type { Quote, Span } from '../model';
import type { Quotation } from '../text/quotations';
import { resolveSource } from './resolve';
import { findSource, sentenceSubject, type Source, sourceSpan } from './sources';
import type { Token } from '../text/tokens';
import { REPORT_SETTING_WORDS, REPORTING_CUES } from '../lexicon/cues';
import {
  AUXILIARIES,
  DETERMINERS_OF_SETTING,
  PREPOSITIONS,
  PREPOSITIONS_OF_SETTING,
  SUBJECT_PRONOUNS,
} from '../lexicon/grammar';
import { firstIndex } from '../../../../common/search';

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

/** The clause after a cue ("said Thursday that CLAUSE"), as token indices, or null. */
function clauseAfter(s: SentenceInfo, cue: Cue): [number, number] | null {
  const { tokens } = s;
  let k = cue.last + 1;
  // "told reporters that", "told the BBC that": the listener comes first.
  if (cue.lemma === 'tell') {
    const stop = Math.min(tokens.length, k + 5);
    let j = k;
    while (j < stop && isWord(tokens[j]) && tokens[j].lower !== 'that') j++;
    if (tokens[j]?.lower !== 'that') return null;
    k = j;
  }
  // Time words and "in a statement", "at a rally": determiners only after a preposition.
  for (let skipped = 0; k < tokens.length && skipped < 6 && isWord(tokens[k]); skipped++) {
    const w = tokens[k].lower;
    if (PREPOSITIONS_OF_SETTING.has(w)) {
      k++;
      while (
        k < tokens.length &&
        isWord(tokens[k]) &&
        REPORT_SETTING_WORDS.has(tokens[k].lower) &&
        !PREPOSITIONS_OF_SETTING.has(tokens[k].lower)
      )
        k++;
      continue;
    }
    if (!REPORT_SETTING_WORDS.has(w) || DETERMINERS_OF_SETTING.has(w)) break;
    k++;
  }
  if (tokens[k]?.text === ',') k++;
  // "said that would permit…": a "that" before a verb is the clause's subject, not its conjunction.
  const that = tokens[k]?.lower === 'that' && !AUXILIARIES.has(tokens[k + 1]?.lower ?? '');
  if (that) k++;
  const first = tokens[k];
  if (!isWord(first) || quoted(s, k)) return null;
  // Without "that", the clause must start like one: a pronoun, a name, or (after "said") a noun phrase.
  if (
    !that &&
    !(
      SUBJECT_PRONOUNS.has(first.lower) ||
      first.cap ||
      (cue.lemma === 'say' && (first.lower === 'the' || first.lower === 'a'))
    )
  )
    return null;
  const end = clauseEnd(s);
  return end - k >= 2 ? [k, end] : null;
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
  // Only the source ("…, said Caddell."), time words and punctuation may follow the cue.
  for (let k = cue.last + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if ((k >= srcStart && k <= srcEnd) || t.kind === 'punct' || (isWord(t) && REPORT_SETTING_WORDS.has(t.lower)))
      continue;
    return null;
  }
  // "…, harbour chief Ola Berg said": a few words of description may precede the name.
  let comma = Math.min(srcStart, cue.first) - 1;
  for (let n = 0; n < 3 && comma > 0 && tokens[comma].kind === 'word' && !tokens[comma].cap; n++) comma--;
  if (tokens[comma]?.text !== ',') return null;
  const end = comma - 1;
  return trimOpening(tokens, 0, end);
}

/**
 * The clause from `start` to `end` without the discourse opener before its first comma ("Meanwhile,",
 * "In any case,", "In addition,"), which is the writer's, not the speaker's.
 */
function trimOpening(tokens: Token[], start: number, end: number): [number, number] | null {
  while (start < end && !isWord(tokens[start])) start++;
  for (let k = start; k < end && k - start <= 3; k++) {
    if (tokens[k].text === ',') {
      if (!tokens.slice(start, k).some((t) => t.cap && t.i !== start)) start = k + 1;
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

/** "according to X, CLAUSE" / "CLAUSE, according to X." */
function accordingClause(s: SentenceInfo, cue: Cue, src: Source): [number, number] | null {
  const { tokens } = s;
  const srcEnd = src.candidate?.last ?? src.descriptor?.last ?? cue.last;
  if (tokens[srcEnd + 1]?.text === ',') {
    const start = srcEnd + 2;
    const end = clauseEnd(s);
    return end - start >= 2 && isWord(tokens[start]) && !quoted(s, start) ? [start, end] : null;
  }
  if (tokens[cue.first - 1]?.text === ',') {
    return trimOpening(tokens, 0, cue.first - 2);
  }
  return null;
}

/** Whether offset `x` falls strictly inside one of the quotations (in order of their starts, not overlapping). */
function inside(quotations: readonly Quotation[], x: number): boolean {
  const n = firstIndex(quotations.length, (i) => quotations[i].start < x);
  return n > 0 && quotations[n - 1].end > x;
}

/** A reported clause must not cut through a quotation (it may contain one). */
function cutsQuote(s: SentenceInfo, a: number, b: number): boolean {
  return quoted(s, a) || (quoted(s, b) && s.tokens[b].kind !== 'quote');
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
  salience: Salience,
): Quote[] {
  const out: Quote[] = [];
  const { tokens } = s;
  for (const cue of cues) {
    if (used.has(cue.first) || !REPORTING_CUES.has(cue.lemma) || cue.possessor !== undefined) continue;
    let src: Source | null;
    let clause: [number, number] | null = null;
    if (cue.according) {
      src = findSource(s, cue);
      if (src) clause = accordingClause(s, cue, src);
    } else {
      src =
        findSource(s, cue) ??
        (PREPOSITIONS.has(tokens[cue.first - 1]?.lower ?? '') ? null : sentenceSubject(s, cue.first));
      if (src) clause = clauseAfter(s, cue) ?? clauseBefore(s, cue, src);
    }
    if (!src || !clause) continue;
    const [a, b] = clause;
    if (cutsQuote(s, a, b)) continue;
    const span: Span = { start: tokens[a].start, end: tokens[b].end };
    // Its ends must not fall inside a quotation either: a mark closing the clause may be one of
    // the marks inside a longer quotation, not the end of one the clause holds.
    if (inside(input.quotations, span.start) || inside(input.quotations, span.end)) continue;
    const r = resolveSource(input, salience, s, src);
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
      confidence: Math.round((r ? 0.8 * r.certainty : 0.2) * 100) / 100,
      method: cue.according ? 'according' : 'cue',
      section: null,
    });
    break; // one reported clause per sentence: nested reports ("X said Y said…") stay inside it
  }
  return out;
}
