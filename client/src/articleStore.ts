// The client's one source of articles: asks the server for each visible article, again a moment
// after the user stops typing, and tells the views. Answers for a version the document has already
// left are dropped (their ranges no longer fit) and the newer version is asked for instead.
import {
  CancellationTokenSource,
  commands,
  type Disposable,
  EventEmitter,
  type TextDocument,
  type TextEditor,
  window,
  workspace,
} from 'vscode';
import type { ArticleResult } from '../../common/protocol';
import type { NewsClient } from './languageClient';
import { retryDelay } from './backoff';
import { enabledLanguages, isArticle, updateDelay } from './settings';

/** Context key set while the active (or last active) editor holds an article: shows the view and the commands. */
export const ARTICLE_ACTIVE_CONTEXT = 'newsAnnotator.articleActive';
/** Context key listing the enabled language ids, for `resourceLangId in newsAnnotator.languages` in menus and keys. */
const LANGUAGES_CONTEXT = 'newsAnnotator.languages';

/** An article as the views hold it: its quotations, and how many reported statements it has besides. */
export type StoredArticle = ArticleResult & { readonly reported: number };

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  request?: CancellationTokenSource;
  /** Answers missed in a row (an error, or no article yet), for the pause before asking again. */
  failures: number;
  /** Set after the last try: the views say so instead of waiting on. */
  gaveUp?: boolean;
}

export class ArticleStore implements Disposable {
  private readonly articles = new Map<string, StoredArticle>();
  private readonly pending = new Map<string, Pending>();
  private readonly changed = new EventEmitter<TextDocument>();
  private readonly activeChanged = new EventEmitter<TextEditor | undefined>();
  private readonly closed = new EventEmitter<TextDocument>();
  private readonly subscriptions: Disposable[] = [];
  private active: TextEditor | undefined;

  /** A document's article arrived (or was dropped). */
  readonly onDidChange = this.changed.event;
  /** The article editor the views follow changed. */
  readonly onDidChangeActive = this.activeChanged.event;
  readonly onDidClose = this.closed.event;

  constructor(private readonly client: NewsClient) {
    this.subscriptions.push(
      this.changed,
      this.activeChanged,
      this.closed,
      window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors)
          if (isArticle(e.document) && !this.articles.has(key(e.document))) this.schedule(e.document, 0);
      }),
      workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.pending.has(key(e.document))) this.schedule(e.document, updateDelay());
      }),
      workspace.onDidCloseTextDocument((d) => this.drop(d)),
      // A language change closes and reopens the document: it may have become (or stopped being) an article.
      workspace.onDidOpenTextDocument((d) => {
        if (window.activeTextEditor?.document === d) this.follow(window.activeTextEditor);
      }),
      workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('newsAnnotator.languages')) return;
        void commands.executeCommand('setContext', LANGUAGES_CONTEXT, enabledLanguages());
        this.follow(window.activeTextEditor, true);
      }),
      client.onDidStart(() => this.refreshVisible()),
    );
    void commands.executeCommand('setContext', LANGUAGES_CONTEXT, enabledLanguages());
    this.follow(window.activeTextEditor, true);
  }

  /** The article editor the views follow: the active editor, or the last one while focus is in a view or panel. */
  get activeEditor(): TextEditor | undefined {
    return this.active;
  }

  get(document: TextDocument): StoredArticle | undefined {
    return this.articles.get(key(document));
  }

  /** True when the server failed on the document's article again and again (until the next edit or restart). */
  failed(document: TextDocument): boolean {
    return this.pending.get(key(document))?.gaveUp === true;
  }

  /** Asks again for every visible article (after a restart of the server). */
  refreshVisible(): void {
    for (const e of window.visibleTextEditors) if (isArticle(e.document)) this.schedule(e.document, 0);
    if (this.active && !window.visibleTextEditors.includes(this.active)) this.schedule(this.active.document, 0);
  }

  /** Asks again for a document's article if the views hold it (its corrections changed, not its text). */
  refresh(document: TextDocument): void {
    if (this.articles.has(key(document)) || this.pending.has(key(document))) this.schedule(document, 0);
  }

  private follow(editor: TextEditor | undefined, force = false): void {
    // Focus in a view, the panel or a terminal leaves no active text editor: keep following the last article.
    if (!editor && !force) return;
    const next = editor && isArticle(editor.document) ? editor : undefined;
    if (!force && next === this.active) return;
    this.active = next;
    void commands.executeCommand('setContext', ARTICLE_ACTIVE_CONTEXT, next !== undefined);
    this.activeChanged.fire(next);
    if (next && !this.articles.has(key(next.document))) this.schedule(next.document, 0);
  }

  private schedule(document: TextDocument, delay: number, retry = false): void {
    const k = key(document);
    const p = this.pending.get(k) ?? { failures: 0 };
    this.pending.set(k, p);
    if (!retry) {
      p.failures = 0;
      p.gaveUp = false;
    }
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => {
      p.timer = undefined;
      void this.fetch(document, p);
    }, delay);
  }

  private async fetch(document: TextDocument, p: Pending): Promise<void> {
    p.request?.cancel();
    const request = new CancellationTokenSource();
    p.request = request;
    let result: ArticleResult | null = null;
    try {
      result = await this.client.article(document, request.token);
    } catch (err) {
      if (!request.token.isCancellationRequested)
        this.client.log(`newsAnnotator/article failed for ${document.uri.toString(true)}: ${String(err)}`);
    } finally {
      if (p.request === request) p.request = undefined;
      request.dispose();
    }
    if (request.token.isCancellationRequested || document.isClosed) return;
    if (!result) {
      this.retry(document, p);
      return;
    }
    if (result.version !== document.version) {
      // The document moved on while the server worked; ask for the version it has now.
      if (!p.timer) this.schedule(document, updateDelay());
      return;
    }
    // The views count, colour and step through quotations; reported speech (the writer's paraphrase)
    // stays in the server's hovers and outline details, and terms (scare quotes, titles) are shown plainly.
    const quotes = result.quotes.filter((q) => q.kind !== 'indirect' && q.kind !== 'term');
    const reported = result.quotes.filter((q) => q.kind === 'indirect').length;
    this.articles.set(key(document), { ...result, quotes, reported });
    this.changed.fire(document);
  }

  /**
   * No article came (the request failed, or the server does not have the document yet: its open
   * notification may still be on the way): ask again a little later, and after the last try say so
   * rather than show "Analysing…" for ever.
   */
  private retry(document: TextDocument, p: Pending): void {
    if (p.timer) return; // a newer request is already on its way
    const delay = retryDelay(p.failures++);
    if (delay !== null) {
      this.schedule(document, delay, true);
      return;
    }
    p.gaveUp = true;
    this.client.log(
      `no article for ${document.uri.toString(true)} after ${p.failures} tries; asking again on the next edit`,
    );
    this.changed.fire(document);
  }

  private drop(document: TextDocument): void {
    const k = key(document);
    const p = this.pending.get(k);
    if (p?.timer) clearTimeout(p.timer);
    p?.request?.cancel();
    this.pending.delete(k);
    this.articles.delete(k);
    this.closed.fire(document);
    if (this.active?.document === document) this.follow(window.activeTextEditor, true);
  }

  dispose(): void {
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.request?.cancel();
    }
    this.pending.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

function key(document: TextDocument): string {
  return document.uri.toString();
}
