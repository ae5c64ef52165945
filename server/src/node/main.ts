// The Node entry of the language server: `node dist/server.js --stdio`, or IPC when VS Code
// starts it (the transport is chosen from the command line by vscode-languageserver). The same
// file, started as a worker thread by workerAnalyser.ts, serves the analyses.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { serveAnalyses } from './analysisWorker';
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
  startServer(connection, {
    fileSystem: nodeFileSystem((m) => connection.console.warn(m)),
    analyser: workerAnalyser({ script: __filename, log }),
  });
}
