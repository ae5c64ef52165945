// The words of a name mention and which word of the entity's canonical name each one is, so
// that spelling fixes and renames edit exactly the words that change and keep everything
// between them (an editor's "[Hassan] Rouhani" keeps its brackets).
import { closeSpelling, normalizeName } from './distance';
import type { Entity, Span } from '../model';

export interface Word extends Span {
  readonly text: string;
}

export interface TextEdit extends Span {
  readonly newText: string;
}

function isNameChar(c: number): boolean {
  // Letters and digits of any script, and the marks that join a name's parts: O'Brien, Jong-un, J.
  return /[\p{L}\p{M}\p{N}'’.\-‐‑]/u.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdfff);
}

/** The words of `text[span]`, with their offsets; a trailing period stays only on an initial ("J."). */
export function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  let i = span.start;
  while (i < span.end) {
    while (i < span.end && !isNameChar(text.charCodeAt(i))) i++;
    let j = i;
    while (j < span.end && isNameChar(text.charCodeAt(j))) j++;
    let end = j;
    while (end > i && /[.'’-]/.test(text[end - 1]) && !(text[end - 1] === '.' && end - i === 2)) end--;
    if (end > i) out.push({ start: i, end, text: text.slice(i, end) });
    i = j;
  }
  return out;
}

/**
 * For each word, the index of the canonical word it spells (exactly, or as a near miss), or
 * -1. Matching goes left to right so "Emanuel Macron" pairs with "Emmanuel Macron" in order.
 */
export function align(words: readonly Word[], canonical: readonly string[]): number[] {
  const norm = canonical.map(normalizeName);
  const out: number[] = [];
  let from = 0;
  for (const w of words) {
    const n = normalizeName(w.text);
    let at = norm.indexOf(n, from);
    if (at < 0) at = norm.findIndex((c, k) => k >= from && closeSpelling(c, n));
    // A lone word may be any part ("Macron" is the last); look back once if nothing is ahead.
    if (at < 0 && from > 0) at = norm.findIndex((c) => c === n || closeSpelling(c, n));
    out.push(at);
    if (at >= 0) from = at + 1;
  }
  return out;
}

export function canonicalWords(e: Entity): string[] {
  return e.name.split(/\s+/).filter(Boolean);
}

/**
 * The edits that respell a mention to the canonical name: each misspelt word replaced by its
 * canonical word. Falls back to the whole mention when its words cannot be paired.
 */
export function spellingFix(text: string, mention: Span, e: Entity): TextEdit[] {
  const canon = canonicalWords(e);
  const words = wordsIn(text, mention);
  const at = align(words, canon);
  if (words.length === 0 || at.some((k) => k < 0)) return [{ start: mention.start, end: mention.end, newText: e.name }];
  const edits: TextEdit[] = [];
  words.forEach((w, k) => {
    if (w.text !== canon[at[k]]) edits.push({ start: w.start, end: w.end, newText: canon[at[k]] });
  });
  return edits;
}

/** The text a mention reads after `edits` (which lie inside it). */
export function applyInside(text: string, span: Span, edits: readonly TextEdit[]): string {
  let out = '';
  let at = span.start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return (out + text.slice(at, span.end)).replace(/\s+/g, ' ');
}

/**
 * What each canonical word becomes when the user renames the words of `renamed` (a mention
 * of the entity) to `newName`. Renaming a full name maps word to word, the first words taking
 * any extra and the last word staying last ("Vladimir Putin" → "Vladimir V. Putin"); renaming
 * one part ("Putin") changes that part everywhere.
 */
export function renameMap(
  renamedIndexes: readonly number[],
  canonicalCount: number,
  newName: string,
): (string | null)[] {
  const map: (string | null)[] = Array.from({ length: canonicalCount }, () => null);
  const next = newName.trim().split(/\s+/);
  const parts = renamedIndexes.filter((k) => k >= 0);
  const k = parts.length;
  if (k === 0) return map;
  const n = next.length;
  if (k === 1) {
    map[parts[0]] = next.join(' ');
    return map;
  }
  for (let i = 0; i < k - 1; i++) {
    if (i < k - 2) map[parts[i]] = next[i] ?? '';
    else map[parts[i]] = next.slice(i, Math.max(i, n - 1)).join(' ');
  }
  map[parts[k - 1]] = n >= 1 ? next[n - 1] : '';
  return map;
}
