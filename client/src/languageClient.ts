// Starts the News Annotator language server for the enabled languages and asks it for articles.
// Enabling another language changes the document selector, so the client restarts. A server that
// dies is started again after a growing pause, and the user is told once, not at every restart.
import { type CancellationToken, type Disposable, EventEmitter, type TextDocument, window, workspace } from 'vscode';
import {
  type BaseLanguageClient,
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import type { Correction } from '../../common/corrections';
import {
  type ArticleParams,
  ArticleRequestMethod,
  type ArticleResult,
  type ExportFormat,
  type ExportParams,
  ExportRequestMethod,
  type ExportResult,
  SetCorrectionsMethod,
  type SetCorrectionsParams,
} from '../../common/protocol';
import { restartDelay } from './backoff';
import { enabledLanguages } from './settings';

/** Makes the host's language client (Node process or web worker) for these options. */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export class NewsClient implements Disposable {
  private client: BaseLanguageClient | undefined;
  private restarts = 0;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private toldUser = false;
  private stopping = false;
  private readonly started = new EventEmitter<void>();
  /** Fires after each (re)start: earlier answers may belong to documents the server no longer has. */
  readonly onDidStart = this.started.event;
  private readonly subscription: Disposable;

  constructor(private readonly factory: ClientFactory) {
    this.subscription = workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('newsAnnotator.languages')) return;
      await this.stop();
      await this.start();
    });
  }

  async start(): Promise<void> {
    this.stopping = false;
    const clientOptions: LanguageClientOptions = {
      documentSelector: enabledLanguages().flatMap((language) => [
        { language, scheme: 'file' },
        { language, scheme: 'untitled' },
        { language, scheme: 'vscode-vfs' },
      ]),
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
        // The client library would restart at once and give up after a few crashes; we pause
        // longer each time instead, and keep trying.
        closed: (): CloseHandlerResult => {
          if (!this.stopping) this.scheduleRestart();
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = this.factory('newsAnnotator', 'News Annotator', clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (err) {
      void window.showErrorMessage(
        `News Annotator: the language server did not start (${err instanceof Error ? err.message : String(err)}).`,
      );
      return;
    }
    this.restarts = 0;
    this.started.fire();
  }

  private scheduleRestart(): void {
    if (this.restartTimer) return;
    const delay = restartDelay(this.restarts++);
    if (!this.toldUser) {
      this.toldUser = true;
      void window.showWarningMessage(
        'News Annotator: the language server stopped unexpectedly; it restarts on its own (details in the News Annotator output).',
      );
    }
    this.log(`server stopped; restarting in ${delay / 1000} s`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.client = undefined;
      void this.start();
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
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

  /** The article in an export format, rendered by the server; null when the server cannot. */
  async exportArticle(document: TextDocument, format: ExportFormat, bom: boolean): Promise<string | null> {
    const client = this.client;
    if (!client?.isRunning()) return null;
    const params: ExportParams = { uri: client.code2ProtocolConverter.asUri(document.uri), format, bom };
    return (await client.sendRequest<ExportResult | null>(ExportRequestMethod, params))?.text ?? null;
  }

  /** Hands the server an article's corrections (after a start, the store sends them again). */
  async setCorrections(document: { uri: TextDocument['uri'] }, corrections: Correction[]): Promise<void> {
    const client = this.client;
    if (!client?.isRunning()) return;
    const params: SetCorrectionsParams = { uri: client.code2ProtocolConverter.asUri(document.uri), corrections };
    await client.sendNotification(SetCorrectionsMethod, params);
  }

  /** A line in the News Annotator output channel. */
  log(message: string): void {
    this.client?.outputChannel.appendLine(`[client] ${message}`);
  }

  dispose(): void {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.subscription.dispose();
    this.started.dispose();
  }
}
