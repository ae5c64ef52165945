// `npm run bench:scaling [-- --runs N --seed S]`: hunts for super-linear passes that the
// adversarial list does not name. Each text is made of three random short patterns of news
// words and marks — the first repeated, then the second, then the third once — and analysed at
// two sizes four times apart. Linear work grows about fourfold; a text whose time grows more
// than sevenfold is analysed again at four times the size, and reported if it grows sevenfold
// again. Exits 1 when it reports one. CPU time, as in the adversarial bench.
import fc from 'fast-check';
import { analyzeArticle } from '../server/src/analysis/article';
import { VOCABULARY } from '../test/fuzz/arbitraries';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option('--runs', 500);
const seed = option('--seed', Date.now() % 2 ** 31);
const GROWTH = 7;

const pattern = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ' ', ' ', '', '\n')), {
    minLength: 1,
    maxLength: 10,
  })
  .map((ws) => ws.map(([w, sep]) => w + sep).join(''));

type Patterns = [string, string, string];

function text([a, b, c]: Patterns, chars: number): string {
  return a.repeat(Math.ceil(chars / 2 / a.length)) + b.repeat(Math.ceil(chars / 2 / b.length)) + c;
}

function cpu(t: string): number {
  const c0 = process.cpuUsage();
  analyzeArticle(t);
  const u = process.cpuUsage(c0);
  return (u.user + u.system) / 1000;
}

analyzeArticle('Mayor Ann Cole said “we will rebuild.” '.repeat(2000)); // warm up the JIT
console.log(`${runs} patterns, seed ${seed}`);
let found = 0;
for (const p of fc.sample(fc.tuple(pattern, pattern, pattern), { numRuns: runs, seed })) {
  const small = cpu(text(p, 30_000));
  const big = cpu(text(p, 120_000));
  // Below a few hundred milliseconds the clock and the collector decide more than the code.
  if (big < 300 || big / Math.max(small, 5) < GROWTH) continue;
  const huge = cpu(text(p, 480_000));
  if (huge / big < GROWTH) continue;
  found++;
  console.log(
    `super-linear: ${JSON.stringify(p)}: ${small.toFixed(0)} → ${big.toFixed(0)} → ${huge.toFixed(0)} ms for 30 → 120 → 480 thousand characters`,
  );
}
console.log(
  found
    ? `\nFAILED: ${found} pattern${found > 1 ? 's' : ''} grew faster than the text`
    : 'no pattern grew faster than the text',
);
process.exitCode = found ? 1 : 0;
