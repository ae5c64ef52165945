// The options of a batch run that analyze and sources share, with the same words in both helps:
// --jobs (worker threads) and --jsonl (articles as JSON Lines instead of files).
import { availableParallelism } from 'node:os';
import type { OptionSpec } from '../args';

export interface BatchOptions {
  jobs: number;
  jsonl: boolean;
}

/**
 * One worker fewer than the CPUs: each busy thread brings V8's compiler and collector threads,
 * about two thirds of a core more (PolNeAR train on the main thread alone: 14.1 s of CPU in 8.3 s;
 * 12.9 s in 12.9 s without those threads), so on two cores one thread is as fast as two for 40 %
 * less CPU and half the memory.
 */
function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function batchOptionDefaults(): BatchOptions {
  return { jobs: defaultJobs(), jsonl: false };
}

export function batchOptions<O extends BatchOptions>(): OptionSpec<O>[] {
  return [
    {
      name: 'jobs',
      short: 'j',
      value: 'N',
      description: 'analyse N articles at a time, in worker threads',
      default: 'one less than the number of CPUs, at least 1',
      apply: (o, v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) return 'needs a whole number of at least 1';
        o.jobs = n;
        return undefined;
      },
    },
    {
      name: 'jsonl',
      description: `each FILE (or '-', standard input) holds one {"id", "text"} object per line`,
      apply: (o) => {
        o.jsonl = true;
      },
    },
  ];
}
