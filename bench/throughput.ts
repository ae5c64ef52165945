// Throughput of the analysis core over real news text, with two baselines measured in the same
// run: a single String.prototype.indexOf pass over the same text (a bound no analysis can beat)
// and compromise's quotation extraction on a slice of it (a peer). CPU time, medians of rounds.
import nlp from 'compromise';
import { addTopics, analyzeArticle, analyzeSpeech } from '../server/src/analysis/article';
import { WordTable } from '../server/src/analysis/topics/topicWords';
import { newsArticles } from './corpus';
import { cpuMs, MB, median } from './stats';

export interface ThroughputResult {
  source: string;
  articles: number;
  bytes: number;
  rounds: number;
  /** MB/s of analyzeArticle, one call per article. */
  analyzeMBps: number;
  /** MB/s of its two parts: reading quotes and speakers (analyzeSpeech), and topics and sections (addTopics). */
  readMBps: number;
  topicsMBps: number;
  /** MB/s of one indexOf pass (a character that does not occur) over the articles joined. */
  indexOfMBps: number;
  /** The slice compromise reads, and the MB/s of each tool on it. */
  sliceBytes: number;
  sliceArticles: number;
  compromiseMBps: number;
  analyzeSliceMBps: number;
  /** analyzeMBps as a share of indexOfMBps, and as a multiple of compromiseMBps. */
  ofIndexOf: number;
  timesCompromise: number;
}

export function measureThroughput(opts: {
  minBytes: number;
  rounds: number;
  sliceBytes: number;
  log: (s: string) => void;
}): ThroughputResult {
  const corpus = newsArticles(opts.minBytes);
  const { articles, bytes } = corpus;
  const joined = articles.join('\n\n');
  const joinedBytes = Buffer.byteLength(joined);

  // indexOf: repeated until one round takes a measurable time.
  let reps = 1;
  while (
    cpuMs(() => {
      for (let i = 0; i < reps; i++) joined.indexOf('\u0000');
    }) < 50
  )
    reps *= 2;
  const idx: number[] = [];
  for (let r = 0; r < 7; r++)
    idx.push(
      cpuMs(() => {
        for (let i = 0; i < reps; i++) joined.indexOf('\u0000');
      }) / reps,
    );
  const indexOfMBps = joinedBytes / MB / (median(idx) / 1000);
  opts.log(`indexOf: ${indexOfMBps.toFixed(0)} MB/s`);

  // The analysis core, one call per article, after a warm-up round (the JIT, the word table), with
  // one word table for the run as the command line keeps one.
  const words = new WordTable();
  for (const a of articles) analyzeArticle(a, { words });
  const runs: number[] = [];
  const reads: number[] = [];
  const tops: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    let read = 0;
    let topics = 0;
    for (const a of articles) {
      let part: ReturnType<typeof analyzeSpeech> | undefined;
      read += cpuMs(() => {
        part = analyzeSpeech(a);
      });
      topics += cpuMs(() => addTopics(part!, words));
    }
    runs.push(read + topics);
    reads.push(read);
    tops.push(topics);
    opts.log(
      `analyzeArticle round ${r + 1}: ${(bytes / MB / ((read + topics) / 1000)).toFixed(2)} MB/s (reading ${((100 * read) / (read + topics)).toFixed(0)} %)`,
    );
  }
  const analyzeMBps = bytes / MB / (median(runs) / 1000);
  const readMBps = bytes / MB / (median(reads) / 1000);
  const topicsMBps = bytes / MB / (median(tops) / 1000);

  // compromise on the first articles, up to sliceBytes; the core on the same slice for comparison.
  const slice: string[] = [];
  let sliceBytes = 0;
  for (const a of articles) {
    if (sliceBytes >= opts.sliceBytes) break;
    slice.push(a);
    sliceBytes += Buffer.byteLength(a);
  }
  nlp(slice[0]).quotations().out('array'); // warm-up: compromise builds its lexicon lazily
  const comp: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < 3; r++) {
    comp.push(
      cpuMs(() => {
        for (const a of slice) nlp(a).quotations().out('array');
      }),
    );
    ours.push(
      cpuMs(() => {
        for (const a of slice) analyzeArticle(a, { words });
      }),
    );
  }
  const compromiseMBps = sliceBytes / MB / (median(comp) / 1000);
  const analyzeSliceMBps = sliceBytes / MB / (median(ours) / 1000);
  opts.log(`compromise: ${compromiseMBps.toFixed(3)} MB/s on ${slice.length} articles`);
  return {
    source: corpus.source,
    articles: articles.length,
    bytes,
    rounds: opts.rounds,
    analyzeMBps,
    readMBps,
    topicsMBps,
    indexOfMBps,
    sliceBytes,
    sliceArticles: slice.length,
    compromiseMBps,
    analyzeSliceMBps,
    ofIndexOf: analyzeMBps / indexOfMBps,
    timesCompromise: analyzeMBps / compromiseMBps,
  };
}
