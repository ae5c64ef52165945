// Hostile inputs, generated (never committed): walls of quotation marks, one 5 MB line, quotes
// that never close, deep nesting of mixed marks, apostrophes, endless capitalised titles and
// names, CR and CRLF with emoji, a byte-order mark, an empty file, and lines built to be the
// worst case of each regular expression the core runs. Each case makes a text of about the
// size asked for, deterministically (seeded), and may add its own truths beyond the
// invariants every article satisfies. The bench runs them at full size against the time
// budget; `npm test` runs them small, for correctness only.
import type { Article } from '../../server/src/analysis/model';
import { isQuoteMark } from '../../server/src/analysis/text/quoteMarks';
import { MARKS } from './arbitraries';
import { random } from './random';

export const MB = 1024 * 1024;

/** Appends pieces until the text is `bytes` long in UTF-8 (the size of the file). */
function fill(bytes: number, next: () => string): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = next();
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

const FIRST = [
  'Emmanuel',
  'Ann',
  'Lea',
  'Tom',
  'Grace',
  'Kenji',
  'Nadia',
  'Carl',
  'Li',
  'Olaf',
  'Maria',
  'Ahmed',
  'Sofia',
  'Pierre',
  'Ivan',
  'Jane',
];
const LAST = [
  'Macron',
  'Cole',
  'Fontaine',
  'Baptiste',
  'Mbeki',
  'Sato',
  'Okafor',
  'Jensen',
  'Wei',
  'Scholz',
  'Garcia',
  'Hassan',
  'Rossi',
  'Dubois',
  'Petrov',
  'Roe',
];
const TITLES = [
  'French President',
  'Commerce Minister',
  'Mayor',
  'Sen.',
  'Dr.',
  'Foreign Minister',
  'Chief Executive',
  'Gov.',
  'Rep.',
  'Prime Minister',
  'IAEA Director General',
  'Secretary of State',
];
const ORGS = ['the ministry', 'the Kremlin', 'Reuters', 'the city council', 'NATO', 'The New York Times'];
const WORDS = [
  'we',
  'will',
  'not',
  'accept',
  'this',
  'deal',
  'the',
  'people',
  'deserve',
  'better',
  'it',
  'is',
  'time',
  'to',
  'act',
  'now',
  'our',
  'plan',
  'works',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'den',
  'sto',
  'vic',
  'an',
  'bel',
  'tor',
  'us',
  'ne',
  'gar',
  'fi',
  'zo',
  'per',
];

function words(rnd: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(rnd, WORDS));
  return out.join(' ');
}

/** A surname made of syllables: thousands of distinct people. */
function surname(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 3);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(rnd, SYLLABLES);
  return s[0].toUpperCase() + s.slice(1);
}

/** One sentence of wire copy with a quotation and its attribution, in one of several shapes. */
function sentence(rnd: () => number): string {
  const name = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return `“${words(rnd, 8)},” ${pick(rnd, TITLES)} ${name} said.`;
    case 1:
      return `${pick(rnd, LAST)} told reporters: “${words(rnd, 10)}.”`;
    case 2:
      return `"${words(rnd, 5)}," she said, "${words(rnd, 6)}."`;
    case 3:
      return `According to ${pick(rnd, ORGS)}, ${words(rnd, 9)}.`;
    case 4:
      return `${name}, a spokesman for ${pick(rnd, ORGS)}, said the plan was “${words(rnd, 3)}”.`;
    default:
      return `He added that ${words(rnd, 7)}.`;
  }
}

export interface AdversarialCase {
  readonly name: string;
  /** Size of the full case (the bench), in MB of UTF-8. */
  readonly mb: number;
  /** The text, about `bytes` long in UTF-8. */
  make(bytes: number): string;
  /** Truths beyond the invariants: what a correct analysis of this text must show. */
  check?: (text: string, a: Article) => string[];
}

const nothingBut =
  (what: string, ok: (a: Article) => boolean) =>
  (_: string, a: Article): string[] =>
    ok(a) ? [] : [what];

export const CASES: readonly AdversarialCase[] = [
  {
    name: 'quotation marks, solid',
    mb: 5,
    make: (bytes) => {
      const rnd = random(1);
      return fill(bytes, () => pick(rnd, MARKS));
    },
    check: nothingBut('all in one paragraph', (a) => a.paragraphs.length === 1),
  },
  {
    name: 'quotation marks, spaced',
    mb: 5,
    make: (bytes) => {
      const rnd = random(2);
      return fill(bytes, () => {
        const r = rnd();
        return r < 0.2 ? ' ' : r < 0.22 ? '\n' : r < 0.23 ? '\n\n' : r < 0.3 ? 'a' : pick(rnd, MARKS);
      });
    },
  },
  {
    name: 'straight double quotes',
    mb: 5,
    make: (bytes) => '"'.repeat(bytes),
    // Back-to-back marks pair up around nothing: no quotation at all.
    check: nothingBut('no quotes', (a) => a.quotes.length === 0),
  },
  {
    name: 'one line, no newline',
    mb: 5,
    make: (bytes) => {
      const rnd = random(3);
      return fill(bytes, () => `${sentence(rnd)} `).trimEnd();
    },
    check: (text, a) => {
      const out: string[] = [];
      if (a.paragraphs.length !== 1) out.push(`${a.paragraphs.length} paragraphs in one line`);
      if (a.sentences.length < text.length / 200) out.push(`only ${a.sentences.length} sentences`);
      if (a.quotes.filter((q) => q.speaker).length < a.quotes.length / 2) out.push('most quotes have no speaker');
      return out;
    },
  },
  {
    name: 'unbalanced quotes',
    mb: 3,
    make: (bytes) => {
      const rnd = random(4);
      return fill(bytes, () => {
        const open = pick(rnd, ['“', '"', '«', '„', '‘', "'"]);
        return rnd() < 0.3
          ? `${open}${words(rnd, 12)}\n\n`
          : `${words(rnd, 4)} ${open}${words(rnd, 6)}, ${pick(rnd, LAST)} said. `;
      });
    },
    // An unclosed quote never runs past its paragraph unless the next one reopens it.
    check: (text, a) => {
      for (const q of a.quotes) {
        for (let p = q.firstParagraph + 1; p <= q.lastParagraph; p++) {
          if (!isQuoteMark(text.charCodeAt(a.paragraphs[p].start)))
            return [`quote ${q.start}–${q.end} runs on into paragraph ${p}, which does not reopen it`];
        }
      }
      return [];
    },
  },
  {
    name: 'deeply nested mixed marks',
    mb: 2,
    make: (bytes) => {
      const opens = ['“', '‘', '«', '‹', '„', '"', "'"];
      const closes = ['”', '’', '»', '›', '“', '"', "'"];
      const depth = Math.floor(bytes / 12);
      const head: string[] = ['The minister said: '];
      const tail: string[] = [];
      for (let d = 0; d < depth; d++) {
        head.push(`${opens[d % opens.length]}w${d % 10} `);
        tail.push(`${closes[d % closes.length]}`);
      }
      return `${head.join('')}end${tail.reverse().join('')}.`;
    },
  },
  {
    name: 'openers of one kind, closers of another',
    mb: 2,
    // Single openers pile up unmatched; each double closer must still find (no) opener quickly.
    make: (bytes) => `${'‘'.repeat(Math.floor(bytes / 6))}${'”'.repeat(Math.floor(bytes / 6))}`,
    check: nothingBut('no quotation: nothing pairs', (a) => a.quotes.length === 0),
  },
  {
    name: 'apostrophes',
    mb: 3,
    make: (bytes) => {
      const rnd = random(5);
      const bits = [
        "'",
        '’',
        "it's",
        "O'Brien's",
        "rock 'n' roll",
        '’90s',
        "'em",
        'peoples’',
        "'til",
        "don't",
        "''",
        '’’',
        'ʼ',
        '5\' 10"',
        "1990's",
      ];
      return fill(bytes, () => pick(rnd, bits) + (rnd() < 0.8 ? ' ' : rnd() < 0.5 ? '\n' : '. '));
    },
  },
  {
    name: 'capitalised title-name sequences',
    mb: 3,
    make: (bytes) => {
      const rnd = random(6);
      return fill(bytes, () => `${pick(rnd, TITLES)} ${pick(rnd, FIRST)} ${surname(rnd)} `);
    },
  },
  {
    name: 'titles and names that speak',
    mb: 3,
    make: (bytes) => {
      const rnd = random(7);
      return fill(
        bytes,
        () =>
          `${pick(rnd, TITLES)} ${pick(rnd, FIRST)} ${surname(rnd)} said “${words(rnd, 3)}.” ${rnd() < 0.2 ? '\n\n' : ''}`,
      );
    },
    check: nothingBut('every quote has a speaker', (a) => a.quotes.every((q) => q.speaker !== null)),
  },
  {
    name: 'two names a megabyte long, one letter apart',
    mb: 2,
    // Near-identical hyphenated surnames: is one a misspelling of the other? Must not cost length².
    make: (bytes) => {
      const name = 'Ka-'.repeat(Math.floor(bytes / 8));
      return `Mayor Ann ${name}x said “yes.”\n\nMayor Ann ${name}y said “no.”`;
    },
    check: nothingBut(
      'both quotes credited',
      (a) => a.quotes.length === 2 && a.quotes.every((q) => q.speaker !== null),
    ),
  },
  {
    name: 'office words over and over',
    mb: 3,
    // "the president president …": each office word looks back over the words of its title.
    make: (bytes) => `The ${'president '.repeat(Math.floor(bytes / 10))}said “yes.”`,
  },
  {
    name: 'titles before names over and over',
    mb: 3,
    // "president Macron president Macron …": each name looks back over the words of its role.
    make: (bytes) => `${'president Macron '.repeat(Math.floor(bytes / 17))}said “yes.”`,
  },
  {
    name: 'a name with an editor’s insertion, endlessly',
    mb: 3,
    // "[Ann] Ann] Ann] …": every “]” inside the chunk of capitalised words asks where its “[” is.
    make: (bytes) =>
      `Mayor Ann ${'Ann '.repeat(Math.floor(bytes / 12))}said. [${'Ann] '.repeat(Math.floor(bytes / 12))}Cole said “yes.”`,
  },
  {
    name: 'thousands of mayors, and “the mayor”',
    mb: 3,
    // Which mayor is "the mayor"? Finding out must not mean a pass over everyone named so far.
    make: (bytes) => {
      const rnd = random(11);
      return fill(bytes, () => `Mayor ${pick(rnd, FIRST)} ${surname(rnd)} spoke. The mayor said “${words(rnd, 3)}.” `);
    },
  },
  {
    name: 'thousands of organisations',
    mb: 3,
    // Is "the Kalomi Ministry" the "Ministry" named before? Each new name must not be compared with every other.
    make: (bytes) => {
      const rnd = random(10);
      return fill(
        bytes,
        () =>
          `The ${surname(rnd)} ${pick(rnd, ['Ministry', 'Agency', 'Institute', 'Party'])} said “${words(rnd, 3)}.” `,
      );
    },
  },
  {
    name: 'pronouns in one endless sentence',
    mb: 3,
    // Each pronoun weighs the people mentioned before it in its sentence and the few before.
    make: (bytes) =>
      `${'Ann Cole said “no,” he said, she said, they said, '.repeat(Math.floor(bytes / 50))}and that was all.`,
  },
  {
    name: 'quotes and cues after closing brackets',
    mb: 3,
    // Each cue after a “)” looks back for its “(”.
    make: (bytes) => '“we act” ) said '.repeat(Math.floor(bytes / 18)),
  },
  {
    name: 'quotes before a cue after a long run of adverbs',
    mb: 3,
    // Every quote asks the one cue for its source, and the source lies past the run of “also”s.
    make: (bytes) => `${'“we act” '.repeat(Math.floor(bytes / 22))}he ${'also '.repeat(Math.floor(bytes / 11))}said.`,
  },
  {
    name: 'CRLF and CR line endings with emoji',
    mb: 1,
    make: (bytes) => {
      const rnd = random(8);
      const eols = ['\r\n', '\r', '\n', '\r\n\r\n', '\r\r', '\u2028'];
      const emoji = ['😀', '👍🏽', '🇫🇷', '👨‍👩‍👧', '𝒳', '📈'];
      return fill(
        bytes,
        () =>
          `“${words(rnd, 3)} ${pick(rnd, emoji)},” ${pick(rnd, FIRST)} ${pick(rnd, LAST)} said ${pick(rnd, emoji)}.${pick(rnd, eols)}`,
      );
    },
    check: (text, a) => {
      const out: string[] = [];
      for (const p of a.paragraphs) {
        const c0 = text.charCodeAt(p.start);
        const c1 = text.charCodeAt(p.end - 1);
        if (c0 === 13 || c0 === 10 || c1 === 13 || c1 === 10) {
          out.push(`paragraph ${p.index} keeps a line break at its edge`);
          break;
        }
      }
      if (a.quotes.length < a.paragraphs.length / 2)
        out.push(`${a.quotes.length} quotes in ${a.paragraphs.length} paragraphs`);
      return out;
    },
  },
  {
    name: 'byte-order mark',
    mb: 1,
    make: (bytes) => {
      const rnd = random(9);
      return `\ufeff${fill(bytes, () => `${sentence(rnd)}\n\n`)}`;
    },
    check: nothingBut(
      'no span covers the byte-order mark',
      (a) => a.paragraphs.length > 0 && a.paragraphs[0].start === 1,
    ),
  },
  {
    name: 'empty file',
    mb: 0,
    make: () => '',
    check: nothingBut(
      'nothing found in nothing',
      (a) => a.paragraphs.length === 0 && a.quotes.length === 0 && a.sections.length === 0 && a.entities.length === 0,
    ),
  },
  {
    name: 'regular-expression worst cases',
    mb: 3,
    make: (bytes) => {
      // Lines just inside each pattern's length guard, shaped to make it try and fail late.
      const lines = [
        `By ${'Aa '.repeat(38)}!`, // BYLINE: many name words, then a character no branch accepts
        `By Ann Cole ,${' ,'.repeat(40)}!`, // BYLINE: the trailing affiliation group
        `${'A'.repeat(40)}, ${'B'.repeat(30)}, Jan. 12 (${'A'.repeat(25)} -`, // DATELINE
        `${'A '.repeat(39)}-`, // DATELINE: letters and spaces up to the bound
        `${'x'.repeat(195)}(photo:${'y'.repeat(95)}`, // CAPTION: an unclosed credit
        `${'x '.repeat(99)}Reuters/${'A '.repeat(45)}!`, // CAPTION: agency credit that never ends
        `# ${' '.repeat(60)}`, // Markdown heading made of spaces
        `${'!'.repeat(100)}a`, // heading words trimmed of non-letters at both ends
        `Read more${' '.repeat(150)}x`,
      ];
      let i = 0;
      return fill(bytes, () => `${lines[i++ % lines.length]}\n\n`);
    },
  },
];
