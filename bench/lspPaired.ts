// Paired A/B of editor latency over stdio: this checkout's built server (dist/server.js) and another
// build (OTHER/dist/server.js, e.g. a worktree of main's), both running, with the same article open,
// taking keystrokes in alternation (which goes first alternates too), so that both meet the same
// machine state. On this shared 2-core machine two runs of bench:lsp differ by more than the changes
// worth measuring; the paired ratios repeat far better.
//
//   npm run bench:lsp-paired -- OTHER_CHECKOUT [--size BYTES] [--edits N] [--warmup N] [--node-args "A B"]
//
// Per keystroke: didChange of one character, then semanticTokens/full for that version (wall time
// as the client sees it); then, after the next keystroke, a hover sent right after the editor's
// tokens request (timed alone). The first --warmup keystrokes (default 50: the worker's JIT
// warm-up) are not counted. --node-args go to Node before this checkout's server (V8 flags).
import { resolve } from 'node:path';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { longArticle } from './corpus';
import { percentile } from './stats';
import { startStdioServer, type StdioServer } from './stdioServer';

const URI = 'file:///bench/article.news';

/** One server with the article open, and the client's copy of the document. */
class Session {
  readonly tokens: number[] = [];
  readonly hovers: number[] = [];
  private hoverAt = { line: 0, character: 1 };

  private constructor(
    readonly name: string,
    readonly server: StdioServer,
    private readonly doc: TextDocument,
  ) {}

  static async open(name: string, text: string, path?: string, nodeArgs: readonly string[] = []): Promise<Session> {
    const server = await startStdioServer({ maxFileSize: 4 }, path, nodeArgs);
    const s = new Session(name, server, TextDocument.create(URI, 'news', 1, text));
    await server.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text },
    });
    const first = await server.conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri: URI },
    });
    if (!first.data.length) throw new Error(`${name}: no tokens (${server.messages.join('; ')})`);
    // A highlighted word near the middle (a quote, a name), as bench:lsp hovers.
    let line = 0;
    const mid = Math.floor(first.data.length / 10) * 5;
    for (let i = 0; i <= mid; i += 5) line += first.data[i];
    s.hoverAt = { line, character: 1 };
    return s;
  }

  private async type(at: number): Promise<void> {
    const pos = this.doc.positionAt(Math.floor(at * this.doc.getText().length));
    const change = { range: { start: pos, end: pos }, text: 'e' };
    TextDocument.update(this.doc, [change], this.doc.version + 1);
    await this.server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: this.doc.version },
      contentChanges: [change],
    });
  }

  /** A keystroke at `at` (a fraction of the text), then fresh tokens: the wall time. */
  async keystroke(at: number): Promise<number> {
    const s = performance.now();
    await this.type(at);
    await this.server.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    return performance.now() - s;
  }

  /** A keystroke, the editor's tokens request, and a hover at once: the hover's wall time. */
  async hoverAfterKeystroke(at: number): Promise<number> {
    await this.type(at);
    const pending = this.server.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    const s = performance.now();
    await this.server.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: this.hoverAt });
    const ms = performance.now() - s;
    await pending;
    return ms;
  }
}

async function shutdown(server: StdioServer): Promise<void> {
  try {
    await server.conn.sendRequest('shutdown');
    await server.conn.sendNotification('exit');
    await new Promise((r) => setTimeout(r, 1000));
  } finally {
    server.stop();
  }
}

const fmt = (xs: number[]): string => `p50 ${percentile(xs, 50).toFixed(2)}  p95 ${percentile(xs, 95).toFixed(2)}`;
const ratio = (a: number[], b: number[], p: number): string => (percentile(a, p) / percentile(b, p)).toFixed(3);
const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const other = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!other)
    throw new Error('usage: npm run bench:lsp-paired -- OTHER_CHECKOUT [--size BYTES] [--edits N] [--warmup N]');
  const size = Number(flag('--size') ?? 10_000);
  const edits = Number(flag('--edits') ?? 200);
  const warmup = Number(flag('--warmup') ?? 50);
  const nodeArgs = flag('--node-args')?.split(' ').filter(Boolean) ?? [];
  const { text } = longArticle(size);
  const sessions = [
    await Session.open('other', text, resolve(other, 'dist', 'server.js')),
    await Session.open('this', text, undefined, nodeArgs),
  ];
  try {
    for (let k = 0; k < warmup + edits; k++) {
      const at = ((k * 0.618) % 1) * 0.98 + 0.01; // scattered through the text, the same for both
      const order = k % 2 ? [...sessions].reverse() : sessions;
      for (const s of order) {
        const ms = await s.keystroke(at);
        if (k >= warmup) s.tokens.push(ms);
      }
      for (const s of order) {
        const ms = await s.hoverAfterKeystroke((at + 0.5) % 1);
        if (k >= warmup) s.hovers.push(ms);
      }
    }
    const [o, t] = sessions;
    console.log(`${Buffer.byteLength(text)} bytes, ${edits} keystrokes each after ${warmup} of warm-up`);
    for (const s of sessions)
      console.log(
        `${s.name.padEnd(6)} keystroke → tokens ${fmt(s.tokens)} ms | hover after keystroke ${fmt(s.hovers)} ms | RSS ${s.server.rssMB().toFixed(0)} MB`,
      );
    console.log(
      `this ÷ other: tokens p50 ${ratio(t.tokens, o.tokens, 50)}, p95 ${ratio(t.tokens, o.tokens, 95)}, total ${(sum(t.tokens) / sum(o.tokens)).toFixed(3)}; hover p50 ${ratio(t.hovers, o.hovers, 50)}, p95 ${ratio(t.hovers, o.hovers, 95)}`,
    );
  } finally {
    // Shut down as an editor does, so that a server run with --cpu-prof writes its profile.
    for (const s of sessions) await shutdown(s.server);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
