// Infers topic sections for articles without headings. The text (body paragraphs as bags of
// word stems, with the people and organisations they mention counted as words too) is split
// where the two sides' vocabularies differ most, as long as the split saves enough coding cost
// per word (Utiyama and Isahara 2001), then each side again. Where exactly to split also weighs
// each paragraph break's TextTiling features (Hearst 1997: the dip in lexical cohesion across
// it) and the cues news writing leaves on the paragraph after it: a dateline opens a new
// story, words and people not seen before open a new subject, a person named again in full
// re-opens one, a pronoun or "But" continues the last.
import type { SentenceInfo } from './context';
import type { Entity, Paragraph, Quote, Section } from './model';

export interface SegmentInput {
  readonly paragraphs: readonly Paragraph[];
  /** Paragraphs that are body text (not the headline, headings or metadata lines). */
  readonly body: readonly number[];
  /** First paragraph of the article after its headline. */
  readonly firstParagraph: number;
  /** Per paragraph: content-word stems, weighted by specificity. */
  readonly bags: readonly Map<string, number>[];
  readonly wordCounts: readonly number[];
  readonly sentences: readonly SentenceInfo[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  /** Paragraphs that open with a dateline ("MOSCOW, May 24 (Reuters) —"). */
  readonly datelines: ReadonlySet<number>;
}

/** The features of a paragraph break that the segmenter weighs, in the order of `SEGMENTATION.weights`. */
export const FEATURES = ['similarity', 'wideSimilarity', 'depth', 'wideDepth', 'newWords', 'newEntities',
  'reintroduced', 'dateline', 'shift', 'continuation', 'sameSpeaker', 'quoteOpens'] as const;

/** The tuning of the segmenter: window sizes, minimum section size, feature weights, split threshold. */
export const SEGMENTATION = {
  /** Words each side of a break that the narrow comparison takes in, at least (whole paragraphs)… */
  windowWords: 90,
  /** …and at most this many paragraphs; the same for the wide comparison. */
  windowParagraphs: 4,
  wideWords: 250,
  wideParagraphs: 8,
  /** A section has at least this many paragraphs and words. */
  minParagraphs: 3,
  minWords: 90,
  /** An entity mention counts as this many words; a pronoun as this many. */
  entityWeight: 1.5,
  pronounWeight: 0.3,
  /** Feature weights and bias: a logistic model fitted on article joins in PolNeAR train (bench/sections.ts). */
  weights: [-2.052, -1.76, 2.839, 3.13, 3.864, 0.531, 1.065, 3.928, -0.045, -1.098, 0.245, -2.156] as number[],
  bias: -6.63,
  /** A split is made when it saves at least this much coding cost per word… */
  minGain: 0.07,
  /** …counting the break's weighted features (above) at this rate. */
  featureRate: 0.01,
};

const CONTINUATIONS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'this', 'these', 'that',
  'those', 'such', 'but', 'and', 'also', 'yet', 'so', 'still', 'then', 'instead', 'both', 'neither', 'nor']);
// Openers that turn to another subject: "Meanwhile, …", "Separately, …", "As for …".
const SHIFTS = new Set(['meanwhile', 'separately', 'elsewhere', 'regarding', 'turning', 'as for', 'in other',
  'on the', 'asked about', 'speaking about', 'speaking on', 'on another', 'in a separate', 'in another']);

type Vector = Map<string, number>;

function addInto(into: Vector, from: Vector): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function paragraphAt(paragraphs: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Each body paragraph's words and entities, as one vector. */
function vectors(input: SegmentInput): Vector[] {
  const { paragraphs, body } = input;
  const byParagraph = new Map<number, Vector>();
  for (const p of body) byParagraph.set(p, new Map(input.bags[p]));
  for (const e of input.entities) {
    const key = `@${e.id}`;
    for (const m of e.mentions) {
      const v = byParagraph.get(paragraphAt(paragraphs, m.start));
      if (!v) continue;
      const w = m.kind === 'pronoun' ? SEGMENTATION.pronounWeight : SEGMENTATION.entityWeight;
      v.set(key, (v.get(key) ?? 0) + w);
    }
  }
  return body.map((p) => byParagraph.get(p) as Vector);
}

/** The words of a window of paragraphs going left (step -1) or right (+1) from unit i. */
function window(vs: Vector[], words: number[], i: number, step: number, maxWords: number, maxParagraphs: number): Vector {
  const out: Vector = new Map();
  let n = 0;
  for (let k = 0, u = i; u >= 0 && u < vs.length && k < maxParagraphs; k++, u += step) {
    addInto(out, vs[u]);
    n += words[u];
    if (n >= maxWords) break;
  }
  return out;
}

/**
 * Hearst's depth: how far cohesion climbs on each side of a dip before it falls again. The
 * climb from g continues the climb from its neighbour, so both sides take one pass each.
 */
function depths(sim: number[]): number[] {
  const n = sim.length;
  const left = new Array<number>(n);
  const right = new Array<number>(n);
  for (let g = 0; g < n; g++) left[g] = g > 0 && sim[g - 1] >= sim[g] ? left[g - 1] : sim[g];
  for (let g = n - 1; g >= 0; g--) right[g] = g + 1 < n && sim[g + 1] >= sim[g] ? right[g + 1] : sim[g];
  return sim.map((s, g) => left[g] - s + (right[g] - s));
}

/** Share of a window's weight in keys that first occur at or after unit `from`. */
function novelty(v: Vector, firstSeen: Map<string, number>, from: number, entities: boolean): number {
  let all = 0;
  let fresh = 0;
  for (const [k, w] of v) {
    if ((k.charCodeAt(0) === 64) !== entities) continue; // '@' marks entities
    all += w;
    if ((firstSeen.get(k) ?? 0) >= from) fresh += w;
  }
  return all ? fresh / all : 0;
}

/** What the first sentence of the paragraph after each break says: cue features per unit. */
function openings(input: SegmentInput): number[][] {
  const { body } = input;
  const byParagraph = new Map<number, SentenceInfo[]>();
  for (const s of input.sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  // The speaker of each paragraph's first and last quotation.
  const firstSpeaker = new Map<number, string | null>();
  const lastSpeaker = new Map<number, string | null>();
  for (const q of input.quotes) {
    if (q.kind === 'indirect') continue;
    if (!firstSpeaker.has(q.firstParagraph)) firstSpeaker.set(q.firstParagraph, q.speaker);
    lastSpeaker.set(q.lastParagraph, q.speaker);
  }
  const seen = new Set<string>();
  return body.map((p, u) => {
    const sentences = byParagraph.get(p) ?? [];
    const s = sentences[0];
    const f = [0, 0, 0, 0, 0, 0];
    if (u > 0 && s) {
      const words = s.tokens.filter((t) => t.kind === 'word').slice(0, 3).map((t) => t.lower);
      const one = words[0] ?? '';
      const two = words.slice(0, 2).join(' ');
      const three = words.slice(0, 3).join(' ');
      // People named again in full: news re-introduces them when it turns to a new subject.
      f[0] = Math.min(2, s.candidates.filter((c) => c.kind === 'person' && c.entity && seen.has(c.entity) && (c.words.length >= 2 || c.titled) && !c.inQuote).length);
      f[1] = input.datelines.has(p) ? 1 : 0;
      f[2] = SHIFTS.has(one) || SHIFTS.has(two) || SHIFTS.has(three) ? 1 : 0;
      f[3] = !f[2] && CONTINUATIONS.has(one) ? 1 : 0;
      const before = lastSpeaker.get(body[u - 1]);
      const after = firstSpeaker.get(p);
      f[4] = before && after && before === after && s.tokens[0]?.kind === 'quote' ? 1 : 0;
      f[5] = s.tokens[0]?.kind === 'quote' ? 1 : 0;
    }
    for (const si of sentences) for (const c of si.candidates) if (c.entity) seen.add(c.entity);
    return f;
  });
}

/** The features of each break between body paragraphs (break g follows body paragraph g), in `FEATURES` order. */
export function breakFeatures(input: SegmentInput): number[][] {
  const words = input.body.map((p) => input.wordCounts[p]);
  const vs = vectors(input);
  const firstSeen = new Map<string, number>();
  vs.forEach((v, u) => { for (const k of v.keys()) if (!firstSeen.has(k)) firstSeen.set(k, u); });
  const S = SEGMENTATION;
  const sim: number[] = [];
  const wide: number[] = [];
  const fresh: number[][] = [];
  for (let g = 0; g + 1 < input.body.length; g++) {
    sim.push(cosine(window(vs, words, g, -1, S.windowWords, S.windowParagraphs), window(vs, words, g + 1, 1, S.windowWords, S.windowParagraphs)));
    const right = window(vs, words, g + 1, 1, S.wideWords, S.wideParagraphs);
    wide.push(cosine(window(vs, words, g, -1, S.wideWords, S.wideParagraphs), right));
    fresh.push([novelty(right, firstSeen, g + 1, false), novelty(right, firstSeen, g + 1, true)]);
  }
  const depth = depths(sim);
  const wideDepth = depths(wide);
  const open = openings(input);
  return sim.map((x, g) => [x, wide[g], depth[g], wideDepth[g], fresh[g][0], fresh[g][1], ...open[g + 1]]);
}

/** How strongly each break separates two subjects: the weighted features. */
export function breakScores(input: SegmentInput): number[] {
  return breakFeatures(input).map((f) => f.reduce((a, x, i) => a + x * SEGMENTATION.weights[i], SEGMENTATION.bias));
}

/** Σ c·log(c + 1) over a bag: the part of a segment's coding cost that depends on its counts. */
function xlog(c: number): number {
  return c * Math.log(c + 1);
}

/**
 * Divisive segmentation: split a run of paragraphs where the two sides' word distributions
 * differ most (the gain in coding cost of two models over one, after Utiyama and Isahara 2001),
 * while the split is worth it; then split each side again.
 */
function divisive(vs: Vector[], words: number[], local: number[]): number[] {
  const { minParagraphs, minWords } = SEGMENTATION;
  const vocabulary = new Set<string>();
  for (const v of vs) for (const k of v.keys()) vocabulary.add(k);
  const V = vocabulary.size;
  const chosen: number[] = [];
  const cost = (a: number, n: number): number => n * Math.log(n + V) - a;
  const split = (lo: number, hi: number): void => {
    if (hi - lo < 2 * minParagraphs) return;
    const right: Vector = new Map();
    let nR = 0;
    for (let u = lo; u < hi; u++) for (const [k, c] of vs[u]) { right.set(k, (right.get(k) ?? 0) + c); nR += c; }
    let aR = 0;
    for (const c of right.values()) aR += xlog(c);
    const whole = cost(aR, nR);
    const left: Vector = new Map();
    let aL = 0;
    let nL = 0;
    let wL = 0;
    let wAll = 0;
    for (let u = lo; u < hi; u++) wAll += words[u];
    let best = -1;
    let bestScore = -Infinity;
    for (let s = lo + 1; s < hi; s++) {
      for (const [k, c] of vs[s - 1]) {
        const l = left.get(k) ?? 0;
        const r = right.get(k) ?? 0;
        aL += xlog(l + c) - xlog(l);
        aR += xlog(r - c) - xlog(r);
        left.set(k, l + c);
        right.set(k, r - c);
        nL += c;
        nR -= c;
      }
      wL += words[s - 1];
      if (s - lo < minParagraphs || hi - s < minParagraphs || wL < minWords || wAll - wL < minWords) continue;
      const gain = whole - cost(aL, nL) - cost(aR, nR);
      const score = gain / (nL + nR) + SEGMENTATION.featureRate * local[s - 1];
      if (score > bestScore) { bestScore = score; best = s; }
    }
    if (best < 0 || bestScore < SEGMENTATION.minGain) return;
    chosen.push(best);
    split(lo, best);
    split(best, hi);
  };
  split(0, vs.length);
  return chosen.sort((a, b) => a - b);
}

/** The first paragraph of each inferred section after the first, as indexes into `body`; empty when the text is one subject. */
export function boundaries(input: SegmentInput): number[] {
  const { body, wordCounts } = input;
  const words = body.map((p) => wordCounts[p]);
  const total = words.reduce((a, b) => a + b, 0);
  const { minParagraphs, minWords } = SEGMENTATION;
  if (body.length < 2 * minParagraphs || total < 2 * minWords) return [];
  return divisive(vectors(input), words, breakScores(input));
}

/** Sections for an article without headings: one per run of paragraphs on one subject. */
export function inferSections(input: SegmentInput): Section[] | null {
  const starts = boundaries(input);
  if (starts.length === 0) return null;
  const { paragraphs, body } = input;
  const firsts = [input.firstParagraph, ...starts.map((u) => body[u])];
  return firsts.map((first, i) => {
    const last = i + 1 < firsts.length ? firsts[i + 1] - 1 : paragraphs.length - 1;
    return {
      id: `s${i}`, title: null, headingRange: null, range: { start: paragraphs[first].start, end: paragraphs[last].end },
      level: 1, inferred: true, firstParagraph: first, lastParagraph: last, topics: [],
    };
  });
}
