// Texts to throw at the core: realistic articles (ours and the sample) under random edits
// (quotation marks of every kind, fragments of news English, unicode, deletions, copies,
// paragraph shuffles, line-ending and quote-style changes), news word salad, and random
// strings drawn from the characters the scanners care about. Edits are plain data applied
// in order, so fast-check can shrink a failure to the fewest, smallest edits.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { ARTICLES } from './articles';

/** The project's folder, found from here whether this file runs as source or inside a bundle. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'samples', 'press-conference.news')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const BASES: readonly string[] = [
  ...ARTICLES,
  readFileSync(join(projectRoot(), 'samples', 'press-conference.news'), 'utf8'),
];

/** Every quotation mark and apostrophe the core knows, and look-alikes it must not trip on. */
export const MARKS = [
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‚',
  '‹',
  '›',
  '‟',
  '‛',
  '⹂',
  'ʼ',
  '`',
  '´',
  '″',
  '＂',
];

const FRAGMENTS = [
  ' said ',
  ' said.',
  'he said',
  'she told reporters',
  ', ',
  '. ',
  ': ',
  '; ',
  '! ',
  '? ',
  '…',
  ' — ',
  '-',
  '(',
  ')',
  '[',
  ']',
  'according to ',
  'President ',
  'Prime Minister ',
  'the president',
  'Mr. ',
  'Dr. ',
  'Sen. ',
  'U.S. ',
  'Jr.',
  'Macron',
  'Emmanuel',
  'Putin',
  'Ann Cole',
  'the ministry',
  'a source',
  'officials',
  'they',
  'it',
  'The ',
  'Reuters',
  'IAEA',
  'added:',
  'continued:',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\t',
  ' ',
  '  ',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '# ',
  '## ',
  'By ',
  'PARIS — ',
  'Read more: ',
  '(Photo: AP)',
  "it's",
  "O'Brien",
  "rock 'n' roll",
  '’90s',
  "'em",
  'peoples’',
];

/** Astral characters, combining marks, joiners, lone surrogate halves: the UTF-16 hazards. */
const HAZARDS = [
  '😀',
  '👍🏽',
  '🇫🇷',
  '👨‍👩‍👧',
  '𝐀',
  '𝒳',
  '𠜎',
  'e\u0301',
  '\u0308',
  '\u0301\u0302',
  '\u200d',
  '\ud83d',
  '\ude00',
  'ﬁ',
  'İ',
  'ß',
  'Ǆ',
  'ǅ',
];

const insertText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...HAZARDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...MARKS, ' ', 'a'), { minLength: 2, maxLength: 12 }).map((a) => a.join('')),
  },
);

export type Edit =
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'copy'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly op: 'shuffle'; readonly keys: readonly number[] }
  | { readonly op: 'lineEndings'; readonly eol: '\r\n' | '\r' | '\u2028' }
  | { readonly op: 'restyle'; readonly from: string; readonly to: string }
  | { readonly op: 'bom' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertText }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 200 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('copy' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 300 }),
      to: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('shuffle' as const),
      keys: fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 20 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('lineEndings' as const),
      eol: fc.constantFrom('\r\n' as const, '\r' as const, '\u2028' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('restyle' as const),
      from: fc.constantFrom('"', "'", '“', '”'),
      to: fc.constantFrom(...MARKS),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
);

/** Splits into paragraphs at blank lines (LF, CRLF or CR). */
function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n|\r[ \t]*\r/);
}

export function applyEdit(text: string, e: Edit): string {
  const at = (n: number): number => n % (text.length + 1);
  switch (e.op) {
    case 'insert':
      return text.slice(0, at(e.at)) + e.text + text.slice(at(e.at));
    case 'delete':
      return text.slice(0, at(e.at)) + text.slice(at(e.at) + e.length);
    case 'copy': {
      const piece = text.slice(at(e.at), at(e.at) + e.length);
      return text.slice(0, at(e.to)) + piece + text.slice(at(e.to));
    }
    case 'shuffle': {
      const ps = paragraphsOf(text).map((p, i) => ({ p, k: e.keys[i % e.keys.length] }));
      return ps
        .sort((a, b) => a.k - b.k)
        .map((x) => x.p)
        .join('\n\n');
    }
    case 'lineEndings':
      return text.replace(/\r\n|\r|\n/g, e.eol);
    case 'restyle':
      return text.split(e.from).join(e.to);
    case 'bom':
      return `\ufeff${text}`;
  }
}

/** A realistic article (by index into BASES) under a list of edits. */
export interface MutatedArticle {
  readonly base: number;
  readonly edits: readonly Edit[];
}

export function render(m: MutatedArticle): string {
  return m.edits.reduce(applyEdit, BASES[m.base]);
}

export const mutatedArticle: fc.Arbitrary<MutatedArticle> = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  edits: fc.array(edit, { maxLength: 12 }),
});

export const VOCABULARY = [
  'the',
  'a',
  'of',
  'and',
  'to',
  'in',
  'on',
  'that',
  'was',
  'is',
  'will',
  'not',
  'we',
  'I',
  'you',
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'said',
  'says',
  'told',
  'added',
  'asked',
  'according',
  'to',
  'reporters',
  'President',
  'president',
  'Minister',
  'Foreign',
  'French',
  'Russian',
  'Mr.',
  'Mrs.',
  'Dr.',
  'Sen.',
  'Rep.',
  'Gen.',
  'U.S.',
  'U.N.',
  'Emmanuel',
  'Macron',
  'Vladimir',
  'Putin',
  'Ann',
  'Cole',
  'Li',
  'Wei',
  'O’Brien',
  'de',
  'van',
  'Jong-un',
  'Kim',
  'New',
  'York',
  'Times',
  'Ministry',
  'Kremlin',
  'IAEA',
  'NATO',
  'official',
  'source',
  'spokesman',
  'statement',
  'Monday',
  'Thursday',
  'France',
  'Korea',
  'North',
  'Korean',
  'who',
  'which',
  'continued',
  'replied',
  'pointed',
  'out',
  'went',
  'on',
  'put',
  'it',
  'Said',
  'Will',
  'Hope',
  'Grace',
  'Peace',
  'Process',
  ',',
  '.',
  ':',
  ';',
  '—',
  '(',
  ')',
  '[',
  ']',
  '...',
  '?',
  '!',
  '\n',
  '\n\n',
  '\r\n',
  ...MARKS,
];

/** Sentences of news vocabulary in random order: names, titles, cues and marks in every combination. */
export const wordSalad: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 120 })
  .map((ws) => ws.map(([w, sep]) => w + sep).join(''));

const INTERESTING = [
  ...MARKS,
  ' ',
  ' ',
  '\n',
  '\n',
  '\r',
  '.',
  ',',
  ':',
  '—',
  '-',
  'a',
  'e',
  'A',
  'T',
  'I',
  's',
  'x',
  '1',
  '😀',
  '\u0301',
  '\ud83d',
  '\u00a0',
  '#',
];

/** Random strings over the characters the scanners branch on. */
export const interestingString: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...INTERESTING),
  maxLength: 300,
});

/** Any text worth analysing, mostly mutated articles. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: mutatedArticle.map(render) },
  { weight: 2, arbitrary: wordSalad },
  { weight: 1, arbitrary: interestingString },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
