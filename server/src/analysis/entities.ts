// One entity per real-world speaker: merges the name mentions of a person ("Emmanuel
// Macron", "Macron", "Emanuel Macron"), organisations, and unnamed sources, and keeps every
// mention. Pronoun and title mentions are added by coreference (coreference.ts).
import { closeSpelling, normalizeName } from './distance';
import type { Candidate } from './mentions';
import type { Entity, EntityKind, Gender, MentionKind, Span } from './model';
import { firstNameGender } from './names';

interface Person {
  readonly entity: Entity;
  /** Creation order: the indexes below keep their lists in it, as a scan of every person would meet them. */
  readonly order: number;
  /** Normalised first and last name parts; first is null for a surname-only entity. */
  first: string | null;
  last: string;
  /** Every spelling of the full name, with its count. */
  readonly spellings: Map<string, number>;
  readonly roles: Map<string, number>;
  /** Starts of full-name mentions, ascending. */
  readonly fullAt: number[];
  titleGender: Gender | null;
}

function key(words: string[]): string {
  return words.map(normalizeName).join(' ');
}

/** Adds to a list kept in creation order (most additions come last). */
function addInOrder<T extends { readonly order: number }>(index: Map<string, T[]>, k: string, item: T): void {
  const list = index.get(k);
  if (!list) { index.set(k, [item]); return; }
  let i = list.length;
  while (i > 0 && list[i - 1].order > item.order) i--;
  list.splice(i, 0, item);
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

export class EntityRegistry {
  private readonly list: Entity[] = [];
  private readonly byId = new Map<string, Entity>();
  private readonly persons: Person[] = [];
  private readonly byEntity = new Map<string, Person>();
  // Persons by normalised last name, by first name, by the first letter and length of the last
  // name (for misspellings: a near miss shares its first letter and is at most 2 letters longer
  // or shorter), and by the words of their roles; each list in creation order.
  private readonly byLast = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  private readonly byLastShape = new Map<string, Person[]>();
  private readonly byRoleWord = new Map<string, Person[]>();
  private readonly roleWordsOf = new Map<string, string[]>();
  /** Role holders by the words asked for, until a role is added. */
  private readonly holders = new Map<string, Entity[]>();
  private readonly orgs = new Map<string, Org>();
  /** Organisations by every ending of their key after a space ("york times", "times" for "new york times"). */
  private readonly orgEndings = new Map<string, Org[]>();
  /** Persons named in full (they have a first name), in the order they became so. */
  private readonly named: Person[] = [];
  /** Near misses of a word among the last names of persons named in full, and how many of `named` it has seen. */
  private readonly nearMisses = new Map<string, { persons: Person[]; seen: number }>();
  /** Ends of the mentions recorded, by start. */
  private readonly mentionKeys = new Map<number, number | number[]>();

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
    this.named.push(p);
  }

  /** Persons named in full whose last name `w` may misspell, in creation order. */
  private misspeltLast(w: string): Person[] {
    let hit = this.nearMisses.get(w);
    if (!hit) {
      hit = { persons: this.nearLast(w).filter((p) => p.first !== null && closeSpelling(p.last, w)), seen: this.named.length };
      this.nearMisses.set(w, hit);
    }
    // Persons named in full since: each is a near miss or not once and for all.
    for (; hit.seen < this.named.length; hit.seen++) {
      const p = this.named[hit.seen];
      if (!closeSpelling(p.last, w)) continue;
      let i = hit.persons.length;
      while (i > 0 && hit.persons[i - 1].order > p.order) i--;
      if (hit.persons[i - 1] !== p) hit.persons.splice(i, 0, p);
    }
    return hit.persons;
  }

  /** A person named by two or more words (or one word after a title): finds or creates the entity. */
  addPerson(c: Candidate, inText = true): string {
    const words = c.words;
    const last = normalizeName(words[words.length - 1]);
    const first = words.length >= 2 ? normalizeName(words[0]) : null;
    const sameLast = this.byLast.get(last) ?? EMPTY;
    let p = sameLast.find((x) => compatibleFirst(x.first, first));
    let misspelt = false;
    if (!p && first) {
      p = sameLast.find((x) => x.first !== null && closeSpelling(x.first, first));
      if (!p) p = this.byFirst.get(first)?.find((x) => closeSpelling(x.last, last));
      misspelt = !!p;
    }
    if (!p) {
      const gender = c.gender ?? (first ? firstNameGender(first) : null);
      p = { entity: this.create(words.join(' '), 'person', gender), order: this.persons.length, first: null, last, spellings: new Map(), roles: new Map(), fullAt: [], titleGender: null };
      this.persons.push(p);
      this.byEntity.set(p.entity.id, p);
      addInOrder(this.byLast, last, p);
      addInOrder(this.byLastShape, this.lastShape(last), p);
    }
    if (first && !p.first) this.setFirst(p, first);
    if (c.gender && !p.entity.gender) p.entity.gender = c.gender;
    if (c.role) this.addRole(p, c.role);
    const spelling = words.join(' ');
    if (words.length >= 2) {
      p.spellings.set(spelling, (p.spellings.get(spelling) ?? 0) + 1);
      if (inText) p.fullAt.push(c.start);
    }
    // A name the editor typed ("Set speaker…") is not a mention in the text.
    if (inText) this.mention(p.entity.id, c, misspelt ? 'misspelling' : words.length >= 2 ? 'name' : 'surname');
    c.entity = p.entity.id;
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
      let before = -1;
      for (const s of p.fullAt) if (s < at) before = s;
      if (before > bestAt || (before === bestAt && p.entity.mentions.length > best.entity.mentions.length)) {
        best = p;
        bestAt = before;
      }
    }
    return best.entity.id;
  }

  /** A known person by first and last name ("Pat Caddell" in a headline, where names are not trusted to create people). */
  findFullName(words: string[]): string | undefined {
    if (words.length < 2) return undefined;
    const first = normalizeName(words[0]);
    const last = normalizeName(words[words.length - 1]);
    return this.byLast.get(last)?.find((p) => p.first === first)?.entity.id;
  }

  /** A person known only by the word a cue attaches to ("Caddell said") when no fuller name exists. */
  addSurnameOnly(c: Candidate): string {
    return this.addPerson(c);
  }

  /** An organisation ("The New York Times", "the Kremlin"): one entity per name; a shorter name ending a longer one is the same. */
  addOrganisation(words: string[], span: Span, kind: EntityKind = 'organisation'): string {
    const trimmed = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
    const k = key(trimmed);
    let e = this.orgs.get(k)?.entity ?? this.orgSharingEnd(k, kind);
    if (!e) {
      e = this.create(trimmed.join(' '), kind, null);
      const org = { entity: e, order: this.orgs.size };
      this.orgs.set(k, org);
      for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) addInOrder(this.orgEndings, k.slice(i + 1), org);
    } else if (trimmed.join(' ').length > e.name.length && kind === 'organisation') {
      e.aliases.push(e.name);
      e.name = trimmed.join(' ');
    }
    this.mention(e.id, span, kind === 'group' ? 'descriptor' : 'name');
    return e.id;
  }

  /**
   * The first organisation of this kind (in creation order) whose name ends with the other's
   * after a space: "new york times" for "times", or "times" for "new york times".
   */
  private orgSharingEnd(k: string, kind: EntityKind): Entity | undefined {
    let best: Org | undefined = this.orgEndings.get(k)?.find((o) => o.entity.kind === kind);
    for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
      const o = this.orgs.get(k.slice(i + 1));
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
    const e = this.create(text, 'group', null);
    this.mention(e.id, span, 'descriptor');
    return e.id;
  }

  people(): readonly Entity[] {
    return this.persons.map((p) => p.entity);
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
    for (const w of ws) {
      const list = this.byRoleWord.get(w);
      if (!list?.includes(p)) addInOrder(this.byRoleWord, w, p);
    }
  }

  /** The people one of whose roles holds every word (lower case), in creation order. */
  roleHolders(words: readonly string[]): Entity[] {
    const k = words.join(' ');
    let out = this.holders.get(k);
    if (!out) {
      out = this.findHolders(words);
      this.holders.set(k, out);
    }
    return out;
  }

  private findHolders(words: readonly string[]): Entity[] {
    const out: Entity[] = [];
    for (const p of this.byRoleWord.get(words[0]) ?? EMPTY) {
      for (const r of p.roles.keys()) {
        const role = this.roleWordsOf.get(r) ?? roleWords(r);
        if (words.every((w) => role.includes(w))) { out.push(p.entity); break; }
      }
    }
    return out;
  }

  roleOf(id: string): string | null {
    const p = this.byEntity.get(id);
    if (!p) return null;
    let best: string | null = null;
    let n = 0;
    for (const [r, c] of p.roles) if (c > n || (c === n && best !== null && r.length > best.length)) { best = r; n = c; }
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
        if (w > bestWords || (w === bestWords && n > bestCount)) { best = s; bestWords = w; bestCount = n; }
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
          const misspelt = k !== canon && k.split(' ').some((w) => !canonWords.includes(w) && canonWords.some((c) => closeSpelling(c, w)));
          sp = { t, k, misspelt };
          spellings.set(raw, sp);
        }
        if (sp.k !== canon) aliases.add(sp.t);
        return sp.misspelt ? { ...m, kind: 'misspelling' as const } : m.kind === 'misspelling' ? { ...m, kind: 'name' as const } : m;
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
