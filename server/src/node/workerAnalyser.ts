// Analyses in a worker thread, so that the language-server thread answers hovers, symbols and
// views from the last complete analysis while a newer one computes, and so that an analysis
// that runs out of memory ends the worker (resourceLimits), not the server: the caller gets
// OutOfMemory (the size notice) and the next request starts a fresh worker.
//
// One analysis runs at a time. A request waiting for its turn is dropped (Superseded) when a
// newer version of the same document is asked for: nobody would be shown its result.
import { Worker } from 'node:worker_threads';
import { type Analyser, type AnalysisRequest, OutOfMemory, Superseded } from '../analyser';
import type { Article } from '../analysis/model';
import { heapLimitMB } from '../settings';
import type { FromWorker, ToWorker } from './analysisWorker';

/** Marks the worker's workerData, so the entry knows to serve analyses. */
export const ANALYSIS_WORKER = 'newsAnnotator.analysisWorker';

export interface WorkerAnalyserOptions {
  /** The script the worker runs: the server's own entry, which serves analyses off the main thread. */
  readonly script: string;
  /** The worker's heap limit for an article limit (newsAnnotator.maxFileSize, MB); settings.ts by default. */
  readonly heapLimitMB?: (maxFileSize: number) => number;
  readonly log?: (message: string) => void;
}

/** The worker analyser, which can also say how much heap its worker uses. */
export interface WorkerAnalyser extends Analyser {
  /** V8 heap used by the worker in bytes, after a full collection when `gc` (and --expose-gc); null when none runs. */
  workerHeapUsed(gc: boolean): Promise<number | null>;
}

interface Job {
  readonly id: number;
  readonly request: AnalysisRequest;
  resolve(article: Article): void;
  reject(err: Error): void;
}

export function workerAnalyser(opts: WorkerAnalyserOptions): WorkerAnalyser {
  const limitFor = opts.heapLimitMB ?? heapLimitMB;
  let worker: Worker | null = null;
  let limit = 0;
  let running: Job | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let disposed = false;
  // Heap questions waiting for their answer, in order (the worker answers messages in order).
  const heapWaiters: ((heapUsed: number | null) => void)[] = [];

  function send(w: Worker, m: ToWorker): void {
    w.postMessage(m);
  }

  function start(limitMB: number): Worker {
    const w = new Worker(opts.script, {
      workerData: ANALYSIS_WORKER,
      resourceLimits: { maxOldGenerationSizeMb: limitMB },
    });
    w.on('message', (m: FromWorker) => {
      if ('kind' in m) {
        if (w !== worker) return;
        heapWaiters.shift()?.(m.heapUsed);
        if (!heapWaiters.length && !running) w.unref();
        return;
      }
      if (w !== worker || !running || running.id !== m.id) return;
      const job = running;
      running = null;
      if ('error' in m) job.reject(new Error(m.error));
      else job.resolve({ ...m.article, text: job.request.text });
      pump();
    });
    const died = (err: (Error & { code?: string }) | null): void => {
      if (w !== worker) return;
      worker = null;
      for (const answer of heapWaiters.splice(0)) answer(null);
      const job = running;
      running = null;
      if (err?.code !== 'ERR_WORKER_OUT_OF_MEMORY')
        opts.log?.(`The analysis worker stopped: ${err?.message ?? 'exit'}`);
      job?.reject(
        err?.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new OutOfMemory(limitMB)
          : new Error(`the analysis worker stopped (${err?.message ?? 'exit'})`),
      );
      pump(); // the next job starts a fresh worker
    };
    w.on('error', died);
    w.on('exit', (code) => died(new Error(`exit code ${code}`)));
    worker = w;
    limit = limitMB;
    return w;
  }

  function pump(): void {
    if (running || disposed) return;
    const job = queue.shift();
    if (!job) {
      // An idle worker keeps nobody alive; one at work (or owing a heap figure) keeps its caller waiting.
      if (!heapWaiters.length) worker?.unref();
      return;
    }
    const need = limitFor(job.request.maxFileSize);
    if (worker && limit < need) {
      const old = worker;
      worker = null; // its exit is no longer ours to handle
      for (const answer of heapWaiters.splice(0)) answer(null);
      void old.terminate();
    }
    running = job;
    const w = worker ?? start(need);
    w.ref();
    send(w, { kind: 'analyse', id: job.id, request: job.request });
  }

  function drop(uri: string): void {
    for (let i = queue.length - 1; i >= 0; i--) {
      if (queue[i].request.uri !== uri) continue;
      queue[i].reject(new Superseded());
      queue.splice(i, 1);
    }
  }

  return {
    offThread: true,
    analyse(request: AnalysisRequest): Promise<Article> {
      if (disposed) return Promise.reject(new Error('the analyser is disposed'));
      return new Promise((resolve, reject) => {
        if (request.uri !== null) drop(request.uri);
        queue.push({ id: nextId++, request, resolve, reject });
        pump();
      });
    },
    workerHeapUsed(gc: boolean): Promise<number | null> {
      // A worker busy with an analysis answers after it: the figure is then of a settled heap.
      if (!worker || disposed) return Promise.resolve(null);
      const w = worker;
      return new Promise((resolve) => {
        heapWaiters.push(resolve);
        w.ref(); // the answer keeps its caller waiting, as an analysis does
        send(w, { kind: 'memory', gc });
      });
    },
    forget(uri: string): void {
      drop(uri);
      if (worker) send(worker, { kind: 'forget', uri });
    },
    dispose(): void {
      disposed = true;
      for (const answer of heapWaiters.splice(0)) answer(null);
      for (const job of queue.splice(0)) job.reject(new Superseded());
      const w = worker;
      worker = null;
      running?.reject(new Superseded());
      running = null;
      void w?.terminate();
    },
  };
}
