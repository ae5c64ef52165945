// A conditional logit (a softmax over each example's options, one weight per feature), fitted by
// Adam on the full batch with an L2 penalty. The probability of an example is the sum over its
// options that name the gold source, so when several mentions stand for the right speaker
// ("Putin" and "he"), any of them is right.
import { bestOption } from '../server/src/analysis/attribution/ranker';

export interface ChoiceExample {
  readonly x: readonly (readonly number[])[];
  readonly positive: readonly boolean[];
}

export interface FitOptions {
  readonly l2: number;
  readonly epochs: number;
  readonly rate: number;
}

/** The options' probabilities under weights `w`. */
export function probabilities(w: Float64Array, x: readonly (readonly number[])[]): Float64Array {
  const z = new Float64Array(x.length);
  let top = -Infinity;
  for (let i = 0; i < x.length; i++) {
    let s = 0;
    const xi = x[i];
    for (let f = 0; f < xi.length; f++) if (xi[f] !== 0) s += w[f] * xi[f];
    z[i] = s;
    if (s > top) top = s;
  }
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp(z[i] - top);
  for (let i = 0; i < z.length; i++) z[i] /= sum;
  return z;
}

/** Fits the weights on examples that have at least one right option. */
export function fitChoice(examples: readonly ChoiceExample[], features: number, opts: FitOptions): Float64Array {
  const usable = examples.filter((e) => e.positive.some(Boolean));
  const w = new Float64Array(features);
  const m = new Float64Array(features);
  const v = new Float64Array(features);
  const g = new Float64Array(features);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= opts.epochs; t++) {
    g.fill(0);
    for (const e of usable) {
      const p = probabilities(w, e.x);
      let right = 0;
      for (let i = 0; i < p.length; i++) if (e.positive[i]) right += p[i];
      // d(−log Σ_pos p) / dw = Σ_i p_i x_i − Σ_pos (p_i / right) x_i
      for (let i = 0; i < p.length; i++) {
        const coef = p[i] - (e.positive[i] ? p[i] / right : 0);
        if (coef === 0) continue;
        const xi = e.x[i];
        for (let f = 0; f < features; f++) if (xi[f] !== 0) g[f] += coef * xi[f];
      }
    }
    for (let f = 0; f < features; f++) {
      const grad = g[f] / usable.length + opts.l2 * w[f];
      m[f] = b1 * m[f] + (1 - b1) * grad;
      v[f] = b2 * v[f] + (1 - b2) * grad * grad;
      const mh = m[f] / (1 - b1 ** t);
      const vh = v[f] / (1 - b2 ** t);
      w[f] -= (opts.rate * mh) / (Math.sqrt(vh) + eps);
    }
  }
  return w;
}

/** The option the weights prefer, and its entity's probability, as attribution chooses (ranker.ts). */
export function choose(
  w: Float64Array,
  x: readonly (readonly number[])[],
  entities: readonly (string | null)[],
): { index: number; p: number } {
  return bestOption(probabilities(w, x), entities);
}
