// Feature latency on the sample article: each editor feature answered from the cached
// analysis, directly through the service and as an LSP round trip over in-process streams.
// Figures are medians and 95th percentiles, and ratios to a baseline measured in the same
// run (one full analysis of the same text), so they compare across machines.
//
//   npm run bench:features [-- --json] [-- FILE]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../server/src/analysis/article';
import { createNewsService } from '../server/src/service';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { Client } from '../test/lsp/harness';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? join(__dirname, '..', 'samples', 'press-conference.news');
const text = readFileSync(file, 'utf8');

interface Figure {
  name: string;
  median: number;
  p95: number;
  runs: number;
}

function stats(name: string, samples: number[]): Figure {
  const s = [...samples].sort((a, b) => a - b);
  return {
    name,
    median: s[Math.floor(s.length / 2)],
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))],
    runs: s.length,
  };
}

async function time(name: string, runs: number, work: (i: number) => unknown): Promise<Figure> {
  for (let i = 0; i < Math.min(20, runs); i++) await work(i); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work(i);
    samples.push(performance.now() - t0);
  }
  return stats(name, samples);
}

async function main(): Promise<void> {
  const doc = TextDocument.create('file:///bench/article.news', 'news', 1, text);
  const service = createNewsService({
    settings: () => Promise.resolve({ ...DEFAULT_SETTINGS, maxFileSize: 1024 }),
    current: () => doc,
    openDocuments: () => [doc],
    workspaceFolders: () => [],
  });
  const article = analyzeArticle(text);
  // Hover everywhere a reader would: inside every quote, on every mention, on every heading.
  const offsets = [
    ...article.quotes.map((q) => (q.content.start + q.content.end) >> 1),
    ...article.entities.flatMap((e) => e.mentions.map((m) => m.start)),
    ...article.sections.filter((s) => s.headingRange).map((s) => s.headingRange!.start),
  ];
  const positions = offsets.map((o) => doc.positionAt(o));
  const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };

  const figures: Figure[] = [];
  const baseline = await time('analysis (baseline)', 50, () => analyzeArticle(text));
  figures.push(baseline);
  await service.analysis(doc);
  figures.push(await time('hover', 2000, (i) => service.hover(doc, positions[i % positions.length])));
  figures.push(await time('document symbols', 500, () => service.documentSymbols(doc)));
  figures.push(await time('folding ranges', 500, () => service.foldingRanges(doc, undefined)));
  figures.push(await time('semantic tokens (full)', 300, () => service.semanticTokens(doc)));
  figures.push(await time('inlay hints', 500, () => service.inlayHints(doc, whole)));
  figures.push(await time('diagnostics', 500, () => service.diagnostics(doc)));
  figures.push(await time('references', 1000, (i) => service.references(doc, positions[i % positions.length], true)));
  figures.push(await time('article request', 300, () => service.articleInfo(doc)));
  // The first request after an edit pays for one analysis of the new version.
  figures.push(
    await time('first hover after an edit', 30, (i) => {
      TextDocument.update(
        doc,
        [{ range: { start: whole.end, end: whole.end }, text: i % 2 ? ' ' : '\n' }],
        doc.version + 1,
      );
      return service.hover(doc, positions[0]);
    }),
  );

  // The same over LSP, in-process: JSON-RPC encoding and the stream round trip included.
  const client = await Client.start({ settings: { maxFileSize: 1024 } });
  try {
    const uri = 'file:///bench/lsp.news';
    await client.open(uri, text);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    figures.push(
      await time('hover over LSP', 1000, (i) =>
        client.request('textDocument/hover', { textDocument: { uri }, position: positions[i % positions.length] }),
      ),
    );
    figures.push(
      await time('document symbols over LSP', 300, () =>
        client.request('textDocument/documentSymbol', { textDocument: { uri } }),
      ),
    );
  } finally {
    client.dispose();
  }

  const rows = figures.map((f) => ({ ...f, ratio: f.median / baseline.median }));
  if (json) {
    console.log(JSON.stringify({ file, chars: text.length, figures: rows }));
    return;
  }
  console.log(
    `${file}: ${text.length.toLocaleString('en')} characters, ${article.quotes.length} quotes, ${positions.length} hover positions\n`,
  );
  console.log(`${'feature'.padEnd(28)}${'median ms'.padStart(11)}${'p95 ms'.padStart(10)}${'× analysis'.padStart(12)}`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(28)}${r.median.toFixed(3).padStart(11)}${r.p95.toFixed(3).padStart(10)}${r.ratio.toFixed(4).padStart(12)}`,
    );
  }
}

void main();
