// The classic test of text segmentation (Choi 2000), as issue 4 sets it: articles joined in
// groups of four, each without its headline line; a boundary found within one paragraph of a
// join counts. Shared by bench/sections.ts (the measure) and bench/fit-segmentation.ts (the fit).
import { readFileSync } from 'node:fs';

export interface Doc {
  id: string;
  text: string;
  sections?: string[];
}

export const readDocs = (file: string): Doc[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);

export interface Joined {
  readonly text: string;
  /** Where the second, third and fourth articles start (UTF-16 offsets). */
  readonly joins: number[];
}

/** Groups of four articles, each without its first line, joined by blank lines. */
export function joinedGroups(docs: readonly Doc[]): Joined[] {
  const out: Joined[] = [];
  for (let i = 0; i + 4 <= docs.length; i += 4) {
    const parts = docs.slice(i, i + 4).map((d) => d.text.slice(d.text.indexOf('\n') + 1).trim());
    const starts: number[] = [];
    let text = '';
    for (const p of parts) {
      if (text) text += '\n\n';
      starts.push(text.length);
      text += p;
    }
    out.push({ text, joins: starts.slice(1) });
  }
  return out;
}

/** The first paragraph that starts at or after `offset`. */
export function paragraphOf(paragraphs: readonly { start: number }[], offset: number): number {
  const i = paragraphs.findIndex((p) => p.start >= offset);
  return i < 0 ? paragraphs.length : i;
}

/** One-to-one matches of predicted to gold boundaries (paragraph indexes) within `tolerance`. */
export function matches(gold: readonly number[], pred: readonly number[], tolerance = 1): number {
  const used = new Set<number>();
  let hits = 0;
  for (const g of gold) {
    let best = -1;
    for (const p of pred)
      if (!used.has(p) && Math.abs(p - g) <= tolerance && (best < 0 || Math.abs(p - g) < Math.abs(best - g))) best = p;
    if (best >= 0) {
      used.add(best);
      hits++;
    }
  }
  return hits;
}

/** Precision, recall and F1 from counts. */
export function prf(gold: number, pred: number, hit: number): { p: number; r: number; f: number } {
  const p = pred ? hit / pred : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
