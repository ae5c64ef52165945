// npm run fit:reported — calibrates the confidence shown for reported speech
// (server/src/analysis/attribution/reported.json). Reported statements are found by rules, and their
// raw score (how surely the source was resolved), by the kind of speaker it names (a person, an
// organisation, a descriptor such as "officials"), is mapped to the share of statements whose
// speaker is right, as ../shared/eval/score.mjs counts it, among those that match a gold statement.
// Fitted on PolNeAR train and ggt-dev, each weighing half (the two judge a descriptor differently:
// the GenderGapTracker wants the person's name); prints the expected calibration error of the raw score and of the
// map under 5-fold cross-validation grouped by article and leaving one outlet out. PolNeAR dev is
// never fitted on and is reported apart.
//
//   npm run fit:reported [-- --write]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { analyzeArticle } from '../server/src/analysis/article';
import { calibrate } from '../server/src/analysis/attribution/calibrate';
import { toContract } from '../server/src/formats/json';
import { type GoldArticle, outletOf, readCorpus } from './attributionData';
import { calibration, ece, type Prediction } from './calibration';
import { isRight, match } from './goldMatch';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });

interface Scored extends Prediction {
  readonly article: string;
  readonly outlet: string;
  readonly kind: string;
}

/** Each matched reported statement of the articles: its raw score and whether its speaker is right. */
function scored(articles: readonly GoldArticle[]): Scored[] {
  const out: Scored[] = [];
  for (const a of articles) {
    const raw = new Map<string, { p: number; kind: string }>();
    const analysed = analyzeArticle(a.text, {
      explainReported: (s, p, kind) => raw.set(`${s.start}:${s.end}`, { p, kind }),
    });
    const contract = toContract(analysed, a.id);
    const gold = a.quotes.filter((q) => q.kind === 'indirect');
    const pred = contract.quotes.filter((q) => q.kind === 'indirect');
    for (const [gi, pi] of match(gold, pred)) {
      const g = gold[gi];
      const x = raw.get(`${pred[pi].start}:${pred[pi].end}`);
      if ((!g.speaker && !g.source) || x === undefined) continue;
      out.push({ ...x, right: isRight(contract, g, pred[pi]), article: a.id, outlet: outletOf(a) });
    }
  }
  return out;
}

/** One isotonic table per kind of speaker. */
function fitTables(xs: readonly Scored[]): Record<string, [number, number][]> {
  const out: Record<string, [number, number][]> = {};
  for (const kind of new Set(xs.map((x) => x.kind))) out[kind] = calibration(xs.filter((x) => x.kind === kind));
  return out;
}

const through = (tables: Record<string, [number, number][]>, x: Scored): Prediction => ({
  p: calibrate(tables[x.kind] ?? [], x.p),
  right: x.right,
});

/** Held-out statements mapped through tables fitted on the others, group by group. */
function crossValidated(xs: readonly Scored[], groupOf: (x: Scored) => string): Prediction[] {
  const out: Prediction[] = [];
  for (const g of new Set(xs.map(groupOf))) {
    const tables = fitTables(xs.filter((x) => groupOf(x) !== g));
    for (const x of xs.filter((y) => groupOf(y) === g)) out.push(through(tables, x));
  }
  return out;
}

const pct = (x: number): string => (100 * x).toFixed(1);
const share = (xs: readonly Prediction[]): number => xs.filter((x) => x.right).length / xs.length;

const polnear = scored(readCorpus('polnear-train'));
const ggt = scored(readCorpus('ggt-dev'));
console.log(`${polnear.length} + ${ggt.length} reported statements matched (PolNeAR train + ggt-dev)`);
// Each corpus weighs half.
const xs = [
  ...polnear.map((x) => ({ ...x, weight: 0.5 / polnear.length })),
  ...ggt.map((x) => ({ ...x, weight: 0.5 / ggt.length })),
];
const articles = [...new Set(xs.map((x) => x.article))];
const fold = new Map(articles.map((a, i) => [a, String(i % 5)]));
for (const [name, set] of [
  ['PolNeAR train', polnear],
  ['ggt-dev', ggt],
] as const) {
  const ids = new Set(set.map((x) => x.article));
  const mine = (ps: Prediction[]): Prediction[] => ps.filter((_, i) => ids.has(xs[i].article));
  const byArticle = crossValidated(xs, (x) => fold.get(x.article)!);
  const byOutlet = crossValidated(xs, (x) => x.outlet);
  console.log(
    `${name.padEnd(14)} ${String(set.length).padStart(5)} statements, ${pct(share(set))} % right; ECE raw ${pct(ece(set))} %, ` +
      `5-fold by article ${pct(ece(mine(byArticle)))} %, leave one outlet out ${pct(ece(mine(byOutlet)))} %`,
  );
}
const tables = fitTables(xs);
const dev = scored(readCorpus('polnear-dev'));
console.log(
  `PolNeAR dev (never fitted on), ${dev.length} statements: ECE raw ${pct(ece(dev))} %, ` +
    `calibrated ${pct(ece(dev.map((x) => through(tables, x))))} %`,
);
console.log(`tables by kind (raw score from → share right): ${JSON.stringify(tables)}`);
if (values.write) {
  const file = join(__dirname, '..', 'server', 'src', 'analysis', 'attribution', 'reported.json');
  const json = JSON.stringify({ fitted: 'npm run fit:reported', byKind: tables });
  void format(json, { parser: 'json', printWidth: 120 }).then((text) => writeFileSync(file, text));
  console.log(`writing ${file}`);
}
