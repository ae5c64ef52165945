// How much the topic and section passes cost: analyzeArticle over every text of PolNeAR train,
// now and at a baseline commit (default: where this branch left main), alternately in the
// same run, so that the ratio does not depend on the machine.
// Usage: npm run bench:core [-- --base REF] [--rounds N]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const git = (...a: string[]): string => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
const base = opt('--base', git('merge-base', 'HEAD', 'main'));
const rounds = Number(opt('--rounds', '5'));

type Analyze = (text: string) => unknown;

async function baseline(): Promise<{ analyze: Analyze; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'news-baseline-'));
  execFileSync('sh', ['-c', `git archive ${base} server/src/analysis | tar -x -C ${dir}`], { cwd: root });
  // The generated data is not in git; the baseline reads the fields it knows from today's file.
  const data = join('server', 'src', 'analysis', 'data', 'lexicon.generated.json');
  mkdirSync(join(dir, 'server', 'src', 'analysis', 'data'), { recursive: true });
  copyFileSync(join(root, data), join(dir, data));
  // The baseline's own imports (the stemmer) resolve from this checkout's packages.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const mod = (await import(join(dir, 'server', 'src', 'analysis', 'article.ts'))) as { analyzeArticle: Analyze };
  return { analyze: mod.analyzeArticle, dir };
}

function time(analyze: Analyze, texts: string[]): number {
  const t = performance.now();
  for (const x of texts) analyze(x);
  return performance.now() - t;
}

async function main(): Promise<void> {
  const corpus = join(root, '..', 'shared', 'eval', 'corpora', 'polnear-train.jsonl');
  const texts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const { analyze: before, dir } = await baseline();
  try {
    time(before, texts); // warm-up: JIT and caches
    time(analyzeArticle, texts);
    const b: number[] = [];
    const a: number[] = [];
    for (let r = 0; r < rounds; r++) {
      b.push(time(before, texts));
      a.push(time(analyzeArticle, texts));
    }
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1];
    const mb = median(b);
    const ma = median(a);
    console.log(`${texts.length} texts, ${(chars / 1e6).toFixed(2)} M chars, median of ${rounds} rounds`);
    console.log(`baseline ${base.slice(0, 8)}: ${mb.toFixed(0)} ms · now: ${ma.toFixed(0)} ms · ratio ${(ma / mb).toFixed(3)} (+${(100 * (ma / mb - 1)).toFixed(1)} %)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
