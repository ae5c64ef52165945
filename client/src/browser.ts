/// <reference lib="dom" />
// activate/deactivate for VS Code in the browser (vscode.dev, github.dev): the same client, with
// the language server in a web worker.
import { type ExtensionContext, Uri } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import type { NewsClient } from './languageClient';

let client: NewsClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const worker = Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  // A fresh worker for every (re)start of the server.
  client = await activateWith(
    context,
    (id, name, options) =>
      new LanguageClient(id, name, () => Promise.resolve(new Worker(worker.toString(true))), options),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
