// Figures for the benchmarks: medians and percentiles, and the CPU time of a piece of work.

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** CPU time (user + system) of this process spent in `work`, in milliseconds. */
export function cpuMs(work: () => void): number {
  const c = process.cpuUsage();
  work();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

export const MB = 1e6;
