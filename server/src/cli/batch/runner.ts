// A batch run: articles in, results out in input order. Tasks go to the pool as it has room; results
// that come back early wait in a reorder window of bounded size, and reading stops while the window
// is full or stdout is behind, so the memory of a run does not grow with its input.
import { type JobResult, type JobSpec } from './job';
import type { Output } from './output';
import { inlinePool, workerPool } from './pool';
import { Progress } from './progress';
import type { Item } from './tasks';

export interface BatchRun {
  readonly spec: JobSpec;
  /** Threads analysing at once; 1 analyses on the main thread. */
  readonly jobs: number;
  readonly items: Iterable<Item> | AsyncIterable<Item>;
  readonly output: Output;
  readonly progress: boolean;
  /** Each article's output, in input order (failures are left out: their notes are on stderr). */
  readonly onResult: (out: string) => void;
}

/** Runs the batch; resolves with the number of articles that failed. */
export async function runBatch(run: BatchRun): Promise<number> {
  // The file of the running script: the bundle (dist/cli.js), which a worker re-enters.
  const entry = require.main?.filename ?? process.argv[1];
  const pool = run.jobs > 1 ? workerPool(run.spec, run.jobs, entry) : inlinePool(run.spec);
  const window = Math.max(16, 4 * run.jobs);
  const arrived = new Map<number, JobResult>();
  const progress = new Progress(run.progress);
  let sent = 0;
  let written = 0;
  let failed = 0;
  let wake: (() => void) | null = null;

  const settle = (seq: number, result: JobResult): void => {
    arrived.set(seq, result);
    for (let r = arrived.get(written); r; r = arrived.get(written)) {
      arrived.delete(written++);
      if (r.notes.length || (r.out !== null && run.output.toTerminal)) progress.hide();
      for (const note of r.notes) process.stderr.write(`${note}\n`);
      if (r.out === null) failed++;
      else run.onResult(r.out);
      progress.tick();
    }
    const w = wake;
    wake = null;
    w?.();
  };
  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
  };

  try {
    for await (const item of run.items) {
      await until(() => sent - written < window && pool.ready);
      await run.output.drained();
      const seq = sent++;
      if (item.kind === 'refused') settle(seq, { out: null, notes: [item.note] });
      else pool.run(item, (result) => settle(seq, result));
    }
    await until(() => written === sent);
  } finally {
    progress.hide();
    await pool.close();
  }
  return failed;
}
