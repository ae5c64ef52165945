// Random edit sequences for the property test of incremental analysis: the kinds of edits an
// editor makes (typing, deleting, a new paragraph, a quotation mark, a pasted or removed
// paragraph), from a seeded generator so that a failure can be replayed.

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

// Characters that change what the core reads: letters of names and words, sentence ends,
// quotation marks of every style, apostrophes, line and paragraph breaks.
const TYPED = [
  'e',
  'a',
  's',
  'd',
  'M',
  'T',
  ' ',
  '.',
  ',',
  ':',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '\n',
  '\n\n',
  '—',
  '(',
  ')',
];
const WORDS = [
  ' said',
  ' told reporters',
  ' he',
  ' she',
  ' the president',
  ' Macron',
  ' Emmanuel Macron',
  ' officials',
  ' according to',
  ' Ruiz',
];

/** One random edit of `text`. */
export function randomEdit(text: string, rnd: () => number): Edit {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.4) return { start: at, end: at, text: pick(TYPED) };
  if (r < 0.6) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(rnd() * 4)), text: '' };
  if (r < 0.72) return { start: at, end: at, text: pick(WORDS) };
  // A paragraph removed, moved or pasted again (the same words at another offset).
  const breaks: number[] = [0];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) breaks.push(i + 2);
  const k = Math.floor(rnd() * breaks.length);
  const from = breaks[k];
  const to = k + 1 < breaks.length ? breaks[k + 1] : text.length;
  if (r < 0.84) return { start: from, end: to, text: '' };
  const where = pick(breaks);
  return { start: where, end: where, text: text.slice(from, to) };
}
