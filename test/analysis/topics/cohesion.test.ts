// Lexical cohesion between paragraphs (cohesion.ts): units built from an article's terms and
// entities, windows, cosine similarity, novelty and coding gain across each break, and depth
// scores. Units come from hand-made terms where exact numbers are checked, and from
// analyzeSpeech and collectTerms on a short text where a topic shift is looked for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeSpeech } from '../../../server/src/analysis/article';
import type { Entity, Mention, Paragraph } from '../../../server/src/analysis/model';
import {
  buildUnits,
  cohesion,
  type Cohesion,
  depths,
  MILLI,
  paragraphAt,
  type UnitOptions,
  type Units,
  windowEnd,
  xlogMilli,
} from '../../../server/src/analysis/topics/cohesion';
import { type ArticleTerms, collectTerms } from '../../../server/src/analysis/topics/terms';
import { GroupTable } from '../../../server/src/analysis/topics/topicGroups';
import { WordTable } from '../../../server/src/analysis/topics/topicWords';

const words = new WordTable();

/** Every call of collectTerms, buildUnits and cohesion in this file goes through here. */
const run = {
  terms: (read: ReturnType<typeof analyzeSpeech>): ArticleTerms => {
    words.begin();
    return collectTerms(
      read.text,
      read.paragraphs.length,
      read.infos,
      { skip: new Set(), headings: new Set(), people: new Set(), runIns: new Map() },
      words,
    );
  },
  units: (
    paragraphs: readonly Paragraph[],
    body: readonly number[],
    terms: ArticleTerms,
    entities: readonly Entity[],
    opts: UnitOptions = WEIGHTS,
  ): Units => buildUnits(paragraphs, body, terms, entities, opts),
  cohesion: (units: Units, maxWords: number, maxUnits: number): Cohesion => cohesion(units, maxWords, maxUnits),
};

const WEIGHTS: UnitOptions = { entityWeight: 1.5, pronounWeight: 0.3 };

/** Paragraph i spans [100·i, 100·i + 90). */
function paragraphs(n: number): Paragraph[] {
  return Array.from({ length: n }, (_, index) => ({ index, start: 100 * index, end: 100 * index + 90 }));
}

/** Terms by hand: each paragraph's [stem id, weight] pairs, and its word count (10 unless given). */
function handTerms(perParagraph: [number, number][][], wordCounts?: number[]): ArticleTerms {
  const termStart = new Int32Array(perParagraph.length + 1);
  const ids: number[] = [];
  const weights: number[] = [];
  perParagraph.forEach((list, p) => {
    termStart[p] = ids.length;
    for (const [id, w] of list) {
      ids.push(id);
      weights.push(w);
    }
  });
  termStart[perParagraph.length] = ids.length;
  return {
    termStart,
    termIds: Int32Array.from(ids),
    termWeights: Float64Array.from(weights),
    wordCounts: Int32Array.from(wordCounts ?? perParagraph.map(() => 10)),
    groups: new GroupTable(words),
    headings: new Map(),
  };
}

/** An entity with mentions at the given offsets (a name mention each, unless a kind is given). */
function entity(id: string, at: (number | [number, Mention['kind']])[]): Entity {
  const mentions = at.map((x) => {
    const [start, kind] = typeof x === 'number' ? [x, 'name' as const] : x;
    return { start, end: start + 4, entity: id, kind };
  });
  return { id, name: id, role: null, kind: 'person', gender: null, aliases: [], mentions };
}

/** Unit u's entries as [local id, weight]. */
function entries(units: Units, u: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = units.unitStart[u]; k < units.unitStart[u + 1]; k++) out.push([units.ids[k], units.weights[k]]);
  return out;
}

/** Units of hand-made paragraphs, all of them body. */
function handUnits(perParagraph: [number, number][][], wordCounts?: number[], entities: Entity[] = []): Units {
  return run.units(
    paragraphs(perParagraph.length),
    perParagraph.map((_, p) => p),
    handTerms(perParagraph, wordCounts),
    entities,
  );
}

/** Cohesion across each break computed directly, window by window, to check the one-pass version by. */
function direct(units: Units, maxWords: number, maxUnits: number): Cohesion {
  const gaps = Math.max(0, units.count - 1);
  const out = {
    similarity: new Float64Array(gaps),
    newWords: new Float64Array(gaps),
    newEntities: new Float64Array(gaps),
    gain: new Float64Array(gaps),
  };
  const sum = (from: number, to: number): Map<number, number> => {
    const m = new Map<number, number>();
    for (let u = from; u <= to; u++) for (const [id, w] of entries(units, u)) m.set(id, (m.get(id) ?? 0) + w);
    return m;
  };
  for (let g = 0; g < gaps; g++) {
    const a = sum(windowEnd(units, g, -1, maxWords, maxUnits), g);
    const b = sum(g + 1, windowEnd(units, g + 1, 1, maxWords, maxUnits));
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [id, w] of a) {
      na += w * w;
      dot += w * (b.get(id) ?? 0);
    }
    for (const w of b.values()) nb += w * w;
    out.similarity[g] = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
    let allW = 0,
      freshW = 0,
      allE = 0,
      freshE = 0;
    for (const [id, w] of b) {
      const fresh = units.firstSeen[id] > g;
      if (id < units.wordKeys) {
        allW += w;
        if (fresh) freshW += w;
      } else {
        allE += w;
        if (fresh) freshE += w;
      }
    }
    out.newWords[g] = allW > 0 ? freshW / allW : 0;
    out.newEntities[g] = allE > 0 ? freshE / allE : 0;
    const total = (m: Map<number, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
    const xlogs = (m: Map<number, number>): number => [...m.values()].reduce((x, c) => x + xlogMilli(c), 0);
    const both = new Map(a);
    for (const [id, w] of b) both.set(id, (both.get(id) ?? 0) + w);
    const [ta, tb] = [total(a), total(b)];
    if (ta > 0 && tb > 0) {
      const cost = (n: number, s: number): number => (n / MILLI) * Math.log(n / MILLI + units.keys) - s;
      out.gain[g] = (cost(ta + tb, xlogs(both)) - cost(ta, xlogs(a)) - cost(tb, xlogs(b))) / ((ta + tb) / MILLI);
    }
  }
  return out;
}

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  assert.equal(actual.length, expected.length, what);
  for (let i = 0; i < actual.length; i++)
    assert.ok(Math.abs(actual[i] - expected[i]) < 1e-9, `${what}[${i}]: ${actual[i]} ≠ ${expected[i]}`);
}

const argmax = (xs: ArrayLike<number>): number =>
  Array.from(xs).reduce((best, x, i, all) => (x > all[best] ? i : best), 0);
const argmin = (xs: ArrayLike<number>): number =>
  Array.from(xs).reduce((best, x, i, all) => (x < all[best] ? i : best), 0);

// Two stories without headings: a ferry strike, then a cheese festival.
const FERRY = [
  'Ferry crews in the harbour town of Tromsvik walked out on Monday, leaving hundreds of island commuters stranded at the pier.',
  'The ferry union says the crews have worked without a pay rise for three years, and the strike will go on until the harbour board makes an offer.',
  'Commuters waited at the pier for hours. "The ferry is the only way to reach the mainland," said Ada Lowe, a nurse who crosses to the hospital every day.',
];
const CHEESE = [
  'In the hill village of Marrow Vale, the annual cheese festival drew record crowds of tasters and dairy farmers this weekend.',
  'Farmers brought goat cheese, sheep cheese and a blue cheese aged in limestone caves, and judges tasted more than two hundred wheels.',
  'A soft goat cheese from a small dairy won the festival prize. "We milk forty goats by hand," said the dairy owner, Tom Becker.',
];

describe('xlogMilli and paragraphAt', () => {
  it('gives x·log(x + 1) for a count in thousandths, from its table and beyond it', () => {
    assert.equal(xlogMilli(0), 0);
    assert.ok(Math.abs(xlogMilli(MILLI) - Math.log(2)) < 1e-12);
    assert.ok(Math.abs(xlogMilli(2500) - 2.5 * Math.log(3.5)) < 1e-12);
    assert.ok(Math.abs(xlogMilli(20_000) - 20 * Math.log(21)) < 1e-12);
  });

  it('finds the paragraph holding an offset', () => {
    const ps = paragraphs(4);
    assert.deepEqual(
      [0, 89, 95, 100, 250, 399].map((pos) => paragraphAt(ps, pos)),
      [0, 0, 0, 1, 2, 3],
    );
  });
});

describe('buildUnits', () => {
  it('gives words local ids in order of first use and sums a word repeated in a paragraph into one entry, in thousandths', () => {
    const units = handUnits([
      [
        [501, 1],
        [502, 0.5],
        [501, 1],
      ],
      [
        [502, 0.25],
        [503, 1],
      ],
    ]);
    assert.equal(units.count, 2);
    assert.equal(units.wordKeys, 3);
    assert.equal(units.keys, 3);
    assert.deepEqual(entries(units, 0), [
      [0, 2000],
      [1, 500],
    ]);
    assert.deepEqual(entries(units, 1), [
      [1, 250],
      [2, 1000],
    ]);
    assert.deepEqual([...units.firstSeen], [0, 0, 1]);
    assert.deepEqual([...units.words], [10, 10]);
  });

  it('adds people after the words, a name weighing entityWeight and a pronoun pronounWeight', () => {
    const lowe = entity('e1', [10, [20, 'pronoun'], 150]);
    const units = handUnits([[[501, 1]], [[501, 1]]], undefined, [lowe]);
    assert.equal(units.wordKeys, 1);
    assert.equal(units.keys, 2);
    assert.deepEqual(entries(units, 0), [
      [0, 1000],
      [1, 1800],
    ]);
    assert.deepEqual(entries(units, 1), [
      [0, 1000],
      [1, 1500],
    ]);
  });

  it('keeps only body paragraphs: the words and mentions of the others count nowhere', () => {
    const ps = paragraphs(3);
    const terms = handTerms([[[900, 1]], [[501, 1]], [[502, 1]]], [4, 10, 12]);
    const units = run.units(ps, [1, 2], terms, [entity('e1', [5]), entity('e2', [210])]);
    assert.equal(units.count, 2);
    assert.equal(units.wordKeys, 2);
    assert.deepEqual(entries(units, 0), [[0, 1000]]);
    assert.deepEqual(entries(units, 1), [
      [1, 1000],
      [3, 1500],
    ]);
    assert.deepEqual([...units.words], [10, 12]);
  });

  it('gives the same units when built twice in a row (its scratch is left clean)', () => {
    const make = () =>
      handUnits(
        [
          [
            [501, 1],
            [502, 1],
          ],
          [
            [502, 1],
            [503, 1],
          ],
          [[501, 1]],
        ],
        undefined,
        [entity('e1', [10, 110])],
      );
    const a = make();
    const b = make();
    assert.deepEqual([...a.ids], [...b.ids]);
    assert.deepEqual([...a.weights], [...b.weights]);
  });
});

describe('windowEnd', () => {
  const units = handUnits([[], [], [], []], [10, 20, 30, 40]);

  it('takes whole paragraphs until the window holds enough words', () => {
    assert.equal(windowEnd(units, 0, 1, 25, 10), 1);
    assert.equal(windowEnd(units, 0, 1, 10, 10), 0);
    assert.equal(windowEnd(units, 3, -1, 50, 10), 2);
    assert.equal(windowEnd(units, 3, -1, 75, 10), 1);
  });

  it('stops at the paragraph limit and at either end of the text', () => {
    assert.equal(windowEnd(units, 0, 1, 1000, 2), 1);
    assert.equal(windowEnd(units, 1, 1, 1000, 10), 3);
    assert.equal(windowEnd(units, 2, -1, 1000, 10), 0);
  });
});

describe('cohesion', () => {
  it('gives the cosine of neighbouring paragraphs: 1 for the same words, 0 for none shared', () => {
    const units = handUnits([
      [
        [1, 1],
        [2, 1],
      ],
      [
        [1, 1],
        [2, 1],
      ],
      [[3, 1]],
      [[3, 1]],
    ]);
    const c = run.cohesion(units, 1, 1);
    assertClose(c.similarity, [1, 0, 1], 'similarity');
    assertClose(c.newWords, [0, 1, 0], 'newWords');
    assert.equal(argmax(c.gain), 1);
  });

  it('counts the share of new people after a break apart from that of new words', () => {
    const lowe = entity('e1', [10, 110]);
    const becker = entity('e2', [210, 310]);
    const units = handUnits([[[1, 1]], [[1, 1]], [[1, 1]], [[1, 1]]], undefined, [lowe, becker]);
    const c = run.cohesion(units, 1, 1);
    assertClose(c.newWords, [0, 0, 0], 'newWords');
    assertClose(c.newEntities, [0, 1, 0], 'newEntities');
  });

  it('gives nothing for a text of one paragraph', () => {
    const c = run.cohesion(handUnits([[[1, 1]]]), 10, 2);
    assert.equal(c.similarity.length, 0);
    assert.equal(c.gain.length, 0);
  });

  it('agrees with a direct computation of every window, for narrow and wide windows', () => {
    const units = handUnits(
      [
        [
          [1, 1],
          [2, 0.5],
          [3, 0.8],
        ],
        [
          [2, 1],
          [3, 0.3],
          [4, 1],
        ],
        [
          [1, 0.6],
          [4, 1],
          [5, 1],
        ],
        [
          [6, 1],
          [7, 0.9],
        ],
        [
          [6, 1],
          [8, 0.4],
          [7, 1],
        ],
        [
          [8, 1],
          [9, 1],
          [1, 0.3],
        ],
        [
          [9, 0.7],
          [10, 1],
        ],
      ],
      [12, 30, 8, 25, 40, 5, 18],
      [entity('e1', [10, 120, [130, 'pronoun']]), entity('e2', [320, 410, 650])],
    );
    for (const [maxWords, maxUnits] of [
      [1, 1],
      [20, 4],
      [40, 2],
      [90, 4],
      [250, 8],
    ]) {
      const got = run.cohesion(units, maxWords, maxUnits);
      const want = direct(units, maxWords, maxUnits);
      const what = `window ${maxWords} words, ${maxUnits} paragraphs`;
      assertClose(got.similarity, want.similarity, `${what}: similarity`);
      assertClose(got.newWords, want.newWords, `${what}: newWords`);
      assertClose(got.newEntities, want.newEntities, `${what}: newEntities`);
      assertClose(got.gain, want.gain, `${what}: gain`);
    }
  });

  it('finds the least similarity, the most new words and the deepest dip where an article changes story', () => {
    const read = analyzeSpeech([...FERRY, ...CHEESE].join('\n\n'));
    const terms = run.terms(read);
    const units = run.units(
      read.paragraphs,
      read.paragraphs.map((p) => p.index),
      terms,
      read.entities,
    );
    assert.equal(units.count, 6);
    const c = run.cohesion(units, 40, 2);
    const shift = FERRY.length - 1;
    assert.equal(argmin(c.similarity), shift, `similarity ${[...c.similarity].map((x) => x.toFixed(2)).join()}`);
    assert.equal(argmax(c.newWords), shift, `newWords ${[...c.newWords].map((x) => x.toFixed(2)).join()}`);
    assert.equal(argmax(depths(c.similarity)), shift);
    assert.equal(argmax(c.gain), shift, `gain ${[...c.gain].map((x) => x.toFixed(2)).join()}`);
    assertClose(c.similarity, direct(units, 40, 2).similarity, 'similarity');
  });

  it('gives the same answer when asked twice in a row (its scratch is left clean)', () => {
    const units = handUnits(
      [
        [
          [1, 1],
          [2, 1],
        ],
        [
          [2, 1],
          [3, 1],
        ],
        [
          [3, 1],
          [4, 1],
        ],
      ],
      undefined,
      [entity('e1', [10, 210])],
    );
    const a = run.cohesion(units, 20, 2);
    const b = run.cohesion(units, 20, 2);
    assert.deepEqual([...a.similarity], [...b.similarity]);
    assert.deepEqual([...a.gain], [...b.gain]);
  });
});

describe('depths', () => {
  it('scores a dip by how far similarity climbs on each side of it', () => {
    assertClose(depths([0.9, 0.5, 0.2, 0.6, 0.8]), [0, 0.4, 1.3, 0.2, 0], 'depths');
  });

  it('scores the foot of a slope by its one climb, a plateau nothing, and no breaks with nothing', () => {
    assertClose(depths([0.2, 0.4, 0.6]), [0.4, 0.2, 0], 'slope');
    assertClose(depths([0.5, 0.5, 0.5]), [0, 0, 0], 'plateau');
    assert.equal(depths([]).length, 0);
  });
});
