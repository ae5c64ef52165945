// One entity per real-world speaker: merges the name mentions of a person ("Emmanuel
// Macron", "Macron", "Emanuel Macron"), organisations, and unnamed sources, and keeps every
// mention. Pronoun and title mentions are added by coreference (coreference.ts).
import { charSet, closeSpelling, maybeCloseSets, normalizeName } from './distance';
import type { Entity, EntityKind, Gender, MentionKind, Span } from '../model';
import { countBelow, firstIndex } from '../../../../common/search';
import { firstNameGender } from '../lexicon/names';
import { NAME_SUFFIXES, SURNAME_PARTICLES } from '../lexicon/people';

/** A name as a person is added by: a mention in the text, or a name the editor typed. */
export interface PersonName extends Span {
  readonly words: readonly string[];
  readonly gender: Gender | null;
  readonly role: string | null;
  /** Its NameParts once worked out (partsOf): a candidate lives as long as its paragraph's work. */
  parts?: NameParts;
}

/** The parts of a written name, normalised for comparison. */
export interface NameParts {
  /** Every word, without a generational suffix ("Jr."). */
  readonly all: readonly string[];
  /** The first name; null for a name of one word. */
  readonly first: string | null;
  /** The words between the first name and the surname ("paz" in "Lucia Paz Ortega", "j." in "Harry J. Kellan"). */
  readonly middles: readonly string[];
  /** The surname with the particles before it: "al haddad", "van der berg". */
  readonly surname: string;
  /** The surname's last word. */
  readonly last: string;
  /** A generational suffix ("jr", "iii"): "Donald Trump Jr." is not "Donald Trump". */
  readonly suffix: string | null;
}

/** The parts of a name, worked out once for each name object: a name is compared many times. */
export function partsOf(name: { readonly words: readonly string[]; parts?: NameParts }): NameParts {
  return (name.parts ??= nameParts(name.words));
}

export function nameParts(words: readonly string[]): NameParts {
  let all = words.map(normalizeName);
  let suffix: string | null = null;
  while (all.length > 1 && NAME_SUFFIXES.has(all[all.length - 1])) {
    suffix ??= all[all.length - 1].replace('.', '');
    all = all.slice(0, -1);
  }
  let s = all.length - 1;
  // Particles join the surname, but a name keeps its first word as its first name.
  while (s > 1 && SURNAME_PARTICLES.has(all[s - 1])) s--;
  return {
    all,
    first: all.length >= 2 ? all[0] : null,
    middles: all.slice(1, Math.max(1, s)),
    surname: all.slice(s).join(' '),
    last: all[all.length - 1],
    suffix,
  };
}

interface Person {
  readonly entity: Entity;
  /** Creation order: the indexes below keep their lists in it, as a scan of every person would meet them. */
  readonly order: number;
  /** Normalised first name and last word of the surname; first is null for a surname-only entity. */
  first: string | null;
  readonly last: string;
  /** `charSet(last)`: near misses of a last name are looked for among many persons. */
  readonly lastChars: number;
  /** The surname with its particles ("al haddad"). */
  surname: string;
  /** Every spelling of the full name, with its count. */
  readonly spellings: Map<string, number>;
  readonly roles: Map<string, number>;
  /** Starts of full-name mentions, ascending. */
  readonly fullAt: number[];
  /** The gender the text tells (an honorific, a gendered title), stronger than a first name's. */
  toldGender: Gender | null;
  /** The generational suffix the person was named with ("jr"), if any. */
  suffix: string | null;
}

function key(words: readonly string[]): string {
  return words.map(normalizeName).join(' ');
}

/** The legal form that ends a company's name and no other: "Inc.", "Ltd.", "LLC". */
const LEGAL_ENDINGS = new Set(['inc', 'corp', 'ltd', 'llc', 'plc', 'ltée', 'ltee']);

/** How many items of a list kept in creation order were created before order `order` (by halves). */
function countOrderBefore<T extends { readonly order: number }>(list: readonly T[], order: number): number {
  return firstIndex(list.length, (i) => list[i].order < order);
}

/**
 * Adds to a list kept in creation order, once (most additions come last; the place is found by
 * halves, so a word that thousands of people share costs no scan of them all).
 */
function addInOrder<T extends { readonly order: number }>(index: Map<string, T[]>, k: string, item: T): void {
  const list = index.get(k);
  if (!list) {
    index.set(k, [item]);
    return;
  }
  if (list[list.length - 1].order < item.order) {
    list.push(item);
    return;
  }
  const i = countOrderBefore(list, item.order);
  if (list[i] !== item) list.splice(i, 0, item);
}

/** How many words of an organisation's name its endings are indexed on (and looked up by). */
const MAX_ORG_WORDS = 8;

/** The proper endings of a name after a space, shortest first, up to MAX_ORG_WORDS words: "times", "york times". */
function orgEndings(k: string): string[] {
  const out: string[] = [];
  for (let at = k.lastIndexOf(' '); at > 0 && out.length < MAX_ORG_WORDS; at = k.lastIndexOf(' ', at - 1))
    out.push(k.slice(at + 1));
  return out;
}

/** Merges lists kept in creation order into one. */
function mergeInOrder<T extends { readonly order: number }>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const l of lists) for (const x of l) out.push(x);
  return lists.length > 1 ? out.sort((a, b) => a.order - b.order) : out;
}

/** Words of a role, for matching titles used alone ("the French president" → role "French President"). */
function roleWords(role: string): string[] {
  return role.toLowerCase().split(/[\s-]+/);
}

interface Org {
  readonly entity: Entity;
  readonly order: number;
}

const EMPTY: readonly Person[] = [];

/** The ending of a first name's last sound, however it is spelt: "Jody", "Jodie", "Jodi", "Jodey". */
const FINAL_EE = /(?:ie|ey|i|y)$/;

/** First names that differ only in how their last sound is spelt: "Jody" and "Jodie", "Bobby" and "Bobbie". */
function sameEnding(a: string, b: string): boolean {
  if (a === b || !FINAL_EE.test(a) || !FINAL_EE.test(b)) return false;
  const stem = a.replace(FINAL_EE, '');
  return stem.length >= 2 && stem === b.replace(FINAL_EE, '');
}

export class EntityRegistry {
  private readonly list: Entity[] = [];
  private readonly byId = new Map<string, Entity>();
  private readonly persons: Person[] = [];
  private readonly byEntity = new Map<string, Person>();
  // Persons by normalised last name, by first name, by the first letter and length of the last
  // name (for misspellings: a near miss shares its first letter and is at most 2 letters longer
  // or shorter), and by the words of their roles; each list in creation order.
  private readonly byLast = new Map<string, Person[]>();
  /**
   * Persons named in full by the surnames of several words they may also be called by alone:
   * "al haddad" (particles), "paz ortega" (a double surname).
   */
  private readonly bySurname = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  private readonly byLastShape = new Map<string, Person[]>();
  /** Persons named in full by first name and the shape of their last name: a misspelt last name shares both. */
  private readonly byFirstAndShape = new Map<string, Person[]>();
  private readonly byRoleWord = new Map<string, Person[]>();
  private readonly roleWordsOf = new Map<string, string[]>();
  /** Role holders by the words asked for, until a role is added. */
  private readonly holders = new Map<string, Entity[]>();
  private readonly orgs = new Map<string, Org>();
  /**
   * Organisations by kind and every ending of their key after a space, up to MAX_ORG_WORDS words
   * ("organisation york times", "organisation times" for "new york times").
   */
  private readonly orgEndings = new Map<string, Org[]>();
  /** Persons named in full (they have a first name) by the shape of their last name, in the order they became so. */
  private readonly namedByShape = new Map<string, Person[]>();
  /**
   * Near misses of a word among the last names of persons named in full, and how many of the
   * persons named in full of each of its five shapes (lengths −2 … +2) it has seen.
   */
  private readonly nearMisses = new Map<string, { persons: Person[]; seen: number[] }>();
  /** Ends of the mentions recorded, by start. */
  private readonly mentionKeys = new Map<number, number | number[]>();
  /** The unnamed source made for an indefinite description, by its span ("start:end"). */
  private readonly unnamedAt = new Map<string, string>();

  all(): readonly Entity[] {
    return this.list;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  private create(name: string, kind: EntityKind, gender: Gender | null): Entity {
    const e: Entity = { id: `e${this.list.length + 1}`, name, role: null, kind, gender, aliases: [], mentions: [] };
    this.list.push(e);
    this.byId.set(e.id, e);
    return e;
  }

  /** Records a mention once (several passes may find the same span). */
  mention(entity: string, span: Span, kind: MentionKind): void {
    if (this.hasMention(span)) return;
    const ends = this.mentionKeys.get(span.start);
    if (ends === undefined) this.mentionKeys.set(span.start, span.end);
    else if (typeof ends === 'number') this.mentionKeys.set(span.start, [ends, span.end]);
    else ends.push(span.end);
    this.byId.get(entity)?.mentions.push({ start: span.start, end: span.end, entity, kind });
  }

  hasMention(span: Span): boolean {
    const ends = this.mentionKeys.get(span.start);
    return ends === span.end || (typeof ends === 'object' && ends.includes(span.end));
  }

  private lastShape(last: string): string {
    return `${last.charAt(0)}${last.length}`;
  }

  /** Persons whose last name may be a near miss of `w` (same first letter, length within 2), in creation order. */
  private nearLast(w: string): Person[] {
    const lists: Person[][] = [];
    for (let d = -2; d <= 2; d++) {
      const l = this.byLastShape.get(`${w.charAt(0)}${w.length + d}`);
      if (l) lists.push(l);
    }
    return mergeInOrder(lists);
  }

  private setFirst(p: Person, first: string): void {
    p.first = first;
    addInOrder(this.byFirst, first, p);
    addInOrder(this.byFirstAndShape, `${first} ${this.lastShape(p.last)}`, p);
    const shape = this.lastShape(p.last);
    const named = this.namedByShape.get(shape);
    if (named) named.push(p);
    else this.namedByShape.set(shape, [p]);
  }

  /** Persons named in full whose last name `w` may misspell, in creation order. */
  private misspeltLast(w: string): Person[] {
    let hit = this.nearMisses.get(w);
    const chars = charSet(w);
    const near = (p: Person): boolean => maybeCloseSets(p.lastChars, chars) && closeSpelling(p.last, w);
    if (!hit) {
      const seen: number[] = [];
      for (let d = -2; d <= 2; d++) seen.push(this.namedByShape.get(`${w.charAt(0)}${w.length + d}`)?.length ?? 0);
      hit = { persons: this.nearLast(w).filter((p) => p.first !== null && near(p)), seen };
      this.nearMisses.set(w, hit);
    }
    // Persons named in full since, among those of a near shape only: each is a near miss or not
    // once and for all (looking through every person named since cost each repeated word a pass
    // over everyone).
    for (let d = -2; d <= 2; d++) {
      const named = this.namedByShape.get(`${w.charAt(0)}${w.length + d}`);
      if (!named) continue;
      for (let n = hit.seen[d + 2]; n < named.length; n++) {
        const p = named[n];
        if (!near(p)) continue;
        const i = countOrderBefore(hit.persons, p.order);
        if (hit.persons[i] !== p) hit.persons.splice(i, 0, p);
      }
      hit.seen[d + 2] = named.length;
    }
    return hit.persons;
  }

  /** The first-created person with this first name whose last name `last` misspells (same first letter, length within 2). */
  private misspeltFirstAndLast(first: string, last: string): Person | undefined {
    let best: Person | undefined;
    const chars = charSet(last);
    for (let d = -2; d <= 2; d++) {
      for (const x of this.byFirstAndShape.get(`${first} ${last.charAt(0)}${last.length + d}`) ?? EMPTY) {
        if (best && x.order > best.order) break;
        if (maybeCloseSets(x.lastChars, chars) && closeSpelling(x.last, last)) {
          best = x;
          break;
        }
      }
    }
    return best;
  }

  /** Indexes a person by the surnames of several words it may be called by alone. */
  private addSurnames(p: Person, parts: NameParts): void {
    if (parts.surname.includes(' ')) addInOrder(this.bySurname, parts.surname, p);
    if (parts.middles.length > 0)
      addInOrder(this.bySurname, `${parts.middles[parts.middles.length - 1]} ${parts.surname}`, p);
  }

  /**
   * The person a name of several words is, found by its surname: the name is that surname alone
   * ("Al Haddad" for Samira Al Haddad), or the person was first known by part of the name ("Paz
   * Ortega", then "Lucia Paz Ortega"; "Al Haddad", then "Samira Al Haddad").
   */
  private bySurnameForm(parts: NameParts): { person: Person; alone: boolean } | undefined {
    const whole = parts.all.join(' ');
    const alone = this.bySurname.get(whole)?.find((x) => x.first !== null && x.first !== parts.first);
    if (alone) return { person: alone, alone: true };
    if (parts.first === null) return undefined;
    const earlier = (this.byLast.get(parts.last) ?? EMPTY).find(
      (x) =>
        x.first !== null &&
        x.first !== parts.first &&
        (parts.middles.includes(x.first) || `${x.first} ${x.surname}` === parts.surname),
    );
    return earlier && { person: earlier, alone: false };
  }

  /** A person named by two or more words (or one word after a title): finds or creates the entity, and returns its id. */
  addPerson(c: PersonName, inText = true): string {
    const words = c.words;
    const parts = partsOf(c);
    const { first, last } = parts;
    const known = this.byLast.get(last) ?? EMPTY;
    // "Donald Trump Jr." is someone else than "Donald Trump" (but may be the "Trump" named alone).
    const sameLast = parts.suffix ? known.filter((x) => x.suffix === parts.suffix || x.first === null) : known;
    let p =
      (parts.suffix ? undefined : sameLast.find((x) => !x.suffix && compatibleFirst(x.first, first))) ??
      sameLast.find((x) => compatibleFirst(x.first, first));
    let misspelt = false;
    let alone = false;
    if (p && first && p.first !== null && p.first !== first && words.length >= 2) {
      // "Al Haddad" beside "Samira Al Haddad": a surname alone, not a second first name.
      const form = this.bySurnameForm(parts);
      if (form?.alone) ({ person: p, alone } = form);
    }
    if ((!p || (p.first !== null && first !== null && !compatibleFirst(p.first, first))) && words.length >= 2) {
      const form = this.bySurnameForm(parts);
      if (form && (!parts.suffix || form.person.suffix === parts.suffix)) {
        p = form.person;
        alone = form.alone;
        // The name it was first known by was part of this fuller one: this is its first name.
        if (!alone && first) {
          p.first = null;
          if (!p.entity.gender && !SURNAME_PARTICLES.has(first)) p.entity.gender = firstNameGender(first);
          p.surname = parts.surname;
        }
      }
    }
    if (!p && first) {
      p = sameLast.find((x) => x.first !== null && (closeSpelling(x.first, first) || sameEnding(x.first, first)));
      // Among the persons of that first name whose last name has a near shape only, not all of them.
      if (!p && !parts.suffix) p = this.misspeltFirstAndLast(first, last);
      misspelt = !!p;
    }
    if (!p) {
      // A leading particle ("Al Haddad") is more likely a surname's than a first name: no gender from it.
      const gender = c.gender ?? (first && !SURNAME_PARTICLES.has(first) ? firstNameGender(first) : null);
      p = {
        entity: this.create(words.join(' '), 'person', gender),
        order: this.persons.length,
        first: null,
        last,
        lastChars: charSet(last),
        surname: parts.surname,
        spellings: new Map(),
        roles: new Map(),
        fullAt: [],
        toldGender: null,
        suffix: parts.suffix,
      };
      this.persons.push(p);
      this.byEntity.set(p.entity.id, p);
      addInOrder(this.byLast, last, p);
      addInOrder(this.byLastShape, this.lastShape(last), p);
    }
    if (parts.suffix && !p.suffix) p.suffix = parts.suffix;
    if (!alone) this.addSurnames(p, parts);
    if (first && !p.first && !alone) this.setFirst(p, first);
    if (c.gender && !p.toldGender) {
      p.toldGender = c.gender;
      p.entity.gender = c.gender;
    }
    if (c.role) this.addRole(p, c.role);
    const spelling = words.join(' ');
    if (words.length >= 2 && !alone) {
      p.spellings.set(spelling, (p.spellings.get(spelling) ?? 0) + 1);
      // Kept ascending (a cue may vouch for a name after later ones were read): findPerson searches it by halves.
      if (inText) {
        if (p.fullAt.length === 0 || p.fullAt[p.fullAt.length - 1] <= c.start) p.fullAt.push(c.start);
        else p.fullAt.splice(countBelow(p.fullAt, c.start), 0, c.start);
      }
    }
    // A name the editor typed ("Set speaker…") is not a mention in the text.
    if (inText)
      this.mention(p.entity.id, c, misspelt ? 'misspelling' : words.length >= 2 && !alone ? 'name' : 'surname');
    return p.entity.id;
  }

  /**
   * A single capitalised word that may be part of a known person's name: the surname
   * ("Putin") or, failing that, the first name ("Hillary"). Among people sharing it, the one
   * whose full name was written last before `at` wins; then the most mentioned.
   */
  findPerson(word: string, at: number, allowMisspelling = false): string | undefined {
    const w = normalizeName(word);
    let matches: readonly Person[] = this.byLast.get(w) ?? EMPTY;
    if (matches.length === 0) matches = this.byFirst.get(w) ?? EMPTY;
    if (matches.length === 0 && allowMisspelling && w.length >= 6) {
      matches = this.misspeltLast(w);
    }
    if (matches.length === 0) return undefined;
    if (matches.length === 1) return matches[0].entity.id;
    let best = matches[0];
    let bestAt = -1;
    for (const p of matches) {
      const n = countBelow(p.fullAt, at);
      const before = n > 0 ? p.fullAt[n - 1] : -1;
      if (before > bestAt || (before === bestAt && p.entity.mentions.length > best.entity.mentions.length)) {
        best = p;
        bestAt = before;
      }
    }
    return best.entity.id;
  }

  /** A known person whose surname is `word` (not their first name): see findPerson. */
  findBySurname(word: string, at: number): string | undefined {
    return this.byLast.has(normalizeName(word)) ? this.findPerson(word, at) : undefined;
  }

  /** A known person by first and last name ("Pat Caddell" in a headline, where names are not trusted to create people). */
  findFullName(words: string[]): string | undefined {
    if (words.length < 2) return undefined;
    const first = normalizeName(words[0]);
    const last = normalizeName(words[words.length - 1]);
    return this.byLast.get(last)?.find((p) => p.first === first)?.entity.id;
  }

  /** The organisation (or group) `addOrganisation` would add these words to, if it exists yet: no change made. */
  findOrganisation(words: readonly string[], kind: EntityKind = 'organisation'): string | undefined {
    const trimmed = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
    const k = key([...trimmed]);
    return (this.orgs.get(k)?.entity ?? this.orgSharingEnd(k, kind))?.id;
  }

  /**
   * The organisation whose name of two or more words starts with this word ("TransCanada" for
   * "TransCanada Corp.", "Carolina" for "Carolina Hurricanes"), the first named; undefined if none.
   */
  findOrganisationStartingWith(word: string): string | undefined {
    const w = word.toLowerCase();
    for (const { entity } of this.orgs.values()) {
      if (entity.kind !== 'organisation') continue;
      const space = entity.name.indexOf(' ');
      if (space > 0 && entity.name.slice(0, space).toLowerCase() === w) return entity.id;
    }
    return undefined;
  }

  /** The writer's entity, if the article has spoken in its own voice yet. */
  findWriter(): string | undefined {
    return this.orgs.get('\u0000writer')?.entity.id;
  }

  /** An organisation ("The New York Times", "the Kremlin"): one entity per name; a shorter name ending a longer one is the same. */
  addOrganisation(words: string[], span: Span, kind: EntityKind = 'organisation'): string {
    const trimmed = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
    const k = key(trimmed);
    let e = this.orgs.get(k)?.entity ?? this.sameCompany(trimmed, kind) ?? this.orgSharingEnd(k, kind);
    if (!e) {
      e = this.create(trimmed.join(' '), kind, null);
      const org = { entity: e, order: this.orgs.size };
      this.orgs.set(k, org);
      for (const ending of orgEndings(k)) addInOrder(this.orgEndings, `${kind} ${ending}`, org);
    } else if (trimmed.join(' ').length > e.name.length && kind === 'organisation') {
      e.aliases.push(e.name);
      e.name = trimmed.join(' ');
    }
    this.mention(e.id, span, kind === 'group' ? 'descriptor' : 'name');
    return e.id;
  }

  /** "Shopify" for "Shopify Inc.", or "Shopify Inc." for "Shopify": one company with and without its legal form. */
  private sameCompany(words: readonly string[], kind: EntityKind): Entity | undefined {
    const last = normalizeName(words[words.length - 1] ?? '').replace(/\.$/, '');
    if (words.length > 1 && LEGAL_ENDINGS.has(last)) {
      const o = this.orgs.get(key(words.slice(0, -1)));
      return o?.entity.kind === kind ? o.entity : undefined;
    }
    const k = key(words);
    for (const ending of LEGAL_ENDINGS) {
      const o = this.orgs.get(`${k} ${ending}`);
      if (o?.entity.kind === kind) return o.entity;
    }
    return undefined;
  }

  /**
   * The first organisation of this kind (in creation order) whose name ends with the other's
   * after a space: "new york times" for "times", or "times" for "new york times".
   */
  private orgSharingEnd(k: string, kind: EntityKind): Entity | undefined {
    let best: Org | undefined = this.orgEndings.get(`${kind} ${k}`)?.[0];
    for (const ending of orgEndings(k)) {
      const o = this.orgs.get(ending);
      if (o && o.entity.kind === kind && (!best || o.order < best.order)) best = o;
    }
    return best?.entity;
  }

  /** The writer's own voice ("I", "we" outside quotations): one entity for the article's author. */
  writer(span: Span): string {
    let e = this.orgs.get('\u0000writer')?.entity;
    if (!e) {
      e = this.create('The writer', 'person', null);
      this.orgs.set('\u0000writer', { entity: e, order: this.orgs.size });
    }
    this.mention(e.id, span, 'pronoun');
    return e.id;
  }

  /** An unnamed source ("a source", "officials"): each indefinite description is its own entity. */
  addGroup(text: string, span: Span, definite: boolean): string {
    if (definite) return this.addOrganisation([text], span, 'group');
    // Each indefinite description is its own source, but the same words credited twice (two
    // quotes of one cue) are one: a second entity would have no mention at all.
    const at = `${span.start}:${span.end}`;
    const known = this.unnamedAt.get(at);
    if (known) return known;
    const e = this.create(text, 'group', null);
    this.unnamedAt.set(at, e.id);
    this.mention(e.id, span, 'descriptor');
    return e.id;
  }

  people(): readonly Entity[] {
    return this.persons.map((p) => p.entity);
  }

  /** Whether the person's gender is told by the text (an honorific, a title), not just guessed from a first name. */
  genderIsTold(id: string): boolean {
    return !!this.byEntity.get(id)?.toldGender;
  }

  /**
   * The text tells a person's gender by a pronoun that can only mean them ("Doe said she…"):
   * it outweighs a first name's guess. False when the text already told the other gender.
   */
  tellGender(id: string, gender: Gender): boolean {
    const p = this.byEntity.get(id);
    if (!p) return false;
    if (p.toldGender) return p.toldGender === gender;
    p.toldGender = gender;
    p.entity.gender = gender;
    return true;
  }

  /** Every role the article gives a person. */
  roles(id: string): string[] {
    return [...(this.byEntity.get(id)?.roles.keys() ?? [])];
  }

  private addRole(p: Person, role: string): void {
    const n = p.roles.get(role);
    p.roles.set(role, (n ?? 0) + 1);
    if (n !== undefined) return;
    this.holders.clear();
    let ws = this.roleWordsOf.get(role);
    if (!ws) {
      ws = roleWords(role);
      this.roleWordsOf.set(role, ws);
    }
    for (const w of ws) addInOrder(this.byRoleWord, w, p);
  }

  /**
   * The people one of whose roles holds every word (lower case), in creation order, at most
   * `limit` of them: looked for among the holders of the rarest word, not among everyone
   * (two are as good as all for a title: one is the answer, more ask salience).
   */
  roleHolders(words: readonly string[], limit = Infinity): Entity[] {
    const k = `${limit} ${words.join(' ')}`;
    let out = this.holders.get(k);
    if (!out) {
      out = this.findHolders(words, limit);
      this.holders.set(k, out);
    }
    return out;
  }

  private findHolders(words: readonly string[], limit: number): Entity[] {
    let fewest: readonly Person[] = EMPTY;
    for (let i = 0; i < words.length; i++) {
      const list = this.byRoleWord.get(words[i]) ?? EMPTY;
      if (i === 0 || list.length < fewest.length) fewest = list;
    }
    const out: Entity[] = [];
    for (const p of fewest) {
      if (out.length >= limit) break;
      if (this.holds(p, words)) out.push(p.entity);
    }
    return out;
  }

  private holds(p: Person, words: readonly string[]): boolean {
    for (const r of p.roles.keys()) {
      const role = this.roleWordsOf.get(r) ?? roleWords(r);
      if (words.every((w) => role.includes(w))) return true;
    }
    return false;
  }

  /** Whether a person holds a role with every one of `words` (lower case). */
  holdsRole(id: string, words: readonly string[]): boolean {
    const p = this.byEntity.get(id);
    return !!p && this.holds(p, words);
  }

  roleOf(id: string): string | null {
    const p = this.byEntity.get(id);
    if (!p) return null;
    let best: string | null = null;
    let n = 0;
    for (const [r, c] of p.roles)
      if (c > n || (c === n && best !== null && r.length > best.length)) {
        best = r;
        n = c;
      }
    return best;
  }

  /**
   * Settles each entity's canonical name (the most used of its longest spellings), its role,
   * its aliases, and sorts its mentions; misspelt mentions are those whose spelling is a
   * near miss of the canonical one.
   */
  finish(text: string): Entity[] {
    for (const p of this.persons) {
      const e = p.entity;
      let best = e.name;
      let bestWords = 0;
      let bestCount = 0;
      for (const [s, n] of p.spellings) {
        const w = s.split(' ').length;
        if (w > bestWords || (w === bestWords && n > bestCount)) {
          best = s;
          bestWords = w;
          bestCount = n;
        }
      }
      e.name = best;
      e.role = this.roleOf(e.id);
      const canon = key(best.split(' '));
      const canonWords = canon.split(' ');
      const aliases = new Set<string>();
      // A person's mentions spell the name in few ways: read each spelling once.
      const spellings = new Map<string, { t: string; k: string; misspelt: boolean }>();
      e.mentions = e.mentions.map((m) => {
        if (m.kind !== 'name' && m.kind !== 'misspelling' && m.kind !== 'surname') return m;
        const raw = text.slice(m.start, m.end);
        let sp = spellings.get(raw);
        if (!sp) {
          const t = raw.replace(/[[\]]/g, '').replace(/\s+/g, ' ');
          const k = key(t.split(/\s+/));
          const misspelt =
            k !== canon &&
            k.split(' ').some((w) => !canonWords.includes(w) && canonWords.some((c) => closeSpelling(c, w)));
          sp = { t, k, misspelt };
          spellings.set(raw, sp);
        }
        if (sp.k !== canon) aliases.add(sp.t);
        return sp.misspelt
          ? { ...m, kind: 'misspelling' as const }
          : m.kind === 'misspelling'
            ? { ...m, kind: 'name' as const }
            : m;
      });
      if (e.role) aliases.add(`${e.role} ${e.name}`);
      e.aliases = [...aliases].filter((a) => a !== e.name);
    }
    for (const e of this.list) {
      e.mentions.sort((a, b) => a.start - b.start);
      if (e.kind !== 'person') e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
    }
    return this.list;
  }
}

function compatibleFirst(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  // An initial matches the name it abbreviates: "J." and "John".
  const ia = a.replace(/\.$/, '');
  const ib = b.replace(/\.$/, '');
  return (ia.length === 1 && ib.startsWith(ia)) || (ib.length === 1 && ia.startsWith(ib));
}
