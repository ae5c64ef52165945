// The sources report as one self-contained HTML file: totals, the charts as static SVG, and a row
// per article. No script, no font, no link out: it reads offline and prints.
import { escapeXml, STATIC_PALETTE } from './charts';
import { genderBalanceChart, shareOfVoiceChart, voiceByGroupChart } from './sourceCharts';
import { GENDER_WORD, percent, type SourceCounts, type SourcesRow } from './sources';

/** Articles up to this many get their own share-of-voice chart; past it, the table alone. */
const MAX_ARTICLE_CHARTS = 20;

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 980px; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; } h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.meta { color: #57606a; }
dl.totals { display: grid; grid-template-columns: max-content max-content; gap: .2rem 1.5rem; }
dl.totals dt { color: #57606a; } dl.totals dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; } figcaption { font-weight: 600; margin-bottom: .25rem; }
@media print { body { margin: 0; } section.article, figure { break-inside: avoid; } }
`;

const esc = escapeXml;

function totalsList(c: SourceCounts, articles: number, gender: boolean): string {
  const items: [string, string, string][] = [
    ['articles', 'Articles', String(articles)],
    ['sources', 'Sources', String(c.sources)],
    ['people', 'People quoted', String(c.people)],
  ];
  if (gender)
    items.push(
      ['women', 'Women', `${c.women} (${percent(c.women, c.people)})`],
      ['men', 'Men', `${c.men} (${percent(c.men, c.people)})`],
      ['unknownGender', 'Gender unknown', `${c.unknownGender} (${percent(c.unknownGender, c.people)})`],
    );
  items.push(
    ['organisations', 'Organisations', String(c.organisations)],
    ['anonymous', 'Anonymous sources', String(c.anonymous)],
    ['quotes', 'Quotes', String(c.quotes)],
    ['reported', 'Reported statements', String(c.reported)],
    ['unattributed', 'Quotes with no speaker', String(c.unattributed)],
    ['words', 'Words quoted', String(c.words)],
  );
  return `<dl class="totals">\n${items
    .map(([k, label, value]) => `<dt>${label}</dt><dd data-total="${k}">${esc(value)}</dd>`)
    .join('\n')}\n</dl>`;
}

function articleTable(rows: readonly SourcesRow[], gender: boolean): string {
  const head = ['Article', 'Sources', 'People', ...(gender ? ['Women', 'Men', 'Unknown'] : [])];
  head.push('Organisations', 'Anonymous', 'Quotes', 'No speaker', 'Words quoted', 'Most quoted');
  const body = rows.map((r) => {
    const cells = [r.sources, r.people, ...(gender ? [r.women, r.men, r.unknownGender] : [])];
    cells.push(r.organisations, r.anonymous, r.quotes, r.unattributed, r.words);
    const top = r.list[0];
    return `<tr><td>${esc(r.file)}</td>${cells.map((n) => `<td class="n">${n}</td>`).join('')}<td>${
      top ? `${esc(top.name)} (${percent(top.share, 1)})` : '–'
    }</td></tr>`;
  });
  return `<table class="articles">\n<thead><tr>${head
    .map((h, i) => `<th${i > 0 && i < head.length - 1 ? ' class="n"' : ''}>${h}</th>`)
    .join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function articleSection(r: SourcesRow, gender: boolean): string {
  const people = r.list.map((s) => {
    const who =
      s.kind !== 'person'
        ? s.kind === 'anonymous'
          ? 'anonymous source'
          : 'organisation'
        : gender && s.gender
          ? `${GENDER_WORD[s.gender]}${s.evidence ? ` (${s.evidence})` : ''}`
          : 'person';
    return `<tr><td>${esc(s.name)}</td><td>${esc(s.role ?? '')}</td><td>${esc(who)}</td><td class="n">${s.quotes}</td><td class="n">${s.reported}</td><td class="n">${s.words}</td><td class="n">${percent(s.share, 1)}</td></tr>`;
  });
  return [
    `<section class="article">`,
    `<h3>${esc(r.file)}</h3>`,
    `<figure>${shareOfVoiceChart(r.list, r, STATIC_PALETTE)}</figure>`,
    `<table class="sources"><thead><tr><th>Source</th><th>Role</th><th>Kind</th><th class="n">Quotes</th><th class="n">Reported</th><th class="n">Words</th><th class="n">Voice</th></tr></thead><tbody>`,
    ...people,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

export function sourcesHtml(
  rows: readonly SourcesRow[],
  totals: SourceCounts,
  articles: number,
  gender: boolean,
  generated: string,
): string {
  const figures = [
    ...(gender
      ? [
          `<figure><figcaption>Gender balance of sources</figcaption>${genderBalanceChart(totals, STATIC_PALETTE)}</figure>`,
        ]
      : []),
    `<figure><figcaption>Share of voice by kind of source</figcaption>${voiceByGroupChart(totals, STATIC_PALETTE, gender)}</figure>`,
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Who gets a voice: sources in ${articles} article${articles === 1 ? '' : 's'}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Who gets a voice</h1>
<p class="meta">Sources quoted in ${articles} article${articles === 1 ? '' : 's'}, by News Annotator, ${esc(generated)}.${
    gender
      ? ' Gender rests on evidence in the text (pronouns, honorifics and role words, first names); without it, it is unknown.'
      : ''
  }</p>
<h2>Totals</h2>
${totalsList(totals, articles, gender)}
${figures.join('\n')}
<h2>Articles</h2>
${articleTable(rows, gender)}
${rows.length <= MAX_ARTICLE_CHARTS ? rows.map((r) => articleSection(r, gender)).join('\n') : ''}
</body>
</html>
`;
}
