// Memory over a day of editing, as issue 20 measures it: the built server (dist/server.js) over
// stdio, one article open (PolNeAR dev stories joined, 100 kB or, with --size, more) and a seeded
// edit storm on it: one-character inserts and deletes, quote marks, pasted and cut paragraphs; after
// every tenth edit the requests an editor makes (semantic tokens, a hover, inlay hints for the
// visible lines, document symbols). Then open/close cycles of different articles. It prints the
// server's resident memory (VmRSS: the process, its analysis worker thread included) and the V8
// heap used after a full collection (newsAnnotator/memory; the server runs with --expose-gc),
// server thread and worker together, after each 1,000 edits and each 100 cycles.
// Any failed request and any exit of the server are reported, and make the run fail.
//
//   npm run bench:soak [-- --edits N] [--cycles N] [--seed N] [--size BYTES] [--json]
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type MemoryParams, type MemoryResult, MemoryRequestMethod } from '../common/protocol';
import { readDocs } from './joined';
import { startStdioServer } from './stdioServer';

const DEV = join(__dirname, '..', '..', 'shared', 'eval', 'corpora', 'polnear-dev.jsonl');

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const edits = opt('--edits', 10_000);
const cycles = opt('--cycles', 1_000);
const seed = opt('--seed', 1);
const size = opt('--size', 100_000);

/** mulberry32: a small seeded generator, so that a run can be repeated edit for edit. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  step: number;
  rssMB: number;
  /** V8 heap used after a full collection, server thread and analysis worker together. */
  heapMB: number;
  seconds: number;
}

async function main(): Promise<void> {
  const stories = readDocs(DEV).map((d) => d.text);
  const parts: string[] = [];
  for (let i = 0, bytes = 0; bytes < size; i++) {
    parts.push(stories[i % stories.length]);
    bytes += Buffer.byteLength(stories[i % stories.length]) + 2;
  }
  const text = parts.join('\n\n');
  const paragraphs = stories.flatMap((s) => s.split(/\n\s*\n/)).filter((p) => p.length > 80);
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

  const server = await startStdioServer({ maxFileSize: 4 }, undefined, ['--expose-gc']);
  const { conn } = server;
  let exited = false;
  conn.onClose(() => (exited = true));
  const failures = new Map<string, number>();
  let requests = 0;
  let emptyTokens = 0; // a soak of a server that analyses nothing would prove nothing
  const request = async (method: string, params: unknown): Promise<void> => {
    requests++;
    try {
      const r = await conn.sendRequest<{ data?: number[] } | null>(method, params);
      if (method.endsWith('semanticTokens/full') && !r?.data?.length) emptyTokens++;
    } catch (err) {
      failures.set(method, (failures.get(method) ?? 0) + 1);
      if ((failures.get(method) ?? 0) <= 3) process.stderr.write(`  ${method} failed: ${String(err)}\n`);
    }
  };
  const t0 = performance.now();
  const row = async (step: number): Promise<Row> => {
    // RSS first: the full collection the heap figure needs would lower it, and a server in an
    // editor gets no such collection.
    const rssMB = server.rssMB();
    const m = await conn.sendRequest<MemoryResult>(MemoryRequestMethod, { gc: true } satisfies MemoryParams);
    if (!m.collected) throw new Error('the server could not run a full collection (--expose-gc)');
    const heapMB = (m.serverHeapUsed + (m.workerHeapUsed ?? 0)) / 2 ** 20;
    return { step, rssMB, heapMB, seconds: (performance.now() - t0) / 1000 };
  };
  const progress = (phase: string, r: Row): void => {
    process.stderr.write(
      `  ${phase} ${r.step}: RSS ${r.rssMB.toFixed(0)} MB, heap after GC ${r.heapMB.toFixed(1)} MB, ${r.seconds.toFixed(0)} s\n`,
    );
  };

  // Phase 1: the edit storm.
  const uri = 'file:///soak/article.news';
  const doc = TextDocument.create(uri, 'news', 1, text);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  await request('textDocument/semanticTokens/full', { textDocument: { uri } });
  const editRows: Row[] = [await row(0)];
  progress('edits', editRows[0]);
  const kinds = { insert: 0, delete: 0, quote: 0, paste: 0, cut: 0 };
  for (let k = 1; k <= edits && !exited; k++) {
    const current = doc.getText();
    const offset = Math.floor(rnd() * current.length);
    const r = rnd();
    let change: { start: number; end: number; text: string };
    if (r < 0.45) {
      kinds.insert++;
      change = { start: offset, end: offset, text: pick('etaoinshrdlu ,.'.split('')) };
    } else if (r < 0.9) {
      kinds.delete++;
      change = { start: offset, end: Math.min(offset + 1, current.length), text: '' };
    } else if (r < 0.98) {
      kinds.quote++;
      change = { start: offset, end: offset, text: pick(['"', '“', '”', "'", '‘', '’']) };
    } else {
      // Paste a paragraph at a paragraph break, or cut the paragraph there (keeps the size near the start).
      const at = current.indexOf('\n\n', offset);
      const brk = at < 0 ? current.length : at;
      if (current.length > text.length) {
        kinds.cut++;
        const next = current.indexOf('\n\n', brk + 2);
        change = { start: brk, end: next < 0 ? current.length : next, text: '' };
      } else {
        kinds.paste++;
        change = { start: brk, end: brk, text: `\n\n${pick(paragraphs)}` };
      }
    }
    const range = { start: doc.positionAt(change.start), end: doc.positionAt(change.end) };
    TextDocument.update(doc, [{ range, text: change.text }], doc.version + 1);
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ range, text: change.text }],
    });
    if (k % 10 === 0) {
      const line = range.start.line;
      const visible = { start: { line: Math.max(0, line - 25), character: 0 }, end: { line: line + 25, character: 0 } };
      await Promise.all([
        request('textDocument/semanticTokens/full', { textDocument: { uri } }),
        request('textDocument/hover', { textDocument: { uri }, position: range.start }),
        request('textDocument/inlayHint', { textDocument: { uri }, range: visible }),
        request('textDocument/documentSymbol', { textDocument: { uri } }),
      ]);
    }
    if (k % 1000 === 0) {
      editRows.push(await row(k));
      progress('edits', editRows.at(-1)!);
    }
  }
  await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });

  // Phase 2: open/close cycles, each a different story (cycled through the dev stories, a new URI each).
  const cycleRows: Row[] = [await row(0)];
  for (let c = 1; c <= cycles && !exited; c++) {
    const u = `file:///soak/cycle-${c}.news`;
    const t = stories[c % stories.length];
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: u, languageId: 'news', version: 1, text: t },
    });
    await request('textDocument/semanticTokens/full', { textDocument: { uri: u } });
    await request('textDocument/documentSymbol', { textDocument: { uri: u } });
    await conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    if (c % 100 === 0) {
      cycleRows.push(await row(c));
      progress('cycles', cycleRows.at(-1)!);
    }
  }
  const alive = !exited && !Number.isNaN(server.rssMB());
  server.stop();

  const result = {
    article: { bytes: Buffer.byteLength(text), stories: parts.length, source: 'PolNeAR dev, joined' },
    seed,
    kinds,
    requests,
    emptyTokens,
    failed: Object.fromEntries(failures),
    serverExited: !alive,
    edits: editRows,
    cycles: cycleRows,
  };
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    const f = (x: number): string => x.toFixed(0);
    console.log(
      `Article: ${(result.article.bytes / 1000).toFixed(0)} kB (${parts.length} PolNeAR dev stories joined), seed ${seed}; edits: ${JSON.stringify(kinds)}`,
    );
    console.log(`| edits | ${editRows.map((r) => r.step.toLocaleString('en')).join(' | ')} |`);
    console.log(`| --- | ${editRows.map(() => '---').join(' | ')} |`);
    console.log(`| server RSS, MB | ${editRows.map((r) => f(r.rssMB)).join(' | ')} |`);
    console.log(`| heap used after GC, MB | ${editRows.map((r) => r.heapMB.toFixed(1)).join(' | ')} |`);
    console.log('');
    console.log(`| open/close cycles | ${cycleRows.map((r) => r.step.toLocaleString('en')).join(' | ')} |`);
    console.log(`| --- | ${cycleRows.map(() => '---').join(' | ')} |`);
    console.log(`| server RSS, MB | ${cycleRows.map((r) => f(r.rssMB)).join(' | ')} |`);
    console.log(`| heap used after GC, MB | ${cycleRows.map((r) => r.heapMB.toFixed(1)).join(' | ')} |`);
    console.log('');
    console.log(
      `${requests} requests (${emptyTokens} semantic-token answers empty), ${failures.size ? `FAILED: ${JSON.stringify(result.failed)}` : 'none failed'}; server ${alive ? 'stayed up (same process throughout)' : 'EXITED'}`,
    );
  }
  if (failures.size || !alive) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
