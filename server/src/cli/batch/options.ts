// The options of a batch run that analyze and sources share, with the same words in both helps:
// --jobs (worker threads) and --jsonl (articles as JSON Lines instead of files).
import { availableParallelism } from 'node:os';
import type { OptionSpec } from '../args';

export interface BatchOptions {
  jobs: number;
  jsonl: boolean;
}

export function batchOptionDefaults(): BatchOptions {
  return { jobs: availableParallelism(), jsonl: false };
}

export function batchOptions<O extends BatchOptions>(): OptionSpec<O>[] {
  return [
    {
      name: 'jobs',
      short: 'j',
      value: 'N',
      description: 'analyse N articles at a time, in worker threads',
      default: 'the number of CPUs',
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
