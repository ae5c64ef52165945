// The Node entry of the language server: `node dist/server.js --stdio`, or IPC when VS Code
// starts it (the transport is chosen from the command line by vscode-languageserver).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { FrameGuard } from './frameGuard';
import { nodeFileSystem } from './fileSystem';

let connection;
if (process.argv.includes('--stdio')) {
  // Over stdio, frames pass a guard that drops stray bytes (see frameGuard.ts). Passing the
  // streams ourselves means console output is no longer rerouted: send it to stderr, never stdout.
  for (const k of ['log', 'info', 'debug', 'warn'] as const) console[k] = console.error;
  connection = createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameGuard()), process.stdout);
} else {
  connection = createConnection(ProposedFeatures.all);
}
startServer(connection, { fileSystem: nodeFileSystem((m) => connection.console.warn(m)) });
