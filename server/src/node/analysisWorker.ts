// The worker thread's side of the worker analyser (workerAnalyser.ts): analyses one request at a
// time with each open document's paragraph work kept, and posts the Article back.
import { getHeapStatistics } from 'node:v8';
import type { MessagePort } from 'node:worker_threads';
import { Analyses, type AnalysisRequest } from '../analyser';
import type { Article } from '../analysis/model';

export type ToWorker =
  | { readonly kind: 'analyse'; readonly id: number; readonly request: AnalysisRequest }
  | { readonly kind: 'forget'; readonly uri: string }
  | { readonly kind: 'memory'; readonly gc: boolean };

export type FromWorker =
  | { readonly id: number; readonly article: Article }
  | { readonly id: number; readonly error: string }
  | { readonly kind: 'memory'; readonly heapUsed: number };

/** Runs a full collection when Node was started with --expose-gc; says whether it could. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return gc !== undefined;
}

export function serveAnalyses(port: MessagePort): void {
  // The server's stdout may be the LSP stream, and a worker's stdout goes there: use stderr.
  process.stdout.write = process.stderr.write.bind<typeof process.stdout.write>(process.stderr);
  const analyses = new Analyses();
  port.on('message', (m: ToWorker) => {
    if (m.kind === 'forget') {
      analyses.forget(m.uri);
      return;
    }
    if (m.kind === 'memory') {
      if (m.gc) collectGarbage();
      port.postMessage({ kind: 'memory', heapUsed: getHeapStatistics().used_heap_size } satisfies FromWorker);
      return;
    }
    let reply: FromWorker;
    try {
      // The text goes back as it came: the server thread has it (and a 1 MB string costs a copy).
      reply = { id: m.id, article: { ...analyses.run(m.request), text: '' } };
    } catch (err) {
      reply = { id: m.id, error: (err as Error)?.message ?? String(err) };
    }
    port.postMessage(reply);
  });
}
