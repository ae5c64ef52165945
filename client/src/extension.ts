// activate/deactivate for desktop VS Code: the language server runs in Node, over IPC.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { writeFileAtomic } from '../../common/node/atomicWrite';
import { activateWith } from './activate';
import { useLocalWriter } from './atomicFile';
import type { NewsClient } from './languageClient';

let client: NewsClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  useLocalWriter(writeFileAtomic);
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  client = await activateWith(
    context,
    (id, name, options) =>
      new LanguageClient(
        id,
        name,
        {
          run: { module, transport: TransportKind.ipc },
          debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
        },
        options,
      ),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
