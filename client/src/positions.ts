// Comparisons on protocol positions and ranges (line, UTF-16 character), free of the vscode API so
// the tree and navigation logic can be tested with plain Node.
import type { Position, Range } from '../../common/protocol';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `p` lies in `r`, its end excluded (the end included when `closed`). */
export function rangeContains(r: Range, p: Position, closed = false): boolean {
  const after = comparePositions(p, r.end);
  return comparePositions(r.start, p) <= 0 && (after < 0 || (closed && after === 0));
}
