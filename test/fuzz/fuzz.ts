// `npm run fuzz [-- --runs N] [-- --seed S] [-- --workers W]`: checks the properties of
// properties.ts on a million generated texts (by default), spread over one worker process per
// core. Work goes in chunks of fixed size, each with its own seed (the run's seed plus the
// chunk's number), so a run is reproducible and reports progress. On a failure fast-check
// shrinks the text; the runner prints it, writes it to a file the CLI can be pointed at, and
// says how to replay it: `npm run fuzz -- --seed S --path P --runs 1 --workers 1`.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { soundAndDeterministic } from './properties';

const CHUNK = 5000;

interface Failure {
  readonly seed: number;
  readonly path: string;
  readonly text: string;
  readonly report: string;
}

type Message = { readonly done: number } | { readonly failure: Failure };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** A worker: runs chunks `first, first + step, …` below `chunks`, reporting each. */
function work(seed: number, first: number, step: number, chunks: number, runs: number, path: string | undefined): void {
  for (let c = first; c < chunks; c += step) {
    const numRuns = Math.min(CHUNK, runs - c * CHUNK);
    const details = fc.check(soundAndDeterministic, { seed: seed + c, numRuns, ...(path ? { path } : {}) });
    if (details.failed) {
      const [text] = details.counterexample ?? [''];
      const failure: Failure = {
        seed: seed + c,
        path: details.counterexamplePath ?? '',
        text: String(text),
        report: fc.defaultReportMessage(details) ?? '',
      };
      process.send?.({ failure } satisfies Message);
      return;
    }
    process.send?.({ done: numRuns } satisfies Message);
  }
}

function main(args: string[]): void {
  const runs = Number(option(args, '--runs') ?? 1_000_000);
  const seed = Number(option(args, '--seed') ?? Date.now() % 2 ** 31);
  const workers = Math.max(1, Number(option(args, '--workers') ?? availableParallelism()));
  const path = option(args, '--path');
  const chunks = Math.ceil(runs / CHUNK);
  console.log(`fuzzing ${runs.toLocaleString('en')} cases, seed ${seed}, ${workers} worker${workers > 1 ? 's' : ''}`);
  const t0 = performance.now();
  let done = 0;
  let lastReport = 0;
  let failed = false;
  let running = workers;
  const children = Array.from({ length: workers }, (_, w) =>
    fork(__filename, ['--worker', String(seed), String(w), String(workers), String(chunks), String(runs), path ?? '']),
  );
  for (const child of children) {
    child.on('message', (m: Message) => {
      if ('failure' in m) {
        if (failed) return;
        failed = true;
        const file = join(tmpdir(), `news-fuzz-${m.failure.seed}.news`);
        writeFileSync(file, m.failure.text);
        console.error(`\nFAILED after ${done.toLocaleString('en')} cases\n${m.failure.report}\n`);
        console.error(`the text is in ${file}`);
        console.error(`replay: npm run fuzz -- --seed ${m.failure.seed} --path ${m.failure.path} --runs 1 --workers 1`);
        for (const other of children) if (other !== child) other.kill();
        return;
      }
      done += m.done;
      const s = (performance.now() - t0) / 1000;
      if (s - lastReport >= 30 || done === runs) {
        lastReport = s;
        console.log(`  ${done.toLocaleString('en')} cases, ${s.toFixed(0)} s, ${(done / s).toFixed(0)} cases/s`);
      }
    });
    child.on('exit', (code) => {
      if (code !== 0 && !failed) {
        failed = true;
        console.error(`a worker died (exit ${code})`);
      }
      if (--running === 0) {
        const s = (performance.now() - t0) / 1000;
        if (!failed)
          console.log(
            `\n${done.toLocaleString('en')} cases, no failure, in ${s.toFixed(0)} s (${(done / s).toFixed(0)} cases/s)`,
          );
        process.exitCode = failed ? 1 : 0;
      }
    });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--worker') {
  const [, seed, first, step, chunks, runs, path] = args;
  work(Number(seed), Number(first), Number(step), Number(chunks), Number(runs), path || undefined);
} else {
  main(args);
}
