// The source ranker: a conditional logit over a quote's options (options.ts), its weights fitted by
// `npm run fit:attribution` on PolNeAR train and the GenderGapTracker set (ranker.json), and its
// probability mapped to a calibrated confidence (the share of quotes right at that probability,
// under cross-validation).
import { calibrate, type CalibrationTable } from './calibrate';
import { FEATURES, type SourceOption } from './options';
import fitted from './ranker.json';

const WEIGHTS: Float64Array = Float64Array.from(FEATURES, (f) => (fitted.weights as Record<string, number>)[f] ?? 0);
/** Probability → share right: ascending thresholds and what they map to (isotonic, by bins). */
const CALIBRATION: CalibrationTable = fitted.calibration as [number, number][];

/** The options' probabilities. */
export function rank(options: readonly SourceOption[]): number[] {
  const z = new Array<number>(options.length);
  let top = -Infinity;
  for (let i = 0; i < options.length; i++) {
    const { x } = options[i];
    let s = 0;
    for (let f = 0; f < x.length; f++) if (x[f] !== 0) s += WEIGHTS[f] * x[f];
    z[i] = s;
    if (s > top) top = s;
  }
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp(z[i] - top);
  for (let i = 0; i < z.length; i++) z[i] /= sum;
  return z;
}

/**
 * The option to credit and the probability that its speaker is right: the options of one entity
 * ("Okafor", "she", "she") add up, as the fit counts any mention of the right speaker as right, and
 * the entity's likeliest mention is its source; an option for no entity yet (a new name, nobody)
 * stands alone. Choosing the single likeliest option split a speaker named three ways in three.
 */
export function bestOption(p: ArrayLike<number>, entities: readonly (string | null)[]): { index: number; p: number } {
  const total = new Map<string, number>();
  for (let i = 0; i < p.length; i++) {
    const e = entities[i];
    if (e !== null) total.set(e, (total.get(e) ?? 0) + p[i]);
  }
  let index = 0;
  let best = -1;
  for (let i = 0; i < p.length; i++) {
    const e = entities[i];
    const sum = e === null ? p[i] : (total.get(e) as number);
    // On a tie between entities, the earlier; within the entity, its likeliest option.
    if (sum > best) {
      best = sum;
      index = i;
    } else if (e !== null && e === entities[index] && p[i] > p[index]) index = i;
  }
  return { index, p: best };
}

/** How often a choice made with probability `p` is right, as cross-validation measured it. */
export function calibrated(p: number): number {
  return calibrate(CALIBRATION, p);
}
