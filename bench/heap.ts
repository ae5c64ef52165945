// How much heap an analysis needs, per MB of article: the figure newsAnnotator.maxFileSize turns
// into the analysis worker's memory limit (settings.ts, heapLimitMB). For each article size, the
// smallest maxOldGenerationSizeMb under which the built server's worker analyses the article and
// then, with the first version's paragraph work alive, an edited version (what editing needs),
// found by bisection. Also the cost of handing the Article from the worker to the server thread
// (structured clone) beside the analysis it follows.
//
//   npm run bench:heap [-- --sizes 0.25,1,2]
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import { OutOfMemory } from '../server/src/analyser';
import { workerAnalyser } from '../server/src/node/workerAnalyser';
import { longArticle } from './corpus';
import { median } from './stats';

const script = join(__dirname, '..', 'dist', 'server.js');
const args = process.argv.slice(2);
const i = args.indexOf('--sizes');
const sizes = (i >= 0 ? args[i + 1] : '0.1,0.5,1,2').split(',').map(Number);

async function fits(text: string, limitMB: number): Promise<boolean> {
  const a = workerAnalyser({ script, heapLimitMB: () => limitMB });
  try {
    await a.analyse({ uri: 'file:///a.news', version: 1, text, maxFileSize: 1 });
    const mid = text.length >> 1;
    await a.analyse({
      uri: 'file:///a.news',
      version: 2,
      text: `${text.slice(0, mid)}e${text.slice(mid)}`,
      maxFileSize: 1,
    });
    return true;
  } catch (err) {
    if (err instanceof OutOfMemory) return false;
    throw err;
  } finally {
    a.dispose();
  }
}

async function main(): Promise<void> {
  const rows: string[] = [
    '| article | least heap that fits | per MB of article | clone of the Article | its analysis |',
  ];
  rows.push('| --- | --- | --- | --- | --- |');
  for (const mb of sizes) {
    const { text } = longArticle(mb * 1e6);
    const bytesMB = Buffer.byteLength(text) / 2 ** 20;
    let lo = 8; // fails
    let hi = 64;
    while (!(await fits(text, hi))) {
      lo = hi;
      hi *= 2;
    }
    while (hi - lo > Math.max(4, hi * 0.05)) {
      const m = Math.round((lo + hi) / 2);
      if (await fits(text, m)) hi = m;
      else lo = m;
      process.stderr.write(`  ${mb} MB: between ${lo} and ${hi} MB of heap\n`);
    }
    const t0 = performance.now();
    const article = analyzeArticle(text);
    const analyseMs = performance.now() - t0;
    const clones: number[] = [];
    for (let k = 0; k < 5; k++) {
      const s = performance.now();
      structuredClone(article);
      clones.push(performance.now() - s);
    }
    rows.push(
      `| ${bytesMB.toFixed(2)} MiB | ${hi} MB | ${(hi / bytesMB).toFixed(0)} MB | ${median(clones).toFixed(1)} ms | ${analyseMs.toFixed(0)} ms |`,
    );
  }
  console.log(rows.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
