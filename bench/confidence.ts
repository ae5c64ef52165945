// Is the confidence we show calibrated, and what does "sure" buy? `npm run eval:confidence [-- CORPUS.jsonl…]`
// (default PolNeAR dev and ggt-dev). Each article is analysed and read as the CLI prints it (the JSON
// contract); its quotes are matched to the gold ones as ../shared/eval/score.mjs matches them (the
// overlap covers half of the shorter span, one-to-one, direct and partial against direct, reported
// against reported), and a matched quote is right when score.mjs would count it right: the canonical
// speaker's name equal after normalisation where the gold has one, else the source mention (or a
// mention of the predicted speaker) overlapping the gold source. Prints, per corpus, reliability bins
// (confidence bin, count, mean confidence, share right), the expected calibration error, and accuracy
// and coverage at the editor's "sure" threshold (analysis/attribution/confidence.ts) and around it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import { isSure, SURE } from '../server/src/analysis/attribution/confidence';
import type { AttributionMethod } from '../server/src/analysis/model';
import { type ContractArticle, toContract } from '../server/src/formats/json';
import type { GoldArticle } from './attributionData';
import { isRight, match } from './goldMatch';

interface Scored {
  readonly confidence: number;
  readonly sure: boolean;
  readonly right: boolean;
  readonly reported: boolean;
}

function scoreArticle(a: GoldArticle, out: ContractArticle, into: Scored[]): number {
  let unmatched = 0;
  for (const reported of [false, true]) {
    const gold = a.quotes.filter((q) => ((q.kind ?? 'direct') === 'indirect') === reported);
    const gk = gold.filter((q) => reported || (q.kind ?? 'direct') === 'direct');
    const pred = out.quotes.filter((q) => (q.kind === 'indirect') === reported && q.kind !== ('term' as string));
    const m = match(gk, pred);
    unmatched += pred.length - m.size;
    gk.forEach((g, gi) => {
      const pi = m.get(gi);
      if (pi === undefined || (!g.speaker && !g.source)) return;
      const p = pred[pi];
      into.push({
        confidence: p.confidence,
        sure: isSure({ confidence: p.confidence, method: p.method as AttributionMethod }),
        right: isRight(out, g, p),
        reported,
      });
    });
  }
  return unmatched;
}

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : '-').padStart(6);
const share = (xs: readonly Scored[]): number => xs.filter((x) => x.right).length / xs.length;

/** Expected calibration error over ten equal-width bins. */
function ece(xs: readonly Scored[]): number {
  let e = 0;
  for (let b = 0; b < 10; b++) {
    const inBin = xs.filter((x) => Math.min(9, Math.floor(x.confidence * 10)) === b);
    if (!inBin.length) continue;
    const mean = inBin.reduce((s, x) => s + x.confidence, 0) / inBin.length;
    e += (inBin.length / xs.length) * Math.abs(mean - share(inBin));
  }
  return e;
}

function atSure(label: string, xs: readonly Scored[]): void {
  if (!xs.length) return;
  const sure = xs.filter((x) => x.sure);
  const unsure = xs.filter((x) => !x.sure);
  console.log(
    `  ${label.padEnd(9)} n ${String(xs.length).padStart(5)}  right ${pct(share(xs))}  ECE ${(ece(xs) * 100).toFixed(1).padStart(5)}  ` +
      `sure: coverage ${pct(sure.length / xs.length)} accuracy ${pct(share(sure))}  not sure: accuracy ${pct(share(unsure))}`,
  );
}

const corpora = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['polnear-dev', 'ggt-dev'].map((c) => join(__dirname, '..', '..', 'shared', 'eval', 'corpora', `${c}.jsonl`));

for (const file of corpora) {
  const name = file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
  if (!existsSync(file)) {
    console.log(`${name}: not found`);
    continue;
  }
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldArticle);
  const scored: Scored[] = [];
  let unmatched = 0;
  for (const a of articles) unmatched += scoreArticle(a, toContract(analyzeArticle(a.text), a.id), scored);
  console.log(`\n${name}: ${articles.length} articles, ${scored.length} gold quotes found and scorable`);
  console.log('  confidence    count  mean conf  share right');
  for (let b = 0; b < 10; b++) {
    const inBin = scored.filter((x) => Math.min(9, Math.floor(x.confidence * 10)) === b);
    if (!inBin.length) continue;
    const mean = inBin.reduce((s, x) => s + x.confidence, 0) / inBin.length;
    console.log(
      `  ${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}   ${String(inBin.length).padStart(7)}   ${pct(mean)}       ${pct(share(inBin))}`,
    );
  }
  console.log(`  at sure (confidence ≥ ${SURE}, or set by hand):`);
  atSure('all', scored);
  atSure(
    'quotes',
    scored.filter((x) => !x.reported),
  );
  atSure(
    'reported',
    scored.filter((x) => x.reported),
  );
  console.log('  other thresholds (all):   threshold  coverage  accuracy  below: accuracy');
  for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const above = scored.filter((x) => x.confidence >= t);
    const below = scored.filter((x) => x.confidence < t);
    console.log(
      `                            ${t.toFixed(2)}     ${pct(above.length / scored.length)}    ${pct(share(above))}   ${pct(share(below))}`,
    );
  }
  console.log(`  predicted quotes matching no gold quote: ${unmatched} (not scored above)`);
}
