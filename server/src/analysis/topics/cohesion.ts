// Lexical cohesion between the paragraphs of an article, for finding where its subject
// changes: each body paragraph as a sparse vector of its word stems and the people and
// organisations it mentions, over ids local to the article, so that windows are summed into
// dense typed arrays rather than maps. Weights are integers, in thousandths (word specificity
// comes in thousandths), so that sums are exact and c·log(c + 1) is read from a table: the
// logarithms were most of what comparing windows cost.
import type { Entity, Paragraph } from '../model';
import type { ArticleTerms } from './terms';
import { firstIndex } from '../../../../common/search';

/** Body paragraphs ("units") as sparse vectors: entries unitStart[u] to unitStart[u + 1] − 1. */
export interface Units {
  readonly count: number;
  readonly unitStart: Int32Array;
  /** Local ids: words first, then entities from `wordKeys` on. */
  readonly ids: Int32Array;
  /** In thousandths (see `MILLI`). */
  readonly weights: Int32Array;
  /** Number of local ids. */
  readonly keys: number;
  readonly wordKeys: number;
  /** Word tokens per unit. */
  readonly words: Int32Array;
  /** The first unit each local id occurs in. */
  readonly firstSeen: Int32Array;
}

export interface UnitOptions {
  /** An entity mention counts as this many words; a pronoun as this many. */
  readonly entityWeight: number;
  readonly pronounWeight: number;
}

/** Weights and counts are kept in thousandths. */
export const MILLI = 1000;
const XLOG_SIZE = 1 << 14;
const XLOG = new Float64Array(XLOG_SIZE);
for (let c = 1; c < XLOG_SIZE; c++) XLOG[c] = (c / MILLI) * Math.log(c / MILLI + 1);

/** x·log(x + 1) for x = c / MILLI (c a count in thousandths, ≥ 0): a key's part of a window's coding cost. */
export function xlogMilli(c: number): number {
  return c < XLOG_SIZE ? XLOG[c] : (c / MILLI) * Math.log(c / MILLI + 1);
}

/** The paragraph holding offset `pos` (binary search). */
export function paragraphAt(paragraphs: readonly Paragraph[], pos: number): number {
  return Math.max(0, firstIndex(paragraphs.length, (k) => paragraphs[k].start <= pos) - 1);
}

export function buildUnits(
  paragraphs: readonly Paragraph[],
  body: readonly number[],
  terms: ArticleTerms,
  entities: readonly Entity[],
  opts: UnitOptions,
): Units {
  const count = body.length;
  const unitOf = new Int32Array(paragraphs.length).fill(-1);
  body.forEach((p, u) => {
    unitOf[p] = u;
  });
  // Entity mentions, bucketed by unit.
  const perUnit = new Int32Array(count + 1);
  const mentionUnit: number[] = [];
  const mentionKey: number[] = [];
  const mentionWeight: number[] = [];
  entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      const u = unitOf[paragraphAt(paragraphs, m.start)];
      if (u < 0) continue;
      mentionUnit.push(u);
      mentionKey.push(ei);
      mentionWeight.push(Math.round(MILLI * (m.kind === 'pronoun' ? opts.pronounWeight : opts.entityWeight)));
      perUnit[u + 1]++;
    }
  });
  for (let u = 0; u < count; u++) perUnit[u + 1] += perUnit[u];
  const order = new Int32Array(mentionUnit.length);
  const next = perUnit.slice(0, count);
  for (let i = 0; i < mentionUnit.length; i++) order[next[mentionUnit[i]]++] = i;

  let capacity = mentionUnit.length;
  for (const p of body) capacity += terms.termStart[p + 1] - terms.termStart[p];
  const ids = new Int32Array(capacity);
  const weights = new Int32Array(capacity);
  const unitStart = new Int32Array(count + 1);
  let maxId = 0;
  for (let k = 0; k < terms.termIds.length; k++) if (terms.termIds[k] > maxId) maxId = terms.termIds[k];
  // Stem id → local id + 1 (stem ids count every word the table holds; the article uses few),
  // in the word table's own zeroed buffer, zeroed again below.
  const local = terms.groups.words.zeroedIds(maxId + 1);
  const globals: number[] = [];
  // A word repeated in a paragraph is one entry: by local id, where its entry of the current unit
  // is (slot), and that unit + 1 (stamp; 0: none).
  let n = 0;
  const put = (id: number, w: number, u: number): void => {
    if (stamp[id] === u + 1) {
      weights[slot[id]] += w;
      return;
    }
    stamp[id] = u + 1;
    slot[id] = n;
    ids[n] = id;
    weights[n++] = w;
  };
  // Words get local ids first, in order of appearance; entities come after all words.
  for (let u = 0; u < count; u++) {
    const p = body[u];
    for (let k = terms.termStart[p]; k < terms.termStart[p + 1]; k++) {
      const g = terms.termIds[k];
      if (local[g] === 0) {
        globals.push(g);
        local[g] = globals.length;
      }
    }
  }
  const wordKeys = globals.length;
  const localIds = wordKeys + entities.length;
  const slot = new Int32Array(localIds);
  const stamp = new Int32Array(localIds);
  for (let u = 0; u < count; u++) {
    unitStart[u] = n;
    const p = body[u];
    for (let k = terms.termStart[p]; k < terms.termStart[p + 1]; k++)
      put(local[terms.termIds[k]] - 1, Math.round(MILLI * terms.termWeights[k]), u);
    for (let i = perUnit[u]; i < perUnit[u + 1]; i++) put(wordKeys + mentionKey[order[i]], mentionWeight[order[i]], u);
  }
  unitStart[count] = n;
  for (const g of globals) local[g] = 0;
  const keys = wordKeys + entities.length;
  const firstSeen = new Int32Array(keys).fill(count);
  for (let u = count - 1; u >= 0; u--) for (let k = unitStart[u]; k < unitStart[u + 1]; k++) firstSeen[ids[k]] = u;
  const words = new Int32Array(count);
  for (let u = 0; u < count; u++) words[u] = terms.wordCounts[body[u]];
  return {
    count,
    unitStart,
    ids: ids.subarray(0, n),
    weights: weights.subarray(0, n),
    keys,
    wordKeys,
    words,
    firstSeen,
  };
}

/**
 * The last unit of a window from unit `from` going left (step −1) or right (+1): whole
 * paragraphs until it holds `maxWords` words, and at most `maxUnits` of them.
 */
export function windowEnd(units: Units, from: number, step: number, maxWords: number, maxUnits: number): number {
  let n = 0;
  let u = from;
  for (let k = 0; ; k++) {
    n += units.words[u];
    if (n >= maxWords || k + 1 >= maxUnits) return u;
    const next = u + step;
    if (next < 0 || next >= units.count) return u;
    u = next;
  }
}

/** Per break g (between units g and g + 1): cohesion across it, and how new the words and entities after it are. */
export interface Cohesion {
  /** Cosine similarity of the windows before and after the break. */
  readonly similarity: Float64Array;
  /** Share of the right window's word weight in words the text has not used before it. */
  readonly newWords: Float64Array;
  /** The same for people and organisations. */
  readonly newEntities: Float64Array;
  /**
   * Coding cost saved per word by coding the two windows apart rather than together (the
   * criterion of Utiyama and Isahara 2001, on the windows around the break).
   */
  readonly gain: Float64Array;
}

/**
 * Cohesion across every break for one window size, in one pass. Windows only ever move
 * right, so each unit enters the right window, crosses to the left one and leaves it once,
 * and the dot product, the norms, the coding costs and the novelty sums are kept up to date
 * as it does: linear in the text, whatever the window.
 */
export function cohesion(units: Units, maxWords: number, maxUnits: number): Cohesion {
  const { unitStart, ids, weights, wordKeys, firstSeen } = units;
  const gaps = Math.max(0, units.count - 1);
  const similarity = new Float64Array(gaps);
  const newWords = new Float64Array(gaps);
  const newEntities = new Float64Array(gaps);
  const gain = new Float64Array(gaps);
  if (gaps === 0) return { similarity, newWords, newEntities, gain };
  // Each key's weight in the left window and the right one.
  const keys = units.keys;
  const a = new Float64Array(keys);
  const b = new Float64Array(keys);
  // Each key's c·log(c + 1) in the left window, the right one and both, and their sums.
  const xa = new Float64Array(keys);
  const xb = new Float64Array(keys);
  const xu = new Float64Array(keys);
  const handled = new Int32Array(keys);
  let sa = 0;
  let sb = 0;
  let su = 0;
  let ta = 0;
  let tb = 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  // Right window's word and entity weight, and the part of it not seen before the window.
  let allW = 0;
  let freshW = 0;
  let allE = 0;
  let freshE = 0;
  let leftStart = 0;
  let rightEnd = 0; // units [g + 1, rightEnd] are in the right window
  for (let g = 0; g < gaps; g++) {
    if (g === 0) {
      // Unit 0 starts in the left window.
      for (let k = unitStart[0]; k < unitStart[1]; k++) {
        const id = ids[k];
        const w = weights[k];
        na += w * (2 * a[id] + w);
        a[id] += w;
        ta += w;
        const x = xlogMilli(a[id]);
        sa += x - xa[id];
        xa[id] = x;
        su += x - xu[id];
        xu[id] = x;
      }
    } else {
      // Unit g crosses from the right window to the left: both windows together do not change.
      // What it used first is then no longer new to the right window.
      for (let k = unitStart[g]; k < unitStart[g + 1]; k++) {
        const id = ids[k];
        const w = weights[k];
        const ai = a[id];
        const bi = b[id];
        dot += w * (bi - ai) - w * w;
        na += w * (2 * ai + w);
        nb += w * (w - 2 * bi);
        a[id] = ai + w;
        b[id] = bi - w;
        ta += w;
        tb -= w;
        const x = xlogMilli(ai + w);
        sa += x - xa[id];
        xa[id] = x;
        const y = xlogMilli(bi - w);
        sb += y - xb[id];
        xb[id] = y;
        const fresh = firstSeen[id] >= g;
        if (id < wordKeys) {
          allW -= w;
          if (fresh) freshW -= w;
        } else {
          allE -= w;
          if (fresh) freshE -= w;
        }
      }
      for (let k = unitStart[g]; k < unitStart[g + 1]; k++) {
        const id = ids[k];
        if (firstSeen[id] !== g || handled[id] === g) continue;
        handled[id] = g;
        if (id < wordKeys) freshW -= b[id];
        else freshE -= b[id];
      }
    }
    const lo = windowEnd(units, g, -1, maxWords, maxUnits);
    for (; leftStart < lo; leftStart++) {
      for (let k = unitStart[leftStart]; k < unitStart[leftStart + 1]; k++) {
        const id = ids[k];
        const w = weights[k];
        dot -= w * b[id];
        na += w * (w - 2 * a[id]);
        a[id] -= w;
        ta -= w;
        const x = xlogMilli(a[id]);
        sa += x - xa[id];
        xa[id] = x;
        const y = xlogMilli(a[id] + b[id]);
        su += y - xu[id];
        xu[id] = y;
      }
    }
    const hi = windowEnd(units, g + 1, 1, maxWords, maxUnits);
    // A key is new to the right window when the text has not used it before the window.
    while (rightEnd < hi) {
      const u = ++rightEnd;
      for (let k = unitStart[u]; k < unitStart[u + 1]; k++) {
        const id = ids[k];
        const w = weights[k];
        dot += w * a[id];
        nb += w * (2 * b[id] + w);
        b[id] += w;
        tb += w;
        const x = xlogMilli(b[id]);
        sb += x - xb[id];
        xb[id] = x;
        const y = xlogMilli(a[id] + b[id]);
        su += y - xu[id];
        xu[id] = y;
        const fresh = firstSeen[id] > g;
        if (id < wordKeys) {
          allW += w;
          if (fresh) freshW += w;
        } else {
          allE += w;
          if (fresh) freshE += w;
        }
      }
    }
    similarity[g] = na > 0 && nb > 0 ? Math.max(0, dot) / Math.sqrt(na * nb) : 0;
    if (ta > 0 && tb > 0) {
      // Coding cost n·log(n + V) − Σ c·log(c + 1), in whole units.
      const V = units.keys;
      const cost = (n: number, sum: number): number => (n / MILLI) * Math.log(n / MILLI + V) - sum;
      gain[g] = (cost(ta + tb, su) - cost(ta, sa) - cost(tb, sb)) / ((ta + tb) / MILLI);
    }
    newWords[g] = allW > 0 ? Math.max(0, freshW) / allW : 0;
    newEntities[g] = allE > 0 ? Math.max(0, freshE) / allE : 0;
  }
  return { similarity, newWords, newEntities, gain };
}

/**
 * Hearst's depth: how far cohesion climbs on each side of a dip before it falls again. The
 * climb from g continues the climb from its neighbour, so both sides take one pass each.
 */
export function depths(sim: ArrayLike<number>): Float64Array {
  const n = sim.length;
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  for (let g = 0; g < n; g++) left[g] = g > 0 && sim[g - 1] >= sim[g] ? left[g - 1] : sim[g];
  for (let g = n - 1; g >= 0; g--) right[g] = g + 1 < n && sim[g + 1] >= sim[g] ? right[g + 1] : sim[g];
  const out = new Float64Array(n);
  for (let g = 0; g < n; g++) out[g] = left[g] - sim[g] + (right[g] - sim[g]);
  return out;
}
