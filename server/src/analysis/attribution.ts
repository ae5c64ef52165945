// Credits each quotation to a speaker: finds the speech cue of its sentence ("said", "told
// reporters", "according to"), the mention the cue rests on (before it: "Putin said"; after
// it: "said Caddell"; across an apposition: "Hill, a doctor, said"), and resolves that mention
// to an entity. Quotes without a cue continue the previous speaker or follow a colon intro.
import { Salience } from './coreference';
import { EntityRegistry } from './entities';
import { CUE_ADVERBS, cueLemma, cueParticles, DETERMINERS, SOURCE_NOUNS, WEAK_CUES } from './lexicon';
import type { Candidate } from './mentions';
import type { AttributionMethod, Paragraph, Quote, QuoteKind, Span } from './model';
import type { Quotation } from './quotations';
import type { Token } from './tokens';

/** A sentence ready for attribution: tokens, which are quoted, its mention candidates. */
export interface SentenceInfo {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: Token[];
  readonly inQuote: Uint8Array;
  readonly candidates: Candidate[];
}

interface Cue {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  readonly weak: boolean;
  readonly according: boolean;
}

/** A source found for a cue: a mention candidate, or a description of an unnamed source. */
interface Source {
  readonly candidate?: Candidate;
  readonly descriptor?: { first: number; last: number; definite: boolean };
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week',
  'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'weekend']);

/** Lemmas whose object is the listener, not the speaker: "told Y", "asked Y". */
const TO_LISTENER = new Set(['tell', 'ask', 'remind', 'urge', 'warn', 'advise', 'assure', 'promise', 'call', 'describe', 'accuse', 'praise', 'criticize', 'criticise', 'mock', 'blast', 'slam', 'hail', 'welcome', 'quote', 'cite']);

function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else if (tokens[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return lo;
}

export function findCues(s: SentenceInfo): Cue[] {
  const out: Cue[] = [];
  const { tokens, inQuote } = s;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || inQuote[k]) continue;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      out.push({ first: k, last: k + 1, lemma: 'according', weak: false, according: true });
      continue;
    }
    const lemma = cueLemma(t.lower);
    if (!lemma) continue;
    if (t.cap && k > 0) continue; // "Said" mid-sentence is a name
    let last = k;
    const particles = cueParticles(lemma);
    if (particles) {
      if (!particles.includes(tokens[k + 1]?.lower ?? '')) continue;
      last = k + 1;
    }
    const prev = tokens[k - 1]?.lower;
    if (prev === 'the' || prev === 'a' || prev === 'to' && lemma !== 'say') {
      // "the said agreement", "a report", "to report": not a cue (but "wants to say" is rare in news)
      continue;
    }
    out.push({ first: k, last, lemma, weak: WEAK_CUES.has(lemma), according: false });
  }
  return out;
}

export interface AttributionInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceInfo[];
  readonly quotations: readonly Quotation[];
  /** Paragraphs whose quotes are not speech: the headline, headings, metadata lines. */
  readonly skipParagraphs: ReadonlySet<number>;
  readonly registry: EntityRegistry;
}

/** Attributes every quotation, resolving mentions and pronouns along the way, in text order. */
export function attribute(input: AttributionInput): Quote[] {
  const { sentences, quotations, registry } = input;
  const salience = new Salience(registry);
  const quotes: Quote[] = [];
  const bySentence = new Map<number, Quotation[]>();
  for (const q of quotations) {
    const si = sentenceOf(sentences, q.start);
    if (si < 0) continue;
    const list = bySentence.get(si);
    if (list) list.push(q);
    else bySentence.set(si, [q]);
  }
  let lastSpeaker: { entity: string | null; paragraph: number; sentence: number } | null = null;
  for (const s of sentences) {
    const cues = findCues(s);
    resolveMentions(s, cues, registry, salience);
    const qs = bySentence.get(s.index);
    if (!qs || input.skipParagraphs.has(s.paragraph)) continue;
    for (const q of qs) {
      const quote = attributeOne(input, s, q, cues, salience, lastSpeaker);
      if (!quote) continue;
      quotes.push(quote);
      if (quote.speaker) {
        salience.note(quote.speaker, s.index, true, true);
        lastSpeaker = { entity: quote.speaker, paragraph: q.lastParagraph, sentence: s.index };
      }
    }
  }
  return quotes;
}

function sentenceOf(sentences: readonly SentenceInfo[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Resolves the sentence's mentions in token order, so a pronoun can find a name said
 * earlier in the same sentence. Names in the writer's text feed salience; names inside
 * quotes are mentions too, but the speaker's pronouns ("I", "he" in a quote) are not resolved.
 */
function resolveMentions(s: SentenceInfo, cues: Cue[], registry: EntityRegistry, salience: Salience): void {
  const firstCue = cues.length ? cues[0].first : Infinity;
  let subjectTaken = false;
  for (const c of s.candidates) {
    let id = c.entity;
    if (c.kind === 'pronoun') {
      if (c.inQuote) continue;
      id = salience.resolvePronoun(c);
      if (id) {
        c.entity = id;
        registry.mention(id, c, 'pronoun');
      }
    } else if (c.kind === 'title') {
      if (c.inQuote) continue;
      id = salience.resolveTitle(c);
      if (id) {
        c.entity = id;
        registry.mention(id, c, 'title');
      }
    } else if (!id && c.kind === 'unknown' && c.words.length === 1) {
      id = registry.findPerson(c.words[0], c.start, !c.initial);
      if (id) {
        c.entity = id;
        registry.mention(id, c, 'surname');
      }
    }
    if (!id || c.inQuote) continue;
    const subject = !subjectTaken && c.first < firstCue;
    if (subject) subjectTaken = true;
    salience.note(id, s.index, subject);
  }
}

function quoteTokens(s: SentenceInfo, q: Quotation): [number, number] {
  const a = tokenAt(s.tokens, Math.max(q.start, s.start));
  let b = tokenAt(s.tokens, Math.min(q.end, s.end) - 1);
  if (b >= s.tokens.length) b = s.tokens.length - 1;
  return [a, b];
}

function attributeOne(
  input: AttributionInput, s: SentenceInfo, q: Quotation, cues: Cue[], salience: Salience,
  last: { entity: string | null; paragraph: number; sentence: number } | null,
): Quote | null {
  const [qa, qb] = quoteTokens(s, q);
  const kind = quoteKind(s, qa);
  const cue = pickCue(cues, qa, qb);
  let speaker: string | null = null;
  let source: Span | null = null;
  let cueSpan: Span | null = null;
  let method: AttributionMethod = 'none';
  let confidence = 0;
  if (cue) {
    const src = findSource(s, cue);
    if (src) {
      const r = resolveSource(input.registry, salience, s, src);
      if (r) {
        speaker = r.entity;
        source = r.span;
        cueSpan = { start: s.tokens[cue.first].start, end: s.tokens[cue.last].end };
        method = cue.according ? 'according' : 'cue';
        confidence = (cue.weak ? 0.8 : 0.95) * r.certainty;
      }
    }
  }
  if (!speaker) {
    const intro = colonIntro(input, s, q, salience);
    if (intro) {
      speaker = intro.entity;
      source = intro.span;
      cueSpan = intro.cue;
      method = 'colon';
      confidence = 0.8;
    }
  }
  if (!speaker && last?.entity && kind === 'direct' && continues(input, s, q, last)) {
    speaker = last.entity;
    method = 'continuation';
    confidence = 0.75;
  }
  if (!speaker) {
    if (kind === 'partial' || q.single) return null; // a scare quote or a title, not speech
    const near = salience.lastSpeaker(s.index);
    if (near) {
      speaker = near;
      method = 'nearest';
      confidence = 0.35;
    }
  }
  return {
    id: '',
    start: q.start,
    end: q.end,
    kind,
    content: q.content,
    marks: q.marks,
    unclosed: q.unclosed,
    firstParagraph: q.firstParagraph,
    lastParagraph: q.lastParagraph,
    speaker,
    cue: cueSpan,
    source,
    confidence: Math.round(confidence * 100) / 100,
    method,
  };
}

/** What quoteKind asks of a sentence, worked out once for it: a sentence may hold a million quotes. */
interface Layout {
  /** Index of the first quoted token, or the number of tokens if none is quoted. */
  readonly firstQuoted: number;
  /** For each token, the nearest token at or before it that is not a quotation mark or an opening bracket (-1: none). */
  readonly lastNonMark: Int32Array;
}

const layouts = new WeakMap<SentenceInfo, Layout>();

function layout(s: SentenceInfo): Layout {
  let l = layouts.get(s);
  if (!l) {
    const { tokens } = s;
    const lastNonMark = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      lastNonMark[k] = t.kind === 'quote' || t.text === '(' || t.text === '[' ? (k > 0 ? lastNonMark[k - 1] : -1) : k;
    }
    const first = s.inQuote.indexOf(1);
    l = { firstQuoted: first < 0 ? tokens.length : first, lastNonMark };
    layouts.set(s, l);
  }
  return l;
}

/**
 * `direct` when the quotation starts its sentence or follows a colon or a cue and a comma;
 * `partial` when it is a fragment inside the writer's own sentence ("the need to "win trust"").
 */
function quoteKind(s: SentenceInfo, qa: number): QuoteKind {
  const { tokens } = s;
  const { firstQuoted, lastNonMark } = layout(s);
  const k = qa > 0 ? lastNonMark[qa - 1] : -1;
  if (k < 0) return 'direct';
  const p = tokens[k];
  if (p.text === ':' || p.text === '—' || p.text === '–') return 'direct';
  if (p.text === ',' && k > 0 && cueLemma(tokens[k - 1].lower)) return 'direct';
  // The second half of a split quote: “A,” she said, “B.”
  if (p.text === ',' && firstQuoted < k) return 'direct';
  if (p.kind === 'word' && cueLemma(p.lower)) return 'direct';
  return 'partial';
}

function cueScore(c: Cue, qa: number, qb: number): number {
  const d = c.first > qb ? c.first - qb : c.last < qa ? qa - c.last : 0;
  return d + (c.weak ? 6 : 0);
}

/**
 * The first cue with the lowest score. Cues are in text order and a score is at least the cue's
 * distance from the quote, so only the cues around the quote, out to the best score so far, can
 * win: scoring every cue for every quote cost a sentence of many quotes and cues its length².
 */
function pickCue(cues: Cue[], qa: number, qb: number): Cue | null {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].last < qa) lo = mid + 1;
    else hi = mid;
  }
  let bound = Infinity;
  let b = lo;
  for (; b < cues.length && (cues[b].first > qb ? cues[b].first - qb : 0) <= bound; b++) bound = Math.min(bound, cueScore(cues[b], qa, qb));
  let a = lo;
  for (; a > 0 && qa - cues[a - 1].last <= bound; a--) bound = Math.min(bound, cueScore(cues[a - 1], qa, qb));
  let best: Cue | null = null;
  let bestScore = Infinity;
  for (let k = a; k < b; k++) {
    const score = cueScore(cues[k], qa, qb);
    if (score < bestScore) { bestScore = score; best = cues[k]; }
  }
  return best;
}

function isQuoteOrMark(s: SentenceInfo, k: number): boolean {
  return s.inQuote[k] === 1 || s.tokens[k].kind === 'quote';
}

const sources = new WeakMap<Cue, Source | null>();

/**
 * The mention a cue rests on, found once per cue: every quote near the cue asks for it, and the
 * search walks back over the words between subject and cue ("has also repeatedly said"), so a
 * sentence of many quotes and one long such run cost its length squared.
 */
function findSource(s: SentenceInfo, cue: Cue): Source | null {
  let src = sources.get(cue);
  if (src === undefined) {
    src = sourceOfCue(s, cue);
    sources.set(cue, src);
  }
  return src;
}

/** The mention a cue rests on: its subject before it, or (inverted) the words after it. */
function sourceOfCue(s: SentenceInfo, cue: Cue): Source | null {
  const { tokens } = s;
  if (cue.according) return sourceAfter(s, cue.last + 1);
  let k = cue.first - 1;
  // "Putin has also said", "Macron on Thursday said"
  for (;;) {
    const t = tokens[k];
    if (!t || isQuoteOrMark(s, k)) break;
    if (t.kind === 'word' && !t.cap && CUE_ADVERBS.has(t.lower)) { k--; continue; }
    if (t.kind === 'word' && WEEKDAYS.has(t.lower) && ['on', 'last', 'this', 'late', 'early'].includes(tokens[k - 1]?.lower ?? '')) { k -= 2; continue; }
    break;
  }
  // An apposition or parenthesis between subject and cue: "Hugh Hill, a doctor at the clinic, said".
  if (tokens[k]?.text === ',' && !isQuoteOrMark(s, k)) {
    const open = matchingComma(s, k);
    if (open > 0) k = open - 1;
  } else if (tokens[k]?.text === ')') {
    // As far back as an apposition goes (matchingComma): further, a cue after each of many “)” cost length².
    let d = k;
    while (d > 0 && k - d <= 30 && tokens[d].text !== '(') d--;
    if (d > 0 && tokens[d].text === '(') k = d - 1;
  }
  const left = k >= 0 && !isQuoteOrMark(s, k) ? sourceEndingAt(s, k) : null;
  if (left) return left;
  const participle = tokens[cue.first].lower.endsWith('ing') && tokens[cue.first - 1]?.text === ',';
  if (participle) return sentenceSubject(s, cue.first);
  if (!TO_LISTENER.has(cue.lemma)) {
    const right = sourceAfter(s, cue.last + 1);
    if (right) return right;
  }
  return sentenceSubject(s, cue.first);
}

/** The comma that opens an apposition closed by the comma at `k`, if the words between look like one. */
function matchingComma(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  for (let d = k - 1; d > 0 && k - d <= 30; d--) {
    if (isQuoteOrMark(s, d)) return -1;
    const t = tokens[d];
    if (t.text === ',') {
      // The subject must stand right before the apposition.
      return at(s, 'last', d - 1).some((c) => !c.inQuote) ? d : -1;
    }
    if (t.kind === 'word' && cueLemma(t.lower) && !WEAK_CUES.has(cueLemma(t.lower) ?? '')) return -1;
  }
  return -1;
}

/**
 * A sentence's candidates by the token they start or end at and the offset their role starts
 * at, each list in the sentence's order, built once: a sentence may hold thousands of quotes
 * and names, and searching all its candidates for each quote cost it its length squared.
 */
interface CandidateIndex {
  readonly first: Map<number, Candidate[]>;
  readonly last: Map<number, Candidate[]>;
  readonly roleStart: Map<number, Candidate[]>;
  /** Where each candidate stands in the sentence's order. */
  readonly order: Map<Candidate, number>;
  /** The candidates that may be the subject of the sentence, in order. */
  subjects?: Candidate[];
  /** For each of them, the least first token from there on. */
  subjectsFirst?: Int32Array;
}

const indexes = new WeakMap<SentenceInfo, CandidateIndex>();

function candidateIndex(s: SentenceInfo): CandidateIndex {
  let x = indexes.get(s);
  if (!x) {
    x = { first: new Map(), last: new Map(), roleStart: new Map(), order: new Map() };
    const add = (m: Map<number, Candidate[]>, key: number, c: Candidate): void => {
      const list = m.get(key);
      if (list) list.push(c);
      else m.set(key, [c]);
    };
    for (const c of s.candidates) {
      x.order.set(c, x.order.size);
      add(x.first, c.first, c);
      add(x.last, c.last, c);
      if (c.roleSpan) add(x.roleStart, c.roleSpan.start, c);
    }
    indexes.set(s, x);
  }
  return x;
}

/** The candidates whose first or last token is `k`, or whose role starts at offset `k`, in order. */
function at(s: SentenceInfo, by: 'first' | 'last' | 'roleStart', k: number): Candidate[] {
  return candidateIndex(s)[by].get(k) ?? [];
}

function candidateEndingAt(s: SentenceInfo, k: number): Candidate | undefined {
  return at(s, 'last', k).find((c) => !c.inQuote && isSourceKind(c));
}

function isSourceKind(c: Candidate): boolean {
  if (c.kind === 'pronoun') {
    const w = c.words[0];
    return w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'who';
  }
  return true;
}

function sourceEndingAt(s: SentenceInfo, k: number): Source | null {
  const c = candidateEndingAt(s, k);
  const d = descriptorEndingAt(s, k);
  if (c && !(d && c.initial && c.kind === 'unknown')) return { candidate: c };
  if (d) return { descriptor: d };
  return null;
}

function sourceAfter(s: SentenceInfo, k: number): Source | null {
  const { tokens } = s;
  let a = k;
  if (tokens[a] && (tokens[a].lower === 'the' || tokens[a].lower === 'a')) a++;
  // The mention may start with its title: "said Coach Linda Park".
  const start = tokens[a]?.start ?? -1;
  const eligible = (x: Candidate): boolean => !x.inQuote && isSourceKind(x) && x.kind !== 'place';
  // The first in the sentence's order of those starting here: the three lists are each in that order.
  const { order } = candidateIndex(s);
  let c: Candidate | undefined;
  for (const list of [at(s, 'first', k), at(s, 'first', a), start >= 0 ? at(s, 'roleStart', start) : []]) {
    const x = list.find(eligible);
    if (x && (!c || (order.get(x) ?? 0) < (order.get(c) ?? 0))) c = x;
  }
  if (c) return { candidate: c };
  const d = descriptorStartingAt(s, k);
  return d ? { descriptor: d } : null;
}

/** The first mention of the sentence before the cue: the subject of its main clause. */
function sentenceSubject(s: SentenceInfo, before: number): Source | null {
  const x = candidateIndex(s);
  if (!x.subjects || !x.subjectsFirst) {
    x.subjects = s.candidates.filter((c) => !c.inQuote && isSourceKind(c) && c.kind !== 'place' && !(c.kind === 'unknown' && c.initial));
    x.subjectsFirst = new Int32Array(x.subjects.length);
    for (let i = x.subjects.length - 1, least = Infinity; i >= 0; i--) {
      least = Math.min(least, x.subjects[i].first);
      x.subjectsFirst[i] = least;
    }
  }
  // Candidates come nearly in token order, so this stops at once: where none is left before `before`.
  for (let i = 0; i < x.subjects.length && x.subjectsFirst[i] < before; i++) {
    if (x.subjects[i].first < before) return { candidate: x.subjects[i] };
  }
  return null;
}

function isModifier(t: Token): boolean {
  return (t.kind === 'word' || t.kind === 'number' || t.kind === 'possessive') && !cueLemma(t.lower) && !CUE_ADVERBS.has(t.lower);
}

/** "a source", "one Trump campaign source", "the statement": an unnamed source ending at k. */
function descriptorEndingAt(s: SentenceInfo, k: number): { first: number; last: number; definite: boolean } | null {
  const { tokens } = s;
  const head = tokens[k];
  if (!head || head.kind !== 'word' || !SOURCE_NOUNS.has(head.lower)) return null;
  let a = k;
  while (a > 0 && k - a < 5 && isModifier(tokens[a - 1]) && !DETERMINERS.has(tokens[a - 1].lower) && !isQuoteOrMark(s, a - 1)) a--;
  const det = tokens[a - 1];
  let definite = false;
  if (det && DETERMINERS.has(det.lower) && !isQuoteOrMark(s, a - 1)) {
    a--;
    definite = det.lower === 'the' || det.lower === 'this' || det.lower === 'that';
  }
  return { first: a, last: k, definite };
}

function descriptorStartingAt(s: SentenceInfo, k: number): { first: number; last: number; definite: boolean } | null {
  const { tokens } = s;
  const det = tokens[k];
  if (!det || isQuoteOrMark(s, k)) return null;
  let a = k;
  const definite = det.lower === 'the';
  if (DETERMINERS.has(det.lower)) a++;
  for (let h = a; h < tokens.length && h - a < 5; h++) {
    const t = tokens[h];
    if (isQuoteOrMark(s, h) || !isModifier(t)) return null;
    if (t.kind === 'word' && SOURCE_NOUNS.has(t.lower)) {
      // The head is the last noun of the phrase: "a campaign official" not "a campaign".
      let e = h;
      while (tokens[e + 1] && tokens[e + 1].kind === 'word' && SOURCE_NOUNS.has(tokens[e + 1].lower)) e++;
      return { first: k, last: e, definite };
    }
  }
  return null;
}

/** Turns a source into an entity: names to people, pronouns and titles by coreference, descriptions to unnamed sources. */
function resolveSource(registry: EntityRegistry, salience: Salience, s: SentenceInfo, src: Source): { entity: string; span: Span; certainty: number } | null {
  const { tokens } = s;
  if (src.descriptor) {
    const { first, last, definite } = src.descriptor;
    const span = { start: tokens[first].start, end: tokens[last].end };
    const words = tokens.slice(first, last + 1).map((t) => t.text);
    const text = words.join(' ').replace(/ (’s|'s)/g, '$1');
    const entity = definite ? registry.addOrganisation(words, span, 'group') : registry.addGroup(text, span, false);
    return { entity, span, certainty: 0.85 };
  }
  const c = src.candidate;
  if (!c) return null;
  let id = c.entity;
  let certainty = 1;
  if (!id) {
    switch (c.kind) {
      case 'pronoun':
        id = salience.resolvePronoun(c);
        certainty = 0.9;
        if (id) registry.mention(id, c, 'pronoun');
        break;
      case 'title':
        id = salience.resolveTitle(c) ?? registry.addGroup(c.role ?? c.words.join(' '), c, true);
        certainty = 0.9;
        registry.mention(id, c, 'title');
        break;
      case 'organisation':
      case 'place':
        id = registry.addOrganisation(c.words, c);
        break;
      default:
        // A name the cue vouches for: "Caddell said" with no fuller name in the article.
        id = registry.addPerson(c);
        certainty = 0.9;
    }
    if (id) c.entity = id;
  }
  if (!id) return null;
  return { entity: id, span: { start: c.start, end: c.end }, certainty };
}

/**
 * "Caddell continued:" — a quotation that opens the paragraph after one ending in a colon is
 * credited to the cue of that colon sentence.
 */
function colonIntro(input: AttributionInput, s: SentenceInfo, q: Quotation, salience: Salience): { entity: string; span: Span; cue: Span | null } | null {
  const { sentences, text } = input;
  const prev = sentences[s.index - 1];
  if (!prev) return null;
  const p = input.paragraphs[s.paragraph];
  const sameParagraphStart = s.paragraph === prev.paragraph ? false : q.start <= p.start + 1;
  const endsWithColon = text.charCodeAt(prev.end - 1) === 58;
  if (!endsWithColon || (!sameParagraphStart && s.paragraph !== prev.paragraph)) return null;
  const cues = findCues(prev);
  const cue = cues[cues.length - 1];
  let src: Source | null = null;
  if (cue) src = findSource(prev, cue);
  if (!src) src = sentenceSubject(prev, prev.tokens.length);
  if (!src) return null;
  const r = resolveSource(input.registry, salience, prev, src);
  if (!r) return null;
  return { entity: r.entity, span: r.span, cue: cue ? { start: prev.tokens[cue.first].start, end: prev.tokens[cue.last].end } : null };
}

/**
 * A cue-less quotation carries on the previous speaker when it follows that speaker's quote
 * closely: in the same paragraph, or as the next paragraph opening with a quotation.
 */
function continues(input: AttributionInput, s: SentenceInfo, q: Quotation, last: { paragraph: number; sentence: number }): boolean {
  if (s.paragraph === last.paragraph) return true;
  const p = input.paragraphs[s.paragraph];
  return s.paragraph === last.paragraph + 1 && q.start <= p.start + 1;
}
