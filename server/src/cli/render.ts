// One analysed article in the format asked for: the text the analyze command prints for it. An
// article is rendered on its own (in a worker thread, perhaps); what joins articles in the output
// (the CSV header, the blank line between outlines) is added where they are written, in order.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../analysis/model';
import { CSV_COLUMNS, toCsv } from '../formats/csv';
import { type ContractArticle, toContract } from '../formats/json';
import { toMarkdownSheet } from '../formats/markdownSheet';
import { renderReport } from '../formats/report';
import { toWebAnnotations } from '../formats/webAnnotation';

export const FORMATS = ['text', 'json', 'csv', 'webannotation', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  format: Format;
  color: boolean;
}

/**
 * What the article is, for the output: a file, or a record of a JSON Lines input. A record's id
 * takes the file's place (`id` instead of `file` in JSON); `href` is the Web Annotation source.
 */
export type Subject = { readonly file: string } | { readonly id: string | number; readonly href: string };

/** The contract with the record's id first, in the place of its file name. */
function withId(contract: ContractArticle, id: string | number): Record<string, unknown> {
  const out: Record<string, unknown> = { id };
  for (const [key, value] of Object.entries(contract)) if (key !== 'file') out[key] = value;
  return out;
}

const labelOf = (s: Subject): string => ('file' in s ? s.file : String(s.id));

export function render(article: Article, subject: Subject, opts: RenderOptions): string {
  const label = labelOf(subject);
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify('file' in subject ? toContract(article, label) : withId(toContract(article, label), subject.id))}\n`;
    case 'csv':
      return toCsv(article, label, { header: false });
    case 'webannotation': {
      const href = 'file' in subject ? pathToFileURL(resolve(subject.file)).href : subject.href;
      return `${JSON.stringify(toWebAnnotations(article, href))}\n`;
    }
    case 'markdown':
      return toMarkdownSheet(article, label);
    default:
      return renderReport(article, label, { color: opts.color });
  }
}

/** What comes before an article's output: the CSV header (and BOM) before the first, a blank line between outlines. */
export function joiner(format: Format, first: boolean, bom: boolean): string {
  switch (format) {
    case 'csv':
      return first ? `${bom ? '\uFEFF' : ''}${CSV_COLUMNS.join(',')}\r\n` : '';
    case 'text':
    case 'markdown':
      return first ? '' : '\n';
    default:
      return '';
  }
}
