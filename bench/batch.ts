// npm run bench:batch: the command line's batch throughput on a corpus, --jobs 1 against --jobs 2
// (and more with --jobs-list), each a fresh `node dist/cli.js analyze --jsonl` over the whole file
// with its output to /dev/null, in alternating order over the rounds. Baseline in the same run: one
// indexOf pass over the same texts joined. Wall time is the throughput a user sees; the children's
// CPU time (from /proc) shows what the threads cost together.
//
//   npm run bench:batch [-- --rounds N] [--jobs-list 1,2] [CORPUS.jsonl]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuMs, MB, median } from './stats';

const root = join(__dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' }, 'jobs-list': { type: 'string', default: '1,2' } },
});
const corpus = positionals[0] ?? join(root, '..', 'shared', 'eval', 'corpora', 'polnear-train.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench:batch: ${corpus} not found (pass a JSON Lines corpus of {id, text})`);
  process.exit(2);
}
const rounds = Number(values.rounds);
const jobsList = values['jobs-list'].split(',').map(Number);
const cli = join(root, 'dist', 'cli.js');

const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** CPU seconds of this process's finished children (user + system), from /proc; NaN elsewhere. */
function childCpuS(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: cutime and cstime are fields 16 and 17 of stat(5), here 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

function indexOfMBps(): number {
  const joined = texts.join('\n');
  let reps = 1;
  while (cpuMs(() => Array.from({ length: reps }, () => joined.indexOf('\u0000'))) < 50) reps *= 2;
  const ms: number[] = [];
  for (let r = 0; r < 7; r++) ms.push(cpuMs(() => Array.from({ length: reps }, () => joined.indexOf('\u0000'))) / reps);
  return Buffer.byteLength(joined) / MB / (median(ms) / 1000);
}

interface Run {
  wallS: number;
  cpuS: number;
}

function runCli(jobs: number): Run {
  const out = openSync('/dev/null', 'w');
  const cpu0 = childCpuS();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'analyze', '--jsonl', '--jobs', String(jobs), corpus], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
  });
  const wallS = (performance.now() - t0) / 1000;
  closeSync(out);
  if (r.status !== 0) throw new Error(`--jobs ${jobs} failed (${r.status}): ${r.stderr}`);
  return { wallS, cpuS: childCpuS() - cpu0 };
}

const load0 = loadavg();
const baseline = indexOfMBps();
const runs = new Map<number, Run[]>(jobsList.map((j) => [j, []]));
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...jobsList].reverse() : jobsList;
  for (const j of order) {
    const run = runCli(j);
    runs.get(j)!.push(run);
    process.stderr.write(
      `  round ${r + 1}, --jobs ${j}: ${run.wallS.toFixed(2)} s wall, ${run.cpuS.toFixed(2)} s CPU\n`,
    );
  }
}
const load1 = loadavg();

console.log(
  `\nBatch throughput · ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} CPUs · load ${load0.map((x) => x.toFixed(1)).join(' ')} → ${load1.map((x) => x.toFixed(1)).join(' ')}`,
);
console.log(`${texts.length} articles, ${(bytes / MB).toFixed(2)} MB of ${corpus}; median of ${rounds} rounds\n`);
console.log(`indexOf pass (baseline)  ${baseline.toFixed(0)} MB/s`);
const first = median(runs.get(jobsList[0])!.map((x) => x.wallS));
const firstCpu = median(runs.get(jobsList[0])!.map((x) => x.cpuS));
for (const j of jobsList) {
  const wall = median(runs.get(j)!.map((x) => x.wallS));
  const cpu = median(runs.get(j)!.map((x) => x.cpuS));
  const mbps = bytes / MB / wall;
  console.log(
    `--jobs ${j}  ${(texts.length / wall).toFixed(1).padStart(6)} articles/s  ${mbps.toFixed(2)} MB/s  (${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU)  ${((100 * mbps) / baseline).toFixed(3)} % of indexOf  ${(first / wall).toFixed(2)}× --jobs ${jobsList[0]}`,
  );
  // What the wall-time ratio would be with j free cores: the threads' CPU time shared out evenly.
  if (j !== jobsList[0])
    console.log(
      `          with ${j} free cores: ${((j * firstCpu) / jobsList[0] / cpu).toFixed(2)}× --jobs ${jobsList[0]} (${j} × CPU of --jobs ${jobsList[0]} ÷ CPU of --jobs ${j})`,
    );
}
