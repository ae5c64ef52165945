// The Node entry of the language server: `node dist/server.js --stdio`, or IPC when VS Code
// starts it (the transport is chosen from the command line by vscode-languageserver).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeFileSystem } from './fileSystem';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { fileSystem: nodeFileSystem((m) => connection.console.warn(m)) });
