// What must hold for every Article, whatever the text: every span inside the text and on
// UTF-16 boundaries (never between the halves of a surrogate pair), spans in their
// containers, quotes that overlap only by nesting, references that resolve. Shared by the
// property tests, the fuzzer and the adversarial tests and bench.
import type { Article, Span } from '../../server/src/analysis/model';
import { isQuoteMark, wideMarkAt } from '../../server/src/analysis/text/quoteMarks';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** Collects what is wrong with an article's spans; an empty list means it is sound. */
export class Checker {
  readonly problems: string[] = [];

  constructor(readonly text: string) {}

  fail(what: string): void {
    if (this.problems.length < 20) this.problems.push(what);
  }

  /** A span inside the text, on UTF-16 boundaries, not reversed; `empty` allows start === end. */
  span(what: string, s: Span | null | undefined, empty = false): s is Span {
    if (!s) return false;
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end)) this.fail(`${what}: non-integer offsets ${start}–${end}`);
    else if (start < 0 || end > this.text.length)
      this.fail(`${what}: ${start}–${end} outside the text (length ${this.text.length})`);
    else if (end < start || (!empty && end === start))
      this.fail(`${what}: ${empty ? 'reversed' : 'empty or reversed'} span ${start}–${end}`);
    else if (splitsPair(this.text, start) || splitsPair(this.text, end))
      this.fail(`${what}: ${start}–${end} splits a surrogate pair`);
    else return true;
    return false;
  }

  within(what: string, inner: Span, outer: Span): void {
    if (inner.start < outer.start || inner.end > outer.end) {
      this.fail(`${what}: ${inner.start}–${inner.end} not within ${outer.start}–${outer.end}`);
    }
  }

  /** Spans in order and apart from each other. */
  ordered(what: string, spans: readonly Span[]): void {
    for (let i = 1; i < spans.length; i++) {
      if (spans[i].start < spans[i - 1].end) {
        this.fail(
          `${what} ${i}: ${spans[i].start}–${spans[i].end} overlaps or precedes ${spans[i - 1].start}–${spans[i - 1].end}`,
        );
      }
    }
  }
}

export function articleProblems(text: string, a: Article): string[] {
  const c = new Checker(text);
  if (a.text !== text) c.fail('article.text is not the analysed text');

  a.paragraphs.forEach((p, i) => {
    c.span(`paragraph ${i}`, p);
    if (p.index !== i) c.fail(`paragraph ${i} has index ${p.index}`);
  });
  c.ordered('paragraph', a.paragraphs);

  a.sentences.forEach((s, i) => {
    const p = a.paragraphs[s.paragraph];
    if (!p) c.fail(`sentence ${i}: no paragraph ${s.paragraph}`);
    else if (c.span(`sentence ${i}`, s)) c.within(`sentence ${i}`, s, p);
  });
  c.ordered('sentence', a.sentences);

  for (const m of [...(a.title ? [a.title] : []), ...a.metadata]) {
    const p = a.paragraphs[m.paragraph];
    if (!p) c.fail(`${m.kind} line: no paragraph ${m.paragraph}`);
    else if (c.span(`${m.kind} line`, m)) c.within(`${m.kind} line`, m, p);
  }

  const sectionIds = new Set<string>();
  for (const s of a.sections) {
    if (sectionIds.has(s.id)) c.fail(`section id ${s.id} repeated`);
    sectionIds.add(s.id);
    c.span(`section ${s.id}`, s.range);
    if (c.span(`section ${s.id} heading`, s.headingRange)) c.within(`section ${s.id} heading`, s.headingRange, s.range);
    if (s.firstParagraph > s.lastParagraph || !a.paragraphs[s.firstParagraph] || !a.paragraphs[s.lastParagraph]) {
      c.fail(`section ${s.id}: paragraphs ${s.firstParagraph}–${s.lastParagraph} of ${a.paragraphs.length}`);
    }
  }

  const entityIds = new Set(a.entities.map((e) => e.id));
  if (entityIds.size !== a.entities.length) c.fail('entity ids repeated');
  for (const e of a.entities) {
    e.mentions.forEach((m, i) => {
      c.span(`${e.id} mention ${i}`, m);
      if (m.entity !== e.id) c.fail(`${e.id} mention ${i} names entity ${m.entity}`);
      if (i > 0 && m.start < e.mentions[i - 1].start) c.fail(`${e.id} mentions out of order`);
    });
  }

  const quoteIds = new Set<string>();
  for (const q of a.quotes) {
    if (quoteIds.has(q.id)) c.fail(`quote id ${q.id} repeated`);
    quoteIds.add(q.id);
    if (!c.span(`quote ${q.id}`, q)) continue;
    if (c.span(`quote ${q.id} content`, q.content, true)) c.within(`quote ${q.id} content`, q.content, q);
    for (const m of q.marks) {
      if (!c.span(`quote ${q.id} mark`, m)) continue;
      c.within(`quote ${q.id} mark`, m, q);
      // One quotation mark, or a typewriter pair (`` or '') standing for a double one.
      const one = m.end - m.start === 1 && isQuoteMark(text.charCodeAt(m.start));
      const pair = m.end - m.start === 2 && wideMarkAt(text, m.start) === 2;
      if (!one && !pair) c.fail(`quote ${q.id}: mark ${m.start}–${m.end} is not a quotation mark`);
    }
    if (q.kind !== 'indirect' && !q.marks.some((m) => m.start === q.start))
      c.fail(`quote ${q.id}: does not start with its opening mark`);
    c.span(`quote ${q.id} cue`, q.cue);
    c.span(`quote ${q.id} source`, q.source);
    if (q.speaker !== null && !entityIds.has(q.speaker)) c.fail(`quote ${q.id}: speaker ${q.speaker} is no entity`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) c.fail(`quote ${q.id}: confidence ${q.confidence}`);
    if (q.firstParagraph > q.lastParagraph) c.fail(`quote ${q.id}: paragraphs ${q.firstParagraph}–${q.lastParagraph}`);
  }
  // Quotes overlap only by nesting: sorted by start, each one ends before the next begins or holds it whole.
  const sorted = [...a.quotes].sort((x, y) => x.start - y.start || y.end - x.end);
  const open: Span[] = [];
  for (const q of sorted) {
    while (open.length && open[open.length - 1].end <= q.start) open.pop();
    const outer = open[open.length - 1];
    if (outer && q.end > outer.end) c.fail(`quotes ${outer.start}–${outer.end} and ${q.start}–${q.end} cross`);
    open.push(q);
  }

  for (const t of a.topics) {
    t.mentions.forEach((m, i) => c.span(`topic ${t.name} mention ${i}`, m));
    for (const id of t.sections) if (!sectionIds.has(id)) c.fail(`topic ${t.name}: no section ${id}`);
  }
  return c.problems;
}
