// Starts the News Annotator language server for the enabled languages and asks it for articles.
// Enabling another language changes the document selector, so the client restarts.
import * as path from 'node:path';
import { type CancellationToken, type Disposable, EventEmitter, type ExtensionContext, type TextDocument, window, workspace } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { type ArticleParams, ArticleRequestMethod, type ArticleResult } from '../../server/src/protocol';
import { enabledLanguages } from './settings';

export class NewsClient implements Disposable {
  private client: LanguageClient | undefined;
  private readonly started = new EventEmitter<void>();
  /** Fires after each (re)start: earlier answers may belong to documents the server no longer has. */
  readonly onDidStart = this.started.event;
  private readonly subscription: Disposable;

  constructor(private readonly context: ExtensionContext) {
    this.subscription = workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('newsAnnotator.languages')) return;
      await this.stop();
      await this.start();
    });
  }

  async start(): Promise<void> {
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
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
    const client = new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (err) {
      void window.showErrorMessage(`News Annotator: the language server did not start (${err instanceof Error ? err.message : String(err)}).`);
      return;
    }
    this.started.fire();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  /** The server's article for a document; null when the server does not have it (yet) or is not running. */
  async article(document: TextDocument, token: CancellationToken): Promise<ArticleResult | null> {
    const client = this.client;
    if (!client?.isRunning()) return null;
    const params: ArticleParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    return client.sendRequest<ArticleResult | null>(ArticleRequestMethod, params, token);
  }

  /** A line in the News Annotator output channel. */
  log(message: string): void {
    this.client?.outputChannel.appendLine(`[client] ${message}`);
  }

  dispose(): void {
    this.subscription.dispose();
    this.started.dispose();
  }
}
