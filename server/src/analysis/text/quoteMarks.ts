// Quotation marks and how to read each occurrence: opening, closing, or an apostrophe.
import { isDash, isDigit, isLetter, isSpace } from './chars';
import { ELISIONS } from '../lexicon/grammar';

export type MarkFamily = 'double' | 'single';
export type MarkRole = 'open' | 'close' | 'either' | 'none';

const DOUBLE = new Set([0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2e42]);
const SINGLE = new Set([0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x2039, 0x203a]);

// The closing mark that usually pairs with each opening mark (German „…“, French «…», Swiss »…«).
const CLOSER: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '”': '”',
  '„': '“',
  '‟': '”',
  '«': '»',
  '»': '«',
  '⹂': '“',
  "'": "'",
  '‘': '’',
  '‚': '‘',
  '‛': '’',
  '‹': '›',
  '›': '‹',
};

/** The closing mark that usually pairs with an opening one (the mark itself when none is known). */
export function usualCloser(open: string): string {
  return CLOSER[open] ?? open;
}

export function markFamily(c: number): MarkFamily | null {
  if (c < 0xab && c !== 0x22 && c !== 0x27) return null;
  if (DOUBLE.has(c)) return 'double';
  if (SINGLE.has(c)) return 'single';
  return null;
}

/** Called on every character of the text: ASCII is settled by two comparisons. */
export function isQuoteMark(c: number): boolean {
  if (c < 0xab) return c === 0x22 || c === 0x27;
  return c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a || c === 0x2e42;
}

/** Characters that may stand right before an opening mark: "(“", "—‘", "[«". */
function opensBefore(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 47 || isDash(c) || c === 45 || c === 58 || isQuoteMark(c);
}

/** Characters that may stand right after a closing mark: "”,", "’)", "»." */
function closesAfter(c: number): boolean {
  return (
    c === 44 ||
    c === 46 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 41 ||
    c === 93 ||
    c === 125 ||
    isDash(c) ||
    c === 45 ||
    c === 0x2026 ||
    isQuoteMark(c)
  );
}

function elisionAfter(text: string, i: number): boolean {
  const a = text.charCodeAt(i + 1);
  const b = text.charCodeAt(i + 2);
  if (isDigit(a) && isDigit(b)) return true; // ’90s, '16
  let j = i + 1;
  while (j < text.length && j - i <= 6 && isLetter(text.charCodeAt(j))) j++;
  const word = text.slice(i + 1, j).toLowerCase();
  return ELISIONS.has(word) && !isLetter(text.charCodeAt(j));
}

/**
 * The role an occurrence can play, from the characters around it (the flanking rules that
 * Markdown and typographers use): a mark followed by text and preceded by space opens, a mark
 * preceded by text and followed by space or punctuation closes. Typographic marks keep their
 * usual role unless the context plainly says otherwise; the scanner settles `either` by its stack.
 */
export function markRole(text: string, i: number, lo: number, hi: number): MarkRole {
  const c = text.charCodeAt(i);
  const prev = i > lo ? text.charCodeAt(i - 1) : 32;
  const next = i + 1 < hi ? text.charCodeAt(i + 1) : 32;
  const left = !isSpace(next) && (isSpace(prev) || opensBefore(prev)); // could open
  const right = !isSpace(prev) && (isSpace(next) || closesAfter(next)); // could close
  const family = markFamily(c);
  if (family === 'single') {
    if (isLetter(prev) && isLetter(next)) return 'none'; // it's, O’Brien
    if (isDigit(prev) && (next === 115 || isSpace(next))) return 'none'; // 1990's, 5' 10"
    if (c === 0x2018 || c === 0x201a || c === 0x201b || c === 0x2039) {
      return elisionAfter(text, i) ? 'none' : 'open';
    }
    if (c === 0x203a) return 'close';
    if (left && !right) return elisionAfter(text, i) ? 'none' : 'open';
    if (right && !left) return 'close';
    return 'none';
  }
  if (left && !right) return c === 0xbb || c === 0x201d ? 'either' : 'open';
  if (right && !left) return c === 0xab || c === 0x201c || c === 0x201e ? 'either' : 'close';
  switch (c) {
    case 0x201c:
    case 0x201e:
    case 0x201f:
    case 0xab:
      return 'open';
    case 0x201d:
    case 0xbb:
      return 'close';
    default:
      return 'either';
  }
}

/** Whether `close` can end a quotation opened by `open` (same family; guillemets pair with each other). */
export function pairs(open: number, close: number): boolean {
  return markFamily(open) === markFamily(close);
}

/**
 * Two apostrophes ('') or two backticks (``) written for a double quotation mark, as in
 * wire archives and TeX-style text: their width (2), or 0. Three apostrophes in a row are a
 * single mark and a double one, nested: `'''` after a word closes the inner quote, then the outer
 * (''…'Kosovo is a special case,''' Mr. Putin said), so its last two are the double mark; before a
 * word it opens both ('''Sir, …'.''), so its first two are. Four or more are no mark.
 */
export function wideMarkAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c !== 0x27 && c !== 0x60) || text.charCodeAt(i + 1) !== c) return 0;
  const before = text.charCodeAt(i - 1) === c;
  const after = text.charCodeAt(i + 2) === c;
  if (!before && !after) return 2;
  if (c !== 0x27 || (before && after)) return 0;
  // One more apostrophe on one side: a run of exactly three, or the run is longer.
  const start = before ? i - 1 : i;
  if (text.charCodeAt(start - 1) === c || text.charCodeAt(start + 3) === c) return 0;
  const closing = start > 0 && !isSpace(text.charCodeAt(start - 1));
  return closing === before ? 2 : 0;
}

/** Role of a two-character mark, by the same flanking rules as markRole. */
export function wideMarkRole(text: string, i: number, lo: number, hi: number): MarkRole {
  if (text.charCodeAt(i) === 0x60) return 'open';
  const prev = i > lo ? text.charCodeAt(i - 1) : 32;
  const next = i + 2 < hi ? text.charCodeAt(i + 2) : 32;
  const left = !isSpace(next) && (isSpace(prev) || opensBefore(prev));
  const right = !isSpace(prev) && (isSpace(next) || closesAfter(next));
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}
