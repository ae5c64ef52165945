// Infers topic sections for articles without headings. Each break between body paragraphs is
// scored by how likely a new subject starts after it — TextTiling features (Hearst 1997: the
// cohesion of the words and entities on either side, and how deep a dip it is), the share of
// words and people not seen before, and the cues news writing leaves on the paragraph after a
// break (a dateline or a "Read more" line between stories, a person named again in full, a
// pronoun or "But" that continues) — weighed by a logistic model fitted on joined articles
// (bench/fit-segmentation.ts). The best set of breaks is then chosen in one pass: the one with
// the largest sum of log-odds above a threshold, every section keeping a minimum length.
import { buildUnits, cohesion, depths, MILLI, type Units, xlogMilli } from './cohesion';
import type { SentenceInfo } from '../attribution/context';
import type { Entity, Paragraph, Quote, Section } from '../model';
import type { ArticleTerms } from './terms';
import { cueLemma } from '../lexicon/cues';
import { CONTINUATIONS, SHIFTS } from '../lexicon/grammar';
import { LEAD_DAYS, WEEKDAYS } from '../lexicon/time';

export interface SegmentInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** Paragraphs that are body text (not the headline, headings or metadata lines), in order. */
  readonly body: readonly number[];
  /** First paragraph of the article after its headline. */
  readonly firstParagraph: number;
  /** Content-word stems per paragraph (termStart, termIds, termWeights) and word counts. */
  readonly terms: ArticleTerms;
  /** Of each sentence: `paragraph`, its tokens' `kind` and `lower`, its candidates' `kind`, `entity`, `words`, `titled`, `inQuote`. */
  readonly sentences: readonly SentenceInfo[];
  /** Of each entity: `kind` and its mentions' `start` and `kind`. */
  readonly entities: readonly Entity[];
  /** Of each quote: `kind`, `speaker`, `firstParagraph`, `lastParagraph`. */
  readonly quotes: readonly Quote[];
  /** Paragraphs that open with a dateline ("MOSCOW, May 24 (Reuters) —"). */
  readonly datelines: ReadonlySet<number>;
  /** Lines that close a story: credits, "Follow … on Twitter", update notes, rules (metadata.endsStory). */
  readonly storyEnds: ReadonlySet<number>;
}

/** The features of a paragraph break that the segmenter weighs, in the order of `SEGMENTATION.weights`. */
export const FEATURES = [
  'similarity',
  'depth',
  'wideSimilarity',
  'wideDepth',
  'newWords',
  'newEntities',
  'reintroduced',
  'introduced',
  'dateline',
  'afterMetadata',
  'shift',
  'continuation',
  'sameSpeaker',
  'quoteOpens',
  'gain',
  'wideGain',
  'afterStoryEnd',
  'dayOpens',
  'partyTag',
  'dayMention',
  'leadForm',
] as const;
const F = FEATURES.length;

/** The tuning of the segmenter: window sizes, minimum section size, feature weights, threshold. */
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

  /** Feature weights and bias of the logistic model (bench/fit-segmentation.ts fits them on PolNeAR train). */
  weights: [
    -2.956, 1.735, 2.015, 2.922, 2.815, -0.064, 0.866, -0.172, 3.821, 0.645, -1.484, -0.838, 0.93, -3.031, 5.236,
    10.434, 0.584, 0.352, 0.709, 0.4, 1.031,
  ] as number[],
  bias: -6.774,
  /** A split is made where it saves at least this much coding cost per word… */
  minGain: 0.1,
  /** …counting the break's log-odds at this rate. */
  rate: 0.005,
  /** 0: the gain is per word of both sides; 1: per 2·√(left·right), which favours unequal splits. */
  balance: 1,
  /** Breaks this sure (log-odds) are taken before any coding cost is weighed: a dateline, a story's end. */
  sure: 1,
};

// A politician's party and state, given where a story first names them: "(R-Texas)", "(D-N.Y.)", "(I-Vt.)".
const PARTY_TAG = /\([RDI]-[A-Z][A-Za-z.]{1,12}\)/;

/** The cue features of the paragraph after each break, written into `out` (F numbers per break). */
function openings(input: SegmentInput, out: Float64Array, turns?: Uint8Array): void {
  const { body, paragraphs } = input;
  const unitOf = new Int32Array(paragraphs.length).fill(-1);
  body.forEach((p, u) => {
    unitOf[p] = u;
  });
  // The speaker of each paragraph's first and last quotation.
  const firstSpeaker = new Map<number, string | null>();
  const lastSpeaker = new Map<number, string | null>();
  for (const q of input.quotes) {
    if (q.kind === 'indirect') continue;
    if (!firstSpeaker.has(q.firstParagraph)) firstSpeaker.set(q.firstParagraph, q.speaker);
    lastSpeaker.set(q.lastParagraph, q.speaker);
  }
  const seen = new Set<string>();
  let last = -1;
  for (const s of input.sentences) {
    const u = unitOf[s.paragraph];
    // Only the first sentence of a paragraph, and of a unit after the first.
    if (u > 0 && s.paragraph !== last) {
      const f = (u - 1) * F;
      let words = 0;
      let one = '';
      let two = '';
      let three = '';
      for (const t of s.tokens) {
        if (t.kind !== 'word') continue;
        if (words === 0) one = t.lower;
        else if (words === 1) two = `${one} ${t.lower}`;
        else three = `${two} ${t.lower}`;
        if (++words === 3) break;
      }
      let again = 0;
      let fresh = 0;
      for (const c of s.candidates) {
        if (c.kind !== 'person' || !c.entity || c.inQuote || !(c.words.length >= 2 || c.titled)) continue;
        // People named again in full: news re-introduces them when it turns to a new subject.
        if (seen.has(c.entity)) again++;
        // People introduced in full: how a story's lead begins.
        else fresh++;
      }
      out[f + 6] = Math.min(2, again);
      out[f + 7] = Math.min(2, fresh);
      out[f + 8] = input.datelines.has(s.paragraph) ? 1 : 0;
      // A metadata line (a byline, a caption, "Read more") between two paragraphs; one that closes a story.
      out[f + 9] = s.paragraph - body[u - 1] > 1 ? 1 : 0;
      for (let p = body[u - 1] + 1; p < s.paragraph; p++) if (input.storyEnds.has(p)) out[f + 16] = 1;
      const shift = SHIFTS.has(one) || SHIFTS.has(two) || SHIFTS.has(three);
      out[f + 10] = shift ? 1 : 0;
      out[f + 11] = !shift && CONTINUATIONS.has(one) ? 1 : 0;
      out[f + 17] =
        LEAD_DAYS.has(one) ||
        (LEAD_DAYS.has(two.slice(two.indexOf(' ') + 1)) &&
          (one === 'on' || one === 'at' || one === 'late' || one === 'early'))
          ? 1
          : 0;
      out[f + 18] = PARTY_TAG.test(input.text.slice(s.start, s.end)) ? 1 : 0;
      // A day named in the writer's words: a lead's "said Thursday", "on Monday"; and the lead's form.
      let day = -1;
      for (let t = 0; t < s.tokens.length; t++)
        if (s.tokens[t].cap && WEEKDAYS.has(s.tokens[t].lower) && !s.inQuote[t]) {
          day = t;
          break;
        }
      out[f + 19] = day >= 0 ? 1 : 0;
      const lead = day >= 0 ? leadForm(s, seen) : 0;
      out[f + 20] = lead > 0 ? 1 : 0;
      // The lead's form about someone named before, where the words change: see `turns`.
      if (turns && lead === 2 && out[f + 14] > 0) turns[u - 1] = 1;
      const opensWithQuote = s.tokens[0]?.kind === 'quote';
      const before = lastSpeaker.get(body[u - 1]);
      out[f + 12] = opensWithQuote && before && before === firstSpeaker.get(s.paragraph) ? 1 : 0;
      out[f + 13] = opensWithQuote ? 1 : 0;
    }
    last = s.paragraph;
    if (u >= 0) for (const c of s.candidates) if (c.entity) seen.add(c.entity);
  }
}

// How far into its sentence a lead's subject may start: "In addition, French President Emmanuel Macron".
const LEAD_SUBJECT_TOKENS = 6;

/**
 * The news lead's form, which a story opens with and takes up again where it turns to another
 * subject: a person named in full as the subject, then a speech verb, in the writer's words
 * ("Russian President Vladimir Putin said Thursday that …"; the caller checks the day). 0: not
 * that form; 1: about someone new; 2: about someone named before (`seen`).
 */
function leadForm(s: SentenceInfo, seen: ReadonlySet<string>): number {
  if (s.tokens[0]?.kind === 'quote') return 0;
  for (const c of s.candidates) {
    if (c.kind !== 'person' || !c.entity || c.inQuote || !(c.words.length >= 2 || c.titled)) continue;
    const start = c.roleSpan ? Math.min(c.roleSpan.start, c.start) : c.start;
    let t0 = 0;
    while (t0 < s.tokens.length && s.tokens[t0].start < start) t0++;
    if (t0 > LEAD_SUBJECT_TOKENS) return 0;
    for (let t = c.last + 1; t < Math.min(s.tokens.length, c.last + 4); t++) {
      if (!s.inQuote[t] && s.tokens[t].kind === 'word' && cueLemma(s.tokens[t].lower) !== undefined)
        return seen.has(c.entity) ? 2 : 1;
    }
    return 0;
  }
  return 0;
}

function units(input: SegmentInput): Units {
  return buildUnits(input.paragraphs, input.body, input.terms, input.entities, SEGMENTATION);
}

/**
 * The features of each break between body paragraphs (break g follows body paragraph g): F
 * numbers a break, in `FEATURES` order. `turns`, if given, marks the breaks where a story turns
 * to another subject within itself: the lead's form taken up again about someone already named,
 * where the words change (coding gain across the break). The model is fitted on joined
 * articles, whose joins open with new people, so it cannot learn this writer's signal;
 * `sureBreaks` takes these breaks as it takes the breaks the model is sure of.
 */
export function breakFeatures(input: SegmentInput, us: Units = units(input), turns?: Uint8Array): Float64Array {
  const S = SEGMENTATION;
  const gaps = Math.max(0, us.count - 1);
  const out = new Float64Array(gaps * F);
  const narrow = cohesion(us, S.windowWords, S.windowParagraphs);
  const wide = cohesion(us, S.wideWords, S.wideParagraphs);
  const depth = depths(narrow.similarity);
  const wideDepth = depths(wide.similarity);
  for (let g = 0; g < gaps; g++) {
    const f = g * F;
    out[f] = narrow.similarity[g];
    out[f + 1] = depth[g];
    out[f + 2] = wide.similarity[g];
    out[f + 3] = wideDepth[g];
    out[f + 4] = wide.newWords[g];
    out[f + 5] = wide.newEntities[g];
    out[f + 14] = narrow.gain[g];
    out[f + 15] = wide.gain[g];
  }
  openings(input, out, turns);
  return out;
}

/** Each break's log-odds of opening a new subject. */
export function breakScores(
  input: SegmentInput,
  us?: Units,
  features: Float64Array = breakFeatures(input, us),
): Float64Array {
  const { weights, bias } = SEGMENTATION;
  const gaps = features.length / F;
  const out = new Float64Array(gaps);
  for (let g = 0; g < gaps; g++) {
    let z = bias;
    for (let i = 0; i < F; i++) z += weights[i] * features[g * F + i];
    out[g] = z;
  }
  return out;
}

/** How many times divisive segmentation splits a run of paragraphs, at most, one part inside another. */
const MAX_SPLIT_DEPTH = 12;

/**
 * Counts per key on each side of a split, and their c·log(c + 1): zero between splits, so one set
 * serves every piece of an article (an article of many sections cost a set per piece, each as long
 * as the article's vocabulary).
 */
export interface SplitScratch {
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly xl: Float64Array;
  readonly xr: Float64Array;
}

export function splitScratch(us: Units): SplitScratch {
  const V = us.keys;
  return { left: new Float64Array(V), right: new Float64Array(V), xl: new Float64Array(V), xr: new Float64Array(V) };
}

/**
 * Divisive segmentation: split a run of paragraphs where the two sides' word distributions
 * differ most (the gain in coding cost of two models over one, after Utiyama and Isahara 2001,
 * per word) plus `rate` times the break's log-odds, while that is above `minGain`; then split
 * each side again. Each level of splitting reads the text once, and the levels are bounded.
 */
export function divisive(
  us: Units,
  local: ArrayLike<number>,
  minParagraphs: number,
  minWords: number,
  minGain: number,
  rate: number,
  from = 0,
  to = us.count,
  maxDepth = MAX_SPLIT_DEPTH,
  scratch: SplitScratch = splitScratch(us),
): number[] {
  const { balance } = SEGMENTATION;
  const { unitStart, ids, weights, words } = us;
  const V = us.keys;
  const { left, right, xl, xr } = scratch;
  const chosen: number[] = [];
  // Counts are in thousandths; the cost n·log(n + V) − Σ c·log(c + 1) is in whole units.
  const cost = (a: number, n: number): number => (n / MILLI) * Math.log(n / MILLI + V) - a;
  const split = (lo: number, hi: number, depth: number): void => {
    if (hi - lo < 2 * minParagraphs || depth >= maxDepth) return;
    let nR = 0;
    for (let k = unitStart[lo]; k < unitStart[hi]; k++) {
      right[ids[k]] += weights[k];
      nR += weights[k];
    }
    let aR = 0;
    for (let k = unitStart[lo]; k < unitStart[hi]; k++) {
      const id = ids[k];
      if (xr[id] === 0) {
        xr[id] = xlogMilli(right[id]);
        aR += xr[id];
      }
    }
    const whole = cost(aR, nR);
    let aL = 0;
    let nL = 0;
    let wL = 0;
    let wAll = 0;
    for (let u = lo; u < hi; u++) wAll += words[u];
    let best = -1;
    let bestScore = -Infinity;
    for (let s = lo + 1; s < hi; s++) {
      for (let k = unitStart[s - 1]; k < unitStart[s]; k++) {
        const id = ids[k];
        const c = weights[k];
        left[id] += c;
        right[id] -= c;
        const x = xlogMilli(left[id]);
        const y = xlogMilli(right[id]);
        aL += x - xl[id];
        aR += y - xr[id];
        xl[id] = x;
        xr[id] = y;
        nL += c;
        nR -= c;
      }
      wL += words[s - 1];
      if (s - lo < minParagraphs || hi - s < minParagraphs || wL < minWords || wAll - wL < minWords) continue;
      const n = nL + nR;
      const score =
        (whole - cost(aL, nL) - cost(aR, nR)) / ((n / MILLI) * Math.pow((4 * nL * nR) / (n * n), balance / 2)) +
        rate * local[s - 1];
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    for (let k = unitStart[lo]; k < unitStart[hi]; k++) {
      const id = ids[k];
      left[id] = right[id] = xl[id] = xr[id] = 0;
    }
    if (best < 0 || bestScore < minGain) return;
    chosen.push(best);
    split(lo, best, depth + 1);
    split(best, hi, depth + 1);
  };
  split(from, to, 0);
  return chosen.sort((a, b) => a - b);
}

/**
 * The breaks in units [lo, hi) whose log-odds reach `SEGMENTATION.sure` and are the highest
 * within a section's length on either side, taken from left to right while every section keeps
 * its minimum length: the first unit of each new section. Linear.
 */
function sureBreaks(
  scores: ArrayLike<number>,
  turns: Uint8Array,
  words: ArrayLike<number>,
  lo: number,
  hi: number,
): number[] {
  const { sure, minParagraphs, minWords } = SEGMENTATION;
  const out: number[] = [];
  let last = lo;
  let wordsSince = 0;
  let wordsLeft = 0;
  for (let u = lo; u < hi; u++) wordsLeft += words[u];
  for (let b = lo + 1; b < hi; b++) {
    wordsSince += words[b - 1];
    wordsLeft -= words[b - 1];
    const z = scores[b - 1];
    if (
      (z < sure && !turns[b - 1]) ||
      b - last < minParagraphs ||
      wordsSince < minWords ||
      hi - b < minParagraphs ||
      wordsLeft < minWords
    )
      continue;
    let peak = true;
    for (let k = Math.max(lo + 1, b - minParagraphs + 1); k < Math.min(hi, b + minParagraphs) && peak; k++)
      if (k !== b && scores[k - 1] > z) peak = false;
    if (!peak) continue;
    out.push(b);
    last = b;
    wordsSince = 0;
  }
  return out;
}

/**
 * Sections inferred within the sections read from headings (for an article without headings,
 * the one lead): each run of body paragraphs under one heading, or before the first, is split
 * where its subject changes. The first part keeps its heading (or stays the lead); the parts
 * after are inferred sections at the same level. In an article without headings every part
 * is an inferred section, the first included.
 */
export function inferSections(input: SegmentInput, given: readonly Section[]): Section[] {
  const { paragraphs, body } = input;
  const { minParagraphs, minWords, minGain, rate } = SEGMENTATION;
  const headed = given.some((s) => s.headingRange);
  if (body.length < 2 * minParagraphs || given.length === 0) return [...given];
  const us = units(input);
  const turns = new Uint8Array(Math.max(0, us.count - 1));
  const scores = breakScores(input, us, breakFeatures(input, us, turns));
  const scratch = splitScratch(us);
  const out: Section[] = [];
  let u = 0;
  for (const section of given) {
    while (u < body.length && body[u] < section.firstParagraph) u++;
    const lo = u;
    while (u < body.length && body[u] <= section.lastParagraph) u++;
    const starts: number[] = [];
    const pieces = [lo, ...sureBreaks(scores, turns, us.words, lo, u), u];
    for (let k = 0; k + 1 < pieces.length; k++) {
      if (k > 0) starts.push(pieces[k]);
      const from = pieces[k];
      const to = pieces[k + 1];
      for (const b of divisive(us, scores, minParagraphs, minWords, minGain, rate, from, to, MAX_SPLIT_DEPTH, scratch))
        starts.push(b);
    }
    if (starts.length === 0) {
      out.push(section);
      continue;
    }
    const firsts = [section.firstParagraph, ...starts.map((k) => body[k])];
    firsts.forEach((first, i) => {
      const last = i + 1 < firsts.length ? firsts[i + 1] - 1 : section.lastParagraph;
      const range = { start: i === 0 ? section.range.start : paragraphs[first].start, end: paragraphs[last].end };
      out.push(
        i === 0 && headed
          ? { ...section, range, lastParagraph: last }
          : {
              id: '',
              title: null,
              headingRange: null,
              range,
              level: section.level,
              inferred: true,
              firstParagraph: first,
              lastParagraph: last,
              topics: [],
              speakers: [],
            },
      );
    });
  }
  return out.map((s, i) => ({ ...s, id: `s${i}` }));
}
