// Answers from the last complete analysis while a newer one computes: the analysed text and the
// text as it is now differ in one region (found from their common prefix and suffix), so a
// position outside it maps between the two versions, and so does every range of an answer.
import type { Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Where two versions of a text differ: [start, oldEnd) of the older became [start, newEnd) of the newer. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

const CHUNK = 4096;

/** The one region two texts differ in (empty when they are equal). Compares in chunks first: string equality is a memory compare. */
export function changeBetween(older: string, newer: string): TextChange {
  const n = Math.min(older.length, newer.length);
  let start = 0;
  while (start + CHUNK <= n && older.slice(start, start + CHUNK) === newer.slice(start, start + CHUNK)) start += CHUNK;
  while (start < n && older.charCodeAt(start) === newer.charCodeAt(start)) start++;
  let a = older.length;
  let b = newer.length;
  while (a - CHUNK >= start && b - CHUNK >= start && older.slice(a - CHUNK, a) === newer.slice(b - CHUNK, b)) {
    a -= CHUNK;
    b -= CHUNK;
  }
  while (a > start && b > start && older.charCodeAt(a - 1) === newer.charCodeAt(b - 1)) {
    a--;
    b--;
  }
  return { start, oldEnd: a, newEnd: b };
}

function isPosition(v: unknown): v is Position {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Position).line === 'number' &&
    typeof (v as Position).character === 'number'
  );
}

/** An older analysed version of a document seen from its current version. */
export class StaleView {
  private readonly change: TextChange;

  /** The current version this view was made for (the document object is updated in place). */
  readonly version: number;

  constructor(
    /** The analysed version. */
    readonly old: TextDocument,
    readonly current: TextDocument,
  ) {
    this.version = current.version;
    this.change = changeBetween(old.getText(), current.getText());
  }

  /** The analysed version's position for a current one; null where the text has changed since. */
  toOld(p: Position): Position | null {
    const { start, oldEnd, newEnd } = this.change;
    const at = this.current.offsetAt(p);
    if (at < start) return this.old.positionAt(at);
    if (at >= newEnd) return this.old.positionAt(at - newEnd + oldEnd);
    return null;
  }

  /** A current offset for an analysed one; inside the changed region, its start (`end` false) or end. */
  private toCurrent(p: Position, end: boolean): Position {
    const { start, oldEnd, newEnd } = this.change;
    const at = this.old.offsetAt(p);
    if (at <= start) return this.current.positionAt(at);
    if (at >= oldEnd) return this.current.positionAt(at - oldEnd + newEnd);
    return this.current.positionAt(end ? newEnd : start);
  }

  /** A copy of an answer computed on the analysed version with every range moved to the current one. */
  map<T>(value: T): T {
    if (Array.isArray(value)) return value.map((v: unknown) => this.map(v)) as T;
    if (typeof value !== 'object' || value === null) return value;
    const o = value as Record<string, unknown>;
    if (isPosition(o.start) && isPosition(o.end))
      return { ...o, start: this.toCurrent(o.start, false), end: this.toCurrent(o.end, true) } as T;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = this.map(v);
    return out as T;
  }
}
