// Sentence boundaries inside a paragraph. Quotations are atomic: a quote that holds several
// sentences belongs, whole, to the sentence that attributes it.
import { isDigit, isLetter, isSpace, isTerminal, isUpper } from './chars';
import type { Paragraph, Sentence, Span } from '../model';
import { isQuoteMark } from './quoteMarks';
import { cueLemma } from '../lexicon/cues';
import { OPENS_SENTENCE, SENTENCE_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from '../lexicon/grammar';
import { isPlaceName } from '../lexicon/names';

/** The word (letters and inner periods) that ends just before position `end`. */
function wordBefore(text: string, lo: number, end: number): string {
  let s = end;
  while (s > lo && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  return text.slice(s, end);
}

function isAbbreviation(text: string, lo: number, dot: number): boolean {
  const w = wordBefore(text, lo, dot);
  if (w.length === 0) return false;
  if (w.length === 1 && isUpper(w.charCodeAt(0))) return true; // an initial: George W. Bush
  const lower = w.toLowerCase();
  // A person's initials, "T.J. Brodie"; but a place's, "…left the U.S. Then", may end a sentence.
  if (/^\p{Lu}(?:\.\p{Lu})+$/u.test(w) && !isPlaceName(lower) && !isPlaceName(`${lower}.`)) return true;
  // "No. 5", but "she said no. Then…": an abbreviation only before its number.
  if (lower === 'no') return isDigit(text.charCodeAt(skipSpace(text, dot + 1, text.length)));
  if (!SENTENCE_ABBREVIATIONS.has(lower)) return false;
  // "…attacks in the U.S. He says…", "…Acme Inc. The company…": an abbreviation that may end a
  // sentence does so before a word that never follows it inside one.
  return !(SENTENCE_FINAL_ABBREVIATIONS.has(lower) && OPENS_SENTENCE.has(wordAfter(text, dot + 1)));
}

/** The word of letters that starts after `i` and any spaces. */
function wordAfter(text: string, i: number): string {
  let a = i;
  while (a < text.length && isSpace(text.charCodeAt(a))) a++;
  let b = a;
  while (b < text.length && isLetter(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** What may start a new sentence: a capital, a digit, an opening quote or bracket. */
function startsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isUpper(c) || isDigit(c) || isQuoteMark(c) || c === 40 || c === 91;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * “Why not?” Clinton asked. — a short clause with a speech verb right after a quotation that
 * ends in a question mark, an exclamation mark or a period is that quotation's attribution.
 */
function attributionFollows(text: string, i: number, end: number): boolean {
  const from = i;
  let words = 0;
  let cue = -1;
  while (i < end && words < 16) {
    const c = text.charCodeAt(i);
    // “Why?” Mr. Trump asked. — a title's period ends nothing.
    if (c === 46 && cue < 0 && isAbbreviation(text, from, i)) {
      i++;
      continue;
    }
    if (isTerminal(c) || c === 44 || c === 59) return cue >= 0;
    if (isQuoteMark(c)) return false;
    if (isLetter(c)) {
      let j = i;
      while (j < end && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
      const w = text.slice(i, j).toLowerCase();
      // "Russia insisted that Pyongyang…" is a sentence of its own, not an attribution.
      if (cue >= 0 && (w === 'that' || w === 'if' || w === 'whether')) return false;
      if (cue < 0 && cueLemma(w) && !isUpper(c)) cue = words;
      words++;
      i = j;
      continue;
    }
    i++;
  }
  return false;
}

/** Splits a paragraph into sentences; `quotes` are the quotations inside it, sorted by start. */
export function splitSentences(text: string, p: Paragraph, quotes: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, p.start, p.end);
  let q = 0;
  let i = start;
  const push = (end: number, next: number): void => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) out.push({ start, end: e, paragraph: p.index });
    start = next;
  };
  while (i < p.end) {
    while (q < quotes.length && quotes[q].end <= i) q++;
    if (q < quotes.length && quotes[q].start <= i) {
      // Jump over the quotation; it ends a sentence when it closes on final punctuation
      // and the writer's next sentence begins right after it.
      const qe = quotes[q].end;
      // The quotation's last character before its closing marks: one mark, two apostrophes
      // (''…''), or a nested quote's and the outer one's (.’” or .''').
      let k = qe - 1;
      while (k > quotes[q].start && isQuoteMark(text.charCodeAt(k))) k--;
      const last = text.charCodeAt(k);
      const after = skipSpace(text, qe, p.end);
      // A question or an exclamation may be followed by its attribution in the same sentence: “Why?” he asked.
      const mayContinue = last !== 46 && attributionFollows(text, after, p.end);
      if (after > qe && after < p.end && isTerminal(last) && startsSentence(text, after) && !mayContinue) {
        push(qe, after);
      }
      i = Math.max(qe, i + 1);
      continue;
    }
    const c = text.charCodeAt(i);
    if (isTerminal(c)) {
      let j = i + 1;
      while (j < p.end && (isTerminal(text.charCodeAt(j)) || text.charCodeAt(j) === 41)) j++;
      const after = skipSpace(text, j, p.end);
      if (
        after > j &&
        after < p.end &&
        startsSentence(text, after) &&
        !(c === 46 && isAbbreviation(text, p.start, i))
      ) {
        // A quotation that opens right here starts the next sentence.
        push(j, after);
        i = after;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(p.end, p.end);
  return out;
}
