// Who analyses a run's articles: the main thread itself (--jobs 1), or up to N worker threads,
// started as work arrives, each given two tasks at a time so that none waits on a round trip.
import { Worker } from 'node:worker_threads';
import { createJob, type JobResult, type JobSpec, type Task } from './job';
import { jobWorkerData } from './worker';

export interface Pool {
  /** Whether a task given now would start without waiting. */
  readonly ready: boolean;
  /** Runs the task; `done` is called once, perhaps before run returns. */
  run(task: Task, done: (result: JobResult) => void): void;
  close(): Promise<void>;
}

export function inlinePool(spec: JobSpec): Pool {
  const job = createJob(spec);
  return { ready: true, run: (task, done) => done(job(task)), close: () => Promise.resolve() };
}

const PER_WORKER = 2;

interface Pending {
  readonly task: Task;
  readonly done: (result: JobResult) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Tasks sent, answered in the order sent. */
  readonly pending: Pending[];
  dead: boolean;
}

const nameOf = (t: Task): string =>
  t.kind === 'file' ? t.file : `${t.source === '-' ? '(standard input)' : t.source}:${t.line}`;

/** Worker threads re-entering `entry` (the command line's bundle). */
export function workerPool(spec: JobSpec, size: number, entry: string): Pool {
  const slots: Slot[] = [];

  const fail = (slot: Slot, why: string): void => {
    if (slot.dead) return;
    slot.dead = true;
    slots.splice(slots.indexOf(slot), 1);
    for (const p of slot.pending.splice(0))
      p.done({
        out: null,
        notes: [`news-annotator: ${nameOf(p.task)}: analysis thread stopped (${why}); please report this`],
      });
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(entry, { workerData: jobWorkerData(spec) }), pending: [], dead: false };
    slot.worker.on('message', (result: JobResult) => slot.pending.shift()?.done(result));
    slot.worker.on('error', (err) => fail(slot, err.message));
    slot.worker.on('exit', (code) => fail(slot, `exit code ${code}`));
    slots.push(slot);
    return slot;
  };

  const least = (): Slot | undefined =>
    slots.reduce<Slot | undefined>((a, s) => (!a || s.pending.length < a.pending.length ? s : a), undefined);

  return {
    get ready() {
      return slots.length < size || slots.some((s) => s.pending.length < PER_WORKER);
    },
    run(task, done) {
      let slot = least();
      // A new thread only when every one started is busy: a run of one article starts one.
      if (!slot || (slot.pending.length > 0 && slots.length < size)) slot = spawn();
      slot.pending.push({ task, done });
      slot.worker.postMessage(task);
    },
    async close() {
      const all = slots.splice(0);
      for (const s of all) s.dead = true;
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
