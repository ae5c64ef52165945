// Re-analysis after an edit, in process (no LSP, no features): the long article analysed once
// with a cache, then one-character edits spread through it, each analysed again with the cache
// (the incremental path) and, as the baseline in the same run, without it. CPU time.
import { addTopics, analyzeSpeech } from '../server/src/analysis/article';
import { ArticleCache } from '../server/src/analysis/incremental/articleCache';
import { WordTable } from '../server/src/analysis/topics/topicWords';
import { longArticle } from './corpus';
import { cpuMs, median } from './stats';

export interface IncrementalResult {
  bytes: number;
  edits: number;
  /** Median CPU ms of one analysis after an edit: with the cache (read part, topics part), and without it. */
  readMs: number;
  topicsMs: number;
  coldMs: number;
  /** coldMs over the incremental total. */
  speedup: number;
}

export function measureIncremental(opts: {
  minBytes: number;
  edits: number;
  log: (s: string) => void;
}): IncrementalResult {
  let { text } = longArticle(opts.minBytes);
  const cache = new ArticleCache();
  // One word table for the document's analyses, as the language server keeps one.
  const words = new WordTable();
  addTopics(analyzeSpeech(text, { cache }), words);
  const reads: number[] = [];
  const tops: number[] = [];
  const colds: number[] = [];
  for (let k = 0; k < opts.edits; k++) {
    const at = Math.floor(((k + 0.5) / opts.edits) * text.length);
    text = `${text.slice(0, at)}e${text.slice(at)}`;
    let part: ReturnType<typeof analyzeSpeech> | undefined;
    reads.push(
      cpuMs(() => {
        part = analyzeSpeech(text, { cache });
      }),
    );
    tops.push(cpuMs(() => addTopics(part!, words)));
    if (k < 3) colds.push(cpuMs(() => addTopics(analyzeSpeech(text), words)));
    opts.log(`incremental: edit ${k + 1}: ${(reads[k] + tops[k]).toFixed(0)} ms`);
  }
  const readMs = median(reads);
  const topicsMs = median(tops);
  const coldMs = median(colds);
  return {
    bytes: Buffer.byteLength(text),
    edits: opts.edits,
    readMs,
    topicsMs,
    coldMs,
    speedup: coldMs / (readMs + topicsMs),
  };
}
