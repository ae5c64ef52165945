// Resolves pronouns ("he", "she", "it", "they") and titles used alone ("the Russian
// president") to entities: agreement first (gender, person or organisation, role words), then
// salience — how recently the entity was named, whether as a subject, whether it spoke.
import type { EntityRegistry } from './entities';
import type { Candidate } from './mentions';
import type { Entity } from '../model';
import { ORG_HEADS, PRONOUNS } from '../lexicon/people';
import { placesOf } from '../lexicon/places';

interface Event {
  readonly entity: string;
  readonly sentence: number;
  readonly subject: boolean;
  readonly speaker: boolean;
}

/** How an unnamed source is first introduced: "a neighbour", "another resident", "one official". */
export const INDEFINITE = new Set(['a', 'an', 'another', 'one']);

/** Bodies that govern, whom "the government" may mean. */
/** Places that govern themselves, named as a body: "the city said". */
const MUNICIPALITIES = new Set(['city', 'town', 'township', 'municipality', 'village']);

const GOVERNMENT_BODIES = new Set([
  'government',
  'ministry',
  'department',
  'administration',
  'cabinet',
  'office',
  'kremlin',
  'parliament',
  'council',
  'assembly',
  'agency',
  'house',
]);

/** Offices a state or province elects, and callings news gives by state: "the New York businessman". */
const STATE_OFFICES = new Set([
  'senator',
  'governor',
  'congressman',
  'congresswoman',
  'representative',
  'lawmaker',
  'legislator',
  'premier',
  'businessman',
  'businesswoman',
  'billionaire',
]);

/** Kinds of body whose names carry the kind: "the foundation" is a Foundation, not the IRS. */
const NAMED_KINDS = new Set(['foundation', 'institute', 'association', 'district', 'university', 'college']);

/** How far back (in sentences) a pronoun may look for its antecedent. */
const WINDOW = 8;

/** How far back a description that repeats an organisation's own words ("the railway") may find it. */
const NAMED_WINDOW = 40;

/**
 * How many of the latest mentions a pronoun weighs at most. Eight sentences of news hold a few
 * dozen; without a limit, one endless sentence made every pronoun weigh every mention before it.
 */
const MAX_EVENTS = 128;

export class Salience {
  private readonly events: Event[] = [];

  constructor(private readonly registry: EntityRegistry) {}

  /** An entity was named (outside quotations) in sentence `sentence`. */
  note(entity: string, sentence: number, subject: boolean, speaker = false): void {
    this.events.push({ entity, sentence, subject, speaker });
  }

  /** The entity credited with the most recent quote before `sentence`, if any within reach. */
  lastSpeaker(sentence: number): string | undefined {
    for (let i = this.events.length - 1; i >= 0 && this.events.length - i <= MAX_EVENTS; i--) {
      const e = this.events[i];
      if (sentence - e.sentence > WINDOW * 2) return undefined;
      if (e.speaker && e.sentence <= sentence) return e.entity;
    }
    return undefined;
  }

  private best(
    sentence: number,
    accept: (e: Entity) => boolean,
    preferPeople: boolean,
    penalty: (e: Entity) => number = () => 0,
    window = WINDOW,
    nearest = 0,
  ): string | undefined {
    const score = new Map<string, number>();
    for (let i = this.events.length - 1; i >= 0 && this.events.length - i <= MAX_EVENTS; i--) {
      const ev = this.events[i];
      const d = sentence - ev.sentence;
      if (d > window) break;
      if (d < nearest) continue;
      const ent = this.registry.get(ev.entity);
      if (!ent || !accept(ent)) continue;
      const s =
        10 -
        2 * d +
        (ev.subject ? 3 : 0) +
        (ev.speaker ? 2 : 0) +
        (preferPeople && ent.kind === 'person' ? 1 : 0) -
        penalty(ent) -
        // Ties go to the most recent mention: "Doe wrote… Roe agreed with Doe's approach. “…,” she wrote."
        0.001 * (this.events.length - i);
      if (s > (score.get(ev.entity) ?? -Infinity)) score.set(ev.entity, s);
    }
    let best: string | undefined;
    let top = -Infinity;
    for (const [id, s] of score)
      if (s > top) {
        top = s;
        best = id;
      }
    return best;
  }

  /**
   * The organisation a description such as "the company" stands for: the most salient one lately
   * whose name holds every word of the description ("the budget office" for the Congressional
   * Budget Office, "the court" for the Supreme Court, over a firm named since; further back than a
   * pronoun looks), else the most salient one ("the terrorist group" need not be the SITE
   * Intelligence Group), though "the government" never means a body of another kind.
   */
  recentOrganisation(sentence: number, words: readonly string[] = []): string | undefined {
    const named = (e: Entity): boolean => {
      if (e.kind !== 'organisation') return false;
      const name = e.name.toLowerCase().split(' ');
      return words.every((w) => name.includes(w));
    };
    // "The provincial government" is no "Calgary Food Bank": a government is not a body of another kind.
    const head = words[words.length - 1];
    const government = head === 'government';
    // "The city", "the town" is its council, not whichever body spoke last ("the Board of Trade").
    const municipal = head !== undefined && MUNICIPALITIES.has(head);
    const kindOf = (e: Entity): boolean => {
      if (e.kind !== 'organisation') return false;
      const last = e.name.toLowerCase().split(' ').pop() ?? '';
      if (municipal) return last === 'council' || last === 'hall' || MUNICIPALITIES.has(last);
      // "The foundation", "the institute": a kind that bodies carry in their names is one of those.
      if (head !== undefined && NAMED_KINDS.has(head)) return e.name.toLowerCase().includes(head);
      return !government || !ORG_HEADS.has(last) || GOVERNMENT_BODIES.has(last);
    };
    return (
      (words.length > 0 && this.best(sentence, named, false, () => 0, NAMED_WINDOW)) ||
      this.best(sentence, kindOf, false)
    );
  }

  /**
   * The person a description that only a named person fits stands for ("the 26-year-old", "the
   * rookie defenceman"): the most salient person of the two sentences before (its own may name
   * someone after it: "said the rookie defenceman, brother of Seth Jones").
   */
  recentPerson(sentence: number): string | undefined {
    return this.best(
      sentence,
      (e) => e.kind === 'person',
      true,
      () => 0,
      2,
      1,
    );
  }

  /**
   * The unnamed source a definite description takes up again: "the neighbour" after "a neighbour
   * who saw the fire", "the woman" after "a woman walking her dog" (an indefinite description the
   * article credited lately, whose words hold the head noun).
   */
  recentUnnamed(sentence: number, head: string): string | undefined {
    return this.best(
      sentence,
      (e) => {
        if (e.kind !== 'group') return false;
        const words = e.name.toLowerCase().split(' ');
        return INDEFINITE.has(words[0]) && words.includes(head);
      },
      false,
    );
  }

  /** Whoever a document ("the release", "a statement") is most likely by: the most salient person or organisation lately. */
  recentAuthor(sentence: number): string | undefined {
    return this.best(sentence, (e) => e.kind === 'organisation' || e.kind === 'person', false);
  }

  /**
   * The antecedent of a pronoun in sentence `c.sentence`, by agreement and salience; never one of
   * `unlike` (the people a comparison sets it against: "Unlike Al Mnajer, he…").
   */
  resolvePronoun(c: Candidate, unlike?: ReadonlySet<string>): string | undefined {
    const info = PRONOUNS.get(c.words[0]);
    if (!info) return undefined;
    const g = info.gender;
    if (g === 'male' || g === 'female') {
      // A gender the text tells rules a person out; one guessed from a first name ("Darian",
      // "Andrea") weighs against them, as much as five sentences' distance, but leaves them in
      // when nobody else fits.
      return this.best(
        c.sentence,
        (e) =>
          e.kind === 'person' &&
          !unlike?.has(e.id) &&
          (e.gender === null || e.gender === g || !this.registry.genderIsTold(e.id)),
        true,
        (e) => (e.gender !== null && e.gender !== g ? 10 : 0),
      );
    }
    if (g === 'neuter') return this.best(c.sentence, (e) => e.kind !== 'person', false);
    return this.best(c.sentence, (e) => e.kind !== 'person', false);
  }

  /**
   * The person a title stands for: someone whose role holds all its words ("the French
   * president" → role "French President"), the most salient first; failing a role match, the
   * most salient person for a bare office ("the president") when nobody else holds a role.
   */
  resolveTitle(c: Pick<Candidate, 'words' | 'sentence'>): string | undefined {
    const words = c.words.filter((w) => w !== 'the' && w !== 'former' && w !== 'then' && w !== 'mr' && w !== 'madam');
    if (words.length === 0) return undefined;
    // Two holders are as good as all of them: one is the answer, more ask salience (finding them all cost every title mention a pass over everyone).
    const holders = this.registry.roleHolders(words, 2);
    if (holders.length === 1) return holders[0].id;
    if (holders.length > 1)
      return (
        this.best(c.sentence, (e) => e.kind === 'person' && this.registry.holdsRole(e.id, words), true) ?? holders[0].id
      );
    // "the Vermont senator" with no one named so: a state's or province's elected office, whose
    // holder news names just before ("the Nova Scotia judge" may be someone the story never names).
    if (words.length >= 2 && STATE_OFFICES.has(words[words.length - 1])) {
      const place = words.slice(0, -1).join(' ');
      if (placesOf(place).some((p) => p.kind === 'state' || p.kind === 'province'))
        return this.recentPerson(c.sentence);
    }
    return undefined;
  }
}
