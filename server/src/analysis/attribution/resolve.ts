// Turns a source into an entity: names to people, pronouns and titles by coreference, descriptions to
// unnamed sources.
import { countBelow } from '../../../../common/search';
import {
  type AttributionInput,
  candidateIndex,
  type Descriptor,
  headOf,
  type OrderedCandidates,
  type SentenceInfo,
  type Source,
} from './context';
import { INDEFINITE, type Salience } from '../people/coreference';
import { isSourceNoun, mainClauseStart, sourceSpan, surnameShapedPlace } from './sources';
import type { Candidate } from '../people/mentions';
import type { EntityRegistry } from '../people/entities';
import type { Span } from '../model';
import { DOCUMENTS } from '../lexicon/cues';
import { firstNameKind } from '../lexicon/names';
import { PLACE_ADJECTIVE, placesOf } from '../lexicon/places';
import { DATE_WORDS, WHEN_WORDS } from '../lexicon/time';
import { POSSESSIVE_PRONOUNS } from '../lexicon/grammar';
import {
  COMPANY_ENDINGS,
  ORG_HEADS,
  ORGANISATION_NOUNS,
  PARTY_MEMBERS,
  PLAYER_POSITIONS,
  TITLES,
  UNNAMED_PERSON_NOUNS,
} from '../lexicon/people';
import { isPersonNoun, isPluralPersonNoun } from '../lexicon/personNouns';

export interface Resolved {
  readonly entity: string;
  readonly span: Span;
  readonly certainty: number;
}

/** Turns a source into an entity: names to people, pronouns and titles by coreference, descriptions to unnamed sources. */
export function resolveSource(
  input: AttributionInput,
  salience: Salience,
  s: SentenceInfo,
  src: Source,
): Resolved | null {
  if (src.relative === undefined) return resolveMention(input, salience, s, src);
  // "the study, which notes": the antecedent is who speaks, and the relative pronoun one of its mentions.
  const r = resolveMention(input, salience, s, { candidate: src.candidate, descriptor: src.descriptor });
  if (!r) return null;
  const span = sourceSpan(s, src)!;
  input.registry.mention(r.entity, span, 'pronoun');
  return { ...r, span };
}

function resolveMention(input: AttributionInput, salience: Salience, s: SentenceInfo, src: Source): Resolved | null {
  const { registry } = input;
  const { tokens } = s;
  if (src.descriptor) {
    const { first, last, definite } = src.descriptor;
    const span = { start: tokens[first].start, end: tokens[last].end };
    const words = tokens.slice(first, last + 1).map((t) => t.text);
    const surnameOf = titleAsSurname(input, s, src.descriptor);
    if (surnameOf) {
      registry.mention(surnameOf, span, 'surname');
      return { entity: surnameOf, span, certainty: 0.9 };
    }
    // "the Vermont senator", "the New York businessman": an office holder the article may have named.
    if (definite && TITLES.has(tokens[headOf(src.descriptor)].lower)) {
      const words2 = tokens
        .slice(first, last + 1)
        .filter((t) => t.kind === 'word')
        .map((t) => t.lower);
      const holder = salience.resolveTitle({ words: words2, sentence: s.index });
      if (holder) {
        registry.mention(holder, span, 'title');
        return { entity: holder, span, certainty: 0.8 };
      }
    }
    // A name the article did not know as a person's becomes one when a description only a person fits stands for it.
    const described = describedPerson(input, salience, s, src.descriptor);
    const referent =
      typeof described === 'object'
        ? (described.entity = registry.addPerson(described))
        : (described ?? descriptorReferent(salience, input.sentences, s, src.descriptor));
    if (referent) {
      registry.mention(referent, span, 'descriptor');
      return { entity: referent, span, certainty: 0.75 };
    }
    const again = unnamedAgain(salience, s, src.descriptor) ?? epithetReferent(input, salience, s, src.descriptor);
    if (again) {
      registry.mention(again, span, 'descriptor');
      return { entity: again, span, certainty: 0.75 };
    }
    const named = namedLater(input, s, src.descriptor);
    if (named) {
      const id = registry.addPerson(named);
      registry.mention(id, span, 'descriptor');
      return { entity: id, span, certainty: 0.75 };
    }
    // "Spindler's father", not "Spindler 's father"; "Sen. Kelly Ayotte's campaign": a possessive or
    // an abbreviation's period joins its word.
    const text = words.join(' ').replace(/ (’s|'s|’|'|\.)(?= |$)/g, '$1');
    const entity = definite
      ? registry.addOrganisation(text.split(' '), span, 'group')
      : registry.addGroup(text, span, false);
    return { entity, span, certainty: 0.85 };
  }
  const c = src.candidate;
  if (!c) return null;
  let id = c.entity;
  let certainty = 1;
  if (!id) {
    switch (c.kind) {
      case 'pronoun':
        // "Donald Trump Jr., who suggested": the name "who" follows is the source, as if it spoke.
        if (c.antecedent && !c.antecedent.entity) {
          id = resolveSource(input, salience, s, { candidate: c.antecedent })?.entity;
        } else
          id =
            c.words[0] === 'i' || c.words[0] === 'we'
              ? registry.writer(c)
              : (salience.resolvePronoun(c) ?? unnamedAntecedent(input, c));
        certainty = 0.9;
        if (id) registry.mention(id, c, 'pronoun');
        break;
      case 'title':
        id = salience.resolveTitle(c) ?? registry.addGroup(c.role ?? c.words.join(' '), c, true);
        certainty = 0.9;
        registry.mention(id, c, 'title');
        break;
      case 'organisation':
      case 'place': {
        const surnameOf = placeWordSurname(registry, c);
        if (surnameOf) {
          id = surnameOf;
          registry.mention(id, c, 'surname');
        } else id = registry.addOrganisation(c.words, c);
        break;
      }
      default: {
        // "What I believe…": a capital "I" read as a name is the writer, never a person named "I".
        if (c.words.length === 1 && c.words[0] === 'I') {
          id = registry.writer(c);
          break;
        }
        // "A Rally for Resources", "a Democrat": after "a", a capitalised word names an event or a
        // member of a group, never a person by name.
        const article = tokens[c.first - 1];
        // (A word of its own: not the end of "PeÃ±a" split by a bad encoding.)
        const before = article ? input.text.charAt(article.start - 1) : '';
        const word = !!article && article.end < c.start && (before === '' || /[\s"“‘'(]/.test(before));
        if (word && (article.lower === 'a' || article.lower === 'an')) return null;
        // "The Hill reported", "the Blaze said": nobody's surname follows "the"; a publication's or a
        // body's name does.
        if (word && article.lower === 'the' && c.words.length === 1 && !c.titled) {
          id = registry.addOrganisation(c.words, c);
          break;
        }
        // A place the cue vouches for speaks for its government ("Ottawa said"), a name with an
        // organisation's head word is one ("the Roman Catholic Diocese of Covington"); a word that opens an
        // organisation's name is that organisation ("TransCanada said", after "TransCanada Corp."); any
        // other name is a person's: "Caddell said" with no fuller name in the article.
        const opens = c.words.length === 1 ? registry.findOrganisationStartingWith(c.words[0]) : undefined;
        if (
          (c.words.length <= 3 && governmentSeat(c.words.join(' '))) ||
          c.words.some((w) => ORG_HEADS.has(w.toLowerCase())) ||
          // ("I-DEV International" leaves "International"; "Associates say" opens a sentence with a plural.)
          ((c.words.length >= 2 || !c.initial) && COMPANY_ENDINGS.has(c.words[c.words.length - 1].toLowerCase()))
        )
          id = registry.addOrganisation(c.words, c);
        else if (opens) {
          id = opens;
          registry.mention(id, c, 'name');
        } else id = registry.addPerson(c);
        certainty = 0.9;
      }
    }
    if (id) c.entity = id;
  }
  if (!id) return null;
  return { entity: id, span: { start: c.start, end: c.end }, certainty };
}

/**
 * "…, a Crown prosecutor told jurors." before "Crown prosecutor Siobhan McAteer said…": the person
 * the next sentences name with the role an indefinite description gave (every word of it).
 */
function namedLater(input: AttributionInput, s: SentenceInfo, d: Descriptor): Candidate | undefined {
  const { tokens } = s;
  const h = headOf(d);
  if (!INDEFINITE.has(tokens[d.first].lower) || !TITLES.has(tokens[h].lower)) return undefined;
  const words = tokens.slice(d.first + 1, h + 1).map((t) => t.lower);
  for (let i = s.index + 1; i < input.sentences.length && i - s.index <= 3; i++)
    for (const c of input.sentences[i].candidates) {
      if (c.kind !== 'person' || !c.role || c.inQuote) continue;
      const role = c.role.toLowerCase().split(/\s+/);
      if (role[role.length - 1] === tokens[h].lower && words.every((w) => role.includes(w))) return c;
    }
  return undefined;
}

/** "King said" after "Martin Luther King Jr.": a lone capitalised title word that is a known person's surname is them. */
function titleAsSurname(input: AttributionInput, s: SentenceInfo, d: Descriptor): string | undefined {
  const t = s.tokens[d.first];
  return d.first === d.last && t.cap && TITLES.has(t.lower) ? input.registry.findBySurname(t.text, t.start) : undefined;
}

/**
 * The entity a description stands for, when it names no one itself: "the company" or "the security
 * firm" stands for the organisation named lately; "the release", "a statement" or "the post" for
 * their author ("her statement" for whom "her" means). Null for a description of its own ("a senior
 * official", "protesters").
 */
export function descriptorReferent(
  salience: Salience,
  sentences: readonly SentenceInfo[],
  s: SentenceInfo,
  d: Descriptor,
): string | null {
  const { tokens } = s;
  const put = publisher(s, d);
  if (put) return put;
  const head = tokens[headOf(d)].lower;
  const det = tokens[d.first].lower;
  if (d.definite && ORGANISATION_NOUNS.has(head)) {
    // A place made an adjective is no part of the name: "the Calgary-based railway".
    const words = tokens
      .slice(d.first + 1, d.last + 1)
      .filter((t) => !PLACE_ADJECTIVE.test(t.text))
      .map((t) => t.lower);
    return salience.recentOrganisation(s.index, words) ?? null;
  }
  if (!DOCUMENTS.has(head)) return null;
  const owner = POSSESSIVE_PRONOUNS.get(det);
  if (owner) return salience.resolvePronoun({ ...tokensAsPronoun(s, d.first), words: [owner] }) ?? null;
  // "a statement from Environment Canada", "a report by the agency's staff": the author is named.
  const by = tokens[d.last + 1]?.lower;
  if (by === 'from' || by === 'by') {
    const author = candidateIndex(s)
      .first.get(d.last + 2)
      ?.find((c) => c.entity && c.kind !== 'pronoun');
    if (author) return author.entity!;
  }
  if (d.definite && det === 'the' && documentIntroduced(sentences, s, head)) return null;
  // "A news report published Wednesday said…", "…, according to a staff report": a new finding is
  // by nobody named (but "A statement said…" is whoever spoke last, "A 2014 House Intelligence
  // Committee report" the committee's).
  if (
    !d.definite &&
    INDEFINITE.has(det) &&
    FINDINGS.has(head) &&
    tokens.slice(d.first + 1, d.last).every((t) => !t.cap)
  )
    return null;
  return salience.recentAuthor(s.index) ?? null;
}

/** Documents that others write about someone: a report, a poll, a study. */
const FINDINGS = new Set(['report', 'study', 'poll', 'survey', 'analysis', 'review', 'investigation', 'audit']);

/** What a body puts out with its numbers: a document, a finding, data. */
const PUBLISHED = new Set([
  ...DOCUMENTS,
  ...FINDINGS,
  'data',
  'figures',
  'numbers',
  'statistics',
  'estimates',
  'results',
  'findings',
  'projections',
  'documents',
  'records',
]);

/** How a body puts a document out (not "obtained by", which names who found it). */
const PUBLISHING = new Set([
  'released',
  'published',
  'issued',
  'compiled',
  'conducted',
  'prepared',
  'produced',
  'posted',
]);

/** Time words between a participle and its agent: "released Tuesday by", "published last week by". */
const WHEN = new Set([...WHEN_WORDS, ...DATE_WORDS, 'last', 'this', 'on', 'in', 'earlier', 'late', 'early']);

/**
 * "according to data released Tuesday by Nova Scotia Health", "a report published last week by the
 * Fraser Institute": the body that put the document out, named in the description or right after it.
 */
function publisher(s: SentenceInfo, d: Descriptor): string | null {
  const { tokens } = s;
  const end = Math.min(headOf(d) + 1, tokens.length - 1);
  for (let k = d.first + 1; k <= end; k++) {
    if (!PUBLISHING.has(tokens[k].lower) || !PUBLISHED.has(tokens[k - 1].lower)) continue;
    let b = k + 1;
    while (b < tokens.length && b - k <= 4 && (WHEN.has(tokens[b].lower) || tokens[b].kind === 'number')) b++;
    if (tokens[b]?.lower !== 'by' && tokens[b]?.lower !== 'from') return null;
    const at = tokens[b + 1]?.lower === 'the' ? [b + 1, b + 2] : [b + 1];
    for (const i of at) {
      const author = candidateIndex(s)
        .first.get(i)
        ?.find((c) => c.entity && c.kind !== 'pronoun');
      if (author) return author.entity!;
    }
    return null;
  }
  return null;
}

/**
 * Whether the last of the two sentences before `s` to name a document of this kind opens its main
 * clause with it and names no author right after it ("A staff report released last week
 * estimated…", not "An email sent out by Sanders…" or "Clinton's campaign sent out an email"):
 * "the report" after it is that document, by nobody the article names, not a statement by
 * whoever spoke last.
 */
function documentIntroduced(sentences: readonly SentenceInfo[], s: SentenceInfo, head: string): boolean {
  for (let i = s.index - 1; i >= 0 && s.index - i <= 2; i--) {
    const { tokens } = sentences[i];
    const at = tokens.findIndex((t) => t.lower === head);
    if (at < 0) continue;
    let k = mainClauseStart(sentences[i]);
    while (k < tokens.length && tokens[k].kind !== 'word') k++;
    if (!INDEFINITE.has(tokens[k]?.lower ?? '') || at - k > 4) return false;
    for (let j = k + 1; j < at; j++) if (tokens[j].kind !== 'word') return false;
    // "a report by the agency", "an email sent out by Sanders", "an email was sent from its director".
    for (let j = at + 1; j < tokens.length && j - at <= 4; j++)
      if (tokens[j].lower === 'by' || tokens[j].lower === 'from') return false;
    return true;
  }
  return false;
}

/** "the neighbour" after "a neighbour who saw the fire": the unnamed source a short definite description takes up again. */
function unnamedAgain(salience: Salience, s: SentenceInfo, d: Descriptor): string | undefined {
  const { tokens } = s;
  if (!d.definite || tokens[d.first].lower !== 'the' || headOf(d) - d.first > 2) return undefined;
  return salience.recentUnnamed(s.index, tokens[headOf(d)].lower);
}

/**
 * "“It was very nice,” the gambling tycoon told Reuters": a definite description by a noun that
 * names a person by what they are, not an office or an unnamed source's calling, is news's
 * other name for a person named just before.
 */
function epithetReferent(
  input: AttributionInput,
  salience: Salience,
  s: SentenceInfo,
  d: Descriptor,
): string | undefined {
  const { tokens } = s;
  if (!d.definite || tokens[d.first].lower !== 'the') return undefined;
  const head = tokens[headOf(d)].lower;
  if (!isPersonNoun(head) || isPluralPersonNoun(head) || isSourceNoun(head) || UNNAMED_PERSON_NOUNS.has(head))
    return undefined;
  // "Ali rebuked Trump when the businessman turned politician called for…": the person the
  // sentence named last before it, else the most salient of the two sentences before.
  let named: string | undefined;
  for (const c of s.candidates) {
    if (c.last >= d.first) break;
    if (!c.inQuote && c.entity && input.registry.get(c.entity)?.kind === 'person') named = c.entity;
  }
  return named ?? salience.recentPerson(s.index);
}

const NUMBER = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|both|all|many|several)$/;

/**
 * A definite description that news gives a person named just before, never an office that an
 * unnamed holder may fill: an age ("the 26-year-old", "the 34-year-old mother of three"), a party
 * member ("the Kentucky Republican"), a player's position ("the rookie defenceman").
 */
function describesNamedPerson(s: SentenceInfo, d: Descriptor): boolean {
  const { tokens } = s;
  if (tokens[d.first].lower !== 'the') return false;
  const h = headOf(d);
  // An age anywhere in it: "the 26-year-old", "the 34-year-old mother of three".
  if (tokens.slice(d.first + 1, h + 1).some((t) => /^\d+-year-old$/.test(t.lower))) return true;
  const head = tokens[h];
  if (head.kind !== 'word') return false;
  // "the Independent Journal": the head opens a name; "the three Republican candidates": many.
  const next = tokens[h + 1];
  if ((next?.kind === 'word' && next.cap) || tokens.slice(d.first + 1, h).some((t) => NUMBER.test(t.lower)))
    return false;
  // Only places before a party's member: "the South Carolina Republican", not "the lifelong Republican".
  if (head.cap && PARTY_MEMBERS.has(head.lower))
    return tokens.slice(d.first + 1, h).every((t) => t.kind === 'word' && t.cap);
  return PLAYER_POSITIONS.has(head.lower);
}

/**
 * Whom a description that only a named person fits stands for: the most salient person of the two
 * sentences before; else the last name of two or three words there that the article did not know as
 * a person's ("Nino Kessler scored twice. … the 26-year-old said"), to be made one. Undefined when
 * the description is no such one or nobody fits.
 */
function describedPerson(
  input: AttributionInput,
  salience: Salience,
  s: SentenceInfo,
  d: Descriptor,
): string | Candidate | undefined {
  if (!describesNamedPerson(s, d)) return undefined;
  const start = s.tokens[d.first].start;
  return salience.recentPerson(s.index) ?? lastUnnamed(input, s.index, start, 2);
}

/** A pronoun candidate at token k of the sentence, for resolving a possessive determiner. */
function tokensAsPronoun(s: SentenceInfo, k: number): Candidate {
  const t = s.tokens[k];
  return {
    kind: 'pronoun',
    sentence: s.index,
    first: k,
    last: k,
    start: t.start,
    end: t.end,
    words: [t.lower],
    role: null,
    roleSpan: null,
    gender: null,
    titled: false,
    initial: false,
    inQuote: false,
  };
}

/** A place whose name stands for its government or council: a capital, a province or state, a country, a large city (no first name). */
function governmentSeat(word: string): boolean {
  const lower = word.toLowerCase();
  if (firstNameKind(lower)) return false;
  return placesOf(lower).some((p) => p.kind !== 'city' || p.capital !== undefined || (p.population ?? 0) >= 250_000);
}

/** What resolving a source would give, found without changing anything: its entity, or that it would make a new one. */
export interface Peeked {
  /** The entity it stands for; null when resolving it would make a new one. */
  readonly entity: string | null;
  readonly span: Span;
}

/** What `resolveSource` would make of a source, without recording a mention or making an entity. */
export function peekSource(input: AttributionInput, salience: Salience, s: SentenceInfo, src: Source): Peeked | null {
  if (src.relative === undefined) return peekMention(input, salience, s, src);
  const p = peekMention(input, salience, s, { candidate: src.candidate, descriptor: src.descriptor });
  return p && { entity: p.entity, span: sourceSpan(s, src)! };
}

function peekMention(input: AttributionInput, salience: Salience, s: SentenceInfo, src: Source): Peeked | null {
  const { registry } = input;
  const { tokens } = s;
  if (src.descriptor) {
    const { first, last, definite } = src.descriptor;
    const span = { start: tokens[first].start, end: tokens[last].end };
    const surnameOf = titleAsSurname(input, s, src.descriptor);
    if (surnameOf) return { entity: surnameOf, span };
    if (definite && TITLES.has(tokens[headOf(src.descriptor)].lower)) {
      const words = tokens
        .slice(first, last + 1)
        .filter((t) => t.kind === 'word')
        .map((t) => t.lower);
      const holder = salience.resolveTitle({ words, sentence: s.index });
      if (holder) return { entity: holder, span };
    }
    const described = describedPerson(input, salience, s, src.descriptor);
    if (typeof described === 'object') return { entity: null, span };
    const referent = described ?? descriptorReferent(salience, input.sentences, s, src.descriptor);
    if (referent) return { entity: referent, span };
    const again = unnamedAgain(salience, s, src.descriptor) ?? epithetReferent(input, salience, s, src.descriptor);
    if (again) return { entity: again, span };
    const words = tokens.slice(first, last + 1).map((t) => t.text);
    return { entity: definite ? (registry.findOrganisation(words, 'group') ?? null) : null, span };
  }
  const c = src.candidate;
  if (!c) return null;
  const span = { start: c.start, end: c.end };
  if (c.entity) return { entity: c.entity, span };
  switch (c.kind) {
    case 'pronoun': {
      if (c.antecedent && !c.antecedent.entity) {
        const named = peekSource(input, salience, s, { candidate: c.antecedent });
        return named && { entity: named.entity, span };
      }
      if (c.words[0] === 'i' || c.words[0] === 'we') return { entity: registry.findWriter() ?? null, span };
      const id = salience.resolvePronoun(c);
      if (id) return { entity: id, span };
      return unnamedNear(input, c) ? { entity: null, span } : null;
    }
    case 'title':
      return { entity: salience.resolveTitle(c) ?? null, span };
    case 'organisation':
    case 'place':
      return { entity: registry.findOrganisation(c.words) ?? null, span };
    default: {
      const found = c.words.length >= 2 ? registry.findFullName(c.words) : registry.findPerson(c.words[0], c.start);
      return { entity: found ?? null, span };
    }
  }
}

/** Whether `unnamedAntecedent` would find a name for the pronoun (and make a person of it). */
function unnamedNear(input: AttributionInput, c: Candidate): boolean {
  const w = c.words[0];
  return (w === 'he' || w === 'she') && lastUnnamed(input, c.sentence, c.start, 3) !== undefined;
}

/**
 * A "he" or "she" with no known person before it most likely means the last capitalised
 * name of two or three words that the article did not recognise as a person ("Rakeyia Scott
 * can be heard…"): it becomes one.
 */
export function unnamedAntecedent(input: AttributionInput, c: Candidate): string | undefined {
  const w = c.words[0];
  if (w !== 'he' && w !== 'she') return undefined;
  const named = lastUnnamed(input, c.sentence, c.start, 3);
  if (!named) return undefined;
  named.entity = input.registry.addPerson(named);
  return named.entity;
}

/**
 * The last capitalised name of two or three words that the article did not recognise as a person,
 * before `start` in sentence `sentence` or in the `back` sentences before it.
 */
function lastUnnamed(input: AttributionInput, sentence: number, start: number, back: number): Candidate | undefined {
  for (let si = sentence; si >= 0 && sentence - si <= back; si--) {
    const { list, bound } = unnamedOf(input.sentences[si]);
    // The last of them (in the sentence's order) before `start` in its own sentence: where the
    // least start from there on first reaches it.
    const n = si === sentence ? countBelow(bound, start) : list.length;
    if (n > 0) return list[n - 1];
  }
  return undefined;
}

/**
 * A sentence's unrecognised names of two or three words outside quotations, in its order, and
 * for each the least start from it on: found once per sentence, since each unresolved pronoun
 * of the article's next sentences looks through them (a sentence of thousands of pronouns and
 * none of them cost its length squared).
 */
function unnamedOf(s: SentenceInfo): OrderedCandidates<Candidate> {
  const hit = s.memo.unnamed;
  if (hit && hit.size === s.candidates.length) return hit;
  const list = s.candidates.filter(
    (x) => !x.inQuote && x.kind === 'unknown' && x.words.length >= 2 && x.words.length <= 3,
  );
  const bound = new Array<number>(list.length);
  for (let k = list.length - 1, least = Infinity; k >= 0; k--) {
    least = Math.min(least, list[k].start);
    bound[k] = least;
  }
  const built = { list, bound, size: s.candidates.length };
  s.memo.unnamed = built;
  return built;
}

/**
 * "Park told reporters" after "Mayor Lena Park", "Cuban said" after "Mark Cuban": a one-word place
 * word that is a known person's surname, and no country or state, is that person.
 */
export function placeWordSurname(registry: EntityRegistry, c: Candidate): string | undefined {
  return surnameShapedPlace(c) ? registry.findBySurname(c.words[0], c.start) : undefined;
}
