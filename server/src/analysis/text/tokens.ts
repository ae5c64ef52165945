// Word tokens with the little the attribution rules need: case, possessive, punctuation.
import { isApostrophe, isDigit, isLetter, isSpace, isUpper, isWordChar } from './chars';
import { isQuoteMark } from './quoteMarks';
import { CLITICS, CONTRACTING } from '../lexicon/grammar';

export type TokenKind = 'word' | 'number' | 'possessive' | 'contraction' | 'punct' | 'quote';

export interface Token {
  /** Offsets into the article; an incremental analysis moves a kept paragraph's tokens (shiftTokens). */
  start: number;
  end: number;
  readonly kind: TokenKind;
  readonly text: string;
  readonly lower: string;
  /** First character is a capital letter. */
  readonly cap: boolean;
  /** Two or more letters, all capitals (IAEA, NATO, U.S.). */
  readonly caps: boolean;
  /** Index of the token in its array. */
  readonly i: number;
}

/** Length of a clitic ('s, 'd, 'll, 've, 're, 'm) starting at i and ending a word, or 0. */
function clitic(text: string, i: number, end: number): number {
  for (const c of CLITICS) {
    if (i + c.length > end) continue;
    if (text.slice(i, i + c.length).toLowerCase() === c && !isWordChar(text.charCodeAt(i + c.length))) return c.length;
  }
  return 0;
}

/** Moves tokens computed at one offset of the text to another (an edit before them shifted them). */
export function shiftTokens(tokens: readonly Token[], delta: number): void {
  for (const t of tokens) {
    t.start += delta;
    t.end += delta;
  }
}

/**
 * Splits `text[start, end)` into tokens. Words keep inner apostrophes (don't, O'Brien),
 * hyphens (Jong-un) and the periods of initialisms (U.S., D.C.); a possessive ’s is a token
 * of its own so that "Russia’s" yields the name "Russia".
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  const push = (s: number, e: number, kind: TokenKind): void => {
    const t = text.slice(s, e);
    const c0 = t.charCodeAt(0);
    let caps = false;
    if (kind === 'word' && e - s >= 2 && isUpper(c0)) {
      caps = true;
      for (let k = 1; k < t.length; k++) {
        const c = t.charCodeAt(k);
        if (isLetter(c) && !isUpper(c)) {
          caps = false;
          break;
        }
      }
    }
    // Most tokens are lower-case ASCII already: toLowerCase only where a letter may change.
    let plain = true;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if ((c >= 65 && c <= 90) || c > 127) {
        plain = false;
        break;
      }
    }
    out.push({
      start: s,
      end: e,
      kind,
      text: t,
      lower: plain ? t : t.toLowerCase(),
      cap: kind === 'word' && isUpper(c0),
      caps,
      i: out.length,
    });
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      let digits = isDigit(c);
      for (;;) {
        while (j < end && isWordChar(text.charCodeAt(j))) {
          if (!isDigit(text.charCodeAt(j))) digits = false;
          j++;
        }
        const d = text.charCodeAt(j);
        const n = text.charCodeAt(j + 1);
        if (j + 1 < end && isApostrophe(d) && isLetter(n)) {
          // A possessive or a contraction ('s, 'd, 'll, 've, 're, 'm) ends the word; other inner
          // apostrophes (don't, O'Brien) stay.
          if (clitic(text, j + 1, end) > 0) break;
          j += 2;
          continue;
        }
        if (j + 1 < end && (d === 45 || d === 0x2010 || d === 0x2011) && isWordChar(n)) {
          j += 2;
          continue;
        }
        // Initialisms: a single letter followed by a period and another letter (U.S., G.K.).
        if (d === 46 && j - i >= 1 && isLetter(n) && j + 2 <= end && text.charCodeAt(j + 2) === 46 && isUpper(n)) {
          j += 3;
          continue;
        }
        if (d === 46 && isDigit(n) && digits) {
          j += 2;
          continue;
        } // 3.5
        if (d === 44 && isDigit(n) && digits) {
          j += 2;
          continue;
        } // 50,000
        break;
      }
      // An initialism keeps its final period: U.S. / D.C.
      if (text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(j - 2) === 46) j++;
      push(i, j, digits ? 'number' : 'word');
      i = j;
      continue;
    }
    const cl = isApostrophe(c) && i > start && isWordChar(text.charCodeAt(i - 1)) ? clitic(text, i + 1, end) : 0;
    if (cl > 0) {
      // "Russia’s" is a possessive; "he’s", "she’d", "they’re" are contractions of the pronoun's verb.
      const prev = out[out.length - 1];
      const possessive = cl === 1 && (text.charCodeAt(i + 1) | 32) === 115 && !(prev && CONTRACTING.has(prev.lower));
      push(i, i + 1 + cl, possessive ? 'possessive' : 'contraction');
      i += 1 + cl;
      continue;
    }
    push(i, i + 1, isQuoteMark(c) ? 'quote' : 'punct');
    i++;
  }
  return out;
}

/** Dash tokens: they close a dateline and set off asides. */
export const DASHES = new Set(['—', '–', '--', '-']);
/** The marks inside a dateline ("MONCTON, N.B.", "(AP)"). */
const DATELINE_MARKS = new Set([',', '(', ')', '.']);

/**
 * Where a sentence's words start after a dateline ("OTTAWA —", "MONCTON, N.B. —", "WASHINGTON
 * (AP) —", "OTTAWA, Ont. —"): a place in capitals first, then capitalised words, numbers and
 * marks up to a dash. `start` when there is none.
 */
export function afterDateline(tokens: readonly Token[], start: number, end: number): number {
  if (!tokens[start]?.caps) return start;
  for (let k = start + 1; k < end && k - start <= 10; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && DASHES.has(t.text)) return k + 1;
    const word = t.kind === 'word' || t.kind === 'number';
    if (word ? t.kind === 'word' && !t.cap : !DATELINE_MARKS.has(t.text)) return start;
  }
  return start;
}

/**
 * Whether token k is a plural's possessive apostrophe ("Sanders' campaign", "Teachers' Federation"):
 * the tokenizer leaves an apostrophe after an "s" a quote token, since it may close a quotation.
 */
export function pluralApostrophe(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t?.kind === 'quote' &&
    (t.text === "'" || t.text === '’') &&
    t.start === tokens[k - 1]?.end &&
    /s$/i.test(tokens[k - 1].text) &&
    tokens[k + 1]?.kind === 'word'
  );
}
