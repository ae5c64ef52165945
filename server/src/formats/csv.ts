// The CSV quote sheet (RFC 4180): one row per quote, for spreadsheets.
import type { Article } from '../analysis/model';
import { quoteRows } from './quoteRows';

export const CSV_COLUMNS = [
  'file',
  'section',
  'speaker',
  'role',
  'kind',
  'quote',
  'cue',
  'source',
  'confidence',
  'method',
  'line',
  'start',
  'end',
] as const;

/**
 * A field as RFC 4180 wants it: quoted when it holds a comma, quote, line break or leading/trailing
 * space, with inner quotes doubled. A leading =, +, - or @ is prefixed with an apostrophe so a
 * spreadsheet shows a quote like "=SUM(A1)" as text instead of running it as a formula.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
  readonly bom?: boolean;
  /** Write the header row (the first file of several does). */
  readonly header?: boolean;
}

export function toCsv(article: Article, file: string, opts: CsvOptions = {}): string {
  const lines: string[] = [];
  if (opts.header !== false) lines.push(CSV_COLUMNS.join(','));
  for (const r of quoteRows(article)) {
    lines.push(
      [
        file,
        r.section,
        r.speaker,
        r.role,
        r.kind,
        r.quote,
        r.cue,
        r.source,
        r.confidence,
        r.method,
        r.line,
        r.start,
        r.end,
      ]
        .map(csvField)
        .join(','),
    );
  }
  const body = lines.map((l) => `${l}\r\n`).join('');
  return opts.bom ? `\uFEFF${body}` : body;
}
