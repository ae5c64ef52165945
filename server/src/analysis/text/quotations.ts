// Finds quotations: spans between matching quotation marks, in every mark style, nested
// quotes inside them, and quotes that run over several paragraphs; marks around no word at
// all are no quotation. One linear pass.
import { isSpace, isWordChar } from './chars';
import type { Paragraph, Span } from '../model';
import { isQuoteMark, markFamily, markRole, pairs, wideMarkAt, wideMarkRole } from './quoteMarks';

export interface Quotation extends Span {
  /** Inside the outer marks. */
  readonly content: Span;
  readonly marks: Span[];
  readonly unclosed: boolean;
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  /** Quotations nested inside this one (a speaker quoting someone). */
  readonly nested: Span[];
  /** The mark family of the outer marks. */
  readonly single: boolean;
}

interface Open {
  readonly pos: number;
  readonly code: number;
  readonly width: number;
}

interface Nested extends Span {
  readonly content: Span;
}

interface Pending {
  start: number;
  code: number;
  width: number;
  firstParagraph: number;
  marks: Span[];
  nested: Nested[];
  /** A paragraph of a quote that runs over several, each paragraph a quotation of its own. */
  piecewise?: boolean;
}

/** Every character isQuoteMark accepts, and the backtick that opens a `` mark. */
const MARK_CHARS = /["'`\u00ab\u00bb\u2018-\u201f\u2039\u203a\u2e42]/g;

function firstNonSpace(text: string, p: Paragraph): number {
  let i = p.start;
  while (i < p.end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Whether a paragraph opens with a quotation mark of the family that an unfinished quote used. */
function reopens(text: string, p: Paragraph, code: number): boolean {
  const i = firstNonSpace(text, p);
  const c = text.charCodeAt(i);
  return i < p.end && isQuoteMark(c) && pairs(code, c) && markRole(text, i, p.start, p.end) !== 'close';
}

/**
 * Scans paragraph by paragraph with a stack of open marks. A closing mark pops to its
 * family's opener (an unmatched single mark under it was an apostrophe after all); the
 * outermost pair makes a quotation, inner pairs its nested quotes. An unfinished double
 * quote goes on into the next paragraph only when that paragraph reopens it (the news
 * convention for multi-paragraph quotes); otherwise it is cut at its paragraph's end and
 * marked unclosed. Unmatched single marks are apostrophes and are dropped.
 */
export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  const out: Quotation[] = [];
  let carry: Pending | null = null;
  // The first mark at or after `searchedFrom` (-1: none), as the last search found it.
  let searchedFrom = Infinity;
  let nextMark = -1;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const stack: Open[] = [];
    // Where each family's marks sit in the stack, innermost last: a closer finds its opener at once
    // (scanning down the stack was quadratic when marks of one family piled up unmatched).
    const double: number[] = [];
    const single: number[] = [];
    const open = (o: Open): void => {
      (markFamily(o.code) === 'double' ? double : single).push(stack.length);
      stack.push(o);
    };
    let outer: Pending | null = null;
    let i = p.start;
    if (carry) {
      // The reopening mark belongs to the carried quote, or opens its next paragraph's quotation.
      const carried: Pending = carry;
      const r = firstNonSpace(text, p);
      const w = wideMarkAt(text, r) || 1;
      carried.marks.push({ start: r, end: r + w });
      outer = carried.piecewise ? { ...carried, start: r, width: w } : carried;
      open({ pos: r, code: carried.code, width: w });
      carry = null;
      i = r + w;
    }
    for (; i < p.end; i++) {
      // Straight to the next character that can be a mark (a quotation mark, or a backtick of ``).
      // The search may run past the paragraph: what it found is kept for the paragraphs it passed,
      // or a text with few marks would be searched to its next one from every paragraph.
      if (i < searchedFrom || (nextMark >= 0 && nextMark < i)) {
        MARK_CHARS.lastIndex = i;
        const next = MARK_CHARS.exec(text);
        searchedFrom = i;
        nextMark = next ? next.index : -1;
      }
      if (nextMark < 0 || nextMark >= p.end) break;
      i = nextMark;
      let c = text.charCodeAt(i);
      const width = wideMarkAt(text, i) || 1;
      if (width === 1 && !isQuoteMark(c)) continue;
      let role = width === 2 ? wideMarkRole(text, i, p.start, p.end) : markRole(text, i, p.start, p.end);
      if (width === 2) c = 0x22; // pairs like a straight double quotation mark
      if (role === 'none') continue;
      const same = markFamily(c) === 'double' ? double : single;
      const at = same.length > 0 ? same[same.length - 1] : -1;
      if (role === 'either') role = at >= 0 ? 'close' : 'open';
      if (role === 'open') {
        // Straight quotes never nest inside their own kind: a second `"` closes.
        if (stack.length === 0)
          outer = { start: i, code: c, width, firstParagraph: pi, marks: [{ start: i, end: i + width }], nested: [] };
        open({ pos: i, code: c, width });
        i += width - 1;
        continue;
      }
      if (at < 0) continue; // a closing mark with no opener: an apostrophe or a stray mark
      const opener = stack[at];
      stack.length = at; // unmatched marks above the opener were apostrophes
      while (double.length > 0 && double[double.length - 1] >= at) double.pop();
      while (single.length > 0 && single[single.length - 1] >= at) single.pop();
      if (at === 0 && outer) {
        outer.marks.push({ start: i, end: i + width });
        keep(text, out, finish(outer, i + width, pi, false, width));
        outer = null;
      } else if (outer) {
        outer.nested.push({ start: opener.pos, end: i + width, content: { start: opener.pos + opener.width, end: i } });
      }
      i += width - 1;
    }
    if (outer && stack.length > 0) {
      const next = paragraphs[pi + 1];
      if (markFamily(stack[0].code) === 'single') {
        // The unmatched single mark was an apostrophe: what it seemed to enclose stands alone.
        for (const q of promote(text, outer.nested, pi)) keep(text, out, q); // not push(...): it may be too long to spread
      } else if (next && reopens(text, next, outer.code)) {
        carry = outer;
        // The news convention for someone's words over several paragraphs, opened after the writer's
        // own words ("…,” Peters said. “I like… ¶ “We played…”): each paragraph is a quotation of its
        // own, without a closing mark but the last, as both corpora's gold reads it. A quotation that
        // opens its paragraph and runs on is a block excerpt, kept whole.
        if (outer.piecewise || outer.start > firstNonSpace(text, paragraphs[outer.firstParagraph])) {
          let end = p.end;
          while (end > outer.start && isSpace(text.charCodeAt(end - 1))) end--;
          keep(text, out, finish(outer, end, pi, false, 0));
          carry = { ...outer, firstParagraph: pi + 1, marks: [], nested: [], piecewise: true };
        }
      } else {
        keep(text, out, finish(outer, p.end, pi, true, 0));
      }
    }
  }
  return out;
}

/**
 * Keeps a quotation that quotes something: a letter, digit or emoji between its marks. Marks
 * around nothing (`""`, `“ ”`, `‘’`) are typos, code or decoration, not speech; its nested
 * marks hold no more, so they go with it. Each top-level quotation is scanned once.
 */
function keep(text: string, out: Quotation[], q: Quotation): void {
  for (let i = q.content.start; i < q.content.end; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      out.push(q);
      return;
    }
  }
}

function promote(text: string, nested: Nested[], paragraph: number): Quotation[] {
  // Nested spans come from a stack, so they nest properly: a sweep by start keeps the outermost.
  const sorted = [...nested].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quotation[] = [];
  let inner: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.end <= last.end) {
      inner.push({ start: s.start, end: s.end });
      continue;
    }
    inner = [];
    out.push({
      start: s.start,
      end: s.end,
      content: s.content,
      marks: [
        { start: s.start, end: s.content.start },
        { start: s.content.end, end: s.end },
      ],
      unclosed: false,
      firstParagraph: paragraph,
      lastParagraph: paragraph,
      nested: inner,
      single: markFamily(text.charCodeAt(s.start)) === 'single' && wideMarkAt(text, s.start) === 0,
    });
  }
  return out;
}

function finish(q: Pending, end: number, lastParagraph: number, unclosed: boolean, closeWidth: number): Quotation {
  return {
    start: q.start,
    end,
    content: { start: q.start + q.width, end: end - closeWidth },
    marks: q.marks,
    unclosed,
    firstParagraph: q.firstParagraph,
    lastParagraph,
    nested: q.nested.map((n) => ({ start: n.start, end: n.end })),
    single: markFamily(q.code) === 'single',
  };
}
