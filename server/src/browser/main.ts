/// <reference lib="webworker" />
// The web-worker entry of the language server (vscode.dev, github.dev): the same server over
// postMessage. No file system here: workspace symbols cover the open articles only.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection);
