// The sources report as text, JSON Lines and CSV: a row per article, written as it is analysed,
// and the totals at the end.
import { plural } from '../../../common/text';
import { csvField } from './csv';
import { GENDER_WORD, percent, type SourceCounts, type SourcesRow, type SourceLine } from './sources';

function peopleText(c: SourceCounts, gender: boolean): string {
  const people = plural(c.people, 'person', 'people');
  return gender
    ? `${people} (${plural(c.women, 'woman', 'women')}, ${plural(c.men, 'man', 'men')}, ${c.unknownGender} unknown)`
    : people;
}

/** "3 sources: 2 people (1 woman, 1 man, 0 unknown), 0 organisations, 1 anonymous · 14 quotes, 2 with no speaker". */
export function countsText(c: SourceCounts, gender: boolean): string {
  return (
    `${plural(c.sources, 'source')}: ${peopleText(c, gender)}, ${plural(c.organisations, 'organisation')}, ` +
    `${c.anonymous} anonymous · ${plural(c.quotes, 'quote')}, ${c.unattributed} with no speaker · ` +
    `${plural(c.words, 'word')} quoted`
  );
}

function lineText(s: SourceLine, gender: boolean): string {
  const parts = [s.name];
  if (s.role) parts.push(s.role);
  if (s.kind !== 'person') parts.push(s.kind === 'anonymous' ? 'anonymous source' : 'organisation');
  else if (gender && s.gender) parts.push(`${GENDER_WORD[s.gender]}${s.evidence ? ` (${s.evidence})` : ''}`);
  parts.push(
    `${plural(s.quotes, 'quote')}${s.reported ? `, ${s.reported} reported` : ''}`,
    plural(s.words, 'word'),
    percent(s.share, 1),
  );
  return parts.join(' · ');
}

export function rowText(row: SourcesRow, gender: boolean): string {
  return [`${row.file}: ${countsText(row, gender)}`, ...row.list.map((s) => `  ${lineText(s, gender)}`), ''].join('\n');
}

export function totalsText(c: SourceCounts, articles: number, gender: boolean): string {
  const lines = [`Totals: ${plural(articles, 'article')} · ${countsText(c, gender)}`];
  if (gender)
    lines.push(`Women: ${c.women} of ${plural(c.people, 'person', 'people')} quoted (${percent(c.women, c.people)})`);
  const voice = gender
    ? [
        `women ${percent(c.womenWords, c.words)}`,
        `men ${percent(c.menWords, c.words)}`,
        `gender unknown ${percent(c.unknownWords, c.words)}`,
      ]
    : [`people ${percent(c.womenWords + c.menWords + c.unknownWords, c.words)}`];
  voice.push(
    `organisations ${percent(c.organisationWords, c.words)}`,
    `anonymous ${percent(c.anonymousWords, c.words)}`,
    `no speaker ${percent(c.unattributedWords, c.words)}`,
  );
  lines.push(`Share of voice (words quoted): ${voice.join(', ')}`, '');
  return lines.join('\n');
}

const GENDER_COUNTS: readonly (keyof SourceCounts)[] = [
  'women',
  'men',
  'unknownGender',
  'womenWords',
  'menWords',
  'unknownWords',
];

/** Counts with the gender ones left out when gender is off. */
function countsObject(c: SourceCounts, gender: boolean): Partial<SourceCounts> {
  return Object.fromEntries(
    Object.entries(c).filter(([k]) => gender || !GENDER_COUNTS.includes(k as keyof SourceCounts)),
  );
}

export function rowJson(row: SourcesRow, gender: boolean): string {
  const { file, list, ...counts } = row;
  return `${JSON.stringify({
    file,
    ...countsObject(counts, gender),
    sources: list.map((s) => ({
      name: s.name,
      kind: s.kind,
      role: s.role,
      quotes: s.quotes,
      reported: s.reported,
      words: s.words,
      share: s.share,
      ...(gender && s.kind === 'person' ? { gender: s.gender, evidence: s.evidence } : {}),
    })),
  })}\n`;
}

export function totalsJson(c: SourceCounts, articles: number, gender: boolean): string {
  return `${JSON.stringify({ totals: { articles, ...countsObject(c, gender) } })}\n`;
}

const GENDER_COLUMNS: readonly (keyof SourceCounts)[] = ['women', 'men', 'unknownGender'];
const COLUMNS: readonly (keyof SourceCounts)[] = [
  'sources',
  'people',
  ...GENDER_COLUMNS,
  'organisations',
  'anonymous',
  'quotes',
  'reported',
  'unattributed',
  'words',
];

export function csvHeader(gender: boolean): string {
  const cols = COLUMNS.filter((c) => gender || !GENDER_COLUMNS.includes(c)).map((c) =>
    c === 'unattributed' ? 'no_speaker' : c === 'unknownGender' ? 'gender_unknown' : c,
  );
  const voice = gender ? ['women_voice', 'men_voice'] : [];
  return [
    'file',
    ...cols,
    ...voice,
    'organisation_voice',
    'anonymous_voice',
    'no_speaker_voice',
    'top_source',
    'top_source_voice',
  ].join(',');
}

/** A CSV row; `file` TOTAL for the totals row. Voice columns are shares of the words quoted (0 to 1). */
export function csvRow(file: string, c: SourceCounts, gender: boolean, top: SourceLine | undefined): string {
  const share = (n: number): string => (c.words ? (n / c.words).toFixed(3) : '');
  const cells: (string | number)[] = [file];
  for (const col of COLUMNS) if (gender || !GENDER_COLUMNS.includes(col)) cells.push(c[col]);
  if (gender) cells.push(share(c.womenWords), share(c.menWords));
  cells.push(share(c.organisationWords), share(c.anonymousWords), share(c.unattributedWords));
  cells.push(top?.name ?? '', top ? top.share.toFixed(3) : '');
  return `${cells.map(csvField).join(',')}\r\n`;
}
