// Drives startServer in-process over a pair of PassThrough streams, as VS Code would: a client
// with VS Code's capabilities (pull diagnostics, workspace/configuration, refresh requests,
// versioned edits), its settings, and a record of what the server sent it. Tests wait on
// those events, never on timers.
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import {
  type ClientCapabilities,
  createProtocolConnection,
  type Diagnostic,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { startServer, type ServerDeps } from '../../server/src/server';

/** VS Code's relevant client capabilities. */
export const VSCODE_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    definition: { linkSupport: true },
    rename: { prepareSupport: true },
    foldingRange: { rangeLimit: 5000, lineFoldingOnly: true },
    publishDiagnostics: { versionSupport: true },
  },
};

/** A line and UTF-16 column, counted here by hand (not by the library under test). */
export function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function offsetOf(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) throw new Error(`no line ${p.line}`);
    i = nl + 1;
    line++;
  }
  return i + p.character;
}

export function textAt(text: string, r: Range): string {
  return text.slice(offsetOf(text, r.start), offsetOf(text, r.end));
}

/** Position of the `nth` occurrence of `needle` (plus `delta` code units); throws when absent. */
export function find(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} not found (occurrence ${nth})`);
  }
  return positionOf(text, at + delta);
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown there). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Applies LSP edits to a text (edits must not overlap), as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits]
    .map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** The edits a workspace edit makes to one document, checking the version it was computed for. */
export function editsFor(edit: WorkspaceEdit, uri: string, version?: number): TextEdit[] {
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) {
    if (!('textDocument' in c) || c.textDocument.uri !== uri) continue;
    if (version !== undefined && c.textDocument.version !== version)
      throw new Error(`edit for version ${c.textDocument.version}, document is at ${version}`);
    out.push(...(c.edits as TextEdit[]));
  }
  out.push(...(edit.changes?.[uri] ?? []));
  return out;
}

class EventLog<T> {
  readonly items: T[] = [];
  private waiters: { test: (t: T) => boolean; resolve: (t: T) => void }[] = [];

  push(item: T): void {
    this.items.push(item);
    const ready = this.waiters.filter((w) => w.test(item));
    this.waiters = this.waiters.filter((w) => !w.test(item));
    for (const w of ready) w.resolve(item);
  }

  /** The first item, past or future, that passes `test`. */
  wait(test: (t: T) => boolean = () => true): Promise<T> {
    const found = this.items.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

export interface OpenDocument {
  readonly uri: string;
  text: string;
  version: number;
}

export class Client {
  readonly conn: ProtocolConnection;
  /** The `newsAnnotator` section the client answers workspace/configuration with. */
  settings: Record<string, unknown> = {};
  readonly messages = new EventLog<ShowMessageParams>();
  readonly refreshes = new EventLog<string>();
  readonly published = new EventLog<PublishDiagnosticsParams>();
  readonly registrations = new EventLog<string>();
  readonly configurationRequests = new EventLog<string | undefined>();
  init!: InitializeResult;
  private gate: Promise<void> = Promise.resolve();
  private readonly streams: PassThrough[];
  private readonly server: { dispose(): void };

  private constructor(deps: ServerDeps) {
    const up = new PassThrough();
    const down = new PassThrough();
    this.streams = [up, down];
    const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    this.server = server;
    startServer(server, deps);
    this.conn = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    this.conn.onRequest('workspace/configuration', async (p: { items: { scopeUri?: string }[] }) => {
      for (const i of p.items) this.configurationRequests.push(i.scopeUri);
      await this.gate;
      return p.items.map(() => this.settings);
    });
    this.conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      for (const r of p.registrations) this.registrations.push(r.method);
      return null;
    });
    for (const method of [
      'workspace/semanticTokens/refresh',
      'workspace/inlayHint/refresh',
      'workspace/diagnostic/refresh',
    ]) {
      this.conn.onRequest(method, () => {
        this.refreshes.push(method);
        return null;
      });
    }
    this.conn.onNotification('window/showMessage', (p: ShowMessageParams) => this.messages.push(p));
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
      this.published.push(p),
    );
    this.conn.listen();
  }

  static async start(
    opts: {
      capabilities?: ClientCapabilities;
      settings?: Record<string, unknown>;
      deps?: ServerDeps;
      folders?: string[];
    } = {},
  ): Promise<Client> {
    const c = new Client(opts.deps ?? {});
    if (opts.settings) c.settings = opts.settings;
    c.init = await c.conn.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      capabilities: opts.capabilities ?? VSCODE_CAPABILITIES,
      workspaceFolders: (opts.folders ?? []).map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })),
    });
    await c.conn.sendNotification('initialized', {});
    return c;
  }

  async open(uri: string, text: string, languageId = 'news'): Promise<OpenDocument> {
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return { uri, text, version: 1 };
  }

  /** Sends incremental changes (each range in the text as it stands before that change), updating the local copy. */
  async edit(doc: OpenDocument, ...changes: { range: Range; text: string }[]): Promise<void> {
    for (const c of changes) doc.text = applyEdits(doc.text, [{ range: c.range, newText: c.text }]);
    doc.version++;
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: doc.version },
      contentChanges: changes,
    });
  }

  /** Applies a workspace edit the server proposed, as the editor would, after checking its version. */
  async apply(doc: OpenDocument, edit: WorkspaceEdit): Promise<void> {
    const edits = editsFor(edit, doc.uri, doc.version);
    // The editor sends the applied edits back as one change per edit, last first so ranges stay valid.
    const sorted = [...edits].sort((a, b) => offsetOf(doc.text, b.range.start) - offsetOf(doc.text, a.range.start));
    await this.edit(doc, ...sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  /** Holds back answers to workspace/configuration until the returned function is called. */
  holdConfiguration(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => {
      release = resolve;
    });
    return () => {
      this.gate = Promise.resolve();
      release();
    };
  }

  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { newsAnnotator: settings } });
  }

  async diagnostics(doc: OpenDocument): Promise<Diagnostic[]> {
    const r = await this.conn.sendRequest<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: doc.uri },
    });
    if (r.kind !== 'full') throw new Error(`expected a full report, got ${r.kind}`);
    return r.items ?? [];
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  dispose(): void {
    this.conn.dispose();
    this.server.dispose();
    for (const s of this.streams) s.destroy();
  }
}
