import { isLetter, isSpace, isUpper } from './chars';
import type { Paragraph, Span } from '../model';

/** The characters isLineBreak accepts: a regular expression finds the next one faster than a loop. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Trimmed non-blank lines of the text, in order. Handles LF, CRLF, CR and Unicode line separators. */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    LINE_BREAK.lastIndex = i;
    const m = LINE_BREAK.exec(text);
    const j = m ? m.index : n;
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    out.push({ start: s, end: e });
    if (j >= n) break;
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return out;
}

/**
 * A hard-wrapped line continues on the next one: the break falls mid-sentence (no final
 * punctuation or colon) and the next line goes on in lower case. Anything else — a heading
 * followed by text, one paragraph per line as in wire copy — starts a new paragraph.
 */
function continues(text: string, prev: Span, next: Span): boolean {
  const last = text.charCodeAt(prev.end - 1);
  if (last === 45 /* - */ && isLetter(text.charCodeAt(prev.end - 2))) return true;
  if (!isLetter(last) && last !== 44 /* , */) return false;
  const first = text.charCodeAt(next.start);
  return isLetter(first) && !isUpper(first);
}

/** Paragraphs: separated by blank lines, or one per line where lines are not hard-wrapped. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: { start: number; end: number } | null = null;
  let prevLine: Span | null = null;
  for (const line of lines(text)) {
    if (line.end === line.start) {
      if (cur) out.push({ start: cur.start, end: cur.end, index: out.length });
      cur = null;
      prevLine = null;
      continue;
    }
    if (cur && prevLine && continues(text, prevLine, line)) {
      cur.end = line.end;
    } else {
      if (cur) out.push({ start: cur.start, end: cur.end, index: out.length });
      cur = { start: line.start, end: line.end };
    }
    prevLine = line;
  }
  if (cur) out.push({ start: cur.start, end: cur.end, index: out.length });
  return out;
}
