// The analyser the language service runs its analyses through: the seam between the service and
// where the analysis core runs. In this thread (the browser build, which already runs in a web
// worker, and tests), or in a worker thread of the Node server (node/workerAnalyser.ts), where a
// long analysis leaves the language-server thread free and running out of memory ends the
// worker, not the server.
import { analyzeArticle } from './analysis/article';
import { ArticleCache } from './analysis/incremental/articleCache';
import { WordTable } from './analysis/topics/topicWords';
import type { Article } from './analysis/model';
import type { Correction } from '../../common/corrections';

export interface AnalysisRequest {
  /** The open document analysed, whose paragraph work is kept for its next version; null for a one-off. */
  readonly uri: string | null;
  readonly version: number;
  readonly text: string;
  readonly corrections?: readonly Correction[];
  /** newsAnnotator.maxFileSize for the document: it also bounds the memory an analysis may take. */
  readonly maxFileSize: number;
}

export interface Analyser {
  /**
   * True when analyses run off the language-server thread: requests that may be answered from the
   * last complete analysis are, while a newer one computes. In-thread, that would only delay it.
   */
  readonly offThread: boolean;
  /**
   * The article for a text. Rejects with OutOfMemory when the analysis needed more memory than
   * the limit allows, with Superseded when a newer version of the same document was asked for
   * before this one started.
   */
  analyse(request: AnalysisRequest): Promise<Article>;
  /** The document closed (or is no longer analysed): drop what was kept for it. */
  forget(uri: string): void;
  dispose(): void;
}

/** The analysis ran out of the memory newsAnnotator.maxFileSize allows it. */
export class OutOfMemory extends Error {
  constructor(readonly limitMB: number) {
    super(`out of memory (${limitMB} MB)`);
  }
}

/** A newer version of the document was asked for before this one started: its result would never be shown. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

/** The core, run in the caller's thread: one analysis at a time, each document's paragraph work kept. */
export class Analyses {
  private readonly works = new Map<string, ArticleCache>();
  // One word table for every analysis (one at a time): news repeats its words.
  private readonly words = new WordTable();

  constructor(private readonly analyze?: (text: string, corrections?: readonly Correction[]) => Article) {}

  run(request: AnalysisRequest): Article {
    const { uri, text, corrections } = request;
    if (this.analyze) return this.analyze(text, corrections);
    if (uri === null) return analyzeArticle(text, { words: this.words, corrections });
    let cache = this.works.get(uri);
    if (!cache) {
      cache = new ArticleCache();
      this.works.set(uri, cache);
    }
    try {
      return analyzeArticle(text, { cache, corrections, words: this.words });
    } catch (err) {
      this.works.delete(uri); // a failed analysis may have left it half updated
      throw err;
    }
  }

  forget(uri: string): void {
    this.works.delete(uri);
  }
}

/** Analyses in the caller's thread (the browser build, tests); `analyze` replaces the core for tests. */
export function inThreadAnalyser(analyze?: (text: string, corrections?: readonly Correction[]) => Article): Analyser {
  const analyses = new Analyses(analyze);
  return {
    offThread: false,
    analyse: (request) => new Promise((resolve) => resolve(analyses.run(request))), // a throw rejects
    forget: (uri) => analyses.forget(uri),
    dispose: () => undefined,
  };
}
