// Credits each quotation to a speaker: finds the speech cue of its sentence ("said", "told
// reporters", "according to"), the mention the cue rests on (before it: "Putin said"; after
// it: "said Caddell"; across an apposition: "Hill, a doctor, said"), and resolves that mention
// to an entity. Quotes without a cue continue the previous speaker or follow a colon intro.
import { type AttributionInput, type QuoteLayout, type SentenceInfo, sentenceOf, tokenAt } from './context';
import { Salience } from '../people/coreference';
import { bestCue, type Cue, findCues, heardNear, heardQuote, rankCues } from './cues';
import type { EntityRegistry } from '../people/entities';
import type { Candidate } from '../people/mentions';
import type { AttributionMethod, Quote, QuoteKind, Span } from '../model';
import type { Quotation } from '../text/quotations';
import { cueSources, FEATURES, type SourceOption, sourceKey, sourceOptions } from './options';
import { bestOption, calibrated, rank } from './ranker';
import { reportedSpeech } from './reported';
import { embeddedPosts } from './embeds';
import { boundCue, isTerm, termFeatures, termQuote } from './terms';
import { markFamily, wideMarkAt } from '../text/quoteMarks';
import { peekSource, placeWordSurname, resolveSource } from './resolve';
import { AUXILIARIES, CONNECTIVES, POSSESSIVE_PRONOUNS, PREPOSITIONS } from '../lexicon/grammar';
import { headingStyle } from '../text/sections';
import { pluralApostrophe, type Token } from '../text/tokens';
import {
  findSource,
  candidatesJustAfter,
  hasSource,
  inTitleOf,
  participleAfterComma,
  sentenceSubject,
  type Source,
  sourceAfter,
  sourceEndingAt,
  sourceSpan,
  subjectAfterIntro,
  verbAfterQuote,
} from './sources';
import { cueLemma, reportsOwnWords, WEAK_CUES, WORK_WORDS } from '../lexicon/cues';

/** The speaker of the latest quotation, or its unresolved source ("she" with no name before it). */
interface LastSpeaker {
  readonly entity: string | null;
  readonly source: Span | null;
  readonly paragraph: number;
  readonly sentence: number;
  /** Whether the editor set this speaker by hand: then a continuation follows them, whatever the ranker weighs. */
  readonly byEditor: boolean;
  /** Who made the latest reported statement since (a feature of the ranker's, options.ts). */
  readonly reported?: string | null;
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
  // Who has been credited with a quote so far.
  const spoke = new Set<string>();
  for (const s of sentences) {
    const cues = findCues(s);
    // A headline, a heading, a caption or a "WATCH: …" link names people, but nobody a later
    // "he" or "she" of the story stands for.
    const body = !input.skipParagraphs.has(s.paragraph);
    resolveMentions(s, cues, registry, salience, body);
    if (!body) continue;
    const qs = bySentence.get(s.index) ?? [];
    const used = new Set<number>();
    const byPartial = new Set<number>();
    for (const q of qs) {
      const fix = input.corrections.get(q.start);
      if (fix?.correction.kind === 'notAQuote') continue;
      const found = attributeOne(input, s, q, cues, salience, lastSpeaker, spoke);
      const quote =
        found && fix?.correction.kind === 'setSpeaker' ? byEditor(input, found, fix.correction.speaker) : found;
      // An unclosed quote nobody says may be a stray mark (it stays, for the editor to flag):
      // the quotes inside it still count.
      if (q.unclosed && !quote?.speaker) {
        for (const n of innerQuotations(input.text, q)) {
          const inner = attributeOne(input, s, n, cues, salience, lastSpeaker, spoke);
          if (inner) quotes.push(inner);
        }
      }
      if (!quote) continue;
      quotes.push(quote);
      if (quote.speaker) spoke.add(quote.speaker);
      // A partial quote's cue may report a statement apart from it: "said A, and called him “…”".
      if (quote.cue) (quote.kind === 'partial' ? byPartial : used).add(tokenAt(s.tokens, quote.cue.start));
      if (quote.speaker) {
        salience.note(quote.speaker, s.index, true, true);
        lastSpeaker = {
          entity: quote.speaker,
          source: quote.source,
          paragraph: q.lastParagraph,
          sentence: s.index,
          byEditor: quote.method === 'editor',
        };
      } else if (quote.source) {
        lastSpeaker = {
          entity: null,
          source: quote.source,
          paragraph: q.lastParagraph,
          sentence: s.index,
          byEditor: false,
        };
      }
    }
    for (const r of reportedSpeech(input, s, cues, used, byPartial, salience)) {
      quotes.push(r);
      if (!r.speaker) continue;
      salience.note(r.speaker, s.index, true, false);
      if (lastSpeaker) lastSpeaker = { ...lastSpeaker, reported: r.speaker };
    }
  }
  // A post's text is its author's statement as a whole: reports read inside it give way.
  const posts = embeddedPosts(input, salience);
  const all = posts.length
    ? [
        ...quotes.filter((q) => q.kind !== 'indirect' || !posts.some((p) => p.firstParagraph === q.firstParagraph)),
        ...posts,
      ]
    : quotes;
  // Numbered in text order, once every quote is found.
  return all.sort((a, b) => a.start - b.start || b.end - a.end).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/** "Set speaker…": the editor's choice replaces the analysis's, and later quotes follow it. */
function byEditor(input: AttributionInput, quote: Quote, name: string): Quote {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return quote;
  const lower = name.trim().toLowerCase();
  const { registry } = input;
  const known =
    registry.all().find((e) => e.name.toLowerCase() === lower)?.id ??
    registry.findFullName(words) ??
    (words.length === 1 ? registry.findPerson(words[0], quote.start) : undefined);
  const id =
    known ?? registry.addPerson({ words, start: quote.start, end: quote.start, gender: null, role: null }, false);
  // The mention the analysis credited names someone else now: it is no longer the quote's source.
  const source = quote.speaker === id ? quote.source : null;
  // A term the editor credits to someone is a quote after all.
  const kind = quote.kind === 'term' ? 'partial' : quote.kind;
  return { ...quote, kind, speaker: id, method: 'editor', confidence: 1, source };
}

/** The outermost quotations nested in `q`, as quotations of their own. */
function innerQuotations(text: string, q: Quotation): Quotation[] {
  const out: Quotation[] = [];
  // Nested spans come as their closing marks do, so an earlier one is inside a later one or before
  // it, and none can hold a later one: checked in one pass (the list may be long), and only
  // otherwise is each compared with those kept.
  const closingOrder = q.nested.every((n, k) => {
    const p = q.nested[k - 1];
    return !p || (n.end > p.end && (n.start >= p.end || n.start <= p.start));
  });
  for (const n of q.nested) {
    if (!closingOrder && out.some((o) => o.start <= n.start && n.end <= o.end)) continue;
    const w = wideMarkAt(text, n.start) || 1;
    const cw = wideMarkAt(text, n.end - 2) === 2 ? 2 : 1;
    out.push({
      start: n.start,
      end: n.end,
      content: { start: n.start + w, end: n.end - cw },
      marks: [
        { start: n.start, end: n.start + w },
        { start: n.end - cw, end: n.end },
      ],
      unclosed: false,
      firstParagraph: q.firstParagraph,
      lastParagraph: q.firstParagraph,
      nested: [],
      single: markFamily(text.charCodeAt(n.start)) === 'single' && w === 1,
    });
  }
  return out;
}

/**
 * Resolves the sentence's mentions in token order, so a pronoun can find a name said
 * earlier in the same sentence. Names in the writer's text feed salience; names inside
 * quotes are mentions too, but the speaker's pronouns ("I", "he" in a quote) are not resolved.
 */
/** Gives the sentence's mentions their entities, and notes them in `salience` when `note` says so. */
function resolveMentions(
  s: SentenceInfo,
  cues: Cue[],
  registry: EntityRegistry,
  salience: Salience,
  note: boolean,
): void {
  const firstCue = cues.length ? cues[0].first : Infinity;
  let subjectTaken = false;
  for (const c of s.candidates) {
    let id = c.entity;
    if (c.kind === 'pronoun') {
      if (c.inQuote) continue;
      id = c.antecedent
        ? c.antecedent.entity
        : (reportingSubject(s, c, registry) ?? salience.resolvePronoun(c, comparedWith(s, c)));
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
    } else if (!id && c.kind === 'place' && !c.inQuote && beforeItsVerb(s, c)) {
      // "Cuban seemed to rely on…" after "Mark Cuban": as a source (resolve.ts), so as a subject.
      id = placeWordSurname(registry, c);
      if (id) {
        c.entity = id;
        registry.mention(id, c, 'surname');
      }
    }
    if (!id || c.inQuote || !note) continue;
    // "Her neighbour, Rick Stahl, disagreed": a possessive opens the subject, it is not it; nor does
    // a body in a person's title ("Celtics coach Joe Mazzulla praised…": Mazzulla is the subject).
    const subject =
      !subjectTaken &&
      c.first < firstCue &&
      !inPrepositionalPhrase(s, c) &&
      !possessiveDeterminer(s, c) &&
      !possessor(s, c) &&
      !inTitleOf(s, c);
    if (subject) subjectTaken = true;
    salience.note(id, s.index, subject);
  }
}

/**
 * Whether a mention stands as a subject before its verb ("Cuban seemed", "Cuban's"), not as an
 * adjective before a noun ("Cuban officials").
 */
function beforeItsVerb(s: SentenceInfo, c: Candidate): boolean {
  const next = s.tokens[c.last + 1];
  if (!next) return false;
  if (next.kind === 'possessive') return true;
  return (
    next.kind === 'word' &&
    !next.cap &&
    (AUXILIARIES.has(next.lower) || next.lower.endsWith('ed') || cueLemma(next.lower) !== undefined)
  );
}

/**
 * The entities of a comparison that opens the sentence before a pronoun subject, whom the pronoun
 * is set against: "Unlike Al Mnajer, he has been unable to find work", "Like his father, he…".
 */
function comparedWith(s: SentenceInfo, c: Candidate): ReadonlySet<string> | undefined {
  const { tokens } = s;
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first < 0 || first >= c.first || (tokens[first].lower !== 'unlike' && tokens[first].lower !== 'like')) return;
  if (tokens[c.first - 1]?.text !== ',') return;
  const out = new Set<string>();
  // Not a pronoun there: "Like his father, he…" is the son "his" stands for.
  for (const o of s.candidates)
    if (o.entity && o.kind !== 'pronoun' && o.first > first && o.last < c.first) out.add(o.entity);
  return out;
}

/**
 * A name in the possessive opens the subject without being it when a name in apposition follows:
 * "Sanders' campaign manager, Jeff Weaver, defended him".
 */
function possessor(s: SentenceInfo, c: Candidate): boolean {
  const possessive = s.tokens[c.last + 1]?.kind === 'possessive' || pluralApostrophe(s.tokens, c.last + 1);
  // Only before the name it describes: "Oz's dubious advice earned him…" leaves Oz the subject.
  return (
    possessive &&
    candidatesJustAfter(s, c, 6).some((o) => o.kind === 'person' && !o.inQuote) &&
    s.tokens.slice(c.last + 2, c.last + 7).some((t) => t.text === ',')
  );
}

/** A pronoun that is a possessive before its noun: "his aide", "her neighbour" (not "told her"). */
function possessiveDeterminer(s: SentenceInfo, c: Candidate): boolean {
  const next = s.tokens[c.last + 1];
  return c.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(c.words[0]) && next?.kind === 'word' && !next.cap;
}

/**
 * A name governed by a preposition a few words before it is no subject: "Director at cybersecurity
 * firm Symantec, Kevin Haley, agreed" — Haley is.
 */
function inPrepositionalPhrase(s: SentenceInfo, c: Candidate): boolean {
  for (let k = c.first - 1; k >= 0 && k >= c.first - 4; k--) {
    const t = s.tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    if (PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Doe said she…", "Doe says that he…": the subject of the verb that reports stands for the
 * pronoun that opens what is reported, whatever gender her first name suggests; the pronoun then
 * tells that gender, so later pronouns find her.
 */
function reportingSubject(s: SentenceInfo, c: Candidate, registry: EntityRegistry): string | undefined {
  const gender = c.words[0] === 'she' ? 'female' : c.words[0] === 'he' ? 'male' : null;
  if (!gender) return undefined;
  let cue = c.first - 1;
  if (s.tokens[cue]?.lower === 'that') cue--;
  const verb = s.tokens[cue];
  if (cue < 1 || verb.kind !== 'word' || s.inQuote[cue] || !reportsOwnWords(verb.lower)) return undefined;
  // A name, not a title or description: "the judge said he" tells nothing of whom the title was taken for.
  const subject = s.candidates.find(
    (o) => o.last === cue - 1 && o.entity && !o.inQuote && (o.kind === 'person' || o.kind === 'unknown'),
  );
  if (!subject?.entity || registry.get(subject.entity)?.kind !== 'person') return undefined;
  return registry.tellGender(subject.entity, gender) ? subject.entity : undefined;
}

function quoteTokens(s: SentenceInfo, q: Quotation): [number, number] {
  const a = tokenAt(s.tokens, Math.max(q.start, s.start));
  let b = tokenAt(s.tokens, Math.min(q.end, s.end) - 1);
  if (b >= s.tokens.length) b = s.tokens.length - 1;
  return [a, b];
}

/**
 * An unclosed quotation that ends with its own attribution (`"We will win, Holt told the crowd.`):
 * the words after its last comma are read as the writer's.
 */
function tailAttribution(input: AttributionInput, s: SentenceInfo, q: Quotation, salience: Salience): Credit | null {
  const { tokens } = s;
  let comma = -1;
  for (let k = tokens.length - 1; k >= 0 && tokens[k].start >= q.start; k--)
    if (tokens[k].text === ',') {
      comma = k;
      break;
    }
  if (comma < 0 || tokens.length - comma > 12) return null;
  // Read the tail as outside the quotation.
  const outside = new Uint8Array(s.inQuote);
  outside.fill(0, comma + 1);
  const tail: SentenceInfo = {
    ...s,
    inQuote: outside,
    candidates: s.candidates.map((c) => (c.first > comma ? { ...c, inQuote: false } : c)),
    memo: {},
    local: {},
  };
  const cues = findCues(tail).filter((c) => c.first > comma && !WEAK_CUES.has(c.lemma));
  for (const cue of cues) {
    const src = findSource(tail, cue);
    if (!src) continue;
    return credit(
      input,
      salience,
      tail,
      src,
      { start: tokens[cue.first].start, end: tokens[cue.last].end },
      'cue',
      0.6,
    );
  }
  return null;
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
  // Without its closing punctuation, trimmed by hand: a regular expression anchored at the end
  // tries every start in a run of such characters, their count squared.
  let contentEnd = q.content.end;
  while (contentEnd > q.content.start && CLOSING_PUNCTUATION.test(text[contentEnd - 1])) contentEnd--;
  const content = text.slice(q.content.start, contentEnd);
  const words = content.split(/\s+/).filter(Boolean);
  // A nickname inside a name: Rep. Robert C. "Bobby" Scott.
  let next = tokenAt(tokens, q.end);
  if (next < tokens.length && tokens[next].start < q.end) next++;
  const after = tokens[next];
  if (words.length === 1 && prev?.cap && after?.kind === 'word' && after.cap) return true;
  // “Sunday Morning Futures,” “Gang of Eight”: a capitalised title, not someone's words — unless a
  // cue makes it someone's ("Clinton cited his names for her, “Miss Piggy”"). After a possessive or
  // a word for a work ("MSNBC’s “Morning Joe”", "the documentary “13th”") it is a title even so.
  const titleCase =
    words.length >= 1 && words.length <= 8 && headingStyle(content) === 'title' && !/[.!?]/.test(content);
  if (!titleCase) return false;
  if (prev && (prev.kind === 'possessive' || WORK_WORDS.has(prev.lower))) return true;
  return cues.length === 0 && words.length >= 2;
}

const RULE = FEATURES.indexOf('rule');

const CLOSING_PUNCTUATION = /^[\s,.;:!?…]$/u;

/**
 * A speaker credited by a rule, or by the ranker. Until one is chosen, its source stays pending:
 * resolving it may record a mention or make an entity, which only the chosen credit may do.
 */
interface Credit {
  speaker: string | null;
  source: Span | null;
  cue: Span | null;
  method: AttributionMethod;
  confidence: number;
  /** The source to resolve once chosen, and whether resolving it makes a new entity (a speaker all the same). */
  pending?: { readonly sentence: SentenceInfo; readonly src: Source; readonly fresh: boolean };
}

/** A rule's credit for a source, looked at but not resolved. */
function credit(
  input: AttributionInput,
  salience: Salience,
  s: SentenceInfo,
  src: Source,
  cue: Span | null,
  method: AttributionMethod,
  confidence: number,
): Credit {
  const p = peekSource(input, salience, s, src);
  return {
    speaker: p?.entity ?? null,
    source: p?.span ?? sourceSpan(s, src),
    cue,
    method,
    confidence: p ? confidence : 0.2,
    pending: p ? { sentence: s, src, fresh: p.entity === null } : undefined,
  };
}

/** Whether a credit names someone: an entity known, or one resolving its source will make. */
function speaks(c: Credit | null): boolean {
  return !!c && (c.speaker !== null || !!c.pending?.fresh);
}

/** Resolves the chosen credit's source: its mention recorded, its entity made if new. */
function commit(input: AttributionInput, salience: Salience, c: Credit): Credit {
  if (!c.pending) return c;
  const r = resolveSource(input, salience, c.pending.sentence, c.pending.src);
  return {
    ...c,
    pending: undefined,
    speaker: r?.entity ?? null,
    source: r?.span ?? c.source,
    confidence: r ? c.confidence * r.certainty : 0.2,
  };
}

/** What the hand rules credit a quote with, nothing resolved yet (see `commit`). */
function ruleCredit(
  input: AttributionInput,
  s: SentenceInfo,
  q: Quotation,
  qa: number,
  qb: number,
  kind: QuoteKind,
  cues: Cue[],
  salience: Salience,
  last: LastSpeaker | null,
): Credit | null | 'no quote' | 'term' {
  const { tokens } = s;
  const span = (a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b].end });
  let c: Credit | null = null;

  // A transcript: “WALLACE: Let’s start…” names its speaker in capitals before a colon.
  const label = transcriptLabel(input.text, q);
  if (label) {
    const words = input.text
      .slice(label.start, label.end)
      .split(/\s+/)
      .map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    const id =
      input.registry.findPerson(words[words.length - 1], q.start) ??
      input.registry.addPerson({ words, start: label.start, end: label.end, gender: null, role: null });
    c = { speaker: id, source: label, cue: null, method: 'colon', confidence: 0.85 };
  }
  // “…” — Jorge Falcon: a dash and a name right after the quotation.
  const dash = tokens[qb + 1];
  if (!c && isDash(dash)) {
    const src = sourceAfter(s, qb + 2);
    if (src) c = credit(input, salience, s, src, span(qb + 1, qb + 1), 'dash', 0.9);
  }
  if (!c) c = creditLine(input, salience, s, q.start, qb);
  const chosen = c ? null : chooseSource(s, cues, qa, qb, kind);
  if (chosen) {
    const { cue, src } = chosen;
    c = credit(
      input,
      salience,
      s,
      src,
      span(cue.first, cue.last),
      cue.according ? 'according' : 'cue',
      cue.weak ? 0.8 : 0.95,
    );
  }
  // “…,” an angry Hollande retaliated. — a name and a past-tense verb closing the sentence after
  // the quotation attribute it, whatever the verb.
  if (!c) {
    const v = verbAfterQuote(s, qb);
    if (v) c = credit(input, salience, s, v.src, span(v.verb, v.verb), 'cue', 0.7);
  }
  // Caddell: “…” / Obama has a new message: “…” — a colon in the quote's own sentence.
  if (!speaks(c)) {
    const colon = tokens[qa - 1];
    if (colon && colon.text === ':') {
      const before = qa >= 2 ? sourceEndingAt(s, qa - 2) : null;
      // "Obama is rolling out a new message: “…”" — the message is Obama's.
      const src = (before?.candidate ? before : sentenceSubject(s, qa - 1)) ?? before;
      if (src) c = credit(input, salience, s, src, null, 'colon', 0.75);
    }
  }
  if (!speaks(c)) {
    const intro = colonIntro(input, s, q, salience);
    if (intro) c = intro;
  }
  if (!speaks(c) && !c?.source && (last?.entity || last?.source) && kind === 'direct' && continues(input, s, q, last)) {
    c = {
      speaker: last.entity,
      source: last.entity ? null : last.source,
      cue: null,
      method: 'continuation',
      confidence: last.entity ? 0.75 : 0.2,
    };
  }
  if (!speaks(c) && !c?.source && kind === 'partial') {
    // A fragment in the writer's sentence is the words of that sentence's subject, if it has one,
    // unless the subject heard them ("Residents are advised to “…”").
    const src = sentenceSubject(s, qa);
    const f = src?.candidate ?? src?.descriptor;
    if (src && f && !heardQuote(s.tokens, f.first, f.last, qa, qb))
      c = credit(input, salience, s, src, null, 'subject', 0.5);
  }
  // Words a passive verb of speech reports ("are advised to “…”", "“…,” drivers were told") are
  // someone's, unnamed: no scare quote, and not the last speaker's either.
  const heard = !speaks(c) && !c?.source && heardNear(s.tokens, qa, qb);
  // "We will win, Holt told the crowd. — the closing mark was forgotten before the attribution.
  if (!c && q.unclosed) c = tailAttribution(input, s, q, salience);
  if (!speaks(c) && !c?.source) {
    if (q.single) return 'no quote'; // an apostrophe pair, not speech
    if (kind === 'partial' && !heard) return 'term'; // a scare quote: nobody in the sentence says it
    if (kind === 'direct' && !q.unclosed && !heard) {
      const near = salience.lastSpeaker(s.index);
      if (near) c = { speaker: near, source: null, cue: null, method: 'nearest', confidence: 0.35 };
    }
  }
  return c;
}

/** The cue in the option's sentence whose source the option is, if any. */
function cueOf(o: SourceOption): Cue | undefined {
  return o.sentence && o.source ? cueSources(o.sentence).get(sourceKey(o.source))?.cue : undefined;
}

/** The ranker's choice as a credit: the rules' own when it is the same source, else the option's. */
function rankedCredit(option: SourceOption, rule: Credit | null, s: SentenceInfo, p: number): Credit | null {
  // The same speaker as the rules' keeps the rules' account of why (a continuation stays one).
  const sameAsRule =
    rule &&
    ((option.span && rule.source && option.span.start === rule.source.start && option.span.end === rule.source.end) ||
      (option.entity !== null && rule.speaker === option.entity && !rule.pending?.fresh));
  if (sameAsRule) return { ...rule, confidence: p };
  switch (option.kind) {
    case 'none':
      return null;
    case 'continuation':
      return { speaker: option.entity, source: null, cue: null, method: 'continuation', confidence: p };
    default: {
      const cue = cueOf(option);
      const t = option.sentence!.tokens;
      return {
        speaker: option.entity,
        source: option.span,
        cue: cue ? { start: t[cue.first].start, end: t[cue.last].end } : null,
        method: cue ? (cue.according ? 'according' : 'cue') : option.sentence === s ? 'subject' : 'nearest',
        confidence: p,
        pending: { sentence: option.sentence!, src: option.source!, fresh: option.entity === null },
      };
    }
  }
}

function attributeOne(
  input: AttributionInput,
  s: SentenceInfo,
  q: Quotation,
  cues: Cue[],
  salience: Salience,
  last: LastSpeaker | null,
  spoke: ReadonlySet<string>,
): Quote | null {
  const [qa, qb] = quoteTokens(s, q);
  const kind = quoteKind(s, qa, qb);
  // A title or a nickname is a term; markup (author="…") is nothing.
  if (notSpeech(input.text, s, q, qa, kind, cues)) return input.text[q.start - 1] === '=' ? null : termQuote(q);
  const rule = ruleCredit(input, s, q, qa, qb, kind, cues, salience, last);
  if (rule === 'no quote') return null;
  if (rule === 'term') return termQuote(q);
  const method = rule?.method ?? 'none';
  const judged = {
    text: input.text,
    s,
    q,
    qa,
    qb,
    kind,
    cues,
    method,
    paragraphStart: input.paragraphs[s.paragraph].start,
  };
  if (!q.unclosed && !boundCue(judged)) input.explainTerm?.(q, termFeatures(judged));
  if (isTerm(judged)) return termQuote(q);
  // The ranker weighs every source the quote may have, the rules' choice among them.
  const options = sourceOptions(
    input,
    salience,
    { s, start: q.start, qa, qb, kind, firstParagraph: q.firstParagraph },
    cues,
    last,
    spoke,
    { method: rule?.method ?? 'none', source: rule?.source ?? null, entity: rule?.speaker ?? null },
  );
  input.explain?.({ start: q.start, end: q.end, kind, options });
  const { index: best, p: likely } = bestOption(
    rank(options),
    options.map((o) => o.entity),
  );
  // The rules stand where the ranker has not weighed them: a source that is none of the options (a
  // transcript label, a pronoun with no antecedent), a quote whose closing mark is missing (its span is
  // a guess, unlike every quote the ranker was fitted on), and a continuation of a speaker the editor set.
  const weighed =
    (!rule || options.some((o) => o.x[RULE] > 0)) &&
    !q.unclosed &&
    !(last?.byEditor && rule?.method === 'continuation');
  const chosen = input.rules || !weighed ? rule : rankedCredit(options[best], rule, s, calibrated(likely));
  const c = chosen && commit(input, salience, chosen);
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
    section: null,
  };
}

/** What quoteKind asks of a sentence, worked out once for it: a sentence may hold a million quotes. */
function layout(s: SentenceInfo): QuoteLayout {
  let l = s.local.layout;
  if (!l) {
    const { tokens } = s;
    const lastNonMark = new Array<number>(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      lastNonMark[k] = t.kind === 'quote' || t.text === '(' || t.text === '[' ? (k > 0 ? lastNonMark[k - 1] : -1) : k;
    }
    const first = s.inQuote.indexOf(1);
    l = { firstQuoted: first < 0 ? tokens.length : first, lastNonMark };
    s.local.layout = l;
  }
  return l;
}

/**
 * `direct` when the quotation starts its sentence or follows a colon or a cue and a comma;
 * `partial` when it is a fragment inside the writer's own sentence ("the need to "win trust"").
 */
function quoteKind(s: SentenceInfo, qa: number, qb: number): QuoteKind {
  const { tokens } = s;
  const { firstQuoted, lastNonMark } = layout(s);
  const k = qa > 0 ? lastNonMark[qa - 1] : -1;
  if (k < 0 || connectedSentence(s, k, qb)) return 'direct';
  const p = tokens[k];
  if (p.text === ':' || p.text === '—' || p.text === '–') return 'direct';
  if (p.text === ',' && k > 0 && cueLemma(tokens[k - 1].lower)) return 'direct';
  // The second half of a split quote: “A,” she said, “B.”
  if (p.text === ',' && firstQuoted < k) return 'direct';
  if (p.kind === 'word' && cueLemma(p.lower)) return 'direct';
  return 'partial';
}

/**
 * Whether only a connective stands before the quotation (tokens up to k) and the quotation ends the
 * sentence or its clause: "Indeed, “We cite a dozen cases…”", "But “this is not the same thing.”" —
 * a sentence of the speaker's, joined to the writer's before it, not a fragment of the writer's.
 */
function connectedSentence(s: SentenceInfo, k: number, qb: number): boolean {
  const { tokens } = s;
  let words = 0;
  for (let j = 0; j <= k; j++) {
    const t = tokens[j];
    if (t.text === ',') continue;
    if (t.kind !== 'word' || !CONNECTIVES.has(t.lower) || ++words > 2) return false;
  }
  if (words === 0) return false;
  // The closing mark ends the clause: the sentence's end or punctuation follows it, or the
  // quotation's own last word is punctuation (“…,” Green said).
  let n = qb + 1;
  while (n < tokens.length && tokens[n].kind === 'quote') n++;
  let last = qb;
  while (last > k && tokens[last].kind === 'quote') last--;
  const after = tokens[n];
  return !after || after.kind === 'punct' || /^[,.!?]$/.test(tokens[last].text);
}

/** The cue and source of a quotation: the best cue with a subject of its own, else the sentence's subject. */
function chooseSource(
  s: SentenceInfo,
  cues: Cue[],
  qa: number,
  qb: number,
  kind: QuoteKind,
): { cue: Cue; src: Source } | null {
  // The first of the ranked cues that has a source, found among those cues only, near the quote:
  // ranking them all and trying each in turn cost a sentence of many quotes and cues its length².
  const withSource = cuesWithSource(s, cues);
  const cue = bestCue(s, withSource, qa, qb, kind);
  // The best of all the cues: the same one when every cue has a source.
  const first = withSource.length === cues.length ? cue : bestCue(s, cues, qa, qb, kind);
  // "Trump defended not paying an architect who said he was stiffed, saying, “…”": a participle
  // after a comma speaks for the sentence's subject, before any cue further off.
  if (first && first !== cue && participleAfterComma(s, first.first)) {
    const subject = mainSubject(s, cues, first);
    if (subject) return { cue: first, src: subject };
  }
  const src = cue && findSource(s, cue);
  if (cue && src) return { cue, src };
  if (cue) return chooseSourceSlowly(s, cues, qa, qb, kind); // never: whether a cue has a source is fixed
  if (!first) return null;
  const subject = sentenceSubject(s, first.first) ?? subjectAfterIntro(s, first, qb);
  return subject ? { cue: first, src: subject } : null;
}

/**
 * “…” ¶ – Sanders.: a paragraph of a dash and a name alone, after a quotation that is the whole
 * of its own, credits it (a fact-check's or an epigraph's credit line; not a photo credit after a
 * paragraph that ends in a quotation).
 */
function creditLine(
  input: AttributionInput,
  salience: Salience,
  s: SentenceInfo,
  start: number,
  qb: number,
): Credit | null {
  const next = input.sentences[s.index + 1];
  if (!next || next.paragraph === s.paragraph || qb < s.tokens.length - 1) return null;
  if (start > input.paragraphs[s.paragraph].start + 1) return null;
  const dash = next.tokens[0];
  if (!isDash(dash)) return null;
  const src = sourceAfter(next, 1);
  const end = src && (src.candidate ?? src.descriptor)!.last;
  const rest = next.tokens.slice((end ?? 0) + 1);
  if (!src || !rest.every((t) => t.text === '.')) return null;
  const c = credit(input, salience, next, src, { start: dash.start, end: dash.end }, 'dash', 0.9);
  return c.pending ? c : null;
}

/** A dash of a credit line: "“…” — Jorge Falcon". */
function isDash(t: Token | undefined): t is Token {
  return t?.kind === 'punct' && /^[—–―-]$/.test(t.text);
}

/**
 * The main clause's subject, before a participle: the source of the sentence's first cue when it
 * opens the sentence ("a top GOP strategist said …, saying"), not a relative pronoun's, else the
 * sentence's subject when it stands before every cue (not the subject of a "that" clause).
 */
function mainSubject(s: SentenceInfo, cues: readonly Cue[], participle: Cue): Source | null {
  const opening = cues[0];
  if (opening !== participle) {
    const src = findSource(s, opening);
    const at = src?.candidate ?? src?.descriptor;
    if (src && at && src.relative === undefined && src.candidate?.words[0] !== 'who' && at.last < opening.first)
      return src;
  }
  const subject = sentenceSubject(s, participle.first);
  const at = subject?.candidate ?? subject?.descriptor;
  return subject && at && at.last < opening.first ? subject : null;
}

/** chooseSource by ranking every cue. */
function chooseSourceSlowly(
  s: SentenceInfo,
  cues: Cue[],
  qa: number,
  qb: number,
  kind: QuoteKind,
): { cue: Cue; src: Source } | null {
  const ranked = rankCues(s, cues, qa, qb, kind);
  for (const cue of ranked) {
    const src = findSource(s, cue);
    if (src) return { cue, src };
  }
  if (ranked.length === 0) return null;
  const subject = sentenceSubject(s, ranked[0].first) ?? subjectAfterIntro(s, ranked[0], qb);
  return subject ? { cue: ranked[0], src: subject } : null;
}

/** The sentence's cues that have a source, in text order. */
function cuesWithSource(s: SentenceInfo, cues: Cue[]): Cue[] {
  const hit = s.memo.withSource;
  if (hit && hit.of === cues) return hit.cues;
  const found = cues.filter((c) => hasSource(s, c));
  s.memo.withSource = { cues: found, of: cues };
  return found;
}

/**
 * "Caddell continued:" — a quotation that opens the paragraph after one ending in a colon is
 * credited to the cue of that colon sentence.
 */
function colonIntro(input: AttributionInput, s: SentenceInfo, q: Quotation, salience: Salience): Credit | null {
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
  const c = credit(
    input,
    salience,
    prev,
    src,
    cue ? { start: prev.tokens[cue.first].start, end: prev.tokens[cue.last].end } : null,
    'colon',
    0.8,
  );
  return c.pending ? c : null;
}

/**
 * A cue-less quotation carries on the previous speaker when it follows that speaker's quote
 * closely: in the same paragraph, or as the next paragraph opening with a quotation.
 */
function continues(
  input: AttributionInput,
  s: SentenceInfo,
  q: Quotation,
  last: { paragraph: number; sentence: number },
): boolean {
  if (s.paragraph === last.paragraph) return true;
  const p = input.paragraphs[s.paragraph];
  return s.paragraph === last.paragraph + 1 && q.start <= p.start + 1;
}
