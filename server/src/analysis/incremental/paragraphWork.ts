// The work the core does inside one paragraph, kept so that an incremental analysis can reuse
// it for every paragraph an edit did not touch: sentences, tokens, which tokens are quoted,
// mention candidates. Each piece records what it read from outside the paragraph (the
// article's lower-case words) and is reused only while those reads still give the same
// answers. The topic terms are collected over the whole article each time (topicSections.ts):
// their groups span paragraphs, and one pass over the word table costs little.
import type { Candidate, MovableSpan } from '../people/mentions';
import type { SentenceLocal } from '../attribution/context';
import type { Span } from '../model';
import type { LineFacts } from '../text/sections';
import { shiftTokens, type Token } from '../text/tokens';

/** A set whose `has` answers are recorded, so a result computed with it can be checked against another set later. */
export class RecordingSet implements ReadonlySet<string> {
  readonly queries = new Map<string, boolean>();
  /** Set when the whole set was read (its size, an iteration): no record can vouch for that. */
  wholeRead = false;

  constructor(private readonly inner: ReadonlySet<string>) {}

  has(value: string): boolean {
    const r = this.inner.has(value);
    this.queries.set(value, r);
    return r;
  }

  get size(): number {
    this.wholeRead = true;
    return this.inner.size;
  }

  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    this.wholeRead = true;
    this.inner.forEach((v) => fn(v, v, this));
  }

  entries(): SetIterator<[string, string]> {
    this.wholeRead = true;
    return this.inner.entries();
  }

  keys(): SetIterator<string> {
    this.wholeRead = true;
    return this.inner.keys();
  }

  values(): SetIterator<string> {
    this.wholeRead = true;
    return this.inner.values();
  }

  [Symbol.iterator](): SetIterator<string> {
    this.wholeRead = true;
    return this.inner[Symbol.iterator]();
  }
}

/** Whether the recorded answers still hold for `set`. */
export function stillAnswers(queries: ReadonlyMap<string, boolean> | null, set: ReadonlySet<string>): boolean {
  if (!queries) return false;
  for (const [w, r] of queries) if (set.has(w) !== r) return false;
  return true;
}

/** The recorded answers of a RecordingSet, or null when they cannot vouch for the result. */
export function recorded(r: RecordingSet): ReadonlyMap<string, boolean> | null {
  return r.wholeRead ? null : r.queries;
}

/** What the candidates of a paragraph were found with. */
export interface CandidateWork {
  /** The sentences' index in the article when found (candidates carry it). */
  readonly context: string;
  readonly lowercase: ReadonlyMap<string, boolean>;
  /** Per sentence, its candidates, and each one's kind, role and gender as the paragraph left them. */
  readonly candidates: Candidate[][];
  readonly local: { kind: Candidate['kind']; role: string | null; gender: Candidate['gender'] }[][];
}

/** One paragraph's text and the work done on it, at the offset `base` of the article. */
export interface ParagraphWork {
  readonly text: string;
  /** The quotations that cut into the paragraph, relative to it: sentences and quoted tokens depend on them. */
  readonly quotes: string;
  base: number;
  /** Sentences relative to the paragraph. */
  readonly sentences: readonly Span[];
  /** Per sentence: its tokens (at `base`) and which are inside a quotation. */
  readonly tokens: Token[][];
  readonly inQuote: Uint8Array[];
  /** Per sentence, what the passes work out from its tokens alone (SentenceLocal, context.ts). */
  readonly local: SentenceLocal[];
  /** What the article's structure asks of the paragraph's line (sections.ts), answered once. */
  readonly line: LineFacts;
  /** Its distinct words written in lower case. */
  readonly lowercase: readonly string[];
  candidates: CandidateWork | null;
  /** The analysis that last used it (a paragraph repeated word for word needs one work each). */
  used: number;
}

function shiftSpan(s: MovableSpan, delta: number): void {
  s.start += delta;
  s.end += delta;
}

/** Moves a paragraph's work to a new offset of the article: an edit before it shifted it. */
export function moveWork(w: ParagraphWork, base: number): void {
  const delta = base - w.base;
  if (delta === 0) return;
  for (const t of w.tokens) shiftTokens(t, delta);
  for (const list of w.candidates?.candidates ?? []) {
    for (const c of list) {
      shiftSpan(c, delta);
      if (c.roleSpan) shiftSpan(c.roleSpan, delta);
    }
  }
  w.base = base;
}
