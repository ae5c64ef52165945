// `newsAnnotator/export`: the article in the CLI's export formats, for the client's "Export
// Annotations…" command (the client saves it).
import type { Article } from '../analysis/model';
import type { ExportFormat } from '../../../common/protocol';
import { toCsv } from '../formats/csv';
import { toContract } from '../formats/json';
import { toMarkdownSheet } from '../formats/markdownSheet';
import { toWebAnnotations } from '../formats/webAnnotation';
import { fileLabel } from '../formats/fileLabel';

export function exportArticle(article: Article, uri: string, format: ExportFormat, bom = false): string {
  switch (format) {
    case 'csv':
      return toCsv(article, fileLabel(uri), { bom });
    case 'markdown':
      return toMarkdownSheet(article, fileLabel(uri));
    case 'webannotation':
      return `${JSON.stringify(toWebAnnotations(article, uri), null, 2)}\n`;
    default:
      return `${JSON.stringify(toContract(article, fileLabel(uri)), null, 2)}\n`;
  }
}
