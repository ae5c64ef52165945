// What an analysis keeps of the last version of a document so the next one can reuse it: the
// work done inside each paragraph (see paragraphWork.ts), found again by the paragraph's text
// wherever an edit moved it, and the article's lower-case words, counted per paragraph.
import type { Paragraph, Span } from '../model';
import { type ParagraphWork, moveWork } from './paragraphWork';
import type { Quotation } from '../text/quotations';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { firstIndex } from '../../../../common/search';
import { detach } from '../text/detach';
import { LineFacts } from '../text/sections';

/** Index of the first token that starts after `pos`. */
function firstTokenAfter(tokens: readonly Token[], pos: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].start <= pos);
}

/**
 * The quotations cutting into a paragraph, relative to it, as far as they matter inside it:
 * where they start and end (sentences do not break inside them) and where their words end.
 */
function quotesKey(quotes: readonly Quotation[], p: Paragraph): string {
  let key = '';
  for (const q of quotes) {
    key += `${Math.max(q.start, p.start - 1) - p.start},${Math.min(q.end, p.end) - p.start},${Math.min(q.content.end, p.end) - p.start};`;
  }
  return key;
}

/** Builds a paragraph's work, adding its lower-case words to `lowercase` (and keeping their list when `keep`). */
function buildWork(
  text: string,
  p: Paragraph,
  quotes: readonly Quotation[],
  key: string,
  body: string,
  lowercase: Set<string>,
  keep: boolean,
): ParagraphWork {
  // Sentences, with the paragraph's quotations treated as atomic.
  const inside: Span[] = [];
  for (const q of quotes) {
    const s = Math.max(q.start, p.start);
    const e = Math.min(q.end, p.end);
    if (s < e) inside.push({ start: s, end: e });
  }
  const spans: Span[] = [];
  const tokens: Token[][] = [];
  const inQuote: Uint8Array[] = [];
  // Quotations come in order of their starts: a sentence's are looked for from the first that
  // has not ended before an earlier sentence, not among all the paragraph's (a paragraph of many
  // sentences and quotes cost their product).
  const inOrder = quotes.every((q, k) => k === 0 || quotes[k - 1].start <= q.start);
  let qi = 0;
  for (const s of splitSentences(text, p, inside)) {
    spans.push({ start: s.start - p.start, end: s.end - p.start });
    const ts = tokenize(text, s.start, s.end);
    for (const t of ts) if (t.text.length >= 13) Object.assign(t, { text: detach(t.text), lower: detach(t.lower) });
    const quoted = new Uint8Array(ts.length);
    if (inOrder) while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
    for (let k = inOrder ? qi : 0; k < quotes.length; k++) {
      const q = quotes[k];
      if (inOrder && q.start >= s.end) break;
      if (q.start >= s.end || q.end <= s.start) continue;
      // The marks themselves are the writer's; the words between them are the speaker's.
      for (let t = firstTokenAfter(ts, q.start); t < ts.length && ts[t].end <= q.content.end; t++) quoted[t] = 1;
    }
    for (const t of ts) if (t.kind === 'word' && !t.cap) lowercase.add(t.lower);
    tokens.push(ts);
    inQuote.push(quoted);
  }
  return {
    text: body,
    quotes: key,
    base: p.start,
    sentences: spans,
    tokens,
    inQuote,
    local: tokens.map(() => ({})),
    // The kept line is the detached copy: a slice would hold this version's whole text.
    line: new LineFacts(keep ? body : text.slice(p.start, p.end)),
    lowercase: keep ? [...lowercase] : [],
    candidates: null,
    used: 0,
  };
}

export class ArticleCache {
  /** `keep`: false for a single analysis (no later version will look for its work). */
  constructor(private readonly keep = true) {}

  /**
   * Works by paragraph text and the quotations cutting into it, in the order they were made, with
   * the first place in that order that this version may not have used yet: a document of many
   * identical paragraphs looked through all their works for each of them.
   */
  private works = new Map<string, { list: ParagraphWork[]; next: number; generation: number }>();
  /** The works of the last version by where they were (each paragraph starts somewhere else). */
  private at = new Map<number, ParagraphWork>();
  private generation = 0;
  /** In how many paragraphs each lower-case word occurs. */
  private readonly counts = new Map<string, number>();
  /** Words the article writes in lower case somewhere: a capitalised one is likely a common word. */
  readonly lowercase = new Set<string>();

  /** Starts an analysis of a new version. */
  begin(): void {
    this.generation++;
  }

  /** The work for paragraph `p` cut into by `quotes`: the last version's if it had this paragraph, else new. */
  work(text: string, p: Paragraph, quotes: readonly Quotation[]): ParagraphWork {
    if (!this.keep) return buildWork(text, p, quotes, '', '', this.lowercase, false);
    const body = detach(text.slice(p.start, p.end));
    const key = quotesKey(quotes, p);
    // The one this version has not used that was at this place (works not used yet were all
    // placed by the last version, each somewhere else), else the first it has not used. (Found
    // at its place, a paragraph's text is compared, not hashed with its key for the map.)
    const there = this.at.get(p.start);
    let w = there && there.used !== this.generation && there.quotes === key && there.text === body ? there : undefined;
    const entry = w ? undefined : this.works.get(`${key}\u0000${body}`);
    if (!w && entry) {
      if (entry.generation !== this.generation) {
        entry.generation = this.generation;
        entry.next = 0;
      }
      // Used ones stay used for this version: each is passed once.
      while (entry.next < entry.list.length && entry.list[entry.next].used === this.generation) entry.next++;
      w = entry.list[entry.next];
    }
    if (w) {
      moveWork(w, p.start);
    } else {
      const words = new Set<string>();
      w = buildWork(text, p, quotes, key, body, words, true);
      if (entry) entry.list.push(w);
      else this.works.set(`${key}\u0000${body}`, { list: [w], next: 0, generation: this.generation });
      for (const word of w.lowercase) {
        const n = this.counts.get(word) ?? 0;
        this.counts.set(word, n + 1);
        if (n === 0) this.lowercase.add(word);
      }
    }
    w.used = this.generation;
    return w;
  }

  /** Forgets the paragraphs the new version no longer has; after it, `lowercase` is the new version's. */
  sweep(): void {
    this.at.clear();
    for (const [k, entry] of this.works) {
      const { list } = entry;
      const kept = list.filter((w) => w.used === this.generation);
      for (const w of kept) this.at.set(w.base, w);
      for (const w of list) {
        if (w.used === this.generation) continue;
        for (const word of w.lowercase) {
          const n = (this.counts.get(word) ?? 1) - 1;
          if (n > 0) this.counts.set(word, n);
          else {
            this.counts.delete(word);
            this.lowercase.delete(word);
          }
        }
      }
      if (kept.length === 0) this.works.delete(k);
      else if (kept.length !== list.length) this.works.set(k, { list: kept, next: 0, generation: -1 });
    }
  }
}
