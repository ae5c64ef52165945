// activate/deactivate: starts the language server, then the pieces that show its articles.
import type { ExtensionContext } from 'vscode';
import { ArticleStore } from './articleStore';
import { SpeakerDecorations } from './decorations';
import { NewsClient } from './languageClient';
import { registerNavigationCommands } from './navigationCommands';
import { registerReportCommand } from './reportView';
import { SpeakerColors } from './speakerColors';
import { ArticleStatus } from './statusBar';
import { TopicsView } from './topicsView';

let client: NewsClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  client = new NewsClient(context);
  const store = new ArticleStore(client);
  const colors = new SpeakerColors();
  context.subscriptions.push(
    client,
    store,
    new TopicsView(context, store, colors),
    new SpeakerDecorations(store, colors),
    new ArticleStatus(store),
    ...registerNavigationCommands(store),
    registerReportCommand(store),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
