// One analysed article in the format asked for: the text the analyze command prints for it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../analysis/model';
import { toCsv } from '../formats/csv';
import { toContract } from '../formats/json';
import { toMarkdownSheet } from '../formats/markdownSheet';
import { renderReport } from '../formats/report';
import { toWebAnnotations } from '../formats/webAnnotation';

export const FORMATS = ['text', 'json', 'csv', 'webannotation', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  format: Format;
  bom: boolean;
  color: boolean;
}

/** `first` is the first article written: it alone gets the CSV header (and BOM), and no separating blank line. */
export function render(article: Article, file: string, opts: RenderOptions, first: boolean): string {
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify(toContract(article, file))}\n`;
    case 'csv':
      return toCsv(article, file, { header: first, bom: opts.bom && first });
    case 'webannotation':
      return `${JSON.stringify(toWebAnnotations(article, pathToFileURL(resolve(file)).href))}\n`;
    case 'markdown':
      return `${first ? '' : '\n'}${toMarkdownSheet(article, file)}`;
    default:
      return `${first ? '' : '\n'}${renderReport(article, file, { color: opts.color })}`;
  }
}
