// activate/deactivate: starts the News Annotator language server for the enabled languages.
import * as path from 'node:path';
import { type ExtensionContext, workspace } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function enabledLanguages(): string[] {
  const langs = workspace.getConfiguration('newsAnnotator').get<string[]>('languages', ['news']);
  return Array.isArray(langs) && langs.length ? langs.filter((l) => typeof l === 'string') : ['news'];
}

async function start(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: enabledLanguages().flatMap((language) => [
      { language, scheme: 'file' },
      { language, scheme: 'untitled' },
    ]),
  };
  client = new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: ExtensionContext): Promise<void> {
  await start(context);
  // Enabling another language means a new document selector: restart the client.
  context.subscriptions.push(workspace.onDidChangeConfiguration(async (e) => {
    if (!e.affectsConfiguration('newsAnnotator.languages')) return;
    await client?.stop();
    await start(context);
  }));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
