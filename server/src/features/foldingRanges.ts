// Folding: each section from its heading to its last line, and each quote that runs over
// several lines (multi-paragraph quotes, whose paragraphs are quotations of their own).
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
  // A quote over several paragraphs is a quotation per paragraph, each but the last with an opening
  // mark alone (and not left unclosed): they fold together.
  let chain = -1;
  for (const q of article.quotes) {
    if (q.marks.length === 0) continue;
    const start = chain >= 0 ? chain : q.start;
    chain = !q.unclosed && q.marks.length === 1 ? start : -1;
    if (chain >= 0) continue;
    const startLine = document.positionAt(start).line;
    const endLine = document.positionAt(q.end - 1).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  // Past the client's limit, sections (pushed first) are kept before quotes.
  return out.slice(0, rangeLimit).sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
