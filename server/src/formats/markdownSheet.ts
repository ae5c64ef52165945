// The Markdown quote sheet for fact-checkers: each section's quotes with speaker, cue, confidence
// and line, the uncertain ones flagged for checking.
import { isSure } from '../analysis/attribution/confidence';
import type { Article } from '../analysis/model';
import { quoteRows, type QuoteRow } from './quoteRows';

/** Escapes what Markdown would read as markup inside a table cell. */
function cell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]<>])/g, '\\$1');
}

const KIND = { direct: 'quote', partial: 'partial quote', indirect: 'reported', term: 'term' } as const;

function flag(r: QuoteRow): string {
  if (!r.speaker) return '⚠ no speaker found';
  if (r.method === 'nearest') return '⚠ speaker guessed';
  return isSure(r) ? '' : '⚠ check';
}

export function toMarkdownSheet(article: Article, file: string): string {
  const rows = quoteRows(article);
  const title = article.title ? article.text.slice(article.title.start, article.title.end) : file;
  const reported = rows.filter((r) => r.kind === 'indirect').length;
  const counts = `${rows.length - reported} quotes, ${reported} reported statements`;
  const out: string[] = [`# Quote sheet: ${cell(title)}`, '', `Source: \`${file.replace(/`/g, "'")}\` · ${counts}`, ''];
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const s of sections) {
    out.push(
      `## ${cell(s || 'Article')}`,
      '',
      '| Line | Speaker | Kind | Quote | Cue | Confidence | Check |',
      '| ---: | --- | --- | --- | --- | ---: | --- |',
    );
    for (const r of rows.filter((x) => x.section === s)) {
      const who = r.speaker ? `${cell(r.speaker)}${r.role ? ` (${cell(r.role)})` : ''}` : '—';
      out.push(
        `| ${r.line} | ${who} | ${KIND[r.kind]} | ${cell(r.quote)} | ${cell(r.cue)} | ${Math.round(r.confidence * 100)} % | ${flag(r)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
