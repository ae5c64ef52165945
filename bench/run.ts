// npm run bench: the performance budgets of issue 7, measured in one run, printed as a table
// and written to bench/results.json. A benchmark, not a test: nothing in npm test depends on it.
//
//   npm run bench [-- --rounds N] [--edits N] [--hovers N] [--mb N] [--no-throughput] [--no-incremental] [--no-editor]
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { type EditorResult, measureEditor } from './editor';
import { type IncrementalResult, measureIncremental } from './incremental';
import { measureThroughput, type ThroughputResult } from './throughput';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MiB = 2 ** 20;
const log = (s: string): void => {
  process.stderr.write(`  ${s}\n`);
};

interface Budget {
  name: string;
  value: number;
  budget: number;
  goal: number;
  higherIsBetter: boolean;
  unit: string;
}

function verdict(b: Budget): string {
  const ok = (limit: number): boolean => (b.higherIsBetter ? b.value >= limit : b.value <= limit);
  return ok(b.goal) ? 'goal met' : ok(b.budget) ? 'holds' : 'MISSED';
}

const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');

async function main(): Promise<void> {
  const load0 = loadavg();
  const started = new Date().toISOString();
  let throughput: ThroughputResult | null = null;
  let editor: EditorResult | null = null;
  let incremental: IncrementalResult | null = null;
  if (!args.includes('--no-throughput')) {
    log('throughput…');
    throughput = measureThroughput({ minBytes: 4 * MiB, rounds: opt('--rounds', 3), sliceBytes: 200_000, log });
  }
  if (!args.includes('--no-incremental')) {
    log('incremental re-analysis…');
    incremental = measureIncremental({ minBytes: opt('--mb', 5) * MiB, edits: 10, log });
  }
  if (!args.includes('--no-editor')) {
    log('editor latency…');
    editor = await measureEditor({
      minBytes: opt('--mb', 5) * MiB,
      edits: opt('--edits', 40),
      hovers: opt('--hovers', 500),
      log,
    });
  }
  const load1 = loadavg();

  const budgets: Budget[] = [];
  const rows: [string, string, string][] = [];
  if (throughput) {
    const t = throughput;
    rows.push([
      'analyzeArticle',
      `${fmt(t.analyzeMBps, 2)} MB/s`,
      `${t.articles} articles, ${fmt(t.bytes / MiB)} MiB of ${t.source}; CPU time, median of ${t.rounds}`,
    ]);
    rows.push([
      '  reading (quotes, speakers)',
      `${fmt(t.readMBps, 2)} MB/s`,
      'analyzeSpeech: paragraphs … attribution (the core)',
    ]);
    rows.push(['  topics and sections', `${fmt(t.topicsMBps, 2)} MB/s`, 'addTopics: terms, inferred sections, topics']);
    rows.push([
      'indexOf pass (baseline a)',
      `${fmt(t.indexOfMBps, 0)} MB/s`,
      'one indexOf of an absent character over the same articles joined',
    ]);
    rows.push([
      'compromise (baseline b)',
      `${fmt(t.compromiseMBps, 3)} MB/s`,
      `nlp(article).quotations() on the first ${t.sliceArticles} articles (${fmt(t.sliceBytes / 1000, 0)} kB)`,
    ]);
    rows.push([
      'analyzeArticle on that slice',
      `${fmt(t.analyzeSliceMBps, 2)} MB/s`,
      'same articles as compromise, same run',
    ]);
    rows.push(['throughput ÷ indexOf', `${fmt(100 * t.ofIndexOf, 3)} %`, 'budget ≥ 0.5 %, goal 1 %']);
    rows.push(['throughput ÷ compromise', `${fmt(t.timesCompromise, 0)}×`, 'budget ≥ 300×, goal 500×']);
    budgets.push({
      name: 'throughput vs indexOf',
      value: 100 * t.ofIndexOf,
      budget: 0.5,
      goal: 1,
      higherIsBetter: true,
      unit: '%',
    });
    budgets.push({
      name: 'throughput vs compromise',
      value: t.timesCompromise,
      budget: 300,
      goal: 500,
      higherIsBetter: true,
      unit: '×',
    });
  }
  if (incremental) {
    const i = incremental;
    rows.push([
      're-analysis after an edit',
      `${fmt(i.readMs + i.topicsMs, 0)} ms`,
      `in process, ${fmt(i.bytes / MiB)} MiB article, median of ${i.edits} one-character edits; CPU time`,
    ]);
    rows.push([
      '  reading (incremental)',
      `${fmt(i.readMs, 0)} ms`,
      'analyzeSpeech with the cache of the previous version',
    ]);
    rows.push(['  topics and sections', `${fmt(i.topicsMs, 0)} ms`, 'addTopics (no incremental path yet)']);
    rows.push([
      '  without the cache',
      `${fmt(i.coldMs, 0)} ms`,
      `a fresh analysis of the same text: ${fmt(i.speedup)}× slower`,
    ]);
  }
  if (editor) {
    const e = editor;
    const l = (x: { p50: number; p95: number; max: number }): string =>
      `p50 ${fmt(x.p50)} · p95 ${fmt(x.p95)} · max ${fmt(x.max)} ms`;
    rows.push([
      'article opened',
      `${fmt(e.bytes / MiB)} MiB`,
      `${e.lines} lines of ${e.source}; first tokens after ${fmt(e.openMs / 1000)} s`,
    ]);
    rows.push([
      'LSP round trip (baseline)',
      `${fmt(e.roundTrip.p50, 2)} ms`,
      'hover in a document that is not open: no analysis',
    ]);
    rows.push([
      'edit → semantic tokens',
      l(e.editToTokens),
      `${e.editToTokens.n} one-character edits spread through the article; wall time`,
    ]);
    rows.push(['  server CPU per edit', l(e.editToTokensCpu), 'main-thread CPU time of the server for the same edits']);
    rows.push([
      'hover',
      `p50 ${fmt(e.hover.p50, 2)} · p99 ${fmt(e.hover.p99, 2)} ms`,
      `${e.hover.n} hovers on highlighted words`,
    ]);
    rows.push(['document symbols', `p50 ${fmt(e.documentSymbols.p50)} ms`, `${e.documentSymbols.n} requests`]);
    rows.push(['server memory', `${fmt(e.rssMB, 0)} MB RSS`, `peak ${fmt(e.peakRssMB, 0)} MB`]);
    budgets.push({
      name: 'edit → tokens p95',
      value: e.editToTokens.p95,
      budget: 50,
      goal: 16,
      higherIsBetter: false,
      unit: 'ms',
    });
    budgets.push({ name: 'hover p99', value: e.hover.p99, budget: 5, goal: 5, higherIsBetter: false, unit: 'ms' });
    budgets.push({ name: 'server RSS', value: e.rssMB, budget: 200, goal: 200, higherIsBetter: false, unit: 'MB' });
  }

  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(
    `\nNews Annotator benchmark · ${started} · Node ${process.version} · ${cpus().length} CPUs · load ${load0.map((x) => x.toFixed(1)).join(' ')} → ${load1.map((x) => x.toFixed(1)).join(' ')}\n`,
  );
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
  console.log('\nBudgets:');
  for (const b of budgets)
    console.log(
      `  ${b.name.padEnd(26)} ${fmt(b.value, b.unit === '%' ? 3 : 1).padStart(8)} ${b.unit.padEnd(3)} budget ${b.higherIsBetter ? '≥' : '≤'} ${b.budget}, goal ${b.goal}: ${verdict(b)}`,
    );

  const out = join(__dirname, 'results.json');
  writeFileSync(
    out,
    `${JSON.stringify({ started, node: process.version, cpus: cpus().length, load: { before: load0, after: load1 }, throughput, incremental, editor, budgets: budgets.map((b) => ({ ...b, verdict: verdict(b) })) }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
