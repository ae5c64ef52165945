// A person's gender from evidence in the text, never a guess. Strongest first:
//   1. pronouns that refer to them ("she", "his"), counted only where a reading that ignores gender
//      finds one antecedent: coreference (coreference.ts) resolves pronouns with the help of gender,
//      so its answers would only repeat the guess they were made with;
//   2. honorifics and gendered role words next to their name ("Ms. Doe", "spokeswoman Jane Doe",
//      "Jane Doe, his mother,");
//   3. their first name, from name lists (unisex names, Andrea or Jean, tell nothing).
// The strongest kind present decides, by majority; a tie, "they", a unisex name or no evidence
// leave the gender unknown. Pronouns from one paragraph only give way to weaker evidence against them.
import { countBelow, firstIndex } from '../../../../common/search';
import type { Entity, Gender, GenderEvidence, GenderEvidenceKind, GenderFinding, Span } from '../model';
import { firstNameEvidence, isStopword } from '../lexicon/names';
import { HONORIFICS, TITLES } from '../lexicon/people';
import { cueLemma, reportsOwnWords } from '../lexicon/cues';
import { isFamilyNameFirst } from '../lexicon/familyFirst';
import type { Token } from '../text/tokens';

/** A sentence as the gender pass reads it: its tokens and which of them are quoted. */
export interface GenderSentence extends Span {
  readonly paragraph: number;
  readonly tokens: readonly Token[];
  readonly inQuote: Uint8Array;
}

type Tells = GenderEvidence['tells'];

const PRONOUN_TELLS = new Map<string, { tells: Tells; role: 'subject' | 'object' | 'possessive' | 'either' }>([
  ['he', { tells: 'male', role: 'subject' }],
  ['him', { tells: 'male', role: 'object' }],
  ['his', { tells: 'male', role: 'possessive' }],
  ['himself', { tells: 'male', role: 'subject' }],
  ['she', { tells: 'female', role: 'subject' }],
  ['her', { tells: 'female', role: 'either' }],
  ['hers', { tells: 'female', role: 'possessive' }],
  ['herself', { tells: 'female', role: 'subject' }],
  ['they', { tells: 'neutral', role: 'subject' }],
  ['them', { tells: 'neutral', role: 'object' }],
  ['their', { tells: 'neutral', role: 'possessive' }],
  ['themself', { tells: 'neutral', role: 'subject' }],
]);

/** Evidence kinds by strength: the first level with any evidence decides. */
const LEVELS: readonly (readonly GenderEvidenceKind[])[] = [['pronoun'], ['honorific', 'role'], ['firstName']];

/** How many words before a name its title may run to ("Liberal Party spokeswoman Jane Doe"). */
const MAX_TITLE_WORDS = 4;
/** How many tokens an apposition after a name may run to ("Jane Doe, the agency's spokeswoman,"). */
const MAX_APPOSITION_TOKENS = 8;

/** Words that end an apposition's head: what follows them is about someone or something else. */
const APPOSITION_STOPS = new Set([
  'who',
  'whose',
  'which',
  'that',
  'of',
  'for',
  'at',
  'in',
  'with',
  'to',
  'from',
  'on',
  'by',
  'and',
  'or',
  'said',
  'says',
]);

/** A mention of someone (not a pronoun) in the writer's voice: what a pronoun may refer to. */
interface Named {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
}

function bare(t: Token): string {
  return t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
}

/** The index of the token starting at `offset`, or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = firstIndex(tokens.length, (k) => tokens[k].start < offset);
  return i < tokens.length && tokens[i].start === offset ? i : -1;
}

/** Up to two distinct entities a pronoun may stand for (two are as good as many: ambiguous), each with where it is first named. */
class Few {
  /** The Few of the first `count` of a sentence's names, in order. */
  static of(named: readonly Named[], count = named.length): Few {
    const few = new Few();
    for (let i = 0; i < count; i++) few.add(named[i].entity, named[i].start);
    return few;
  }

  readonly people: Entity[] = [];
  readonly anyone: Entity[] = [];
  private readonly first = new Map<Entity, number>();

  add(e: Entity, start: number): void {
    // He and she stand for people or unnamed sources ("an official … he"); they for anyone.
    if (e.kind !== 'organisation' && this.people.length < 2 && !this.people.includes(e)) this.people.push(e);
    if (this.anyone.length < 2 && !this.anyone.includes(e)) this.anyone.push(e);
    if (!this.first.has(e) && (this.people.includes(e) || this.anyone.includes(e))) this.first.set(e, start);
  }

  firstAt(e: Entity): number {
    return this.first.get(e) ?? Infinity;
  }
}

/** The one entity both lists together hold, or undefined when they hold none or several. */
function onlyOne(a: readonly Entity[], b: readonly Entity[]): Entity | undefined {
  const all = new Set([...a, ...b]);
  return all.size === 1 ? (a[0] ?? b[0]) : undefined;
}

/** The evidence kind and gender of a word next to a name, if it tells one. */
function titleTells(t: Token): { kind: 'honorific' | 'role'; gender: Gender } | null {
  if (t.kind !== 'word') return null;
  const w = bare(t);
  const h = HONORIFICS.get(w);
  if (h) return { kind: 'honorific', gender: h };
  if (HONORIFICS.has(w)) return null;
  const r = TITLES.get(w);
  return r ? { kind: 'role', gender: r } : null;
}

/**
 * Whether the writer's words before token `end` of the sentence may name a plural ("companies",
 * "Moscow and Paris"): "they" may stand for it, though it is no entity. Any word in -s that is not a
 * grammar word counts (verbs too): "they" is evidence only where nothing else could be meant.
 */
function pluralBefore(s: GenderSentence, end = s.tokens.length): boolean {
  for (let k = 0; k < end; k++) {
    const t = s.tokens[k];
    if (t.kind !== 'word' || s.inQuote[k]) continue;
    const w = t.lower;
    if (w === 'and' || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !isStopword(w))) return true;
  }
  return false;
}

const MALE = 1;
const FEMALE = 2;
const BOTH = MALE | FEMALE;
const PRONOUN = 4;

/**
 * Which of "he" and "she" (any form) the writer's words of the sentence use, as MALE | FEMALE bits,
 * and whether they use any pronoun of `PRONOUN_TELLS` at all (PRONOUN).
 */
function pronounGenders(s: GenderSentence): number {
  let bits = 0;
  const { tokens, inQuote } = s;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || inQuote[k]) continue;
    const tells = PRONOUN_TELLS.get(t.lower)?.tells;
    if (tells === undefined) continue;
    bits |= PRONOUN;
    if (tells === 'male') bits |= MALE;
    else if (tells === 'female') bits |= FEMALE;
  }
  return bits;
}

/**
 * Whether a person is named right after the comma that ends the opening phrase holding token `k`
 * (up to three words after it, for a title): the subject that phrase may look ahead to.
 */
function namedAfterComma(s: GenderSentence, next: Named | undefined, k: number): boolean {
  if (!next || next.entity.kind === 'organisation') return false;
  let m = k + 1;
  while (m < s.tokens.length && s.tokens[m].text !== ',') m++;
  const named = tokenAt(s.tokens, next.start);
  return named > m && named <= m + 4;
}

/** The person named outside quotations whose mention ends at offset `end`, if any. */
function personEndingAt(named: readonly Named[], end: number): Entity | undefined {
  return named.find((n) => n.end === end && n.entity.kind === 'person')?.entity;
}

/** Every word of the sentence inside a quotation. */
function whollyQuoted(s: GenderSentence): boolean {
  return s.tokens.every((t, k) => t.kind !== 'word' || s.inQuote[k] === 1);
}

/** What a pronoun may look back to: an earlier sentence's names, where its first pronoun is, which of he and she it uses. */
interface Reach {
  readonly few: Few;
  readonly pronoun: number;
  readonly genders: number;
}

class Finder {
  private readonly evidence = new Map<string, GenderEvidence[]>();
  /** Per sentence, the people, organisations and unnamed sources it names outside quotations. */
  private readonly named: Named[][];
  /** Per sentence, whether anyone is named in it at all, quoted or not. */
  private readonly mentionsAnyone: boolean[];
  private readonly starts: number[];

  constructor(
    private readonly text: string,
    private readonly sentences: readonly GenderSentence[],
    private readonly entities: readonly Entity[],
  ) {
    this.starts = sentences.map((s) => s.start);
    this.named = sentences.map(() => []);
    this.mentionsAnyone = sentences.map(() => false);
    for (const e of entities) {
      for (const m of e.mentions) {
        if (m.kind === 'pronoun') continue;
        const s = this.sentenceOf(m.start);
        if (s < 0) continue;
        this.mentionsAnyone[s] = true;
        const sentence = sentences[s];
        const k = tokenAt(sentence.tokens, m.start);
        if (k >= 0 && sentence.inQuote[k]) continue;
        this.named[s].push({ entity: e, start: m.start, end: m.end });
      }
    }
    for (const list of this.named) list.sort((a, b) => a.start - b.start);
  }

  private sentenceOf(offset: number): number {
    const i = countBelow(this.starts, offset + 1) - 1;
    return i >= 0 && offset < this.sentences[i].end ? i : -1;
  }

  private add(entity: Entity, kind: GenderEvidenceKind, tells: Tells, span: Span, paragraph: number): void {
    const e: GenderEvidence = {
      kind,
      tells,
      start: span.start,
      end: span.end,
      text: this.text.slice(span.start, span.end),
      paragraph,
    };
    const list = this.evidence.get(entity.id);
    if (list) list.push(e);
    else this.evidence.set(entity.id, [e]);
  }

  /**
   * Pronouns in the writer's voice whose only possible antecedent, gender aside, is one person:
   * the only one named in their sentence before them or in the sentence before. An object pronoun
   * ("thanked her") never means the subject of its own clause, so it counts only when its sentence
   * names nobody before it.
   */
  pronouns(): void {
    // The names of the sentence before (its Few is made when a pronoun asks for it: most
    // sentences have none, and this pass runs over the whole article on every edit).
    let previousNamed: readonly Named[] = [];
    let previousFew: Few | null = null;
    const previous = (): Few => (previousFew ??= Few.of(previousNamed));
    // Where the sentence before first uses a pronoun of a person (Infinity: it uses none).
    let previousPronoun = Infinity;
    // The writer's last sentence before quoted ones that name no one, with its first pronoun.
    let carried: Reach | null = null;
    let previousGenders = 0;
    this.sentences.forEach((s, si) => {
      const named = this.named[si];
      const found = pronounGenders(s);
      const genders = found & BOTH;
      let ownPronoun = Infinity;
      if (found & PRONOUN) {
        // Past quoted sentences only when the pronoun's own sentence names no one: in "In an email
        // to her colleagues, Williamson wrote" it may look ahead.
        const back = carried && named.length === 0 ? carried : null;
        ownPronoun = this.sentencePronouns(
          s,
          si,
          named,
          genders,
          () => back ?? { few: previous(), pronoun: previousPronoun, genders: previousGenders },
        );
      }
      // Quoted sentences that name no one leave the writer's last sentence in reach of a pronoun
      // whose own sentence names no one: "“…,” said Chapman. “They’re stuck.” He said…"
      if (named.length === 0 && ownPronoun === Infinity && !this.mentionsAnyone[si] && whollyQuoted(s)) {
        if (!carried) carried = { few: previous(), pronoun: previousPronoun, genders: previousGenders };
      } else carried = null;
      previousNamed = named;
      previousFew = null;
      previousPronoun = ownPronoun;
      previousGenders = genders;
    });
  }

  /** The pronouns of sentence `si` (which has some): the evidence they give. Returns where its first one starts. */
  private sentencePronouns(
    s: GenderSentence,
    si: number,
    named: readonly Named[],
    genders: number,
    reach: () => Reach,
  ): number {
    // The names before the current token, as a Few when a pronoun asks for it.
    let beforeFew: Few | null = null;
    let next = 0;
    const before = (): Few => (beforeFew ??= Few.of(named, next));
    let ownPronoun = Infinity;
    s.tokens.forEach((t, k) => {
      while (next < named.length && named[next].start < t.start) {
        beforeFew = null;
        next++;
      }
      if (t.kind !== 'word' || s.inQuote[k]) return;
      const p = PRONOUN_TELLS.get(t.lower);
      if (!p) return;
      const back = reach();
      const firstPronoun = Math.min(back.pronoun, ownPronoun);
      ownPronoun = Math.min(ownPronoun, t.start);
      let role = p.role;
      if (role === 'either') {
        // "her" before a noun is a possessive ("her mother"), else an object ("told her").
        const after = s.tokens[k + 1];
        role = after?.kind === 'word' && (!isStopword(after.lower) || after.lower === 'own') ? 'possessive' : 'object';
      }
      if (role === 'object' && next > 0) return;
      // "Doe said she…", "Doe said that he…": the subject of the clause that reports, whoever else
      // is in reach, and even after a pronoun that looked ahead to her ("In her statement, Doe said she").
      const own = this.reporter(s, named, k);
      if (own && p.role === 'subject' && p.tells !== 'neutral') {
        this.add(own, 'pronoun', p.tells, t, s.paragraph);
        return;
      }
      // "Ali told the prime minister in a soft voice, her words met with applause": a possessive
      // opening a phrase after the clause that reports belongs to that clause's subject.
      const speaker =
        role === 'possessive' && s.tokens[k - 1]?.text === ',' ? this.reportingSubject(s, named, k) : undefined;
      if (speaker && p.tells !== 'neutral') {
        this.add(speaker, 'pronoun', p.tells, t, s.paragraph);
        return;
      }
      if (p.tells === 'neutral' && (pluralBefore(s, k) || (si > 0 && pluralBefore(this.sentences[si - 1])))) return;
      // "He" and "she" both in reach tell of two people where one is named: someone unnamed is
      // meant ("Easley offered to monitor his breathing. She crawled into bed with him").
      if ((genders | back.genders) === BOTH) return;
      // A possessive in an opening phrase may look ahead to the subject ("Given his views, Shanahan
      // said") or not ("His brother, Terry Vance, said"): no reading without gender is sure.
      if (role === 'possessive' && before().people.length === 0 && namedAfterComma(s, named[next], k)) return;
      const only =
        p.tells === 'neutral' ? onlyOne(before().anyone, back.few.anyone) : onlyOne(before().people, back.few.people);
      if (only?.kind !== 'person') return;
      // A pronoun before the person is first named in reach already stands for someone named
      // earlier ("…,” she said, after Trump's rise …, she …"): that someone may be meant here too.
      if (firstPronoun < Math.min(back.few.firstAt(only), before().firstAt(only))) return;
      this.add(only, 'pronoun', p.tells, t, s.paragraph);
    });
    return ownPronoun;
  }

  /** The one person named right before a reporting verb of the writer's before token `k` ("Ali told …"), or undefined. */
  private reportingSubject(s: GenderSentence, named: readonly Named[], k: number): Entity | undefined {
    let found: Entity | undefined;
    for (let cue = 1; cue < k; cue++) {
      const t = s.tokens[cue];
      if (t.kind !== 'word' || s.inQuote[cue] || !cueLemma(t.lower)) continue;
      const end = s.tokens[cue - 1].end;
      const subject = personEndingAt(named, end);
      if (subject && found && subject !== found) return undefined;
      found = subject ?? found;
    }
    return found;
  }

  /**
   * The person named right before the reporting verb before token `k` ("Doe said [that] she"), or
   * undefined.
   */
  private reporter(s: GenderSentence, named: readonly Named[], k: number): Entity | undefined {
    let cue = k - 1;
    if (s.tokens[cue]?.lower === 'that') cue--;
    if (cue < 1 || s.tokens[cue].kind !== 'word' || !reportsOwnWords(s.tokens[cue].lower) || s.inQuote[cue])
      return undefined;
    const end = s.tokens[cue - 1].end;
    return personEndingAt(named, end);
  }

  /** Honorifics and gendered role words before a name, and an apposition's head beside it. */
  titles(): void {
    for (const e of this.entities) {
      if (e.kind !== 'person') continue;
      for (const m of e.mentions) {
        if (m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'misspelling') continue;
        const si = this.sentenceOf(m.start);
        if (si < 0) continue;
        const s = this.sentences[si];
        const first = tokenAt(s.tokens, m.start);
        if (first < 0) continue;
        // Before the name: "Ms. Jane Doe", "Liberal Party spokeswoman Jane Doe".
        let words = 0;
        for (let k = first - 1; k >= 0 && words < MAX_TITLE_WORDS; k--) {
          const t = s.tokens[k];
          if (t.kind === 'punct' && t.text === '.') continue;
          if (t.kind !== 'word') break;
          const told = titleTells(t);
          if (told) this.add(e, told.kind, told.gender, t, s.paragraph);
          else if (!t.cap) break;
          words++;
        }
        // An apposition before the name: "his mother, Jane Doe".
        const comma = s.tokens[first - 1];
        if (comma?.text === ',' && first >= 2) {
          const told = titleTells(s.tokens[first - 2]);
          if (told) this.add(e, told.kind, told.gender, s.tokens[first - 2], s.paragraph);
        }
        // An apposition after it: "Jane Doe, the agency's spokeswoman," — its head, not a possessor's.
        let last = first;
        while (last + 1 < s.tokens.length && s.tokens[last + 1].end <= m.end) last++;
        if (s.tokens[last + 1]?.text !== ',') continue;
        for (let k = last + 2; k < s.tokens.length && k <= last + 1 + MAX_APPOSITION_TOKENS; k++) {
          const t = s.tokens[k];
          if (t.kind === 'possessive') continue;
          if (t.kind !== 'word' || APPOSITION_STOPS.has(t.lower)) break;
          if (s.tokens[k + 1]?.kind === 'possessive') continue;
          const told = titleTells(t);
          if (told) {
            this.add(e, told.kind, told.gender, t, s.paragraph);
            break;
          }
        }
      }
    }
  }

  /**
   * The first name of a person named in full, where one of their mentions writes it; each spelling
   * once ("Jody Wilson-Raybould", then "Jodie Wilson-Raybould").
   */
  firstNames(): void {
    for (const e of this.entities) {
      if (e.kind !== 'person') continue;
      const seen = new Set<string>();
      for (const name of [e.name, ...e.aliases]) {
        const words = name.split(/\s+/);
        if (words.length < 2) continue;
        const first = words[0];
        const lower = first.toLowerCase();
        // An initial ("J. Smith") tells nothing, nor a family name written first ("Xi Jinping").
        if (seen.has(lower) || first.replace(/\./g, '').length < 2 || isFamilyNameFirst(words)) continue;
        seen.add(lower);
        const tells = firstNameEvidence(lower) ?? (lower.includes('-') ? firstNameEvidence(lower.split('-')[0]) : null);
        if (!tells) continue;
        const m = e.mentions.find(
          (x) => (x.kind === 'name' || x.kind === 'misspelling') && this.text.startsWith(first, x.start),
        );
        if (!m) continue;
        const si = this.sentenceOf(m.start);
        this.add(
          e,
          'firstName',
          tells,
          { start: m.start, end: m.start + first.length },
          this.sentences[si]?.paragraph ?? 0,
        );
      }
    }
  }

  findings(): Map<string, GenderFinding> {
    const out = new Map<string, GenderFinding>();
    for (const e of this.entities) {
      if (e.kind !== 'person') continue;
      const evidence = (this.evidence.get(e.id) ?? []).sort((a, b) => a.start - b.start);
      out.set(e.id, decide(evidence));
    }
    return out;
  }
}

/**
 * The strongest level present decides by majority; a tie, or a majority for "they" or a unisex name,
 * is unknown. One exception: pronouns all in one paragraph that the weaker evidence contradicts give
 * way to it. Such pronouns were read where one person was named nearby, but an unnamed one ("the
 * victim", "a woman") may be meant; a first name or title is wrong far less often than that.
 */
export function decide(evidence: readonly GenderEvidence[]): GenderFinding {
  const found = decideFrom(evidence, LEVELS);
  if (found.decidedBy?.kind !== 'pronoun') return found;
  const pronouns = evidence.filter((x) => x.kind === 'pronoun');
  if (new Set(pronouns.map((x) => x.paragraph)).size > 1) return found;
  const weaker = decideFrom(evidence, LEVELS.slice(1));
  return weaker.gender === 'unknown' || weaker.gender === found.gender ? found : weaker;
}

function decideFrom(evidence: readonly GenderEvidence[], levels: typeof LEVELS): GenderFinding {
  for (const level of levels) {
    let here = evidence.filter((x) => level.includes(x.kind));
    if (!here.length) continue;
    // A unisex first name tells nothing beside another spelling that does ("Jody", then "Jodie").
    if (here.some((x) => x.tells === 'male' || x.tells === 'female') && here.some((x) => x.tells === 'unisex'))
      here = here.filter((x) => x.tells !== 'unisex');
    const counts = new Map<Tells, number>();
    for (const x of here) counts.set(x.tells, (counts.get(x.tells) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [top, n] = ranked[0];
    if ((ranked[1] && ranked[1][1] === n) || (top !== 'male' && top !== 'female'))
      return { gender: 'unknown', evidence, decidedBy: null };
    return { gender: top, evidence, decidedBy: here.find((x) => x.tells === top) ?? null };
  }
  return { gender: 'unknown', evidence, decidedBy: null };
}

/** Every person's gender finding, by entity id. */
export function findGenders(
  text: string,
  sentences: readonly GenderSentence[],
  entities: readonly Entity[],
): Map<string, GenderFinding> {
  const finder = new Finder(text, sentences, entities);
  finder.pronouns();
  finder.titles();
  finder.firstNames();
  return finder.findings();
}
