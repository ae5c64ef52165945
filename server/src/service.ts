// The news language service: one cached Article per open document (keyed by URI and version,
// computed lazily on the first request after a change) and every editor feature over it.
// Host-agnostic: settings, files and open documents come in as dependencies, so the same
// service runs behind the Node server, in tests, and in a browser build.
import type {
  CodeAction,
  CodeActionParams,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  LocationLink,
  Position,
  Range,
  SemanticTokens,
  SemanticTokensDelta,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analyser, inThreadAnalyser, OutOfMemory, Superseded } from './analyser';
import type { Correction } from '../../common/corrections';
import type { Article } from './analysis/model';
import { articleInfo, skippedInfo } from './features/articleInfo';
import { codeActions, type EditOptions } from './features/codeActions';
import { correctionActions } from './features/correctionActions';
import { definition } from './features/definition';
import { diagnostics } from './features/diagnostics';
import { documentHighlights } from './features/documentHighlights';
import { documentSymbols } from './features/documentSymbols';
import { exportArticle } from './features/exportArticle';
import { foldingRanges } from './features/foldingRanges';
import { fileLabel } from './formats/fileLabel';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { semanticTokensFull, semanticTokensRange, TokenStore } from './features/semanticTokens';
import { articleSymbols, matchesQuery } from './features/workspaceSymbols';
import type { ArticleResult, ExportFormat } from '../../common/protocol';
import { StaleView } from './lsp/staleView';
import { type NewsSettings, sizeRefusal } from './settings';
import type { ArticleFileSystem } from './workspaceFiles';

/** The part of a cancellation token the service reads (LSP's CancellationToken fits). */
export interface Token {
  readonly isCancellationRequested: boolean;
}

const NEVER: Token = Object.freeze({ isCancellationRequested: false });

/** The request was cancelled by the client. */
export class Cancelled extends Error {
  constructor() {
    super('Request cancelled');
  }
}

/** The document changed while the request waited: its positions no longer apply. */
export class ContentModified extends Error {
  constructor() {
    super('The document changed');
  }
}

export interface ServiceDeps {
  /** Settings for a document or workspace folder (null: the workspace's own). */
  settings(uri: string | null): Promise<NewsSettings>;
  /** The open document with this URI as it is now; undefined once closed. */
  current(uri: string): TextDocument | undefined;
  openDocuments(): readonly TextDocument[];
  workspaceFolders(): readonly string[];
  fileSystem?: ArticleFileSystem;
  /** Told when a document stops (reason) or starts again (null) being analysed. */
  onSkipChange?(document: TextDocument, reason: string | null): void;
  log?(message: string): void;
  /** Where analyses run (a worker thread in the Node server); in this thread when absent. */
  analyser?: Analyser;
  /** The analysis core for the in-thread analyser; replaceable for tests of features the core does not fill yet. */
  analyze?: (text: string, corrections?: readonly Correction[]) => Article;
}

export interface Analysis {
  readonly version: number;
  readonly article: Article | null;
  /** Why the document is not analysed (too large, or the analysis failed), for the user. */
  readonly skipped: string | null;
}

/** A complete analysis kept for a document, with what answering from it after later edits needs. */
interface Entry extends Analysis {
  /** The analysed text. */
  readonly text: string;
  readonly epoch: number;
  /** The analysed version as a document, made when first needed. */
  old?: TextDocument;
  /** The view from the document's current version, while it is the same. */
  view?: StaleView;
}

const ignore = (): void => undefined;

/** The size notice for an analysis that ran out of the memory the size limit allows. */
function memoryReason(limitMB: number): string {
  return `it needs more than the ${limitMB} MB of memory that newsAnnotator.maxFileSize allows its analysis`;
}

/** A workspace file's symbols, kept while its modification time and size stay the same. */
interface FileEntry {
  readonly mtime: number;
  readonly size: number;
  readonly symbols: WorkspaceSymbol[];
}

const nextTurn = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * Lets messages that arrived with the request (a cancellation, a newer edit) through before
 * costly work. Two turns: the connection dispatches its next queued message in the turn after
 * the one that started this request.
 */
async function yieldToEvents(): Promise<void> {
  await nextTurn();
  await nextTurn();
}

const MAX_WORKSPACE_SYMBOLS = 2000;

export function createNewsService(deps: ServiceDeps) {
  // Per open document, its last complete analysis: what requests that may be answered from an
  // older version (hovers, symbols, references) use while a newer one computes.
  const cache = new Map<string, Entry>();
  // Per open document, the analysis under way (one version: a newer one replaces it).
  const pending = new Map<string, { version: number; epoch: number; result: Promise<Entry> }>();
  // Per open document, the length of a text whose analysis ran out of memory, under that limit.
  const outOfMemory = new Map<string, { length: number; maxFileSize: number; limitMB: number }>();
  const skipped = new Map<string, string>();
  const tokens = new TokenStore();
  const files = new Map<string, FileEntry>();
  const openSymbols = new Map<string, { version: number; symbols: WorkspaceSymbol[] }>();
  const analyser = deps.analyser ?? inThreadAnalyser(deps.analyze);
  // Per open document, the editor's corrections the client keeps beside it (applied before anything else).
  const corrections = new Map<string, readonly Correction[]>();

  let generation = 0; // moves on when settings change, so diagnostics are re-reported
  // Moves on when settings or corrections change: analyses started before answer nobody.
  let epoch = 0;

  function check(token: Token): void {
    if (token.isCancellationRequested) throw new Cancelled();
  }

  /**
   * Open documents are updated in place by incremental sync: a request that waited may find
   * its document at a later version than it started with, replaced, or closed.
   */
  function checkVersion(doc: TextDocument, version: number): void {
    if (doc.version !== version || deps.current(doc.uri)?.version !== version) throw new ContentModified();
  }

  /** Why an analysis of `text` would run out of memory again, or null. */
  function memoryRefusal(uri: string, text: string, settings: NewsSettings): string | null {
    const o = outOfMemory.get(uri);
    if (!o || o.maxFileSize !== settings.maxFileSize || text.length < o.length * 0.95) return null;
    return memoryReason(o.limitMB);
  }

  /** Runs the analysis of one version and keeps it as the document's last, unless a newer one is kept already. */
  async function analyse(doc: TextDocument, version: number, text: string, settings: NewsSettings): Promise<Entry> {
    const uri = doc.uri;
    const started = epoch;
    let reason = sizeRefusal(text, settings) ?? memoryRefusal(uri, text, settings);
    let article: Article | null = null;
    if (reason) analyser.forget(uri);
    else {
      try {
        article = await analyser.analyse({
          uri,
          version,
          text,
          corrections: corrections.get(uri),
          maxFileSize: settings.maxFileSize,
        });
      } catch (err) {
        if (err instanceof Superseded) throw new ContentModified();
        if (err instanceof OutOfMemory) {
          outOfMemory.set(uri, { length: text.length, maxFileSize: settings.maxFileSize, limitMB: err.limitMB });
          reason = memoryReason(err.limitMB);
        } else {
          deps.log?.(`Analysis of ${uri} failed: ${(err as Error)?.stack ?? String(err)}`);
          reason = `the analysis failed (${(err as Error)?.message ?? String(err)}); the text is unchanged`;
        }
      }
    }
    const entry: Entry = {
      version,
      article,
      skipped: reason ? `${fileLabel(uri)} is not analysed: ${reason}.` : null,
      text,
      epoch: started,
    };
    const kept = cache.get(uri);
    // Never shown after a newer one, nor for a closed document, nor under old settings.
    if (started !== epoch || !deps.current(uri) || (kept && kept.epoch === epoch && kept.version > version))
      return entry;
    cache.set(uri, entry);
    if (!article && !reason?.startsWith('it needs more memory')) outOfMemory.delete(uri);
    if ((skipped.get(uri) ?? null) !== entry.skipped) {
      if (entry.skipped) skipped.set(uri, entry.skipped);
      else skipped.delete(uri);
      // Stale tokens must not be diffed against once the document is skipped.
      tokens.forget(uri);
      const now = deps.current(uri);
      if (now) deps.onSkipChange?.(now, entry.skipped);
    }
    return entry;
  }

  /**
   * The analysis of the document's current version: the one kept, the one under way, or a new one.
   * One superseded by an analysis of the same version (new settings or corrections started another)
   * gives way to that one: an answer of ContentModified would leave an outline, which the editor asks
   * for once per version, empty until the next keystroke.
   */
  async function analysis(doc: TextDocument, token: Token = NEVER): Promise<Analysis> {
    const version = doc.version;
    for (;;) {
      try {
        return await analysisOnce(doc, token);
      } catch (err) {
        if (!(err instanceof ContentModified) || doc.version !== version || deps.current(doc.uri)?.version !== version)
          throw err;
      }
    }
  }

  async function analysisOnce(doc: TextDocument, token: Token): Promise<Analysis> {
    check(token);
    const version = doc.version;
    const hit = cache.get(doc.uri);
    if (hit && hit.version === version && hit.epoch === epoch) return hit;
    await yieldToEvents();
    check(token);
    checkVersion(doc, version);
    const settings = await deps.settings(doc.uri);
    check(token);
    checkVersion(doc, version);
    const again = cache.get(doc.uri);
    if (again && again.version === version && again.epoch === epoch) return again;
    let run = pending.get(doc.uri);
    if (!run || run.version !== version || run.epoch !== epoch) {
      const result = analyse(doc, version, doc.getText(), settings);
      const mine = { version, epoch, result };
      pending.set(doc.uri, mine);
      void result.then(
        () => pending.get(doc.uri) === mine && pending.delete(doc.uri),
        () => pending.get(doc.uri) === mine && pending.delete(doc.uri),
      );
      run = mine;
    }
    const entry = await run.result;
    check(token);
    checkVersion(doc, version);
    return entry;
  }

  /**
   * The article to answer a request that may use the last complete analysis while a newer one
   * computes, and the view that maps positions between that analysis and the document as it is
   * now (null when the article is of the current version). Starts the newer analysis.
   */
  async function lastArticle(doc: TextDocument, token: Token): Promise<{ a: Article | null; view: StaleView | null }> {
    const version = doc.version;
    const kept = cache.get(doc.uri);
    if (analyser.offThread && kept && kept.epoch === epoch && kept.version !== version && kept.article) {
      analysis(doc).catch(ignore); // the newer one, for the next request
      let view = kept.view;
      if (!view || view.version !== version) {
        kept.old ??= TextDocument.create(doc.uri, doc.languageId, kept.version, kept.text);
        view = new StaleView(kept.old, doc);
        kept.view = view;
      }
      return { a: kept.article, view };
    }
    return { a: await article(doc, token), view: null };
  }

  /** The article for the document as the request saw it; ContentModified if it has moved on since. */
  async function article(doc: TextDocument, token: Token): Promise<Article | null> {
    const version = doc.version;
    const a = await analysis(doc, token);
    checkVersion(doc, version);
    return a.article;
  }

  /** The article and the document's settings, both for the version the request saw. */
  async function withSettings(doc: TextDocument, token: Token): Promise<{ a: Article | null; settings: NewsSettings }> {
    const version = doc.version;
    const a = await article(doc, token);
    const settings = await deps.settings(doc.uri);
    check(token);
    checkVersion(doc, version);
    return { a, settings };
  }

  /**
   * Runs a feature that may answer from the last complete analysis while a newer one computes:
   * on the analysed version of the text, at `position` mapped to it, with its ranges mapped back.
   * A position the edits since have changed waits for the current version's analysis.
   */
  async function fromLast<T>(
    doc: TextDocument,
    token: Token,
    empty: T,
    position: Position | null,
    feature: (a: Article, d: TextDocument, p: Position) => T,
  ): Promise<T> {
    const version = doc.version;
    const here = position ?? { line: 0, character: 0 };
    const { a, view } = await lastArticle(doc, token);
    if (!a) return empty;
    if (!view) return feature(a, doc, here);
    const old = position ? view.toOld(position) : here;
    if (!old) return over(doc, token, empty, (fresh) => feature(fresh, doc, here));
    const answer = view.map(feature(a, view.old, old));
    checkVersion(doc, version);
    return answer;
  }

  /** Runs a feature over the document's article; `empty` when the document is not analysed. */
  async function over<T>(doc: TextDocument, token: Token, empty: T, feature: (a: Article) => T): Promise<T> {
    const a = await article(doc, token);
    return a ? feature(a) : empty;
  }

  async function symbolsOfFile(uri: string, settings: NewsSettings, fs: ArticleFileSystem): Promise<WorkspaceSymbol[]> {
    const stat = await fs.stat(uri);
    if (!stat) {
      files.delete(uri);
      return [];
    }
    const hit = files.get(uri);
    if (hit && hit.mtime === stat.mtime && hit.size === stat.size) return hit.symbols;
    let symbols: WorkspaceSymbol[] = [];
    if (stat.size <= settings.maxFileSize * 1024 * 1024) {
      const text = await fs.readFile(uri);
      if (text !== null && !sizeRefusal(text, settings)) {
        try {
          const a = await analyser.analyse({ uri: null, version: 0, text, maxFileSize: settings.maxFileSize });
          symbols = articleSymbols(a, TextDocument.create(uri, 'news', 0, text));
        } catch (err) {
          deps.log?.(`Analysis of ${uri} failed: ${(err as Error)?.message ?? String(err)}`);
        }
      }
    }
    files.set(uri, { mtime: stat.mtime, size: stat.size, symbols });
    return symbols;
  }

  return Object.freeze({
    analysis,

    /**
     * A document changed. Its last analysis is kept: hovers, symbols and references answer from it
     * (mapped to the new text) until the new version's is complete.
     */
    changed(uri: string): void {
      openSymbols.delete(uri);
    },

    /** The client's corrections for a document changed: its analysis must apply them. */
    setCorrections(uri: string, list: readonly Correction[]): void {
      if (list.length) corrections.set(uri, list);
      else corrections.delete(uri);
      cache.delete(uri);
      openSymbols.delete(uri);
      epoch++;
    },

    /** A document closed. */
    forget(uri: string): void {
      cache.delete(uri);
      pending.delete(uri);
      outOfMemory.delete(uri);
      analyser.forget(uri);
      corrections.delete(uri);
      skipped.delete(uri);
      tokens.forget(uri);
      openSymbols.delete(uri);
    },

    /** Settings changed: every analysis may now be allowed or refused, every report differ. */
    settingsChanged(): void {
      cache.clear();
      files.clear();
      outOfMemory.clear();
      generation++;
      epoch++;
    },

    async hover(doc: TextDocument, position: Position, token: Token = NEVER): Promise<Hover | null> {
      const version = doc.version;
      const settings = await deps.settings(doc.uri);
      checkVersion(doc, version);
      return fromLast(doc, token, null, position, (a, d, p) => hover(a, d, p, settings.gender));
    },

    documentSymbols: (doc: TextDocument, token: Token = NEVER): Promise<DocumentSymbol[]> =>
      // The current version's: the outline is asked once per edit (LSP has no refresh for it), so
      // an answer from the last analysis would leave it one edit behind until the next keystroke.
      over(doc, token, [], (a) => documentSymbols(a, doc)),

    foldingRanges: (doc: TextDocument, rangeLimit: number | undefined, token: Token = NEVER): Promise<FoldingRange[]> =>
      over(doc, token, [], (a) => foldingRanges(a, doc, rangeLimit)),

    async semanticTokens(doc: TextDocument, token: Token = NEVER): Promise<SemanticTokens> {
      const { a, settings } = await withSettings(doc, token);
      return tokens.full(doc.uri, a ? semanticTokensFull(a, doc, settings.topicHighlight) : []);
    },

    async semanticTokensDelta(
      doc: TextDocument,
      previousResultId: string,
      token: Token = NEVER,
    ): Promise<SemanticTokens | SemanticTokensDelta> {
      const { a, settings } = await withSettings(doc, token);
      return tokens.delta(doc.uri, previousResultId, a ? semanticTokensFull(a, doc, settings.topicHighlight) : []);
    },

    async semanticTokensRange(doc: TextDocument, range: Range, token: Token = NEVER): Promise<SemanticTokens> {
      const { a, settings } = await withSettings(doc, token);
      return { data: a ? semanticTokensRange(a, doc, range, settings.topicHighlight) : [] };
    },

    async inlayHints(doc: TextDocument, range: Range, token: Token = NEVER): Promise<InlayHint[]> {
      const { a, settings } = await withSettings(doc, token);
      return a && settings.inlayHints ? inlayHints(a, doc, range) : [];
    },

    async diagnostics(doc: TextDocument, token: Token = NEVER): Promise<Diagnostic[]> {
      const { a, settings } = await withSettings(doc, token);
      return a ? diagnostics(a, doc, settings) : [];
    },

    /** A pull report: unchanged when neither the document nor the settings moved since `previousResultId`. */
    async diagnosticReport(
      doc: TextDocument,
      previousResultId: string | undefined,
      token: Token = NEVER,
    ): Promise<DocumentDiagnosticReport> {
      const version = doc.version;
      const a = await article(doc, token);
      const resultId = `${version}:${generation}`;
      if (previousResultId === resultId) return { kind: 'unchanged', resultId };
      const settings = await deps.settings(doc.uri);
      check(token);
      checkVersion(doc, version);
      return { kind: 'full', resultId, items: a ? diagnostics(a, doc, settings) : [] };
    },

    async codeActions(
      doc: TextDocument,
      params: CodeActionParams,
      opts: EditOptions,
      token: Token = NEVER,
    ): Promise<CodeAction[]> {
      const { a, settings } = await withSettings(doc, token);
      return a ? [...codeActions(a, doc, params, opts, settings), ...correctionActions(a, doc, params)] : [];
    },

    references: (
      doc: TextDocument,
      position: Position,
      includeDeclaration: boolean,
      token: Token = NEVER,
    ): Promise<Location[] | null> =>
      fromLast(doc, token, null, position, (a, d, p) => references(a, d, p, includeDeclaration)),

    documentHighlights: (
      doc: TextDocument,
      position: Position,
      token: Token = NEVER,
    ): Promise<DocumentHighlight[] | null> =>
      fromLast(doc, token, null, position, (a, d, p) => documentHighlights(a, d, p)),

    definition: (
      doc: TextDocument,
      position: Position,
      links: boolean,
      token: Token = NEVER,
    ): Promise<LocationLink[] | Location | null> =>
      fromLast(doc, token, null, position, (a, d, p) => definition(a, d, p, links)),

    prepareRename: (
      doc: TextDocument,
      position: Position,
      token: Token = NEVER,
    ): Promise<{ range: Range; placeholder: string } | null> =>
      over(doc, token, null, (a) => prepareRename(a, doc, position)),

    rename: (
      doc: TextDocument,
      position: Position,
      newName: string,
      opts: EditOptions,
      token: Token = NEVER,
    ): Promise<WorkspaceEdit | null> => over(doc, token, null, (a) => rename(a, doc, position, newName, opts)),

    /** The article in an export format; null when it is not analysed (too large, or failed). */
    exportArticle: (
      doc: TextDocument,
      format: ExportFormat,
      bom: boolean,
      token: Token = NEVER,
    ): Promise<string | null> => over(doc, token, null, (a) => exportArticle(a, doc.uri, format, bom)),

    async articleInfo(doc: TextDocument, token: Token = NEVER): Promise<ArticleResult> {
      const version = doc.version;
      const r = await analysis(doc, token);
      const settings = await deps.settings(doc.uri);
      checkVersion(doc, version);
      return r.article ? articleInfo(r.article, doc, settings.gender) : skippedInfo(doc, r.skipped ?? 'not analysed');
    },

    /**
     * Symbols of every article in the workspace: open documents as they are in the editor,
     * the other article files as they are on disk (re-read only when changed).
     */
    async workspaceSymbols(query: string, token: Token = NEVER): Promise<WorkspaceSymbol[]> {
      const out: WorkspaceSymbol[] = [];
      const seen = new Set<string>();
      const take = (symbols: readonly WorkspaceSymbol[]): void => {
        for (const s of symbols) if (out.length < MAX_WORKSPACE_SYMBOLS && matchesQuery(query, s.name)) out.push(s);
      };
      for (const doc of deps.openDocuments()) {
        seen.add(doc.uri);
        const cached = openSymbols.get(doc.uri);
        if (cached && cached.version === doc.version) {
          take(cached.symbols);
          continue;
        }
        let a: Article | null;
        try {
          a = await article(doc, token);
        } catch (err) {
          if (err instanceof ContentModified) continue;
          throw err;
        }
        const symbols = a ? articleSymbols(a, doc) : [];
        openSymbols.set(doc.uri, { version: doc.version, symbols });
        take(symbols);
      }
      const fs = deps.fileSystem;
      if (!fs) return out;
      for (const folder of deps.workspaceFolders()) {
        const settings = await deps.settings(folder);
        check(token);
        const uris = await fs.listFiles(folder, settings.fileExtensions, () => token.isCancellationRequested);
        for (const uri of uris) {
          check(token);
          if (seen.has(uri)) continue;
          seen.add(uri);
          take(await symbolsOfFile(uri, settings, fs));
          if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
        }
      }
      // Files no longer listed were deleted or moved: forget them.
      for (const uri of files.keys()) if (!seen.has(uri)) files.delete(uri);
      return out;
    },
  });
}

export type NewsService = ReturnType<typeof createNewsService>;
