// Folding: each section from its heading to its last line, and each quote that runs over
// several lines (multi-paragraph quotes).
import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';

export function foldingRanges(article: Article, document: TextDocument, rangeLimit = Infinity): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const s of article.sections) {
    // The lead has no heading line to fold under.
    if (!s.headingRange && !s.inferred) continue;
    const startLine = document.positionAt(s.headingRange?.start ?? s.range.start).line;
    const endLine = document.positionAt(Math.max(s.range.start, s.range.end - 1)).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  for (const q of article.quotes) {
    const startLine = document.positionAt(q.start).line;
    const endLine = document.positionAt(q.end - 1).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  // Past the client's limit, sections (pushed first) are kept before quotes.
  return out.slice(0, rangeLimit).sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
