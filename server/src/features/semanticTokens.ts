// Semantic tokens: quotes, their marks, speech cues, headings, metadata lines, topics and every
// mention of a person or organisation, in the custom legend declared in package.json (with
// TextMate scope fallbacks there). Tokens never overlap and never span lines: a name inside a
// quote cuts the quote's token around it, and a quote running over several lines gives one token
// per line. Topics follow `newsAnnotator.topics.highlight`: each section's key topics once per
// paragraph (the default), every mention, or none.
import type {
  Range,
  SemanticTokens,
  SemanticTokensDelta,
  SemanticTokensEdit,
  SemanticTokensLegend,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Span } from '../analysis/model';
import { isSure } from '../analysis/attribution/confidence';
import { indexOf, namesEntity } from '../lsp/articleIndex';
import { firstIndex } from '../../../common/search';
import type { TopicHighlight } from '../settings';

export const TOKEN_TYPES = [
  'quote',
  'quoteMark',
  'cue',
  'speaker',
  'person',
  'organisation',
  'pronounReference',
  'heading',
  'topic',
  'metadata',
] as const;
export const TOKEN_MODIFIERS = [
  'declaration',
  'source',
  'misspelt',
  'title',
  'partial',
  'unattributed',
  'unclosed',
  'headline',
  'uncertain',
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Token extends Span {
  readonly type: TokenType;
  readonly modifiers: number;
  /** Higher wins where tokens overlap. */
  readonly rank: number;
}

function mods(...names: (TokenModifier | false)[]): number {
  let bits = 0;
  for (const n of names) if (n) bits |= 1 << TOKEN_MODIFIERS.indexOf(n);
  return bits;
}

/** Background spans (quotes, headings) that foreground tokens cut into. */
function backgrounds(article: Article): Token[] {
  const out: Token[] = [];
  for (const q of article.quotes) {
    // Reported speech is the writer's wording, and a term names a word or a work: neither is a quotation.
    if (q.kind === 'indirect' || q.kind === 'term') continue;
    out.push({
      start: q.start,
      end: q.end,
      type: 'quote',
      rank: 0,
      modifiers: mods(
        q.kind === 'partial' && 'partial',
        !q.speaker && 'unattributed',
        !!q.speaker && !isSure(q) && 'uncertain',
        q.unclosed && 'unclosed',
      ),
    });
  }
  for (const s of article.sections) {
    if (s.headingRange)
      out.push({ start: s.headingRange.start, end: s.headingRange.end, type: 'heading', rank: 0, modifiers: 0 });
  }
  // Datelines, bylines, credits, captions: drawn apart from the text, never as headings.
  for (const m of article.metadata) out.push({ start: m.start, end: m.end, type: 'metadata', rank: 0, modifiers: 0 });
  if (article.title)
    out.push({
      start: article.title.start,
      end: article.title.end,
      type: 'heading',
      rank: 0,
      modifiers: mods('headline'),
    });
  return out.sort((a, b) => a.start - b.start);
}

function foregrounds(article: Article, topics: TopicHighlight): Token[] {
  const ix = indexOf(article);
  const out: Token[] = [];
  const sources = new Set<number>();
  for (const q of article.quotes) {
    if (q.source) sources.add(q.source.start);
    for (const m of q.marks)
      out.push({ start: m.start, end: m.end, type: 'quoteMark', rank: 3, modifiers: mods(q.unclosed && 'unclosed') });
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, type: 'cue', rank: 1, modifiers: 0 });
  }
  for (const e of article.entities) {
    const speaks = ix.quotesBy(e.id).length > 0;
    const definition = ix.definition(e);
    for (const m of e.mentions) {
      const type: TokenType =
        m.kind === 'pronoun'
          ? 'pronounReference'
          : speaks
            ? 'speaker'
            : e.kind === 'person'
              ? 'person'
              : 'organisation';
      const modifiers = mods(
        m === definition && namesEntity(m) && 'declaration',
        sources.has(m.start) && 'source',
        m.kind === 'misspelling' && 'misspelt',
        m.kind === 'title' && 'title',
      );
      out.push({ start: m.start, end: m.end, type, rank: 2, modifiers });
    }
  }
  // Topic words inside a quotation would cut its colour into pieces: there the quote wins.
  for (const t of topics === 'off' ? [] : article.topics) {
    for (const m of topics === 'key' ? t.marks : t.mentions) {
      const q = ix.quoteAt(m.start);
      if (!q || q.kind === 'indirect') out.push({ start: m.start, end: m.end, type: 'topic', rank: 1, modifiers: 0 });
    }
  }
  return out;
}

/** Sorted, non-overlapping foreground tokens: where two overlap, the higher rank (then the earlier) stays. */
function settle(tokens: Token[]): Token[] {
  tokens.sort((a, b) => a.start - b.start || b.rank - a.rank);
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.end <= t.start) continue;
    const last = out[out.length - 1];
    if (!last || t.start >= last.end) {
      out.push(t);
      continue;
    }
    if (t.rank > last.rank) {
      // The new token wins: drop every kept token it overlaps.
      while (out.length && out[out.length - 1].end > t.start && out[out.length - 1].rank < t.rank) out.pop();
      const prev = out[out.length - 1];
      if (!prev || prev.end <= t.start) out.push(t);
    }
  }
  return out;
}

/** Every token of the article in text order, backgrounds cut around foregrounds. */
/** Whether a token lies in a metadata line: a byline's name or outlet is drawn as the line is, not as a mention. */
function inMetadata(article: Article, t: Span): boolean {
  const m = article.metadata;
  const i = firstIndex(m.length, (k) => m[k].start <= t.start) - 1;
  return i >= 0 && t.end <= m[i].end;
}

export function articleTokens(article: Article, topics: TopicHighlight = 'key'): Token[] {
  const fg = settle(foregrounds(article, topics).filter((t) => !inMetadata(article, t)));
  const out: Token[] = [];
  let fi = 0;
  let covered = 0;
  for (const bg of backgrounds(article)) {
    let at = Math.max(bg.start, covered);
    if (at >= bg.end) continue;
    covered = bg.end;
    while (fi < fg.length && fg[fi].end <= at) out.push(fg[fi++]);
    while (fi < fg.length && fg[fi].start < bg.end) {
      const f = fg[fi++];
      if (f.start > at) out.push({ ...bg, start: at, end: f.start });
      out.push(f);
      if (f.end > at) at = f.end;
    }
    if (at < bg.end) out.push({ ...bg, start: at, end: bg.end });
  }
  while (fi < fg.length) out.push(fg[fi++]);
  return out;
}

/**
 * LSP's relative encoding, one token per line piece; line breaks are never part of a token.
 * With `lines`, only tokens on those lines (inclusive) are encoded.
 */
export function encode(
  document: TextDocument,
  tokens: readonly Token[],
  lines?: { first: number; last: number },
): number[] {
  const text = document.getText();
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    let start = document.positionAt(t.start);
    if (lines && start.line > lines.last) break;
    let from = t.start;
    while (from < t.end) {
      let to = from;
      while (
        to < t.end &&
        text.charCodeAt(to) !== 10 &&
        text.charCodeAt(to) !== 13 &&
        text.charCodeAt(to) !== 0x2028 &&
        text.charCodeAt(to) !== 0x2029
      )
        to++;
      if (to > from && (!lines || (start.line >= lines.first && start.line <= lines.last))) {
        const line = start.line;
        const char = line === prevLine ? start.character - prevChar : start.character;
        data.push(line - prevLine, char, to - from, TOKEN_TYPES.indexOf(t.type), t.modifiers);
        prevLine = line;
        prevChar = start.character;
      }
      from = to;
      while (
        from < t.end &&
        (text.charCodeAt(from) === 10 ||
          text.charCodeAt(from) === 13 ||
          text.charCodeAt(from) === 0x2028 ||
          text.charCodeAt(from) === 0x2029)
      )
        from++;
      if (from < t.end) start = document.positionAt(from);
    }
  }
  return data;
}

export function semanticTokensFull(article: Article, document: TextDocument, topics?: TopicHighlight): number[] {
  return encode(document, articleTokens(article, topics));
}

export function semanticTokensRange(
  article: Article,
  document: TextDocument,
  range: Range,
  topics?: TopicHighlight,
): number[] {
  return encode(document, articleTokens(article, topics), { first: range.start.line, last: range.end.line });
}

/** The edits turning `before` into `after`: the differing middle, after the common prefix and suffix. */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before[head] === after[head]) head++;
  if (head === before.length && head === after.length) return [];
  let tail = 0;
  while (tail < shorter - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return [{ start: head, deleteCount: before.length - head - tail, data: after.slice(head, after.length - tail) }];
}

/** Remembers each document's last full result, so a delta request can answer with edits. */
export class TokenStore {
  private readonly last = new Map<string, { id: string; data: number[] }>();
  private counter = 0;

  full(uri: string, data: number[]): SemanticTokens {
    const id = `${++this.counter}`;
    this.last.set(uri, { id, data });
    return { resultId: id, data };
  }

  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const prev = this.last.get(uri);
    if (!prev || prev.id !== previousResultId) return this.full(uri, data);
    const id = `${++this.counter}`;
    this.last.set(uri, { id, data });
    return { resultId: id, edits: tokenEdits(prev.data, data) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
