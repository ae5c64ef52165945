// What both the desktop and the web extension activate: the language client (started by the
// host-specific factory) and the pieces that show its articles.
import type { ExtensionContext } from 'vscode';
import { ArticleStore } from './articleStore';
import { Corrections } from './corrections';
import { SpeakerDecorations } from './decorations';
import { type ClientFactory, NewsClient } from './languageClient';
import { registerExportCommand } from './exportCommand';
import { registerNavigationCommands } from './navigationCommands';
import { registerReportCommand } from './reportView';
import { migrateTopicSetting } from './settings';
import { SpeakerColors } from './speakerColors';
import { ArticleStatus } from './statusBar';
import { SourcesView } from './sourcesView';
import { TopicsView } from './topicsView';

export async function activateWith(context: ExtensionContext, factory: ClientFactory): Promise<NewsClient> {
  const client = new NewsClient(factory);
  const store = new ArticleStore(client);
  const colors = new SpeakerColors();
  context.subscriptions.push(
    client,
    store,
    new TopicsView(context, store, colors),
    new SourcesView(store, colors),
    new SpeakerDecorations(store, colors),
    new ArticleStatus(store),
    ...registerNavigationCommands(store),
    registerReportCommand(store),
    registerExportCommand(client, store),
    new Corrections(client, store),
  );
  migrateTopicSetting().catch((err: unknown) =>
    client.log(`Could not move newsAnnotator.decorations.topics: ${String(err)}`),
  );
  await client.start();
  return client;
}
