// Editor latency over a real stdio connection to the built server (dist/server.js): a long
// article open, one-character edits spread through it, each followed by a semantic tokens
// delta request; hovers; document symbols; the server's memory. Wall time as the client sees
// it, and the server's main-thread CPU time (from /proc), which the machine's load disturbs less.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  type ProtocolConnection,
  type SemanticTokens,
  type SemanticTokensDelta,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { longArticle } from './corpus';
import { median, percentile } from './stats';

const root = join(__dirname, '..');

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

export interface EditorResult {
  source: string;
  bytes: number;
  lines: number;
  /** Opening the article: didOpen to the first semantic tokens. */
  openMs: number;
  /** A request the server answers without any analysis (hover in a document that is not open). */
  roundTrip: Latency;
  /** didChange of one character → the semantic tokens delta for the new version. */
  editToTokens: Latency;
  /** The same, in server main-thread CPU milliseconds. */
  editToTokensCpu: Latency;
  hover: Latency;
  documentSymbols: Latency;
  /** Resident memory of the server after the edits, and its peak, in MB. */
  rssMB: number;
  peakRssMB: number;
}

function latency(xs: number[]): Latency {
  return { p50: median(xs), p95: percentile(xs, 95), p99: percentile(xs, 99), max: Math.max(...xs), n: xs.length };
}

/** Main-thread CPU time of a Linux process in ms (its first thread runs the JavaScript), or NaN elsewhere. */
function threadCpuMs(pid: number): number {
  const f = `/proc/${pid}/task/${pid}/schedstat`;
  return existsSync(f) ? Number(readFileSync(f, 'utf8').split(' ')[0]) / 1e6 : NaN;
}

function memoryMB(pid: number): { rss: number; peak: number } {
  const f = `/proc/${pid}/status`;
  if (!existsSync(f)) return { rss: NaN, peak: NaN };
  const status = readFileSync(f, 'utf8');
  const kb = (key: string): number =>
    Number(/\d+/.exec(status.split('\n').find((l) => l.startsWith(key)) ?? '')?.[0] ?? NaN);
  return { rss: kb('VmRSS:') / 1024, peak: kb('VmHWM:') / 1024 };
}

export async function measureEditor(opts: {
  minBytes: number;
  edits: number;
  hovers: number;
  log: (s: string) => void;
}): Promise<EditorResult> {
  const server = join(root, 'dist', 'server.js');
  if (!existsSync(server)) throw new Error('dist/server.js is missing: run npm run build first');
  const { source, text } = longArticle(opts.minBytes);
  const proc: ChildProcess = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const pid = proc.pid!;
  const conn: ProtocolConnection = createProtocolConnection(
    new StreamMessageReader(proc.stdout!),
    new StreamMessageWriter(proc.stdin!),
  );
  // Settings as VS Code sends them, with room for the long article.
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ maxFileSize: 64 })));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.listen();
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, semanticTokens: { refreshSupport: true } },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          semanticTokens: {
            requests: { full: { delta: true }, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
          },
        },
      },
    });
    await conn.sendNotification('initialized', {});
    const uri = 'file:///bench/long-article.news';
    const doc = TextDocument.create(uri, 'news', 1, text);
    const bytes = Buffer.byteLength(text);
    opts.log(`editor: opening a ${(bytes / 2 ** 20).toFixed(1)} MiB article (${doc.lineCount} lines)`);

    const t0 = performance.now();
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news', version: 1, text },
    });
    let tokens = await conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const openMs = performance.now() - t0;
    opts.log(`editor: first semantic tokens after ${(openMs / 1000).toFixed(1)} s (${tokens.data.length / 5} tokens)`);

    const rt: number[] = [];
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      await conn.sendRequest('textDocument/hover', {
        textDocument: { uri: 'file:///bench/not-open.news' },
        position: { line: 0, character: 0 },
      });
      rt.push(performance.now() - s);
    }

    // One-character edits spread evenly through the article, each followed by a tokens delta.
    const wall: number[] = [];
    const cpu: number[] = [];
    let resultId = tokens.resultId!;
    for (let k = 0; k < opts.edits; k++) {
      const offset = Math.floor(((k + 0.5) / opts.edits) * doc.getText().length);
      const at = doc.positionAt(offset);
      const change = { range: { start: at, end: at }, text: 'e' };
      TextDocument.update(doc, [change], doc.version + 1);
      const c0 = threadCpuMs(pid);
      const s = performance.now();
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: doc.version },
        contentChanges: [change],
      });
      const r = await conn.sendRequest<SemanticTokens | SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
        textDocument: { uri },
        previousResultId: resultId,
      });
      wall.push(performance.now() - s);
      cpu.push(threadCpuMs(pid) - c0);
      resultId = r.resultId!;
      if (k % 10 === 9) opts.log(`editor: ${k + 1} edits, last ${wall[k].toFixed(1)} ms`);
    }

    // Hovers where a reader would hover: on the highlighted words (quotes, names, cues, headings).
    tokens = await conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const spots: { line: number; character: number }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] ? tokens.data[i + 1] : char + tokens.data[i + 1];
      spots.push({ line, character: char + (tokens.data[i + 2] >> 1) });
    }
    const hovers: number[] = [];
    for (let i = 0; i < opts.hovers; i++) {
      const position = spots[Math.floor((i * spots.length) / opts.hovers)];
      const s = performance.now();
      await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      hovers.push(performance.now() - s);
    }
    const symbols: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      symbols.push(performance.now() - s);
    }
    const mem = memoryMB(pid);
    return {
      source,
      bytes,
      lines: doc.lineCount,
      openMs,
      roundTrip: latency(rt),
      editToTokens: latency(wall),
      editToTokensCpu: latency(cpu),
      hover: latency(hovers),
      documentSymbols: latency(symbols),
      rssMB: mem.rss,
      peakRssMB: mem.peak,
    };
  } finally {
    conn.dispose();
    proc.kill();
  }
}
