// The sources charts from a report's rows and totals: the editor's chart view and the HTML report
// draw the same ones (charts.ts draws, this says what).
import { balanceChart, barChart, type Bar, type ChartPalette } from './charts';
import { GENDER_WORD, percent, type SourceCounts, type SourceLine } from './sources';
import { plural } from '../../../common/text';

/** Bars past this many are summed into one "others" bar. */
const MAX_BARS = 12;

/** Share of voice by speaker: words quoted, most first, quotes with no speaker last. */
export function shareOfVoiceChart(
  list: readonly SourceLine[],
  counts: SourceCounts,
  palette: ChartPalette,
  colorOf: (line: SourceLine, index: number) => string = (_, i) => palette.speakers[i % palette.speakers.length],
): string {
  const total = counts.words;
  const bar = (label: string, words: number, quotes: number, color: string): Bar => ({
    label,
    value: total ? words / total : 0,
    detail: `${percent(words, total)} · ${plural(quotes, 'quote')}`,
    color,
  });
  const shown = list.slice(0, MAX_BARS);
  const bars = shown.map((s, i) => bar(s.name, s.words, s.quotes, colorOf(s, i)));
  const rest = list.slice(MAX_BARS);
  if (rest.length)
    bars.push(
      bar(
        `${plural(rest.length, 'other source')}`,
        rest.reduce((n, s) => n + s.words, 0),
        rest.reduce((n, s) => n + s.quotes, 0),
        palette.muted,
      ),
    );
  if (counts.unattributed)
    bars.push(bar('No speaker found', counts.unattributedWords, counts.unattributed, palette.unattributed));
  return barChart('share-of-voice', 'Share of voice: words quoted by speaker', bars, palette);
}

/** Share of voice by who speaks: women, men, people of unknown gender, organisations, anonymous sources, no speaker. */
export function voiceByGroupChart(counts: SourceCounts, palette: ChartPalette, gender: boolean): string {
  const total = counts.words;
  const rows: [string, number, string][] = gender
    ? [
        ['Women', counts.womenWords, palette.female],
        ['Men', counts.menWords, palette.male],
        ['People, gender unknown', counts.unknownWords, palette.unknown],
      ]
    : [['People', counts.womenWords + counts.menWords + counts.unknownWords, palette.male]];
  rows.push(
    ['Organisations', counts.organisationWords, palette.organisation],
    ['Anonymous sources', counts.anonymousWords, palette.anonymous],
    ['No speaker found', counts.unattributedWords, palette.unattributed],
  );
  const bars = rows.map(([label, words, color]) => ({
    label,
    value: total ? words / total : 0,
    detail: percent(words, total),
    color,
  }));
  return barChart('voice-by-group', 'Share of voice: words quoted by kind of source', bars, palette);
}

/** The gender balance of the people quoted (unknown counts, as the GenderGapTracker counts it). */
export function genderBalanceChart(counts: SourceCounts, palette: ChartPalette): string {
  return balanceChart(
    'gender-balance',
    `Gender balance of sources: women ${counts.women} of ${counts.people} people quoted`,
    [
      { label: 'Women', count: counts.women, color: palette.female },
      { label: 'Men', count: counts.men, color: palette.male },
      {
        label: GENDER_WORD.unknown[0].toUpperCase() + GENDER_WORD.unknown.slice(1),
        count: counts.unknownGender,
        color: palette.unknown,
      },
    ],
    palette,
  );
}
