// npm run fit:attribution — fits the source ranker (server/src/analysis/attribution/ranker.json)
// on PolNeAR train and ggt-dev, and reports how well it transfers: accuracy of the hand rules'
// choice and of the ranker's under 5-fold cross-validation grouped by article, and leaving one
// outlet out at a time; the share of quotes whose options hold the right source at all (the
// ranker can do no better); and the calibration of its probability (expected calibration error
// over ten bins). PolNeAR dev is never fitted on; its figures are reported apart.
//
//   npm run fit:attribution [-- --write] [--epochs N] [--l2 X]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURES } from '../server/src/analysis/attribution/options';
import fitted from '../server/src/analysis/attribution/ranker.json';
import { type Example, examplesOf, readCorpus } from './attributionData';
import { calibratedEce, calibration, ece } from './calibration';
import { choose, fitChoice, type FitOptions } from './conditionalLogit';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    misses: { type: 'string', default: '0' },
    epochs: { type: 'string', default: '300' },
    l2: { type: 'string', default: '0.001' },
    rate: { type: 'string', default: '0.05' },
  },
});
const fit: FitOptions = { epochs: Number(values.epochs), l2: Number(values.l2), rate: Number(values.rate) };
const F = FEATURES.length;
const RULE = FEATURES.indexOf('rule');
// About 400 quotes a bin: the wrong choices gather in the lowest tenth of the probabilities, so ten
// bins pooled it into one share (79 % right) and "sure" could only take all of it or none.
const CALIBRATION_BINS = 20;
// How far the fit may move a weight from the shipped one and still count as settled (two refits in
// a row on 2026-12-06 differed by at most 0.01).
const SETTLED = 0.02;

function ruleRight(e: Example): boolean {
  const i = e.x.findIndex((x) => x[RULE] === 1);
  return i >= 0 && e.positive[i];
}

interface Scores {
  n: number;
  oracle: number;
  rule: number;
  ranker: number;
}

function score(
  examples: readonly Example[],
  w: Float64Array,
): Scores & { predictions: { p: number; right: boolean }[] } {
  const predictions: { p: number; right: boolean }[] = [];
  let oracle = 0;
  let rule = 0;
  let ranker = 0;
  for (const e of examples) {
    if (e.positive.some(Boolean)) oracle++;
    if (ruleRight(e)) rule++;
    const { index, p } = choose(w, e.x, e.entities);
    const right = e.positive[index];
    if (right) ranker++;
    predictions.push({ p, right });
  }
  return { n: examples.length, oracle, rule, ranker, predictions };
}

function crossValidate(
  examples: readonly Example[],
  groupOf: (e: Example) => string,
): Scores & { ece: number; calibratedEce: number; predictions: { p: number; right: boolean }[] } {
  const groups = [...new Set(examples.map(groupOf))];
  const total: Scores = { n: 0, oracle: 0, rule: 0, ranker: 0 };
  const predictions: { p: number; right: boolean }[] = [];
  for (const g of groups) {
    const test = examples.filter((e) => groupOf(e) === g);
    const w = fitChoice(
      examples.filter((e) => groupOf(e) !== g),
      F,
      fit,
    );
    const s = score(test, w);
    total.n += s.n;
    total.oracle += s.oracle;
    total.rule += s.rule;
    total.ranker += s.ranker;
    predictions.push(...s.predictions);
  }
  return { ...total, ece: ece(predictions), calibratedEce: calibratedEce(predictions, CALIBRATION_BINS), predictions };
}

const pct = (a: number, n: number): string => `${((100 * a) / n).toFixed(1)} %`;
function line(name: string, s: Scores & { ece?: number; calibratedEce?: number }): string {
  const calibration =
    (s.ece === undefined ? '' : `, ECE ${s.ece.toFixed(3)}`) +
    (s.calibratedEce === undefined ? '' : ` (calibrated ${s.calibratedEce.toFixed(3)})`);
  return `${name.padEnd(34)} ${String(s.n).padStart(5)} quotes: options hold the source ${pct(s.oracle, s.n)}, rules ${pct(s.rule, s.n)}, ranker ${pct(s.ranker, s.n)}${calibration}`;
}

const train = [...readCorpus('polnear-train'), ...readCorpus('ggt-dev')];
const dev = readCorpus('polnear-dev');
console.log(`reading ${train.length} training articles…`);
const examples = examplesOf(train);
const devExamples = examplesOf(dev);
// Five folds of articles, fixed by the article's place in the corpus.
const fold = new Map(train.map((a, i) => [a.id, String(i % 5)]));
console.log(
  line(
    '5-fold by article',
    crossValidate(examples, (e) => fold.get(e.article)!),
  ),
);
const byOutlet = crossValidate(examples, (e) => e.outlet);
console.log(line('leave one outlet out', byOutlet));
for (const outlet of [...new Set(examples.map((e) => e.outlet))]) {
  const rest = examples.filter((e) => e.outlet !== outlet);
  const s = score(
    examples.filter((e) => e.outlet === outlet),
    fitChoice(rest, F, fit),
  );
  console.log(line(`  held out: ${outlet}`, s));
}
const w = fitChoice(examples, F, fit);
const shown = Number(values.misses);
if (shown > 0) {
  // The ranker's misses on the GenderGapTracker set, under leave-one-outlet-out.
  for (const outlet of ['CBC News', 'Global News', 'HuffingtonPost']) {
    const wo = fitChoice(
      examples.filter((e) => e.outlet !== outlet),
      F,
      fit,
    );
    for (const e of examples.filter((x) => x.outlet === outlet).slice(0, 400)) {
      const { index, p } = choose(wo, e.x, e.entities);
      if (e.positive[index]) continue;
      const right = e.optionTexts.filter((_, i) => e.positive[i]);
      console.log(
        `MISS ${outlet} | ${JSON.stringify(e.quote)} | gold ${e.gold} | chose ${e.optionTexts[index]} (${p.toFixed(2)}) | right: ${right.join(' / ') || 'none'}`,
      );
    }
  }
}
console.log(
  line('PolNeAR dev (never fitted on)', { ...score(devExamples, w), ece: ece(score(devExamples, w).predictions) }),
);
if (shown > 0) {
  // Where the ranker and the rules part on PolNeAR dev.
  for (const e of devExamples) {
    const { index, p } = choose(w, e.x, e.entities);
    const r = e.x.findIndex((x) => x[RULE] === 1);
    const ruleOk = r >= 0 && e.positive[r];
    if (e.positive[index] && ruleOk) continue;
    const tag = e.positive[index] ? 'WIN ' : ruleOk ? 'LOSS' : 'BOTH';
    const right = e.optionTexts.filter((_, i) => e.positive[i]);
    console.log(
      `${tag} dev | ${JSON.stringify(e.quote)} | gold ${e.gold} | ranker ${e.optionTexts[index]} (${p.toFixed(2)}) | rules ${r >= 0 ? e.optionTexts[r] : 'none'} | right: ${right.join(' / ') || 'none'}`,
    );
  }
}
const ranked = FEATURES.map((f, i) => [f, w[i]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`weights: ${ranked.map(([f, x]) => `${f} ${x.toFixed(2)}`).join(', ')}`);
// The examples were read with the shipped weights, which predict the previous speaker (a feature):
// a fit far from them would read its examples differently, so the fit is settled only near them.
const shipped: Record<string, number> = fitted.weights;
const moved = Math.max(...FEATURES.map((f, i) => Math.abs(w[i] - (shipped[f] ?? 0))));
console.log(
  `largest change from the shipped weights: ${moved.toFixed(3)}` +
    (moved > SETTLED ? ` (over ${SETTLED}: after --write, fit again until it settles)` : ' (settled)'),
);
if (values.write) {
  const file = join(__dirname, '..', 'server', 'src', 'analysis', 'attribution', 'ranker.json');
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, Math.round(w[i] * 1e4) / 1e4]));
  const table = calibration(byOutlet.predictions, CALIBRATION_BINS);
  writeFileSync(
    file,
    `${JSON.stringify({ fitted: 'npm run fit:attribution', weights, calibration: table }, null, 2)}\n`,
  );
  console.log(`written to ${file}`);
}
