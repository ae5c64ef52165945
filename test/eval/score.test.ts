// Runs the project's own accuracy scorer (../shared/eval/score.mjs) on the built CLI, as CI
// would, over the full shared corpora, and fails when a measure falls below its floor. The floors
// are the figures main reached (rounded down to a tenth of a point); raise them as the analysis
// improves. Skipped where the shared corpora are not checked out next to the project.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const evalDir = join(root, '..', 'shared', 'eval');
const scorer = join(evalDir, 'score.mjs');
const corpora = join(evalDir, 'corpora');
const CORPORA = ['seed', 'polnear-dev', 'ggt-dev'];
const present = existsSync(scorer) && CORPORA.every((c) => existsSync(join(corpora, `${c}.jsonl`)));

type Figures = Record<string, number | string | null> & { corpus: string; failures: number };

/** The lowest each measure may fall to, per corpus (fractions, as the scorer's --json prints them). */
const FLOORS: Record<string, Record<string, number>> = {
  seed: { quoteF1: 1, speakerStrict: 1, attributionF1: 1, sectionTitles: 1 },
  'polnear-dev': {
    // A quote whose closing mark is missing where the next paragraph opens another speaker's is now
    // a quotation of its own paragraph (not in the gold), and the next one is right: 0.936 before.
    quoteP: 0.935,
    quoteR: 0.979,
    quoteF1: 0.955,
    sourceAcc: 0.931,
    attributionF1: 0.905,
    indirectF1: 0.79,
  },
  'ggt-dev': {
    quoteP: 0.771,
    quoteR: 0.994,
    speakerStrict: 0.918,
    sourceAcc: 0.793,
    attributionF1: 0.803,
    indirectF1: 0.76,
    peopleF1: 0.935,
    peopleFemaleF1: 0.882,
    peopleMaleF1: 0.913,
    sourcesFemaleF1: 0.95,
    sourcesMaleF1: 0.915,
    // The predicted female share of sources (gold 25.6 %): issue 17 asks for it within 2 points.
    femaleSharePred: 0.237,
  },
};

describe('accuracy on the shared corpora', { skip: present ? false : 'no ../shared/eval here' }, () => {
  const results = new Map<string, Figures>();
  before(() => {
    const files = CORPORA.map((c) => join(corpora, `${c}.jsonl`));
    const r = spawnSync(
      process.execPath,
      [scorer, '--json', ...files, '--', process.execPath, join(root, 'dist', 'cli.js'), 'analyze', '--json'],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    assert.equal(r.status, 0, r.stderr);
    for (const f of JSON.parse(r.stdout) as Figures[]) results.set(f.corpus, f);
  });

  for (const corpus of CORPORA) {
    it(`${corpus}: no measure below its floor`, () => {
      const got = results.get(corpus);
      assert.ok(got, `no figures for ${corpus}`);
      assert.equal(got.failures, 0);
      const low = Object.entries(FLOORS[corpus])
        .filter(([k, floor]) => typeof got[k] !== 'number' || got[k] < floor)
        .map(([k, floor]) => `${k} ${got[k]} < ${floor}`);
      assert.deepEqual(low, []);
    });
  }
});
