// Character classes on UTF-16 code units. The scanners work on char codes, not regular
// expressions, so every pass over the text is linear and allocation-free.

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0x2002 ||
    c === 0x2003 ||
    c === 0x200b ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x2028 ||
    c === 0x2029
  );
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters of any script (surrogate halves count as letters, so words never split a pair). */
export function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER.test(String.fromCharCode(c));
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return UPPER.test(String.fromCharCode(c));
}

export function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** Apostrophe-like marks that may sit inside a word (it's, O’Brien). */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

export function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2212;
}

/** Sentence-final punctuation. */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
