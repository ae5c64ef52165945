// `npm run bench:adversarial [-- FILTER] [--scale F] [--repeat N]`: every hostile input of
// test/fuzz/adversarial.ts at full size (or F times it), through the core (in this process)
// and the command line (dist/cli.js in a child process, as a user runs it). Each must take at
// most 2 s per MB — the command line, plus its start-up, measured in the same run on an empty
// file — with sound spans, and the command line must print exactly the core's result. Exits 1,
// loudly, when one does not.
//
// The budget is judged on CPU time (user + system, every thread of the process): unlike wall
// time it does not grow when other work shares the machine, and on an idle machine it bounds
// the wall time from above (the garbage collector's helper threads count in it). Wall times are
// printed beside it, and every time also as a ratio to a baseline measured in the same run —
// ordinary wire copy of the same size — so a slow machine cannot hide a slow input. Each
// measurement is the best of N runs (default 2), the usual guard against a busy neighbour.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import type { Article } from '../server/src/analysis/model';
import { toContract } from '../server/src/formats/json';
import { type AdversarialCase, CASES, MB } from '../test/fuzz/adversarial';
import { random } from '../test/fuzz/random';
import { BASES, projectRoot } from '../test/fuzz/arbitraries';
import { articleProblems } from '../test/fuzz/invariants';

const BUDGET_MS_PER_MB = 2000;
const root = projectRoot();
const cli = join(root, 'dist', 'cli.js');
const cpuProbe = join(root, 'bench', 'cpu-on-exit.cjs');

// Optional: a filter on case names, `--scale F` to run every case at F times its size, and
// `--repeat N` for the number of runs each measurement is the best of.
const args = process.argv.slice(2);
function option(name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
}
const scale = option('--scale', 1);
const repeat = Math.max(1, option('--repeat', 2));
const only = args[0];

/** The budget for `mb` megabytes (at least 10 ms, below which the clock says nothing). */
const budget = (mb: number): number => Math.max(BUDGET_MS_PER_MB * mb, 10);

interface Timing {
  readonly cpu: number;
  readonly wall: number;
}

function timeCore(text: string): [Article, Timing] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const article = analyzeArticle(text);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [article, { cpu: (c.user + c.system) / 1000, wall }];
}

function runCli(file: string, dir: string): Timing & { stdout: string; stderr: string; status: number | null } {
  const cpuFile = join(dir, 'cpu.txt');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', cpuProbe, cli, 'analyze', '--json', file], {
    encoding: 'utf8',
    maxBuffer: 2 ** 30,
    env: { ...process.env, NEWS_BENCH_CPU_FILE: cpuFile },
  });
  const wall = performance.now() - t0;
  return { cpu: Number(readFileSync(cpuFile, 'utf8')), wall, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Ordinary articles (ours and the sample, in random order) up to `bytes`: the baseline. */
function wireCopy(bytes: number): string {
  const rnd = random(42);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const a = BASES[Math.floor(rnd() * BASES.length)];
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  return parts.join('\n\n');
}

interface Row {
  readonly name: string;
  readonly mb: number;
  readonly core: Timing;
  readonly cli: Timing;
  readonly problems: string[];
}

const best = (a: Timing, b: Timing): Timing => (b.cpu < a.cpu ? b : a);

function measure(name: string, text: string, dir: string, check?: AdversarialCase['check']): Row {
  const mb = Buffer.byteLength(text) / MB;
  const [article, first] = timeCore(text);
  let core = first;
  for (let i = 1; i < repeat; i++) core = best(core, timeCore(text)[1]);
  const problems = [...articleProblems(text, article), ...(check?.(text, article) ?? [])];
  const file = join(dir, 'case.news');
  writeFileSync(file, text, 'utf8');
  const out = runCli(file, dir);
  let cli: Timing = out;
  for (let i = 1; i < repeat; i++) cli = best(cli, runCli(file, dir));
  if (out.status !== 0 || out.stderr)
    problems.push(`command line: exit ${out.status}, ${out.stderr.trim().slice(0, 300)}`);
  else {
    // The command line drops a byte-order mark, as editors do: its offsets are into the rest.
    const expected = text.startsWith('\ufeff') ? analyzeArticle(text.slice(1)) : article;
    if (out.stdout !== `${JSON.stringify(toContract(expected, file))}\n`)
      problems.push('command line: output differs from the core’s result');
  }
  return { name, mb, core, cli: { cpu: cli.cpu, wall: cli.wall }, problems };
}

const pad = (s: string, n: number): string => s.padStart(n);

function main(): number {
  const dir = mkdtempSync(join(tmpdir(), 'news-bench-'));
  try {
    analyzeArticle(wireCopy(MB)); // warm up the JIT before anything is timed
    const emptyFile = join(dir, 'empty.news');
    writeFileSync(emptyFile, '');
    let startup = runCli(emptyFile, dir).cpu;
    for (let i = 1; i < repeat; i++) startup = Math.min(startup, runCli(emptyFile, dir).cpu);
    const base = measure('baseline: wire copy', wireCopy(5 * MB * scale), dir);
    const perMb = (t: number, mb: number): number => t / Math.max(mb, 1e-9);
    const baseCore = perMb(base.core.cpu, base.mb);
    const baseCli = perMb(base.cli.cpu, base.mb);
    console.log(
      `budget: ${BUDGET_MS_PER_MB} ms of CPU per MB, and for the command line its start-up of ${startup.toFixed(0)} ms; best of ${repeat}; ×base: CPU per MB over the baseline's\n`,
    );
    console.log(
      `${'case'.padEnd(42)} ${pad('MB', 5)} │ ${pad('core cpu', 8)} ${pad('ms/MB', 6)} ${pad('×base', 5)} ${pad('wall', 6)} │ ${pad('cli cpu', 8)} ${pad('ms/MB', 6)} ${pad('×base', 5)} ${pad('wall', 6)}`,
    );
    const failures: string[] = [];
    const print = (r: Row): void => {
      const cols = (t: Timing, b: number): string =>
        r.mb > 0
          ? `${pad(t.cpu.toFixed(0), 8)} ${pad(perMb(t.cpu, r.mb).toFixed(0), 6)} ${pad((perMb(t.cpu, r.mb) / b).toFixed(2), 5)} ${pad(t.wall.toFixed(0), 6)}`
          : `${pad(t.cpu.toFixed(0), 8)} ${pad('–', 6)} ${pad('–', 5)} ${pad(t.wall.toFixed(0), 6)}`;
      const over = [
        r.core.cpu > budget(r.mb) ? 'core' : '',
        r.cli.cpu > budget(r.mb) + startup ? 'command line' : '',
      ].filter(Boolean);
      const bad = over.length > 0 || r.problems.length > 0;
      console.log(
        `${r.name.padEnd(42)} ${pad(r.mb.toFixed(2), 5)} │ ${cols(r.core, baseCore)} │ ${cols(r.cli, baseCli)}${bad ? '  ✗' : ''}`,
      );
      if (over.length)
        failures.push(
          `${r.name}: ${over.join(' and ')} over the budget of ${budget(r.mb).toFixed(0)} ms (+ ${startup.toFixed(0)} ms start-up for the command line)`,
        );
      for (const p of r.problems) failures.push(`${r.name}: ${p}`);
    };
    print(base);
    for (const c of CASES) {
      if (only && !c.name.includes(only)) continue;
      print(measure(c.name, c.make(c.mb * MB * scale), dir, c.check));
    }
    if (failures.length) {
      console.error(`\nFAILED\n  ${failures.join('\n  ')}`);
      return 1;
    }
    console.log('\nevery case within budget, with sound spans');
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
