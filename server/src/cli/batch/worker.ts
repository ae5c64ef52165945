// A worker thread of a batch run: the command line's own bundle started again with the job's
// spec in workerData (no second bundle to build or ship). It answers each task with its result,
// serialised here, so the main thread only orders and writes.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createJob, type JobSpec, type Task } from './job';

const KEY = 'newsAnnotatorJob';

export function jobWorkerData(spec: JobSpec): Record<string, JobSpec> {
  return { [KEY]: spec };
}

/** Whether this thread was started as a job worker (the bundle's entry asks before anything else). */
export function isJobWorker(): boolean {
  return !isMainThread && !!parentPort && typeof workerData === 'object' && workerData !== null && KEY in workerData;
}

export function serveJobs(): void {
  const job = createJob((workerData as Record<string, JobSpec>)[KEY]);
  const port = parentPort!;
  port.on('message', (task: Task) => port.postMessage(job(task)));
}
