import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../analysis/model';

/** An article span as an LSP range (both count UTF-16 code units). */
export function range(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The innermost span holding an offset, or undefined. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (offset >= s.start && offset < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}
