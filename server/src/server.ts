// startServer: capabilities, settings, notices and one-line handlers over the news service.
// The transport (stdio, IPC, in-process streams in tests) and the file system are the
// caller's: see node/main.ts.
import {
  type ClientCapabilities,
  CodeActionKind,
  type Connection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Correction } from '../../common/corrections';
import type { Analyser } from './analyser';
import type { Article } from './analysis/model';
import { FIX_ALL_KIND } from './features/codeActions';
import { CORRECTION_KIND } from './features/correctionActions';
import { LEGEND } from './features/semanticTokens';
import {
  ArticleRequestMethod,
  type ArticleParams,
  type ArticleResult,
  type ExportFormat,
  ExportRequestMethod,
  type ExportParams,
  type ExportResult,
  SetCorrectionsMethod,
  type SetCorrectionsParams,
} from '../../common/protocol';
import { readCorrectionsParams } from './lsp/correctionsParams';
import { Cancelled, ContentModified, createNewsService, type Token } from './service';
import { DEFAULT_SETTINGS, type NewsSettings, readSettings } from './settings';
import type { ArticleFileSystem } from './workspaceFiles';

declare const VERSION: string;

export interface ServerDeps {
  /** Reads article files that are not open, for workspace symbols; none: open documents only. */
  readonly fileSystem?: ArticleFileSystem;
  /** Where analyses run: a worker thread in the Node server (node/main.ts); this thread when absent (the browser build, tests). */
  readonly analyser?: Analyser;
  /** Replaces the analysis core of the in-thread analyser (tests of features the core does not fill yet). */
  readonly analyze?: (text: string, corrections?: readonly Correction[]) => Article;
}

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'webannotation', 'markdown'];

/** A message to a client that has gone away has nobody to tell. */
const ignore = (): void => undefined;

/** Push-model diagnostics wait this long after the last keystroke (pull-model clients pace themselves). */
const PUSH_DELAY_MS = 250;

function folderUris(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((f) => f.uri);
  return params.rootUri ? [params.rootUri] : [];
}

export function startServer(connection: Connection, serverDeps: ServerDeps = {}): void {
  const documents = new TextDocuments(TextDocument);
  let caps: ClientCapabilities = {};
  let folders: string[] = [];
  let globalSettings: unknown = undefined; // from didChangeConfiguration, for clients without workspace/configuration
  const settingsCache = new Map<string, Promise<NewsSettings>>();
  const reportedProblems = new Set<string>();
  const noticed = new Set<string>();
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();

  const pullDiagnostics = (): boolean => !!caps.textDocument?.diagnostic;
  const canConfigure = (): boolean => !!caps.workspace?.configuration;

  function notify(type: MessageType, message: string): void {
    connection
      .sendNotification(ShowMessageNotification.type, { type, message: `News Annotator: ${message}` })
      .catch(ignore);
  }

  async function fetchSettings(uri: string | null): Promise<NewsSettings> {
    let raw: unknown = globalSettings;
    if (canConfigure()) {
      try {
        raw = await connection.workspace.getConfiguration(
          uri ? { scopeUri: uri, section: 'newsAnnotator' } : { section: 'newsAnnotator' },
        );
      } catch (err) {
        connection.console.error(`Could not read the newsAnnotator settings: ${(err as Error).message}`);
      }
    }
    const { settings, problems } = readSettings(raw);
    for (const p of problems) {
      if (reportedProblems.has(p)) continue;
      reportedProblems.add(p);
      notify(MessageType.Warning, `${p}; using the default.`);
    }
    return settings;
  }

  function settingsFor(uri: string | null): Promise<NewsSettings> {
    const key = uri ?? '';
    let s = settingsCache.get(key);
    if (!s) {
      s = fetchSettings(uri).catch(() => DEFAULT_SETTINGS);
      settingsCache.set(key, s);
    }
    return s;
  }

  const service = createNewsService({
    settings: settingsFor,
    current: (uri) => documents.get(uri),
    openDocuments: () => documents.all(),
    workspaceFolders: () => folders,
    fileSystem: serverDeps.fileSystem,
    analyser: serverDeps.analyser,
    analyze: serverDeps.analyze,
    log: (m) => connection.console.error(m),
    onSkipChange(document, reason) {
      if (reason && !noticed.has(document.uri)) {
        noticed.add(document.uri);
        notify(MessageType.Warning, `${reason} Hovers, highlighting and diagnostics are off for it.`);
      }
      if (!reason) noticed.delete(document.uri); // a later refusal deserves a new notice
      refreshViews();
      if (!pullDiagnostics()) schedulePush(document.uri, 0);
    },
  });

  /** Asks the client to re-request what it shows, so nothing stale stays on screen. */
  function refreshViews(): void {
    const ws = caps.workspace;
    if (ws?.semanticTokens?.refreshSupport) connection.languages.semanticTokens.refresh().catch(ignore);
    if (ws?.inlayHint?.refreshSupport) connection.languages.inlayHint.refresh().catch(ignore);
    if (ws?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh().catch(ignore);
  }

  function schedulePush(uri: string, delay = PUSH_DELAY_MS): void {
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(
      uri,
      setTimeout(() => void push(uri), delay),
    );
  }

  async function push(uri: string): Promise<void> {
    pushTimers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version; // the document object is updated in place by later edits
    try {
      const diagnostics = await service.diagnostics(doc);
      if (doc.version === version) connection.sendDiagnostics({ uri, version, diagnostics }).catch(ignore);
    } catch (err) {
      if (!(err instanceof ContentModified))
        connection.console.error(`Diagnostics of ${uri} failed: ${(err as Error).message}`);
    }
  }

  /** Runs a request handler, turning the service's cancellations into the LSP error codes. */
  async function run<T>(token: Token, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof Cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, err.message);
      if (err instanceof ContentModified) throw new ResponseError(LSPErrorCodes.ContentModified, err.message);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
      throw err;
    }
  }

  /** The open document for a request, or the handler's empty answer when it is not open. */
  function withDoc<T>(uri: string, token: Token, empty: T, work: (doc: TextDocument) => Promise<T>): Promise<T> {
    const doc = documents.get(uri);
    return doc ? run(token, () => work(doc)) : Promise.resolve(empty);
  }

  const editOptions = () => ({ documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges });

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    folders = folderUris(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Annotator' },
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
        inlayHintProvider: { resolveProvider: false },
        ...(pullDiagnostics()
          ? {
              diagnosticProvider: {
                identifier: 'newsAnnotator',
                interFileDependencies: false,
                workspaceDiagnostics: false,
              },
            }
          : {}),
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CORRECTION_KIND, FIX_ALL_KIND],
          resolveProvider: false,
        },
        referencesProvider: true,
        documentHighlightProvider: true,
        definitionProvider: true,
        renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'news-annotator', version: typeof VERSION === 'string' ? VERSION : 'dev' },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsAnnotator' }).catch(ignore);
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as { newsAnnotator?: unknown } | null)?.newsAnnotator;
    if (raw !== undefined) globalSettings = raw;
    settingsCache.clear();
    service.settingsChanged();
    refreshViews();
    if (!pullDiagnostics()) for (const doc of documents.all()) schedulePush(doc.uri, 0);
  });

  documents.onDidChangeContent((e) => {
    service.changed(e.document.uri);
    if (!pullDiagnostics()) schedulePush(e.document.uri);
  });
  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    settingsCache.delete(e.document.uri);
    noticed.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    pushTimers.delete(e.document.uri);
    if (!pullDiagnostics()) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(ignore);
  });

  connection.onHover((p, t) => withDoc(p.textDocument.uri, t, null, (d) => service.hover(d, p.position, t)));
  connection.onDocumentSymbol((p, t) => withDoc(p.textDocument.uri, t, null, (d) => service.documentSymbols(d, t)));
  connection.onFoldingRanges((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) =>
      service.foldingRanges(d, caps.textDocument?.foldingRange?.rangeLimit, t),
    ),
  );
  connection.languages.semanticTokens.on((p, t) =>
    withDoc(p.textDocument.uri, t, { data: [] }, (d) => service.semanticTokens(d, t)),
  );
  connection.languages.semanticTokens.onDelta((p, t) =>
    withDoc(p.textDocument.uri, t, { data: [] }, (d) => service.semanticTokensDelta(d, p.previousResultId, t)),
  );
  connection.languages.semanticTokens.onRange((p, t) =>
    withDoc(p.textDocument.uri, t, { data: [] }, (d) => service.semanticTokensRange(d, p.range, t)),
  );
  connection.languages.inlayHint.on((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) => service.inlayHints(d, p.range, t)),
  );
  connection.languages.diagnostics.on(async (p, t) => {
    try {
      return await withDoc(p.textDocument.uri, t, { kind: 'full' as const, items: [] }, (d) =>
        service.diagnosticReport(d, p.previousResultId, t),
      );
    } catch (err) {
      // A report for a text that has since changed: ask the client to pull again.
      if (err instanceof ResponseError && err.code === LSPErrorCodes.ContentModified) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, err.message, { retriggerRequest: true });
      }
      throw err;
    }
  });
  connection.onCodeAction((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) => service.codeActions(d, p, editOptions(), t)),
  );
  connection.onReferences((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) => service.references(d, p.position, p.context.includeDeclaration, t)),
  );
  connection.onDocumentHighlight((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) => service.documentHighlights(d, p.position, t)),
  );
  connection.onDefinition((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) =>
      service.definition(d, p.position, !!caps.textDocument?.definition?.linkSupport, t),
    ),
  );
  connection.onPrepareRename((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) => service.prepareRename(d, p.position, t)),
  );
  connection.onRenameRequest((p, t) =>
    withDoc(p.textDocument.uri, t, null, (d) => service.rename(d, p.position, p.newName, editOptions(), t)),
  );
  connection.onWorkspaceSymbol((p, t) => run(t, () => service.workspaceSymbols(p.query, t)));
  connection.onRequest(ArticleRequestMethod, (p: ArticleParams, t: Token): Promise<ArticleResult | null> =>
    withDoc(p.uri, t, null, (d) => service.articleInfo(d, t)),
  );
  connection.onRequest(ExportRequestMethod, (p: ExportParams, t: Token): Promise<ExportResult | null> => {
    if (!EXPORT_FORMATS.includes(p?.format))
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `Unknown export format ${JSON.stringify(p?.format)}: one of ${EXPORT_FORMATS.join(', ')}`,
      );
    return withDoc(p.uri, t, null, async (d) => {
      const text = await service.exportArticle(d, p.format, p.bom === true, t);
      return text === null ? null : { text };
    });
  });
  connection.onNotification(SetCorrectionsMethod, (p: SetCorrectionsParams) => {
    const read = readCorrectionsParams(p);
    if (typeof read === 'string') {
      connection.console.error(`newsAnnotator/setCorrections ignored: ${read}`);
      return;
    }
    service.setCorrections(read.uri, read.corrections);
    refreshViews();
    if (!pullDiagnostics() && documents.get(read.uri)) schedulePush(read.uri, 0);
  });

  documents.listen(connection);
  connection.listen();
}
