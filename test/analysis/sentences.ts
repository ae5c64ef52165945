// The first steps of the analysis, as analyzeSpeech runs them, for tests of the sentence-level
// modules: paragraphs → quotations → sentences and tokens → mention candidates. Attribution and
// entities are not run, so each candidate is as findCandidates made it.
import type { SentenceInfo } from '../../server/src/analysis/attribution/context';
import { ArticleCache } from '../../server/src/analysis/incremental/articleCache';
import type { Paragraph } from '../../server/src/analysis/model';
import { findCandidates } from '../../server/src/analysis/people/mentions';
import { splitParagraphs } from '../../server/src/analysis/text/paragraphs';
import { findQuotations, type Quotation } from '../../server/src/analysis/text/quotations';

export interface ReadText {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly infos: SentenceInfo[];
  /** Words the text writes in lower case somewhere. */
  readonly lowercase: ReadonlySet<string>;
}

/** Splits `text` into sentences with their tokens and (unless `candidates` is false) their mention candidates. */
export function readSentences(text: string, { candidates = true } = {}): ReadText {
  const cache = new ArticleCache(false);
  cache.begin();
  const paragraphs = splitParagraphs(text);
  const quotations = findQuotations(text, paragraphs).sort((a, b) => a.start - b.start);
  const works = paragraphs.map((p) => {
    const cutting: Quotation[] = quotations.filter((q) => q.start < p.end && q.end > p.start);
    return cache.work(text, p, cutting);
  });
  cache.sweep();
  const infos: SentenceInfo[] = [];
  for (const p of paragraphs) {
    const w = works[p.index];
    w.sentences.forEach((s, k) => {
      infos.push({
        index: infos.length,
        paragraph: p.index,
        start: w.base + s.start,
        end: w.base + s.end,
        tokens: w.tokens[k],
        inQuote: w.inQuote[k],
        candidates: [],
        memo: {},
        local: w.local[k],
      });
    });
  }
  if (candidates)
    for (const info of infos) info.candidates.push(...findCandidates(info, { lowercase: cache.lowercase }));
  return { text, paragraphs, infos, lowercase: cache.lowercase };
}

/** The one sentence of a text that has one. */
export function oneSentence(text: string, options?: { candidates?: boolean }): SentenceInfo {
  const { infos } = readSentences(text, options);
  if (infos.length !== 1)
    throw new Error(
      `expected one sentence, got ${infos.length}: ${JSON.stringify(infos.map((s) => text.slice(s.start, s.end)))}`,
    );
  return infos[0];
}

/** The index of the first token of a sentence whose text is `word` (the n-th such, from 0). */
export function tokenIndex(s: SentenceInfo, word: string, n = 0): number {
  let seen = 0;
  for (let k = 0; k < s.tokens.length; k++) {
    if (s.tokens[k].text === word && seen++ === n) return k;
  }
  throw new Error(`no token ${JSON.stringify(word)} (#${n}) in ${JSON.stringify(s.tokens.map((t) => t.text))}`);
}

/** The text of tokens first…last (inclusive) of a sentence. */
export function tokensText(text: string, s: SentenceInfo, first: number, last: number): string {
  return text.slice(s.tokens[first].start, s.tokens[last].end);
}
