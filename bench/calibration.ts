// Calibration of a model's probability, for the fits: the expected calibration error, and an
// isotonic map from probability to the share right, fitted on held-out predictions.
import { calibrate } from '../server/src/analysis/attribution/calibrate';

export interface Prediction {
  readonly p: number;
  readonly right: boolean;
  /** How much the prediction counts (1 when absent): corpora of unequal size can weigh the same. */
  readonly weight?: number;
}

/** Expected calibration error over ten equal-width bins of the predicted probability. */
export function ece(predictions: readonly Prediction[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, right: 0 }));
  for (const { p, right } of predictions) {
    const b = bins[Math.min(9, Math.floor(p * 10))];
    b.n++;
    b.p += p;
    b.right += right ? 1 : 0;
  }
  let e = 0;
  for (const b of bins) if (b.n) e += (b.n / predictions.length) * Math.abs(b.p / b.n - b.right / b.n);
  return e;
}

/**
 * Probability → share right, from held-out predictions: `count` bins of equal count (ten unless
 * told), made monotone by pooling adjacent violators (isotonic regression on the bins).
 */
export function calibration(predictions: readonly Prediction[], count = 10): [number, number][] {
  const sorted = [...predictions].sort((a, b) => a.p - b.p);
  const bins: { at: number; n: number; right: number }[] = [];
  const size = Math.ceil(sorted.length / count);
  // Equal predictions stay in one bin (a rule-based score takes few values).
  for (let i = 0; i < sorted.length;) {
    let j = Math.min(sorted.length, i + size);
    while (j < sorted.length && sorted[j].p === sorted[j - 1].p) j++;
    const chunk = sorted.slice(i, j);
    const w = (x: Prediction): number => x.weight ?? 1;
    bins.push({
      at: chunk[0].p,
      n: chunk.reduce((t, x) => t + w(x), 0),
      right: chunk.reduce((t, x) => t + (x.right ? w(x) : 0), 0),
    });
    i = j;
  }
  const pooled: { at: number; n: number; right: number }[] = [];
  for (const b of bins) {
    pooled.push({ ...b });
    while (
      pooled.length > 1 &&
      pooled[pooled.length - 2].right / pooled[pooled.length - 2].n >
        pooled[pooled.length - 1].right / pooled[pooled.length - 1].n
    ) {
      const last = pooled.pop()!;
      const prev = pooled[pooled.length - 1];
      prev.n += last.n;
      prev.right += last.right;
    }
  }
  return pooled.map((b) => [Math.round(b.at * 1e4) / 1e4, Math.round((b.right / b.n) * 1e4) / 1e4]);
}

/** Held-out predictions mapped through a calibration fitted on other held-out predictions (two halves, crossed). */
export function calibratedEce(predictions: readonly Prediction[], count = 10): number {
  const halves = [predictions.filter((_, i) => i % 2 === 0), predictions.filter((_, i) => i % 2 === 1)];
  const mapped: Prediction[] = [];
  for (let h = 0; h < 2; h++) {
    const table = calibration(halves[1 - h], count);
    for (const x of halves[h]) mapped.push({ p: calibrate(table, x.p), right: x.right });
  }
  return ece(mapped);
}
