// Terms: quotation marks around a word or a name rather than someone's speech — a scare quote
// (the “woke” crowd), a word as a word (the term “staycation”), a title (the film “Roma”), a
// nickname. A quotation that a speech cue is bound to is always speech; the rest are weighed by a
// logistic model over the shape of the quotation and its place in the sentence (no word
// identities), fitted by `npm run fit:terms` (bench/fit-terms.ts) into terms.json.
import type { Cue, SentenceInfo } from './context';
import type { AttributionMethod, Quote, QuoteKind } from '../model';
import type { Quotation } from '../text/quotations';
import { headingStyle } from '../text/sections';
import { cueLemma, NAMING_WORDS, WORK_WORDS } from '../lexicon/cues';
import weights from './terms.json';

/** The features, in the order of the fitted weights. */
export const TERM_FEATURES = [
  'bias',
  'partial', // a fragment inside the writer's sentence
  'oneWord',
  'fewWords', // two to four words
  'logWords',
  'titleCase', // every word capitalised, no sentence punctuation: a name or a title
  'endsPunctuation', // a comma or a stop inside the closing mark: a clause, as speech is
  'sentenceInitial',
  'naming', // "so-called", "dubbed", "the word", "known as" just before
  'called', // "called" just before: naming, or a speech verb ("called the plan “a disaster”")
  'work', // "the film", "the show", "on" just before
  'determiner', // "a", "the", "his", a possessive just before: the quote is a noun phrase's word
  'nounAfter', // a lower-case word right after the closing mark: the quote modifies it
  'personal', // I, we, my, you… inside: someone speaking
  'single', // single marks
  'cueInSentence', // some speech cue in the sentence
  'cueNear', // a cue within four words of the quote
  'methodSubject', // credited to the sentence's subject, no cue
  'methodContinuation',
  'methodNearest',
  'methodNone',
] as const;

export type TermFeature = (typeof TERM_FEATURES)[number];

const W: readonly number[] = weights.w;

const PERSONAL = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', "i'm", "we're", "you're"]);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
// Punctuation that may sit between a cue and the quotation it is bound to ("said: “…”", "said, “…”").
const GLUE = new Set([',', ':', 'that']);

/** What a quotation's place says about it: the input of `termFeatures` and `boundCue`. */
export interface TermContext {
  readonly text: string;
  readonly s: SentenceInfo;
  readonly q: Quotation;
  /** The quotation's first and last tokens in the sentence. */
  readonly qa: number;
  readonly qb: number;
  readonly kind: QuoteKind;
  readonly cues: readonly Cue[];
  /** The rule that credited the quotation a speaker. */
  readonly method: AttributionMethod;
  /** Where the quotation's paragraph starts. */
  readonly paragraphStart: number;
}

/** A naming cue ("called", "dubbed") names a word; it credits no speech by itself. */
function naming(s: SentenceInfo, cue: Cue): boolean {
  return NAMING_WORDS.has(s.tokens[cue.first].lower);
}

/**
 * Whether a speech cue is bound to the quotation: a colon or a dash introduces it, a cue just
 * before it ("said “…”", "said that “…”", "told reporters, “…”") or just after it ("…,” Smith
 * said). Such a quotation is someone's words, however short.
 */
export function boundCue(c: TermContext): boolean {
  if (c.method === 'colon' || c.method === 'dash') return true;
  const { s, qa, qb } = c;
  const { tokens } = s;
  for (const cue of c.cues) {
    if (naming(s, cue) && cue.last < qa) continue;
    if (cue.last < qa) {
      let k = cue.last + 1;
      // "told reporters, “…”": the cue's object, then glue.
      while (k < qa && (GLUE.has(tokens[k].lower) || tokens[k].kind === 'quote')) k++;
      if (k === qa) return true;
    } else if (cue.first > qb) {
      // "…,” Smith said" / "…,” said Smith" / "…,” the senator said".
      let words = 0;
      for (let k = qb + 1; k < cue.first; k++) {
        const t = tokens[k];
        if (t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') {
          words = Infinity;
          break;
        }
        if (t.kind === 'word' || t.kind === 'possessive') words++;
      }
      const comma = tokens[qb]?.text === ',' || tokens[qb + 1]?.text === ',' || closesWithComma(c);
      if (comma && words <= 3) return true;
    }
  }
  return false;
}

function closesWithComma(c: TermContext): boolean {
  let k = c.q.content.end - 1;
  while (k > c.q.content.start && /\s/.test(c.text[k])) k--;
  return c.text[k] === ',';
}

/** The previous word-like token before `qa`, skipping opening marks. */
function before(s: SentenceInfo, qa: number, back = 1): number {
  let k = qa - 1;
  let n = back;
  while (k >= 0) {
    const t = s.tokens[k];
    if (t.kind !== 'quote' && t.text !== '(') {
      if (--n === 0) return k;
    }
    k--;
  }
  return -1;
}

/** The features of a quotation, in the order of TERM_FEATURES. */
export function termFeatures(c: TermContext): number[] {
  const { text, s, q, qa, qb, kind, cues, method } = c;
  const { tokens } = s;
  const x = new Array<number>(TERM_FEATURES.length).fill(0);
  const set = (f: TermFeature, v = 1): void => {
    x[TERM_FEATURES.indexOf(f)] = v;
  };
  set('bias');
  if (kind === 'partial') set('partial');
  const content = text.slice(q.content.start, q.content.end).trim();
  const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const n = words.length;
  if (n === 1) set('oneWord');
  else if (n >= 2 && n <= 4) set('fewWords');
  set('logWords', Math.log(1 + n) / 3);
  const bare = content.replace(/[\s,.;:!?…]+$/u, '');
  if (n >= 1 && n <= 8 && headingStyle(bare) === 'title' && !/[.!?]/.test(bare)) set('titleCase');
  if (/[,.!?…]$/u.test(content)) set('endsPunctuation');
  const p1 = before(s, qa);
  if (p1 < 0) set('sentenceInitial');
  const prev = p1 >= 0 ? tokens[p1] : undefined;
  const p2 = before(s, qa, 2);
  const prev2 = p2 >= 0 ? tokens[p2] : undefined;
  // "known as “X”", "the so-called “X”", "the word “X”", "a practice dubbed “X”".
  if (prev?.lower === 'called' || prev?.lower === 'calling' || prev2?.lower === 'called') {
    if (prev2?.lower === 'so' || prev2?.lower === 'so-called') set('naming');
    else set('called');
  } else if (prev && (NAMING_WORDS.has(prev.lower) || (prev.lower === 'as' && prev2?.lower === 'known'))) set('naming');
  if (prev && WORK_WORDS.has(prev.lower)) set('work');
  if (prev && (DETERMINERS.has(prev.lower) || prev.kind === 'possessive')) set('determiner');
  let next = qb + 1;
  while (next < tokens.length && tokens[next].start < q.end) next++;
  const after = tokens[next];
  if (after && after.kind === 'word' && !after.cap && !cueLemma(after.lower) && !/[,.;:!?]$/u.test(content))
    set('nounAfter');
  if (words.some((w) => PERSONAL.has(w.toLowerCase().replace(/[^\p{L}']/gu, '')))) set('personal');
  if (q.single) set('single');
  const speech = cues.filter((cue) => !naming(s, cue));
  if (speech.length) set('cueInSentence');
  if (speech.some((cue) => (cue.last < qa && qa - cue.last <= 5) || (cue.first > qb && cue.first - qb <= 5)))
    set('cueNear');
  if (method === 'subject') set('methodSubject');
  else if (method === 'continuation') set('methodContinuation');
  else if (method === 'nearest') set('methodNearest');
  else if (method === 'none') set('methodNone');
  return x;
}

/** The model's probability that a quotation is a term, not speech. */
export function termProbability(x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += W[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether a quotation is a term, a title or a word as a word, not someone's speech. Never one that
 * a cue is bound to, nor an unclosed one, nor one that opens its paragraph (a quote of its own, or
 * a quoted subhead); else as the model says. (A hard rule for naming words, "so-called “X”",
 * lost recall on both gold sets: their annotators credit a phrase to whoever the sentence says uses it.)
 */
export function isTerm(c: TermContext): boolean {
  if (c.q.unclosed || c.method === 'editor' || c.q.start <= c.paragraphStart + 1) return false;
  if (boundCue(c)) return false;
  const x = termFeatures(c);
  return termProbability(x) > weights.threshold;
}

/** A quotation judged a term: kept, with no speaker, for the views to show plainly. */
export function termQuote(q: Quotation): Quote {
  return {
    id: '',
    start: q.start,
    end: q.end,
    kind: 'term',
    content: q.content,
    marks: q.marks,
    unclosed: q.unclosed,
    firstParagraph: q.firstParagraph,
    lastParagraph: q.lastParagraph,
    speaker: null,
    cue: null,
    source: null,
    confidence: 0,
    method: 'none',
    section: null,
  };
}
