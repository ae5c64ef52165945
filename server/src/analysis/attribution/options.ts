// The sources a quotation may have, each described by features a ranker weighs: every mention in
// the quote's sentence and the two before it (names, titles, pronouns, descriptions of unnamed
// sources), the previous quote's speaker carrying on, or nobody. Features say where a mention
// stands and what the sentence does with it (the subject of a speech cue, its listener, inside a
// prepositional phrase), never which word or name it is: what is learnt carries over to news the
// weights never saw.
import type { Span, QuoteKind } from '../model';
import type { Salience } from '../people/coreference';
import type { Candidate } from '../people/mentions';
import type { AttributionInput, Cue, SentenceInfo, Source } from './context';
import { bestCue, findCues, heardNear, heardQuote } from './cues';
import { peekSource } from './resolve';
import { afterPreposition, findSource, isSourceKind, sentenceSubject, sourceSpan } from './sources';
import { TO_LISTENER } from '../lexicon/cues';
import { cueLemma } from '../lexicon/cues';
import { DETERMINERS } from '../lexicon/grammar';

/** The features of an option, in the order of the weights. */
export const FEATURES = [
  // What the option is.
  'mention',
  'descriptor',
  'continuation',
  'none',
  // The mention's form.
  'name',
  'surname',
  'title',
  'pronoun',
  'organisation',
  'unknownName',
  // Where it stands.
  'sameSentence',
  'previousSentence',
  'twoBefore',
  'nextSentence',
  'otherParagraph',
  'beforeQuote',
  'afterQuote',
  'tokenDistance',
  // What its sentence does with it.
  'cueSource',
  'bestCueSource',
  'bestCueAfterQuote',
  'subject',
  'listener',
  'afterPreposition',
  'possessive',
  // What it stands for.
  'previousSpeaker',
  'reportedSpeaker',
  'spokeBefore',
  'newEntity',
  'person',
  'group',
  'mentions',
  // The quote.
  'partialSubject',
  'partialBestCue',
  // Carrying on the previous speaker.
  'continuationSameParagraph',
  'continuationNextParagraph',
  'continuationParagraphStart',
  'continuationNoCue',
  'continuationPartial',
  // Nobody.
  'nonePartial',
  'noneNoCue',
  // The hand rules' choice.
  'rule',
  'ruleCue',
  'ruleAccording',
  'ruleColon',
  'ruleDash',
  'ruleSubject',
  'ruleContinuation',
  'ruleNearest',
] as const;

export type Feature = (typeof FEATURES)[number];
const INDEX = new Map<Feature, number>(FEATURES.map((f, i) => [f, i]));

/**
 * An option's feature values, in the order of FEATURES. A plain array: a quote has a handful of
 * options, and a small typed array costs ten times as much to make (its own backing store).
 */
export type FeatureVector = number[];

/**
 * FEATURES.length zeros, held as doubles: a copy of it takes the distances and log-odds an option
 * is given without V8 moving its elements to a double store (a filled array of small integers
 * did, and cost three times as much to make).
 */
const ZEROS: readonly number[] = new Array<number>(FEATURES.length).fill(0.5).fill(0);

/** A vector of FEATURES.length zeros. */
export const noFeatures = (): FeatureVector => ZEROS.slice();

export type OptionKind = 'mention' | 'descriptor' | 'continuation' | 'none';

export interface SourceOption {
  readonly kind: OptionKind;
  /** The sentence the mention or description stands in. */
  readonly sentence: SentenceInfo | null;
  readonly source: Source | null;
  /** The entity it stands for, found without changing anything; null for none, or an entity yet to be made. */
  readonly entity: string | null;
  readonly span: Span | null;
  readonly x: FeatureVector;
}

/** The previous quote's speaker, as attribution keeps it. */
export interface PreviousSpeaker {
  readonly entity: string | null;
  readonly paragraph: number;
  readonly sentence: number;
  /**
   * Who made the latest reported statement since that quote, if anyone: "Cerato said she has
   * defied the odds. ¶ “I feel like…”" goes on with her, not with the speaker of the quote before.
   */
  readonly reported?: string | null;
}

/** What the hand rules chose for the quote, to be weighed as one more feature. */
export interface RuleChoice {
  readonly method: string;
  readonly source: Span | null;
  readonly entity: string | null;
}

export interface OptionQuote {
  readonly s: SentenceInfo;
  readonly start: number;
  /** First and last token of the quote in its sentence. */
  readonly qa: number;
  readonly qb: number;
  readonly kind: QuoteKind;
  readonly firstParagraph: number;
}

function set(x: FeatureVector, f: Feature, v = 1): void {
  x[INDEX.get(f)!] = v;
}

/** How far from a quote, in tokens, a mention may stand and still be weighed (a subject always is). */
const WINDOW = 60;

/** A source's identity within its sentence. */
export function sourceKey(src: Source): string {
  const c = src.candidate;
  return c ? `c${c.first}:${c.last}` : `d${src.descriptor!.first}:${src.descriptor!.last}`;
}

/** The sentence's cue sources, worked out once for it: a sentence may hold thousands of cues. */
export function cueSources(si: SentenceInfo): Map<string, { readonly cue: Cue; readonly source: Source }> {
  let m = si.memo.cueSources;
  if (!m) {
    m = new Map();
    for (const cue of findCues(si)) {
      const f = findSource(si, cue);
      if (f && !m.has(sourceKey(f))) m.set(sourceKey(f), { cue, source: f });
    }
    si.memo.cueSources = m;
  }
  return m;
}

/** The subject of the whole sentence, worked out once for it. */
function wholeSubject(si: SentenceInfo): Source | null {
  if (si.memo.subject === undefined) si.memo.subject = sentenceSubject(si, si.tokens.length);
  return si.memo.subject;
}

function sameSource(a: Source, b: Source): boolean {
  if (a.candidate || b.candidate) return a.candidate === b.candidate;
  return (
    !!a.descriptor &&
    !!b.descriptor &&
    a.descriptor.first === b.descriptor.first &&
    a.descriptor.last === b.descriptor.last
  );
}

/** The token ranges of the descriptions a sentence's cues or its subject rest on, worked out once for it. */
function describedWords(si: SentenceInfo): ReadonlySet<string> {
  let out = si.memo.described;
  if (!out) {
    const found = new Set<string>();
    for (const { source } of cueSources(si).values())
      if (source.descriptor) found.add(`${source.descriptor.first}:${source.descriptor.last}`);
    const subject = wholeSubject(si);
    if (subject?.descriptor) found.add(`${subject.descriptor.first}:${subject.descriptor.last}`);
    si.memo.described = out = found;
  }
  return out;
}

/** Whether the word before a mention (past determiners) is a verb whose object is a listener: "told Putin", "asked the minister". */
function listenerOf(s: SentenceInfo, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && DETERMINERS.has(s.tokens[k].lower)) k--;
  const t = s.tokens[k];
  const lemma = t && t.kind === 'word' ? cueLemma(t.lower) : undefined;
  return lemma !== undefined && TO_LISTENER.has(lemma);
}

/** The sources a quote may have: its options, with their features. */
export function sourceOptions(
  input: AttributionInput,
  salience: Salience,
  quote: OptionQuote,
  cues: readonly Cue[],
  previous: PreviousSpeaker | null,
  spoke: ReadonlySet<string>,
  rule: RuleChoice,
): SourceOption[] {
  const { s, qa, qb, kind } = quote;
  const best = bestCue(s, cues, qa, qb, kind);
  const bestSource = best ? findSource(s, best) : null;
  const paragraphStart = input.paragraphs[s.paragraph].start;
  const startsParagraph = quote.start <= paragraphStart + 1;
  const out: SourceOption[] = [];
  const seen = new Set<string>();

  const add = (si: SentenceInfo, src: Source): void => {
    const span = sourceSpan(si, src);
    if (!span) return;
    // The subject of a passive verb of speech heard the words: "Residents are advised to “…”".
    const at = src.candidate ?? src.descriptor!;
    if (si === s && heardQuote(si.tokens, at.first, at.last, qa, qb)) return;
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const peeked = peekSource(input, salience, si, src);
    if (!peeked) return;
    const x = noFeatures();
    const c = src.candidate;
    set(x, c ? 'mention' : 'descriptor');
    if (c) {
      if (c.kind === 'pronoun') set(x, 'pronoun');
      else if (c.kind === 'title') set(x, 'title');
      else if (c.kind === 'organisation' || c.kind === 'place') set(x, 'organisation');
      else if (c.kind === 'person') set(x, c.words.length >= 2 ? 'name' : 'surname');
      else set(x, c.words.length >= 2 ? 'unknownName' : 'surname');
    }
    const d = si.index - s.index;
    if (d === 0) set(x, 'sameSentence');
    else if (d === -1) set(x, 'previousSentence');
    else if (d === -2) set(x, 'twoBefore');
    else set(x, 'nextSentence');
    if (si.paragraph !== s.paragraph) set(x, 'otherParagraph');
    const first = c ? c.first : src.descriptor!.first;
    const last = c ? c.last : src.descriptor!.last;
    if (d === 0) {
      if (last < qa) set(x, 'beforeQuote');
      if (first > qb) set(x, 'afterQuote');
      set(x, 'tokenDistance', Math.log1p(last < qa ? qa - last : first > qb ? first - qb : 0));
    }
    if (cueSources(si).has(sourceKey(src))) set(x, 'cueSource');
    if (d === 0 && bestSource && sameSource(bestSource, src)) {
      set(x, 'bestCueSource');
      if (best && best.first > qb) set(x, 'bestCueAfterQuote');
      if (kind === 'partial') set(x, 'partialBestCue');
    }
    const subject = wholeSubject(si);
    if (subject && sameSource(subject, src)) {
      set(x, 'subject');
      if (d === 0 && kind === 'partial') set(x, 'partialSubject');
    }
    if (listenerOf(si, c?.roleSpan ? first - 1 : first)) set(x, 'listener');
    if (c && afterPreposition(si, c)) set(x, 'afterPreposition');
    if (si.tokens[last + 1]?.kind === 'possessive') set(x, 'possessive');
    addEntity(x, input, peeked.entity, c, previous, spoke);
    if (rule.source && rule.source.start === span.start && rule.source.end === span.end) addRule(x, rule.method);
    out.push({ kind: c ? 'mention' : 'descriptor', sentence: si, source: src, entity: peeked.entity, span, x });
  };

  // Words only a passive verb of speech reports ("“…,” drivers were told") are someone's, unnamed (or
  // the speaker's carrying on), not a mention's nearby.
  const unnamed = cues.length === 0 && heardNear(s.tokens, qa, qb);
  for (let si = Math.max(0, s.index - 2); !unnamed && si <= s.index + 1 && si < input.sentences.length; si++) {
    const sentence = input.sentences[si];
    if (si > s.index && sentence.paragraph !== s.paragraph) break;
    if (input.skipParagraphs.has(sentence.paragraph)) continue;
    const subject = wholeSubject(sentence);
    // Tokens from the quote to a mention, across the sentences between.
    const distance = (first: number, last: number): number =>
      si === s.index
        ? last < qa
          ? qa - last
          : Math.max(0, first - qb)
        : si < s.index
          ? sentence.tokens.length - last + qa
          : s.tokens.length - qb + first;
    const near = (src: Source): boolean => {
      const f = src.candidate ?? src.descriptor!;
      return distance(f.first, f.last) <= WINDOW || (!!subject && sameSource(subject, src));
    };
    for (const c of sentence.candidates) {
      if (c.inQuote || !isSourceKind(c) || !near({ candidate: c })) continue;
      // A sentence-initial capitalised word ("Aides say") is a candidate of its own, no one's yet: where
      // a cue or the sentence rests on a description of the same words, the description stands for it.
      if (c.kind === 'unknown' && !c.entity && describedWords(sentence).has(`${c.first}:${c.last}`)) continue;
      if (c.kind === 'place' && !(si === s.index && bestSource?.candidate === c)) continue;
      // A mention after the quote's sentence can only be a name: the pronouns there are not resolved yet.
      if (si > s.index && c.kind !== 'person' && c.kind !== 'unknown') continue;
      add(sentence, { candidate: c });
    }
    for (const { source } of cueSources(sentence).values())
      if (source.descriptor && near(source)) add(sentence, source);
    if (subject?.descriptor) add(sentence, subject);
  }
  if (bestSource?.descriptor) add(s, bestSource);

  if (previous?.entity) {
    const x = noFeatures();
    set(x, 'continuation');
    if (previous.paragraph === s.paragraph) set(x, 'continuationSameParagraph');
    else if (previous.paragraph === s.paragraph - 1) set(x, 'continuationNextParagraph');
    if (startsParagraph) set(x, 'continuationParagraphStart');
    if (cues.length === 0) set(x, 'continuationNoCue');
    if (kind === 'partial') set(x, 'continuationPartial');
    addEntity(x, input, previous.entity, null, previous, spoke);
    if ((rule.method === 'continuation' || rule.method === 'nearest') && rule.entity === previous.entity)
      addRule(x, rule.method);
    out.push({ kind: 'continuation', sentence: null, source: null, entity: previous.entity, span: null, x });
  }

  const none = noFeatures();
  set(none, 'none');
  if (kind === 'partial') set(none, 'nonePartial');
  if (cues.length === 0) set(none, 'noneNoCue');
  if (rule.method === 'none') addRule(none, 'none');
  out.push({ kind: 'none', sentence: null, source: null, entity: null, span: null, x: none });
  return out;
}

function addEntity(
  x: FeatureVector,
  input: AttributionInput,
  entity: string | null,
  c: Candidate | undefined | null,
  previous: PreviousSpeaker | null,
  spoke: ReadonlySet<string>,
): void {
  if (!entity) {
    set(x, 'newEntity');
    if (c && (c.kind === 'person' || c.kind === 'unknown')) set(x, 'person');
    return;
  }
  const e = input.registry.get(entity);
  if (previous?.entity === entity) set(x, 'previousSpeaker');
  else if (previous?.reported === entity) set(x, 'reportedSpeaker');
  if (spoke.has(entity)) set(x, 'spokeBefore');
  if (e?.kind === 'person') set(x, 'person');
  if (e?.kind === 'group') set(x, 'group');
  set(x, 'mentions', Math.log1p(e?.mentions.length ?? 0));
}

const RULE_FEATURES: Record<string, Feature> = {
  cue: 'ruleCue',
  according: 'ruleAccording',
  colon: 'ruleColon',
  dash: 'ruleDash',
  subject: 'ruleSubject',
  continuation: 'ruleContinuation',
  nearest: 'ruleNearest',
};

function addRule(x: FeatureVector, method: string): void {
  set(x, 'rule');
  const f = RULE_FEATURES[method];
  if (f) set(x, f);
}
