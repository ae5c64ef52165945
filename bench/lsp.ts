// Editor latency by article size, over stdio to the built server (dist/server.js), as issue 19
// measures it: for 10 kB, 100 kB and 1 MB articles (news stories joined), each in a fresh server,
//   - keystroke → fresh semantic tokens: didChange of one character, then semanticTokens/full
//     for that version (wall time, p50 and p95);
//   - hover right after a keystroke: didChange, the editor's tokens request, then a hover at
//     once, timed alone (p95): what a reader waits for while a newer analysis computes;
//   - server RSS after 40 edits (the whole process, worker threads included);
// each beside a baseline from the same run: an LSP round trip with no work (a hover in a
// document that is not open).
//
//   npm run bench:lsp [-- --edits N] [--json] [--server OTHER/dist/server.js] [--sizes 10kB,100kB,1MB]
//   (--server: another build, e.g. main's; --sizes: only those articles)
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { longArticle } from './corpus';
import { percentile } from './stats';
import { startStdioServer } from './stdioServer';

export interface LspSizeResult {
  label: string;
  bytes: number;
  openMs: number;
  tokens: { p50: number; p95: number };
  hover: { p50: number; p95: number };
  rssMB: number;
}

export interface LspResult {
  /** A round trip with no work, p50 and p95, measured in each server and pooled. */
  roundTrip: { p50: number; p95: number };
  sizes: LspSizeResult[];
}

const SIZES: readonly [string, number][] = [
  ['10 kB', 10_000],
  ['100 kB', 100_000],
  ['1 MB', 1_000_000],
];

const summary = (xs: number[]): { p50: number; p95: number } => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });

async function measureSize(
  label: string,
  minBytes: number,
  edits: number,
  roundTrips: number[],
  log: (s: string) => void,
  serverPath?: string,
): Promise<LspSizeResult> {
  const { text } = longArticle(minBytes);
  const server = await startStdioServer({ maxFileSize: 4 }, serverPath);
  const { conn } = server;
  try {
    const uri = 'file:///bench/article.news';
    const doc = TextDocument.create(uri, 'news', 1, text);
    const t0 = performance.now();
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news', version: 1, text },
    });
    const first = await conn.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const openMs = performance.now() - t0;
    if (!first.data.length) throw new Error(`${label}: no tokens (${server.messages.join('; ')})`);

    for (let i = 0; i < 100; i++) {
      const s = performance.now();
      await conn.sendRequest('textDocument/hover', {
        textDocument: { uri: 'file:///bench/not-open.news' },
        position: { line: 0, character: 0 },
      });
      roundTrips.push(performance.now() - s);
    }

    const edit = async (k: number): Promise<void> => {
      const offset = Math.floor(((k + 0.5) / edits) * doc.getText().length);
      const at = doc.positionAt(offset);
      const change = { range: { start: at, end: at }, text: 'e' };
      TextDocument.update(doc, [change], doc.version + 1);
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: doc.version },
        contentChanges: [change],
      });
    };

    const tokens: number[] = [];
    for (let k = 0; k < edits; k++) {
      const s = performance.now();
      await edit(k);
      await conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
      tokens.push(performance.now() - s);
    }
    const rssMB = server.rssMB();

    // Hovers on a highlighted word near the middle (a quote, a name), right after each keystroke.
    let line = 0;
    const mid = Math.floor(first.data.length / 10) * 5;
    for (let i = 0; i <= mid; i += 5) line += first.data[i];
    const position = { line, character: 1 };
    const hovers: number[] = [];
    for (let k = 0; k < edits; k++) {
      await edit((k + 0.5) % edits);
      const pending = conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
      const s = performance.now();
      await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      hovers.push(performance.now() - s);
      await pending;
    }
    const r = { label, bytes: Buffer.byteLength(text), openMs, tokens: summary(tokens), hover: summary(hovers), rssMB };
    log(
      `lsp ${label}: tokens p50 ${r.tokens.p50.toFixed(1)} p95 ${r.tokens.p95.toFixed(1)} ms, hover p95 ${r.hover.p95.toFixed(2)} ms, RSS ${rssMB.toFixed(0)} MB`,
    );
    return r;
  } finally {
    server.stop();
  }
}

export async function measureLsp(opts: {
  edits: number;
  log: (s: string) => void;
  server?: string;
  /** Labels of the sizes to measure (all when absent). */
  sizes?: readonly string[];
}): Promise<LspResult> {
  const roundTrips: number[] = [];
  const sizes: LspSizeResult[] = [];
  for (const [label, bytes] of SIZES.filter(([l]) => !opts.sizes || opts.sizes.includes(l.replace(' ', ''))))
    sizes.push(await measureSize(label, bytes, opts.edits, roundTrips, opts.log, opts.server));
  return { roundTrip: summary(roundTrips), sizes };
}

export function lspTable(r: LspResult): string {
  const f = (x: number, d = 1): string => x.toFixed(d);
  const lines = [
    `LSP round trip, no work (baseline): p50 ${f(r.roundTrip.p50, 2)} ms, p95 ${f(r.roundTrip.p95, 2)} ms`,
    '',
    '| article | open + tokens | keystroke → tokens p50 | p95 | hover after keystroke p50 | p95 | RSS after 40 edits |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of r.sizes)
    lines.push(
      `| ${s.label} | ${f(s.openMs, 0)} ms | ${f(s.tokens.p50)} ms | ${f(s.tokens.p95)} ms | ${f(s.hover.p50, 2)} ms | ${f(s.hover.p95, 2)} ms | ${f(s.rssMB, 0)} MB |`,
    );
  return lines.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--edits');
  const j = args.indexOf('--server');
  const k = args.indexOf('--sizes');
  measureLsp({
    edits: i >= 0 ? Number(args[i + 1]) : 40,
    log: (s) => process.stderr.write(`  ${s}\n`),
    server: j >= 0 ? args[j + 1] : undefined,
    sizes: k >= 0 ? args[k + 1].split(',') : undefined,
  })
    .then((r) => console.log(args.includes('--json') ? JSON.stringify(r, null, 2) : lspTable(r)))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
