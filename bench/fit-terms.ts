// npm run fit:terms — fits the term model (server/src/analysis/attribution/terms.json): the
// logistic regression that tells a quotation of a term, a title or a word as a word from speech.
// Examples are the quotations no speech cue is bound to, in PolNeAR train and ggt-dev; a quotation
// is speech when a gold quote matches it (the scorer's match), else a term. Reports accuracy and
// what the model would do to quote precision and recall under 5-fold cross-validation grouped by
// article and leaving one outlet out; PolNeAR dev is never fitted on and is reported apart.
//
//   npm run fit:terms [-- --write] [--threshold P] [--l2 X]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../server/src/analysis/article';
import { TERM_FEATURES } from '../server/src/analysis/attribution/terms';
import type { Span } from '../server/src/analysis/model';
import { WordTable } from '../server/src/analysis/topics/topicWords';
import { type GoldArticle, outletOf, readCorpus } from './attributionData';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    threshold: { type: 'string', default: '0.5' },
    steps: { type: 'string', default: '12' },
    l2: { type: 'string', default: '0.001' },
  },
});
const THRESHOLD = Number(values.threshold);
const F = TERM_FEATURES.length;

interface Example {
  readonly article: string;
  readonly outlet: string;
  readonly x: readonly number[];
  /** A gold quote matches it: speech, not a term. */
  readonly speech: boolean;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (a: Span, b: Span): boolean => {
  const o = overlap(a, b);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
};

/** Each article's judged quotations, and how many quotations it outputs that gold matches or not (for P/R). */
function examplesOf(articles: readonly GoldArticle[]): {
  examples: Example[];
  found: number;
  wrong: number;
  gold: number;
} {
  const examples: Example[] = [];
  const words = new WordTable();
  let found = 0;
  let wrong = 0;
  let gold = 0;
  for (const a of articles) {
    const seen: { span: Span; x: readonly number[] }[] = [];
    // The features of every quotation the model judges, told before it does.
    const article = analyzeArticle(a.text, { words, explainTerm: (q, x) => seen.push({ span: q, x }) });
    const golds = a.quotes.filter((g) => (g.kind ?? 'direct') === 'direct');
    gold += golds.length;
    const judged = new Set(seen.map((e) => e.span.start));
    for (const q of article.quotes) {
      if (q.kind !== 'direct' && q.kind !== 'partial') continue;
      const hit = golds.some((g) => matches(g, q));
      if (judged.has(q.start)) continue;
      if (hit) found++;
      else wrong++;
    }
    for (const e of seen)
      examples.push({ article: a.id, outlet: outletOf(a), x: e.x, speech: golds.some((g) => matches(g, e.span)) });
  }
  return { examples, found, wrong, gold };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Logistic regression (label: term) by Newton's method, with a small L2 penalty on all but the bias. */
function fit(examples: readonly Example[]): Float64Array {
  const w = new Float64Array(F);
  const l2 = Number(values.l2);
  for (let step = 0; step < Number(values.steps); step++) {
    const g = new Float64Array(F);
    const H = Array.from({ length: F }, () => new Float64Array(F));
    for (const ex of examples) {
      let z = 0;
      for (let i = 0; i < F; i++) z += w[i] * ex.x[i];
      const p = sigmoid(z);
      const d = p - (ex.speech ? 0 : 1);
      const v = p * (1 - p);
      for (let i = 0; i < F; i++) {
        if (ex.x[i] === 0) continue;
        g[i] += d * ex.x[i];
        for (let j = 0; j < F; j++) H[i][j] += v * ex.x[i] * ex.x[j];
      }
    }
    for (let i = 0; i < F; i++) {
      const r = i === 0 ? 1e-6 : l2 * examples.length;
      g[i] += r * w[i];
      H[i][i] += r;
    }
    const delta = solve(H, g);
    for (let i = 0; i < F; i++) w[i] -= delta[i];
  }
  return w;
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let v = M[r][n];
    for (let k = r + 1; k < n; k++) v -= M[r][k] * x[k];
    x[r] = v / M[r][r];
  }
  return x;
}

const isTerm = (w: Float64Array, x: readonly number[]): boolean => {
  let z = 0;
  for (let i = 0; i < F; i++) z += w[i] * x[i];
  return sigmoid(z) > THRESHOLD;
};

interface Tally {
  n: number;
  right: number;
  /** Speech kept, not-gold kept: what the judged quotations add to the corpus's quote P/R. */
  speechKept: number;
  speechLost: number;
  termsCut: number;
  termsKept: number;
}

function tally(examples: readonly Example[], w: Float64Array, t: Tally): void {
  for (const e of examples) {
    const term = isTerm(w, e.x);
    t.n++;
    if (term !== e.speech) t.right++;
    if (e.speech) {
      if (term) t.speechLost++;
      else t.speechKept++;
    } else if (term) t.termsCut++;
    else t.termsKept++;
  }
}

const empty = (): Tally => ({ n: 0, right: 0, speechKept: 0, speechLost: 0, termsCut: 0, termsKept: 0 });

function crossValidate(examples: readonly Example[], groupOf: (e: Example) => string): Tally {
  const t = empty();
  for (const g of new Set(examples.map(groupOf))) {
    const w = fit(examples.filter((e) => groupOf(e) !== g));
    tally(
      examples.filter((e) => groupOf(e) === g),
      w,
      t,
    );
  }
  return t;
}

/** Quote P/R for a corpus part: the unjudged quotations as they are, the judged as the model says. */
function line(name: string, t: Tally, base: { found: number; wrong: number; gold: number } | null): string {
  const pct = (a: number, n: number): string => (n ? ((100 * a) / n).toFixed(1) : '-');
  let pr = '';
  if (base) {
    const tp = base.found + t.speechKept;
    const pred = tp + t.termsKept;
    const tpBefore = base.found + t.speechKept + t.speechLost;
    const predBefore = tpBefore + t.termsKept + t.termsCut;
    pr = ` | quote P ${pct(tpBefore, predBefore)} → ${pct(tp, pred)}, R ${pct(tpBefore, base.gold)} → ${pct(tp, base.gold)}`;
  }
  return `${name.padEnd(30)} ${String(t.n).padStart(5)} judged, ${pct(t.right, t.n)} % right; terms cut ${t.termsCut}, speech lost ${t.speechLost}${pr}`;
}

const polnear = examplesOf(readCorpus('polnear-train'));
const ggt = examplesOf(readCorpus('ggt-dev'));
const dev = examplesOf(readCorpus('polnear-dev'));
const examples = [...polnear.examples, ...ggt.examples];
const fold = new Map([...new Set(examples.map((e) => e.article))].map((a, i) => [a, String(i % 5)]));
const byArticle = crossValidate(examples, (e) => fold.get(e.article)!);
console.log(line('5-fold by article', byArticle, null));
const byOutlet = crossValidate(examples, (e) => e.outlet);
console.log(line('leave one outlet out', byOutlet, null));
// Each corpus part with the model fitted without it (grouped by article), for the P/R it would give.
for (const [name, part] of [
  ['PolNeAR train (5-fold)', polnear],
  ['ggt-dev (5-fold)', ggt],
] as const) {
  const t = empty();
  for (let f = 0; f < 5; f++) {
    const w = fit(examples.filter((e) => fold.get(e.article) !== String(f)));
    tally(
      part.examples.filter((e) => fold.get(e.article) === String(f)),
      w,
      t,
    );
  }
  console.log(line(name, t, part));
}
const ggtByOutlet = empty();
for (const outlet of new Set(ggt.examples.map((e) => e.outlet))) {
  const w = fit(examples.filter((e) => e.outlet !== outlet));
  tally(
    ggt.examples.filter((e) => e.outlet === outlet),
    w,
    ggtByOutlet,
  );
}
console.log(line('ggt-dev (outlet held out)', ggtByOutlet, ggt));
const w = fit(examples);
const devTally = empty();
tally(dev.examples, w, devTally);
console.log(line('PolNeAR dev (never fitted on)', devTally, dev));
console.log(`weights: ${TERM_FEATURES.map((f, i) => `${f} ${w[i].toFixed(2)}`).join(', ')}`);
if (values.write) {
  const file = join(__dirname, '..', 'server', 'src', 'analysis', 'attribution', 'terms.json');
  const out = { fitted: 'npm run fit:terms', threshold: THRESHOLD, w: [...w].map((v) => Math.round(v * 1e4) / 1e4) };
  writeFileSync(file, `${JSON.stringify(out)}\n`);
  console.log(`written to ${file}`);
}
