// The Node entry of the language server: `node dist/server.js --stdio`, or IPC when VS Code
// starts it (the transport is chosen from the command line by vscode-languageserver). The same
// file, started as a worker thread by workerAnalyser.ts, serves the analyses.
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { MemoryRequestMethod, type MemoryParams, type MemoryResult } from '../../../common/protocol';
import { collectGarbage, serveAnalyses } from './analysisWorker';
import { FrameGuard } from './frameGuard';
import { nodeFileSystem } from './fileSystem';
import { ANALYSIS_WORKER, workerAnalyser } from './workerAnalyser';

if (!isMainThread && workerData === ANALYSIS_WORKER) serveAnalyses(parentPort!);
else {
  let connection;
  if (process.argv.includes('--stdio')) {
    // Over stdio, frames pass a guard that drops stray bytes (see frameGuard.ts). Passing the
    // streams ourselves means console output is no longer rerouted: send it to stderr, never stdout.
    for (const k of ['log', 'info', 'debug', 'warn'] as const) console[k] = console.error;
    connection = createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameGuard()), process.stdout);
  } else {
    connection = createConnection(ProposedFeatures.all);
  }
  const log = (m: string): void => connection.console.error(m);
  const analyser = workerAnalyser({ script: __filename, log });
  startServer(connection, { fileSystem: nodeFileSystem((m) => connection.console.warn(m)), analyser });
  connection.onRequest(MemoryRequestMethod, async (p: MemoryParams | null): Promise<MemoryResult> => {
    const workerHeapUsed = await analyser.workerHeapUsed(p?.gc === true);
    const collected = p?.gc === true && collectGarbage();
    return { collected, serverHeapUsed: getHeapStatistics().used_heap_size, workerHeapUsed };
  });
}
