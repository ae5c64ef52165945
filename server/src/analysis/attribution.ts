// Credits each quotation to a speaker: finds the speech cue of its sentence ("said", "told
// reporters", "according to"), the mention the cue rests on (before it: "Putin said"; after
// it: "said Caddell"; across an apposition: "Hill, a doctor, said"), and resolves that mention
// to an entity. Quotes without a cue continue the previous speaker or follow a colon intro.
import { Salience } from './coreference';
import { EntityRegistry } from './entities';
import { CUE_ADVERBS, cueLemma, cueParticles, DETERMINERS, SOURCE_NOUNS, SPEECH_NOUNS, TITLE_MODIFIERS, TITLES, WEAK_CUES } from './lexicon';
import { headingStyle } from './sections';
import type { Candidate } from './mentions';
import type { AttributionMethod, Paragraph, Quote, QuoteKind, Span } from './model';
import type { Quotation } from './quotations';
import { markFamily, wideMarkAt } from './quoteMarks';
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
  /** For a speech noun ("Trump’s claim"), the token that ends its possessor. */
  readonly possessor?: number;
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
    // "Trump’s claim that “…”", "her remark: “…”": the possessor of a speech noun said it.
    const glue = tokens[k + 1]?.text;
    if (SPEECH_NOUNS.has(t.lower) && (glue === 'that' || glue === ':' || glue === ',') && isQuoteOrMark(s, k + 2)) {
      const p = tokens[k - 1];
      if (p?.kind === 'possessive' && k >= 2) out.push({ first: k, last: k, lemma: 'noun', weak: true, according: false, possessor: k - 2 });
      else if (p && (p.lower === 'his' || p.lower === 'her' || p.lower === 'their' || p.lower === 'its')) {
        out.push({ first: k, last: k, lemma: 'noun', weak: true, according: false, possessor: k - 1 });
      }
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
    if (prev === 'the' || prev === 'a' || (prev === 'to' && lemma !== 'say')) continue; // the said agreement; to report
    // Only forms a noun can share: "comment", "claims" (never "said", "claimed").
    if ((t.lower === lemma || t.lower.endsWith('s')) && nounAfterDeterminer(tokens, k, t.lower === lemma)) continue;
    out.push({ first: k, last, lemma, weak: WEAK_CUES.has(lemma), according: false });
  }
  return out;
}

// Documents that speak for whoever issued them.
const DOCUMENTS = new Set(['statement', 'letter', 'report', 'memo', 'release', 'email', 'tweet', 'post', 'ad',
  'video', 'message', 'note', 'op-ed', 'editorial', 'filing', 'complaint', 'petition']);

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'my', 'your', 'another']);

/**
 * A cue word inside a noun phrase is a noun, not a verb: "a Twitter comment" (a base form after a
 * determiner), "32% of Republican claims" (any form after a preposition).
 */
function nounAfterDeterminer(tokens: Token[], k: number, base: boolean): boolean {
  for (let d = k - 1; d >= 0 && k - d <= 3; d--) {
    const t = tokens[d];
    if (t.kind !== 'word' && t.kind !== 'possessive' && t.kind !== 'number') return false;
    if (base && NOUN_DETERMINERS.has(t.lower)) return true;
    if (PREPOSITIONS.has(t.lower) && d < k - 1) return true;
    if (cueLemma(t.lower) || CUE_ADVERBS.has(t.lower)) return false;
  }
  return false;
}

/** The speaker of the latest quotation, or its unresolved source ("she" with no name before it). */
interface LastSpeaker {
  readonly entity: string | null;
  readonly source: Span | null;
  readonly paragraph: number;
  readonly sentence: number;
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
  let lastSpeaker: LastSpeaker | null = null;
  for (const s of sentences) {
    const cues = findCues(s);
    resolveMentions(s, cues, registry, salience);
    const qs = bySentence.get(s.index);
    if (!qs || input.skipParagraphs.has(s.paragraph)) continue;
    for (const q of qs) {
      const quote = attributeOne(input, s, q, cues, salience, lastSpeaker);
      if (!quote) {
        // An unclosed quote nobody says is a stray mark: the quotes inside it still count.
        if (q.unclosed) for (const n of innerQuotations(input.text, q)) {
          const inner = attributeOne(input, s, n, cues, salience, lastSpeaker);
          if (inner) quotes.push(inner);
        }
        continue;
      }
      quotes.push(quote);
      if (quote.speaker) {
        salience.note(quote.speaker, s.index, true, true);
        lastSpeaker = { entity: quote.speaker, source: quote.source, paragraph: q.lastParagraph, sentence: s.index };
      } else if (quote.source) {
        lastSpeaker = { entity: null, source: quote.source, paragraph: q.lastParagraph, sentence: s.index };
      }
    }
  }
  return quotes;
}

/** The outermost quotations nested in `q`, as quotations of their own. */
function innerQuotations(text: string, q: Quotation): Quotation[] {
  const out: Quotation[] = [];
  for (const n of q.nested) {
    if (out.some((o) => o.start <= n.start && n.end <= o.end)) continue;
    const w = wideMarkAt(text, n.start) || 1;
    const cw = wideMarkAt(text, n.end - 2) === 2 ? 2 : 1;
    out.push({
      start: n.start, end: n.end, content: { start: n.start + w, end: n.end - cw },
      marks: [{ start: n.start, end: n.start + w }, { start: n.end - cw, end: n.end }], unclosed: false,
      firstParagraph: q.firstParagraph, lastParagraph: q.firstParagraph, nested: [],
      single: markFamily(text.charCodeAt(n.start)) === 'single' && w === 1,
    });
  }
  return out;
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
      id = c.antecedent ? c.antecedent.entity : salience.resolvePronoun(c);
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
    } else if (!id && c.kind === 'unknown') {
      id = c.words.length === 1 ? registry.findPerson(c.words[0], c.start, !c.initial) : registry.findFullName(c.words);
      if (id) {
        c.entity = id;
        registry.mention(id, c, c.words.length === 1 ? 'surname' : 'name');
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

/** "WALLACE: …" at the start of a quotation: a transcript's speaker label, in capitals. */
function transcriptLabel(text: string, q: Quotation): Span | null {
  const head = text.slice(q.content.start, Math.min(q.content.end, q.content.start + 40));
  const m = /^(\s*)(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u.exec(head);
  if (!m) return null;
  const start = q.content.start + m[1].length;
  return { start, end: start + m[2].length };
}

/** Quotation marks that do not enclose speech: markup attribute values (author="…") and titles of works or shows. */
function notSpeech(text: string, s: SentenceInfo, q: Quotation, qa: number, kind: QuoteKind, cues: Cue[]): boolean {
  const { tokens } = s;
  const prev = tokens[qa - 1];
  if (prev && prev.end === q.start && prev.text === '=') return true;
  if (kind !== 'partial') return false;
  const content = text.slice(q.content.start, q.content.end).replace(/[\s,.;:!?…]+$/u, '');
  const words = content.split(/\s+/).filter(Boolean);
  // A nickname inside a name: Rep. Robert C. "Bobby" Scott.
  const after = tokens.find((t) => t.start >= q.end);
  if (words.length === 1 && prev?.cap && after?.kind === 'word' && after.cap) return true;
  // “Sunday Morning Futures,” “Gang of Eight”: a capitalised title, not someone's words — unless a
  // cue makes it someone's ("Clinton cited his names for her, “Miss Piggy”"). After a possessive or
  // a word for a work ("MSNBC’s “Morning Joe”", "the documentary “13th”") it is a title even so.
  const titleCase = words.length >= 1 && words.length <= 8 && headingStyle(content) === 'title' && !/[.!?]/.test(content);
  if (!titleCase) return false;
  if (prev && (prev.kind === 'possessive' || WORK_WORDS.has(prev.lower))) return true;
  return cues.length === 0 && words.length >= 2;
}

// Words that introduce the title of a work or an event, not a quotation.
const WORK_WORDS = new Set(['show', 'program', 'programme', 'documentary', 'film', 'movie', 'book', 'novel', 'album',
  'song', 'series', 'episode', 'column', 'podcast', 'segment', 'forum', 'titled', 'entitled', 'on', 'magazine',
  'newspaper', 'play', 'musical', 'memoir', 'report', 'headline', 'hashtag', 'slogan', 'motto', 'banner', 'sign']);

interface Credit {
  speaker: string | null;
  source: Span | null;
  cue: Span | null;
  method: AttributionMethod;
  confidence: number;
}

function credit(r: Resolved | null, src: Span | null, cue: Span | null, method: AttributionMethod, confidence: number): Credit {
  return { speaker: r?.entity ?? null, source: r?.span ?? src, cue, method, confidence: r ? confidence * r.certainty : 0.2 };
}

function attributeOne(
  input: AttributionInput, s: SentenceInfo, q: Quotation, cues: Cue[], salience: Salience,
  last: LastSpeaker | null,
): Quote | null {
  const [qa, qb] = quoteTokens(s, q);
  const kind = quoteKind(s, qa);
  if (notSpeech(input.text, s, q, qa, kind, cues)) return null;
  const { tokens } = s;
  const span = (a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b].end });
  let c: Credit | null = null;

  // A transcript: “WALLACE: Let’s start…” names its speaker in capitals before a colon.
  const label = transcriptLabel(input.text, q);
  if (label) {
    const words = input.text.slice(label.start, label.end).split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    const id = input.registry.findPerson(words[words.length - 1], q.start) ?? input.registry.addPerson({ words, start: label.start, end: label.end, gender: null, role: null } as unknown as Candidate);
    c = { speaker: id, source: label, cue: null, method: 'colon', confidence: 0.85 };
  }
  // “…” — Jorge Falcon: a dash and a name right after the quotation.
  const dash = tokens[qb + 1];
  if (!c && dash && dash.kind === 'punct' && /^[—–―-]$/.test(dash.text)) {
    const src = sourceAfter(s, qb + 2);
    if (src) c = credit(resolveSource(input, salience, s, src), sourceSpan(s, src), span(qb + 1, qb + 1), 'dash', 0.9);
  }
  const chosen = c ? null : chooseSource(s, cues, qa, qb, kind);
  if (chosen) {
    const { cue, src } = chosen;
    c = credit(resolveSource(input, salience, s, src), sourceSpan(s, src), span(cue.first, cue.last),
      cue.according ? 'according' : 'cue', cue.weak ? 0.8 : 0.95);
  }
  // “…,” an angry Hollande retaliated. — a name and a past-tense verb closing the sentence after
  // the quotation attribute it, whatever the verb.
  if (!c) {
    const v = verbAfterQuote(s, qb);
    if (v) c = credit(resolveSource(input, salience, s, v.src), sourceSpan(s, v.src), span(v.verb, v.verb), 'cue', 0.7);
  }
  // Caddell: “…” / Obama has a new message: “…” — a colon in the quote's own sentence.
  if (!c?.speaker) {
    const colon = tokens[qa - 1];
    if (colon && colon.text === ':') {
      const before = qa >= 2 ? sourceEndingAt(s, qa - 2) : null;
      // "Obama is rolling out a new message: “…”" — the message is Obama's.
      const src = (before?.candidate ? before : sentenceSubject(s, qa - 1)) ?? before;
      if (src) c = credit(resolveSource(input, salience, s, src), sourceSpan(s, src), null, 'colon', 0.75);
    }
  }
  if (!c?.speaker) {
    const intro = colonIntro(input, s, q, salience);
    if (intro) c = { speaker: intro.entity, source: intro.span, cue: intro.cue, method: 'colon', confidence: 0.8 };
  }
  if (!c?.speaker && !c?.source && (last?.entity || last?.source) && kind === 'direct' && continues(input, s, q, last)) {
    c = { speaker: last.entity, source: last.entity ? null : last.source, cue: null, method: 'continuation', confidence: last.entity ? 0.75 : 0.2 };
  }
  if (!c?.speaker && !c?.source && kind === 'partial') {
    // A fragment in the writer's sentence is the words of that sentence's subject, if it has one.
    const src = sentenceSubject(s, qa);
    if (src) c = credit(resolveSource(input, salience, s, src), sourceSpan(s, src), null, 'subject', 0.5);
  }
  if (!c?.speaker && !c?.source) {
    if (q.single || q.unclosed) return null; // an apostrophe pair or a stray mark, not speech
    if (kind === 'partial') return null; // a scare quote: nobody in the sentence says it
    if (kind === 'direct') {
      const near = salience.lastSpeaker(s.index);
      if (near) c = { speaker: near, source: null, cue: null, method: 'nearest', confidence: 0.35 };
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
    speaker: c?.speaker ?? null,
    cue: c?.cue ?? null,
    source: c?.source ?? null,
    confidence: Math.round((c?.confidence ?? 0) * 100) / 100,
    method: c?.method ?? 'none',
  };
}

function sourceSpan(s: SentenceInfo, src: Source): Span | null {
  if (src.candidate) return { start: src.candidate.start, end: src.candidate.end };
  if (src.descriptor) return { start: s.tokens[src.descriptor.first].start, end: s.tokens[src.descriptor.last].end };
  return null;
}

/**
 * `direct` when the quotation starts its sentence or follows a colon or a cue and a comma;
 * `partial` when it is a fragment inside the writer's own sentence ("the need to "win trust"").
 */
function quoteKind(s: SentenceInfo, qa: number): QuoteKind {
  const { tokens } = s;
  let k = qa - 1;
  while (k >= 0 && (tokens[k].kind === 'quote' || tokens[k].text === '(' || tokens[k].text === '[')) k--;
  if (k < 0) return 'direct';
  const p = tokens[k];
  if (p.text === ':' || p.text === '—' || p.text === '–') return 'direct';
  if (p.text === ',' && k > 0 && cueLemma(tokens[k - 1].lower)) return 'direct';
  // The second half of a split quote: “A,” she said, “B.”
  if (p.text === ',' && s.inQuote.subarray(0, k).includes(1)) return 'direct';
  if (p.kind === 'word' && cueLemma(p.lower)) return 'direct';
  return 'partial';
}

/**
 * Cues of the quote's sentence, the likeliest first: strong speech verbs before weak ones,
 * near before far. A fragment in the writer's sentence is governed by a verb before it ("X
 * called Y “…”"); a cue after it counts only right after the quotation ("“…,” X said").
 */
function rankCues(s: SentenceInfo, cues: Cue[], qa: number, qb: number, kind: QuoteKind): Cue[] {
  const score = (c: Cue): number => {
    const after = c.first > qb;
    const d = after ? c.first - qb : c.last < qa ? qa - c.last : 0;
    // Finite verbs before participles: "Holding signs calling him “…”, the protesters chanted".
    let v = d + (c.weak ? 6 : 0) + (s.tokens[c.first].lower.endsWith('ing') ? 3 : 0);
    if (after && kind === 'partial' && d > 4) v += 10;
    // A cue in another clause ("…; X said") is further than it looks.
    const [a, b] = after ? [qb, c.first] : [c.last, qa];
    for (let k = a + 1; k < b; k++) if (s.tokens[k].text === ';' || s.tokens[k].lower === 'while' || s.tokens[k].lower === 'whereas') { v += 8; break; }
    return v;
  };
  return cues.map((c) => ({ c, v: score(c) })).sort((x, y) => x.v - y.v).map((x) => x.c);
}

/** The cue and source of a quotation: the best cue with a subject of its own, else the sentence's subject. */
function chooseSource(s: SentenceInfo, cues: Cue[], qa: number, qb: number, kind: QuoteKind): { cue: Cue; src: Source } | null {
  const ranked = rankCues(s, cues, qa, qb, kind);
  for (const cue of ranked) {
    const src = findSource(s, cue);
    if (src) return { cue, src };
  }
  if (ranked.length === 0) return null;
  const subject = sentenceSubject(s, ranked[0].first) ?? subjectAfterIntro(s, ranked[0], qb);
  return subject ? { cue: ranked[0], src: subject } : null;
}

function isQuoteOrMark(s: SentenceInfo, k: number): boolean {
  const t = s.tokens[k];
  return !!t && (s.inQuote[k] === 1 || t.kind === 'quote');
}

/** The mention a cue rests on: its subject before it, or (inverted) the words after it. */
function findSource(s: SentenceInfo, cue: Cue): Source | null {
  const { tokens } = s;
  if (cue.according) return sourceAfter(s, cue.last + 1);
  if (cue.possessor !== undefined) {
    const owner = s.candidates.find((c) => c.last === cue.possessor && !c.inQuote);
    return owner ? { candidate: owner } : null;
  }
  let k = cue.first - 1;
  // "Putin has also said", "Macron on Thursday said"
  for (;;) {
    const t = tokens[k];
    if (!t || isQuoteOrMark(s, k)) break;
    if ((t.kind === 'word' && !t.cap && CUE_ADVERBS.has(t.lower)) || t.kind === 'contraction') { k--; continue; }
    if (t.kind === 'word' && WEEKDAYS.has(t.lower) && ['on', 'last', 'this', 'late', 'early'].includes(tokens[k - 1]?.lower ?? '')) { k -= 2; continue; }
    break;
  }
  // A coordinated verb shares its subject: "Clinton laughed and said", "he paused, then added".
  if (tokens[k]?.lower === 'and' && tokens[k - 1]?.kind === 'word' && !tokens[k - 1].cap && !isQuoteOrMark(s, k - 1)
    && !isSourceNoun(tokens[k - 1].lower) && (tokens[k - 1].lower.endsWith('ed') || cueLemma(tokens[k - 1].lower))) {
    k -= 2;
    while (k >= 0 && tokens[k].kind === 'word' && !tokens[k].cap && CUE_ADVERBS.has(tokens[k].lower)) k--;
  }
  // A party label before the comma: "Gov. John Kasich (R-OH), said".
  if (tokens[k]?.text === ',' && tokens[k - 1]?.text === ')') k--;
  // An apposition or parenthesis between subject and cue: "Hugh Hill, a doctor at the clinic, said".
  if (tokens[k]?.text === ',' && !isQuoteOrMark(s, k)) {
    const open = matchingComma(s, k);
    if (open > 0) k = open - 1;
  } else if (tokens[k]?.text === ')') {
    let d = k;
    while (d > 0 && tokens[d].text !== '(') d--;
    if (d > 0) k = d - 1;
  }
  const left = k >= 0 && !isQuoteOrMark(s, k) ? sourceEndingAt(s, k) : null;
  if (left?.descriptor && !left.descriptor.definite && DOCUMENTS.has(tokens[left.descriptor.last].lower)) {
    // "The town released a statement saying…": the statement's author is the one who released it.
    const verb = tokens[left.descriptor.first - 1];
    if (verb?.kind === 'word' && !verb.cap && !PREPOSITIONS.has(verb.lower)) {
      const author = sentenceSubject(s, left.descriptor.first);
      if (author) return author;
    }
  }
  if (left) return left;
  // Inversion: "“…,” said Caddell", "…about the decision, said RoseAnn DeMoro, director of…". The
  // named source then ends its clause; "said Clinton is…" or "told him…" never names the speaker.
  if (TO_LISTENER.has(cue.lemma)) return null;
  const before = tokens[cue.first - 1];
  const afterQuote = !before || isQuoteOrMark(s, cue.first - 1) || (before.text === ',' && cue.first >= 2 && isQuoteOrMark(s, cue.first - 2));
  if (!afterQuote && before.text !== ',') return null;
  const src = sourceAfter(s, cue.last + 1);
  if (!src || afterQuote) return src;
  const end = src.candidate ? src.candidate.last : src.descriptor!.last;
  const next = tokens[end + 1];
  return !next || next.kind === 'punct' || next.lower === 'of' || next.lower === 'at' ? src : null;
}

/** "“…,” X verbed." after the quotation: the source X and the verb's index, or null. */
function verbAfterQuote(s: SentenceInfo, qb: number): { src: Source; verb: number } | null {
  const { tokens } = s;
  let h = qb + 1;
  if (tokens[h]?.text === ',') h++;
  if (!tokens[qb]?.text || tokens[qb].kind !== 'quote') return null;
  const c = s.candidates.find((x) => x.first === h && !x.inQuote && isSourceKind(x) && x.kind !== 'place');
  const src: Source | null = c ? { candidate: c } : (() => {
    const d = descriptorStartingAt(s, h);
    return d ? { descriptor: d } : null;
  })();
  if (!src) return null;
  const end = src.candidate ? src.candidate.last : src.descriptor!.last;
  const verb = tokens[end + 1];
  const after = tokens[end + 2];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.lower.length < 5 || !verb.lower.endsWith('ed')) return null;
  return !after || after.kind === 'punct' ? { src, verb: end + 1 } : null;
}

/** The comma that opens an apposition closed by the comma at `k`, if the words between look like one. */
function matchingComma(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  for (let d = k - 1; d > 0 && k - d <= 30; d--) {
    if (isQuoteOrMark(s, d)) return -1;
    const t = tokens[d];
    if (t.text === ',') {
      // The subject must stand right before the apposition, which reads like one: "X, a doctor,",
      // "X, 34,", "X, speaking in Ohio,", "X, who …," — not "Tulsa, Okla., police …".
      const first = tokens[d + 1];
      const looksLike = !!first && (APPOSITION_STARTS.has(first.lower) || first.kind === 'number'
        || (first.kind === 'word' && !first.cap && first.lower.endsWith('ing')) || TITLES.has(first.lower));
      return looksLike && s.candidates.some((c) => c.last === d - 1 && !c.inQuote) ? d : -1;
    }
    if (t.kind === 'word' && cueLemma(t.lower) && !WEAK_CUES.has(cueLemma(t.lower) ?? '')) return -1;
  }
  return -1;
}

const APPOSITION_STARTS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'who', 'whose', 'which', 'one',
  'another', 'former', 'now', 'then', 'also', 'himself', 'herself', 'both', 'each', 'like']);

function candidateEndingAt(s: SentenceInfo, k: number): Candidate | undefined {
  return s.candidates.find((c) => c.last === k && !c.inQuote && isSourceKind(c));
}

function isSourceKind(c: Candidate): boolean {
  if (c.kind === 'pronoun') {
    const w = c.words[0];
    return w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'who' || w === 'i';
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

/** The source right after a cue ("said Caddell", "said 9/11 widow Terry Strada", "said a source"). */
function sourceAfter(s: SentenceInfo, k: number): Source | null {
  const { tokens } = s;
  // The name may come after words of its title or description: scan a few words, never past punctuation.
  for (let h = k; h < tokens.length && h - k < 7; h++) {
    const t = tokens[h];
    if (isQuoteOrMark(s, h)) break;
    const at = t.start;
    const c = s.candidates.find((x) => (x.first === h || x.roleSpan?.start === at) && !x.inQuote && isSourceKind(x) && x.kind !== 'place');
    if (c) return { candidate: c };
    if (h === k) {
      const d = descriptorStartingAt(s, k);
      if (d) return { descriptor: d };
    }
    if (t.kind === 'punct' && t.text !== '/' && t.text !== '-' && t.text !== '.') break;
    // Only the words of a name or a description lead to the source: "said that he…" has none.
    if (t.kind === 'word' && !t.cap && !DETERMINERS.has(t.lower) && !TITLES.has(t.lower) && !TITLE_MODIFIERS.has(t.lower)) break;
    if (t.kind === 'word' && (t.lower === 'that' || t.lower === 'this')) break;
  }
  return null;
}

/** The first mention of the sentence before the cue: the subject of its main clause. */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'to', 'with', 'for', 'of', 'by', 'after', 'during', 'than',
  'about', 'against', 'before', 'into', 'over', 'under', 'like', 'between', 'among', 'toward', 'towards', 'near',
  'since', 'until', 'via', 'per', 'as', 'behind', 'across', 'through', 'without', 'within', 'following', 'including']);

/** Whether a mention sits in a prepositional phrase ("in Salem", "with the Kremlin"): not a subject. */
function afterPreposition(s: SentenceInfo, c: Candidate): boolean {
  const { tokens } = s;
  let k = (c.roleSpan ? tokenAt(tokens, c.roleSpan.start) : c.first) - 1;
  // Walk back over the phrase's determiners, possessors and modifiers: "on MSNBC’s Morning Joe".
  while (k >= 0 && (tokens[k].kind === 'possessive' || (tokens[k].kind === 'word' && !PREPOSITIONS.has(tokens[k].lower)
    && (DETERMINERS.has(tokens[k].lower) || tokens[k].cap || (k > 0 && PREPOSITIONS.has(tokens[k - 1].lower)))))) k--;
  return k >= 0 && tokens[k].kind === 'word' && PREPOSITIONS.has(tokens[k].lower);
}

// Words that open an introductory phrase ("Speaking in Salem, Trump said…", "As Trump spoke, …").
const INTRODUCERS = new Set(['as', 'after', 'before', 'while', 'when', 'since', 'although', 'though', 'if', 'because',
  'in', 'at', 'on', 'during', 'following', 'despite', 'unlike', 'like', 'with', 'for', 'from', 'amid', 'asked',
  'earlier', 'later', 'last', 'speaking', 'appearing', 'writing', 'addressing', 'responding', 'according']);

/** Token index where the main clause starts: after an introductory phrase closed by a comma. */
function mainClauseStart(s: SentenceInfo): number {
  const { tokens } = s;
  let k = 0;
  while (k < tokens.length && tokens[k].kind !== 'word') k++;
  const first = tokens[k];
  if (!first || !(INTRODUCERS.has(first.lower) || first.lower.endsWith('ing'))) return 0;
  for (let c = k + 1; c < tokens.length && c - k < 60; c++) {
    // The phrase may hold a quotation: "After saying it was “so swollen,” she…".
    if (isQuoteOrMark(s, c) && !(tokens[c].kind === 'quote' && tokens[c + 1]?.text === ',')) continue;
    if (tokens[c].text === ',' || (tokens[c].kind === 'quote' && tokens[c - 1]?.text === ',')) {
      // "Speaking in Salem, New Hampshire, Trump said": a place's state after a comma is part of the phrase.
      const next = s.candidates.find((x) => x.first === c + 1);
      if (next?.kind === 'place' && tokens[next.last + 1]?.text === ',') return next.last + 2;
      return c + 1;
    }
  }
  return 0;
}

/** The subject of the sentence's main clause: its first mention outside quotes and prepositional phrases. */
function sentenceSubject(s: SentenceInfo, before: number): Source | null {
  const { tokens } = s;
  const from = mainClauseStart(s);
  for (const x of s.candidates) {
    if (x.first >= before) break;
    if (x.first < from || x.inQuote || !isSourceKind(x) || x.kind === 'place') continue;
    if ((x.kind === 'unknown' && x.initial && !x.entity) || afterPreposition(s, x)) continue;
    if (tokens[x.last + 1]?.kind === 'possessive') {
      // "Hillary Clinton’s right-hand woman rallied…": the possessor is not the subject, the phrase is.
      const d = possessedHead(s, x.last + 2);
      if (d >= 0) return { descriptor: { first: x.roleSpan ? tokenAt(tokens, x.roleSpan.start) : x.first, last: d, definite: true } };
      continue;
    }
    return { candidate: x };
  }
  const d = descriptorStartingAt(s, from);
  return d && d.first < before ? { descriptor: d } : null;
}

/**
 * "After saying her foot was “so swollen…,” she was rushed…": when the cue opens an introductory
 * phrase, its subject is the main clause's, which comes after the quotation.
 */
function subjectAfterIntro(s: SentenceInfo, cue: Cue, qb: number): Source | null {
  const { tokens } = s;
  let k = 0;
  while (k < tokens.length && tokens[k].kind !== 'word') k++;
  const opener = tokens[k];
  if (!opener || !(k === cue.first || (INTRODUCERS.has(opener.lower) && cue.first <= k + 2))) return null;
  const c = s.candidates.find((x) => x.first > qb && !x.inQuote && isSourceKind(x) && x.kind !== 'place' && x.kind !== 'unknown');
  return c ? { candidate: c } : null;
}

/** The head noun of a possessed phrase starting at k ("right-hand woman", "chief spokesman"), or -1. */
function possessedHead(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  let head = -1;
  for (let h = k; h < tokens.length && h - k < 4; h++) {
    const t = tokens[h];
    if (t.kind !== 'word' || s.inQuote[h]) break;
    if (isSourceNoun(t.lower)) head = h;
    else if (head >= 0 || cueLemma(t.lower)) break;
  }
  return head;
}

function isWordToken(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'number');
}

/** Nouns that can head the description of a source: "a source", "the New York businessman", "the 46-year-old". */
function isSourceNoun(lower: string): boolean {
  return SOURCE_NOUNS.has(lower) || TITLES.has(lower) || (lower.endsWith('-year-old') && lower.length < 16);
}

function isModifier(t: Token): boolean {
  return (t.kind === 'word' || t.kind === 'number' || t.kind === 'possessive') && !cueLemma(t.lower) && !CUE_ADVERBS.has(t.lower)
    && !PREPOSITIONS.has(t.lower) && t.lower !== 'and' && t.lower !== 'or' && t.lower !== 'but';
}

/** "a source", "one Trump campaign source", "the statement": an unnamed source ending at k. */
function descriptorEndingAt(s: SentenceInfo, k: number): { first: number; last: number; definite: boolean } | null {
  const { tokens } = s;
  // "the 34-year-old mother of three": the head comes before its "of" complement.
  if (tokens[k - 1]?.lower === 'of' && k >= 2 && tokens[k - 2].kind === 'word' && isSourceNoun(tokens[k - 2].lower)
    && (tokens[k].kind === 'number' || (tokens[k].kind === 'word' && !tokens[k].cap))) {
    const inner = descriptorEndingAt(s, k - 2);
    return inner ? { ...inner, last: k } : null;
  }
  const head = tokens[k];
  if (!head || head.kind !== 'word' || !isSourceNoun(head.lower)) return null;
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
  // "read one.", "said another": the quantifier alone stands for the source.
  if (SOURCE_NOUNS.has(det.lower) && !isWordToken(tokens[k + 1])) return { first: k, last: k, definite: false };
  if (DETERMINERS.has(det.lower)) a++;
  for (let h = a; h < tokens.length && h - a < 5; h++) {
    const t = tokens[h];
    if (isQuoteOrMark(s, h)) return null;
    // The head noun first: "the ruling" is a source even though "ruling" can be a verb.
    if (t.kind === 'word' && isSourceNoun(t.lower)) {
      // The head is the last noun of the phrase: "a campaign official" not "a campaign".
      let e = h;
      while (tokens[e + 1] && tokens[e + 1].kind === 'word' && isSourceNoun(tokens[e + 1].lower)) e++;
      return { first: k, last: e, definite };
    }
    if (!isModifier(t)) return null;
  }
  return null;
}

interface Resolved {
  readonly entity: string;
  readonly span: Span;
  readonly certainty: number;
}

/** Turns a source into an entity: names to people, pronouns and titles by coreference, descriptions to unnamed sources. */
function resolveSource(input: AttributionInput, salience: Salience, s: SentenceInfo, src: Source): Resolved | null {
  const { registry } = input;
  const { tokens } = s;
  if (src.descriptor) {
    const { first, last, definite } = src.descriptor;
    const span = { start: tokens[first].start, end: tokens[last].end };
    const words = tokens.slice(first, last + 1).map((t) => t.text);
    // "the Vermont senator", "the New York businessman": an office holder the article may have named.
    if (definite && TITLES.has(tokens[last].lower)) {
      const words2 = tokens.slice(first, last + 1).filter((t) => t.kind === 'word').map((t) => t.lower);
      const holder = salience.resolveTitle({ words: words2, sentence: s.index } as Candidate);
      if (holder) {
        registry.mention(holder, span, 'title');
        return { entity: holder, span, certainty: 0.8 };
      }
    }
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
        id = c.words[0] === 'i' || c.words[0] === 'we' ? registry.writer(c)
          : salience.resolvePronoun(c) ?? unnamedAntecedent(input, c);
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
 * A "he" or "she" with no known person before it most likely means the last capitalised
 * name of two or three words that the article did not recognise as a person ("Rakeyia Scott
 * can be heard…"): it becomes one.
 */
function unnamedAntecedent(input: AttributionInput, c: Candidate): string | undefined {
  const w = c.words[0];
  if (w !== 'he' && w !== 'she') return undefined;
  for (let si = c.sentence; si >= 0 && c.sentence - si <= 3; si--) {
    const cands = input.sentences[si].candidates;
    for (let k = cands.length - 1; k >= 0; k--) {
      const x = cands[k];
      if (si === c.sentence && x.start >= c.start) continue;
      if (x.inQuote || x.kind !== 'unknown' || x.words.length < 2 || x.words.length > 3) continue;
      return input.registry.addPerson(x);
    }
  }
  return undefined;
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
  const r = resolveSource(input, salience, prev, src);
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
