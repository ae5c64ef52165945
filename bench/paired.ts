// Paired A/B of the analysis core: this checkout's against another's (a worktree of main, an older
// commit), both bundled and loaded into one process and run alternately on the same inputs, so that
// both meet the same machine state. On this shared machine two runs of one build differ by 10–15 %;
// paired, the ratio of the two builds' totals repeats within about 1 %.
//
//   npm run bench:paired -- OTHER_CHECKOUT [--size BYTES] [--edits N] [--cold]
//
// Default: one article of --size bytes (PolNeAR train joined; 10 kB) analysed once by each build,
// then --edits one-character inserts (default 1,000) scattered through it, each analysed by both
// with their own paragraph caches, as the editor's worker does. --cold: every PolNeAR train article
// analysed afresh by each, three rounds after a warm-up round (the command line's work).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { longArticle, newsArticles } from './corpus';
import { percentile } from './stats';

interface Core {
  Analyses: new () => { run(request: { uri: string | null; text: string }): unknown };
}

const root = join(__dirname, '..');

/** The core of the checkout at `tree`, bundled as the product is (without minifying) and loaded. */
async function loadCore(tree: string, name: string): Promise<Core> {
  const outfile = join(root, 'dist', 'bench', `paired-${name}.cjs`);
  mkdirSync(join(root, 'dist', 'bench'), { recursive: true });
  await build({
    stdin: { contents: "export { Analyses } from './server/src/analyser';", resolveDir: tree, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  // An ES module import of a CommonJS file has its exports as `default`; tsx may turn it into a require.
  const m = (await import(pathToFileURL(outfile).href)) as Core & { default?: Core };
  return m.default ?? m;
}

function timed(f: () => void): number {
  const s = performance.now();
  f();
  return performance.now() - s;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const other = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!other) throw new Error('usage: npm run bench:paired -- OTHER_CHECKOUT [--size BYTES] [--edits N] [--cold]');
  const [base, here] = [await loadCore(resolve(other), 'other'), await loadCore(root, 'this')];
  const a = new base.Analyses();
  const b = new here.Analyses();
  const ta: number[] = [];
  const tb: number[] = [];
  // Each build goes first in every other step: whichever runs second finds the caches warmer.
  const both = (step: number, request: { uri: string | null; text: string }): void => {
    const order: [InstanceType<Core['Analyses']>, number[]][] = [
      [a, ta],
      [b, tb],
    ];
    if (step % 2) order.reverse();
    for (const [an, t] of order) t.push(timed(() => an.run(request)));
  };
  let label: string;
  let skip: number;
  if (args.includes('--cold')) {
    const { source, articles } = newsArticles(4 * 1024 * 1024);
    label = `cold analyses: ${source}, 4 rounds, the first a warm-up`;
    for (let r = 0; r < 4; r++) articles.forEach((text, i) => both(i + r, { uri: null, text }));
    skip = articles.length;
  } else {
    const size = flag('--size', 10_000);
    const edits = flag('--edits', 1000);
    let { text } = longArticle(size);
    label = `${edits} one-character edits of a ${(Buffer.byteLength(text) / 1000).toFixed(0)} kB article, each analysed with the paragraph cache`;
    both(0, { uri: 'bench:paired', text });
    ta.length = 0;
    tb.length = 0;
    for (let k = 0; k < edits; k++) {
      // Scattered through the article: each edit in a paragraph the last one did not touch.
      const at = Math.floor(((((k * 7919) % edits) + 0.5) / edits) * text.length);
      text = `${text.slice(0, at)}e${text.slice(at)}`;
      both(k, { uri: 'bench:paired', text });
    }
    skip = Math.floor(edits / 5); // the JIT's warm-up
  }
  const ra = ta.slice(skip);
  const rb = tb.slice(skip);
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  const f = (x: number): string => x.toFixed(2);
  console.log(label);
  console.log(
    `  ${other}: p50 ${f(percentile(ra, 50))} ms, p95 ${f(percentile(ra, 95))} ms, total ${sum(ra).toFixed(0)} ms`,
  );
  console.log(
    `  this checkout: p50 ${f(percentile(rb, 50))} ms, p95 ${f(percentile(rb, 95))} ms, total ${sum(rb).toFixed(0)} ms`,
  );
  console.log(`  this / other, total time: ${(sum(rb) / sum(ra)).toFixed(3)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
