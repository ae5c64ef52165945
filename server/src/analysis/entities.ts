// One entity per real-world speaker: merges the name mentions of a person ("Emmanuel
// Macron", "Macron", "Emanuel Macron"), organisations, and unnamed sources, and keeps every
// mention. Pronoun and title mentions are added by coreference (coreference.ts).
import { closeSpelling, normalizeName } from './distance';
import type { Candidate } from './mentions';
import type { Entity, EntityKind, Gender, MentionKind, Span } from './model';
import { firstNameGender } from './names';

interface Person {
  readonly entity: Entity;
  /** Normalised first and last name parts; first is null for a surname-only entity. */
  first: string | null;
  last: string;
  /** Every spelling of the full name, with its count. */
  readonly spellings: Map<string, number>;
  readonly roles: Map<string, number>;
  /** Starts of full-name mentions, ascending. */
  readonly fullAt: number[];
  titleGender: Gender | null;
  /** Creation order: where several people match, the first created wins. */
  readonly order: number;
}

function key(words: string[]): string {
  return words.map(normalizeName).join(' ');
}

export class EntityRegistry {
  private readonly list: Entity[] = [];
  private readonly persons: Person[] = [];
  private readonly byEntity = new Map<string, Person>();
  private readonly byId = new Map<string, Entity>();
  // People by normalised last name, first name, and the shape of the last name (first letter and
  // length: all a misspelling can differ in is two letters), so that finding someone costs the
  // same in an article naming thousands of people as in one naming two.
  private readonly byLast = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  private readonly byShape = new Map<string, Person[]>();
  private readonly byFirstAndShape = new Map<string, Person[]>();
  /** People by each word of their roles, in the order they were first named. */
  private readonly byRoleWord = new Map<string, Person[]>();
  private readonly orgs = new Map<string, Entity>();
  // Organisations in the order they were named, and by kind and the shorter names that end
  // theirs ("times" and "york times" for "new york times"): a new name is compared with those
  // only, not with every organisation so far.
  private readonly orgOrder = new Map<string, number>();
  private readonly orgsBySuffix = new Map<string, string[]>();
  private readonly mentionKeys = new Set<string>();

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
    const k = `${span.start}:${span.end}`;
    if (this.mentionKeys.has(k)) return;
    this.mentionKeys.add(k);
    const e = this.byId.get(entity);
    e?.mentions.push({ start: span.start, end: span.end, entity, kind });
  }

  hasMention(span: Span): boolean {
    return this.mentionKeys.has(`${span.start}:${span.end}`);
  }

  /** A person named by two or more words (or one word after a title): finds or creates the entity. */
  addPerson(c: Candidate): string {
    const words = c.words;
    const last = normalizeName(words[words.length - 1]);
    const first = words.length >= 2 ? normalizeName(words[0]) : null;
    const sameLast = this.byLast.get(last) ?? [];
    let p = sameLast.find((x) => compatibleFirst(x.first, first));
    let misspelt = false;
    if (!p && first) {
      p = sameLast.find((x) => x.first !== null && closeSpelling(x.first, first));
      if (!p) p = this.misspeltLast(first, last);
      misspelt = !!p;
    }
    if (!p) {
      const gender = c.gender ?? (first ? firstNameGender(first) : null);
      p = { entity: this.create(words.join(' '), 'person', gender), first, last, spellings: new Map(), roles: new Map(), fullAt: [], titleGender: null, order: this.persons.length };
      this.persons.push(p);
      this.byEntity.set(p.entity.id, p);
      index(this.byLast, last, p);
      index(this.byShape, shape(last), p);
      if (first) this.indexFirst(p, first);
    }
    if (first && !p.first) {
      p.first = first;
      this.indexFirst(p, first);
    }
    if (c.gender && !p.entity.gender) p.entity.gender = c.gender;
    if (c.role) {
      if (!p.roles.has(c.role)) this.indexRole(p, c.role);
      p.roles.set(c.role, (p.roles.get(c.role) ?? 0) + 1);
    }
    const spelling = words.join(' ');
    if (words.length >= 2) {
      p.spellings.set(spelling, (p.spellings.get(spelling) ?? 0) + 1);
      // Kept ascending (a cue may vouch for a name after later ones were read): findPerson searches it by halves.
      p.fullAt.splice(countBefore(p.fullAt, c.start), 0, c.start);
    }
    this.mention(p.entity.id, c, misspelt ? 'misspelling' : words.length >= 2 ? 'name' : 'surname');
    c.entity = p.entity.id;
    return p.entity.id;
  }

  private indexFirst(p: Person, first: string): void {
    index(this.byFirst, first, p);
    index(this.byFirstAndShape, `${first} ${shape(p.last)}`, p);
  }

  /** The first-created person with this first name whose last name `last` misspells (same first letter, length within 2). */
  private misspeltLast(first: string, last: string): Person | undefined {
    let best: Person | undefined;
    for (let n = last.length - 2; n <= last.length + 2; n++) {
      for (const x of this.byFirstAndShape.get(`${first} ${shape(last, n)}`) ?? []) {
        if ((!best || x.order < best.order) && closeSpelling(x.last, last)) best = x;
      }
    }
    return best;
  }

  /**
   * A single capitalised word that may be part of a known person's name: the surname
   * ("Putin") or, failing that, the first name ("Hillary"). Among people sharing it, the one
   * whose full name was written last before `at` wins; then the most mentioned.
   */
  findPerson(word: string, at: number, allowMisspelling = false): string | undefined {
    const w = normalizeName(word);
    let matches = this.byLast.get(w) ?? [];
    if (matches.length === 0) matches = [...(this.byFirst.get(w) ?? [])].sort((a, b) => a.order - b.order);
    if (matches.length === 0 && allowMisspelling && w.length >= 6) {
      matches = [];
      for (let n = w.length - 2; n <= w.length + 2; n++) {
        for (const p of this.byShape.get(shape(w, n)) ?? []) if (p.first !== null && closeSpelling(p.last, w)) matches.push(p);
      }
      matches.sort((a, b) => a.order - b.order);
    }
    if (matches.length === 0) return undefined;
    if (matches.length === 1) return matches[0].entity.id;
    let best = matches[0];
    let bestAt = -1;
    for (const p of matches) {
      const n = countBefore(p.fullAt, at);
      const before = n > 0 ? p.fullAt[n - 1] : -1;
      if (before > bestAt || (before === bestAt && p.entity.mentions.length > best.entity.mentions.length)) {
        best = p;
        bestAt = before;
      }
    }
    return best.entity.id;
  }

  /** A person known only by the word a cue attaches to ("Caddell said") when no fuller name exists. */
  addSurnameOnly(c: Candidate): string {
    return this.addPerson(c);
  }

  /** An organisation ("The New York Times", "the Kremlin"): one entity per name; a shorter name ending a longer one is the same. */
  addOrganisation(words: string[], span: Span, kind: EntityKind = 'organisation'): string {
    const trimmed = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
    const k = key(trimmed);
    let e = this.orgs.get(k);
    if (!e) e = this.orgEndingOrEnded(k, kind);
    if (!e) {
      e = this.create(trimmed.join(' '), kind, null);
      this.orgs.set(k, e);
      this.orgOrder.set(k, this.orgOrder.size);
      for (const suffix of wordSuffixes(k)) {
        const list = this.orgsBySuffix.get(`${kind} ${suffix}`);
        if (list) list.push(k);
        else this.orgsBySuffix.set(`${kind} ${suffix}`, [k]);
      }
    } else if (trimmed.join(' ').length > e.name.length && kind === 'organisation') {
      e.aliases.push(e.name);
      e.name = trimmed.join(' ');
    }
    this.mention(e.id, span, kind === 'group' ? 'descriptor' : 'name');
    return e.id;
  }

  /** The first-named organisation of this kind whose name ends `k` or is ended by it, word for word. */
  private orgEndingOrEnded(k: string, kind: EntityKind): Entity | undefined {
    let best: string | undefined;
    const consider = (other: string): void => {
      const ent = this.orgs.get(other);
      if (ent && ent.kind === kind && (best === undefined || (this.orgOrder.get(other) ?? 0) < (this.orgOrder.get(best) ?? 0))) best = other;
    };
    for (const suffix of wordSuffixes(k)) consider(suffix); // names that end `k`
    const ended = this.orgsBySuffix.get(`${kind} ${k}`); // names of this kind that `k` ends, in naming order
    if (ended) consider(ended[0]);
    return best === undefined ? undefined : this.orgs.get(best);
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

  private indexRole(p: Person, role: string): void {
    for (const w of roleWords(role)) {
      const list = this.byRoleWord.get(w);
      if (!list) {
        this.byRoleWord.set(w, [p]);
        continue;
      }
      const at = countOrderBefore(list, p.order);
      if (list[at] !== p) list.splice(at, 0, p);
    }
  }

  /**
   * People holding a role with every one of `words` (lower case), first named first, at most
   * `limit` of them: looked for among the holders of the rarest word, not among everyone.
   */
  roleHolders(words: readonly string[], limit: number): Entity[] {
    let fewest: Person[] | undefined;
    for (const w of words) {
      const list = this.byRoleWord.get(w) ?? [];
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    const out: Entity[] = [];
    for (const p of fewest ?? []) {
      if (out.length >= limit) break;
      if (this.holdsRole(p.entity.id, words)) out.push(p.entity);
    }
    return out;
  }

  /** Whether a person holds a role with every one of `words` (lower case). */
  holdsRole(id: string, words: readonly string[]): boolean {
    return this.roles(id).some((r) => {
      const role = roleWords(r);
      return words.every((w) => role.includes(w));
    });
  }

  /** Every role the article gives a person. */
  roles(id: string): string[] {
    return [...(this.byEntity.get(id)?.roles.keys() ?? [])];
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
      e.mentions = e.mentions.map((m) => {
        const t = text.slice(m.start, m.end).replace(/[[\]]/g, '').replace(/\s+/g, ' ');
        if (m.kind !== 'name' && m.kind !== 'misspelling' && m.kind !== 'surname') return m;
        const k = key(t.split(/\s+/));
        if (k !== canon) aliases.add(t);
        const misspelt = k !== canon && k.split(' ').some((w) => !canonWords.includes(w) && canonWords.some((c) => closeSpelling(c, w)));
        return misspelt ? { ...m, kind: 'misspelling' as const } : m.kind === 'misspelling' ? { ...m, kind: 'name' as const } : m;
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

/** How many words an organisation's name is compared on, from its end. */
const MAX_ORG_WORDS = 8;

/** The proper endings of a name, word by word, up to MAX_ORG_WORDS words: "york times", "times". */
function wordSuffixes(k: string): string[] {
  const out: string[] = [];
  for (let at = k.lastIndexOf(' '); at > 0 && out.length < MAX_ORG_WORDS; at = k.lastIndexOf(' ', at - 1)) out.push(k.slice(at + 1));
  return out;
}

function index(map: Map<string, Person[]>, key: string, p: Person): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** First letter and length of a name part (or of a name part `length` long). */
function shape(name: string, length = name.length): string {
  return `${name.charAt(0)}${length}`;
}

function roleWords(role: string): string[] {
  return role.toLowerCase().split(/[\s-]+/);
}

/** How many people of the list, in naming order, were named before order `order`. */
function countOrderBefore(list: readonly Person[], order: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending offsets are before `at`. */
function countBefore(ascending: readonly number[], at: number): number {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ascending[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compatibleFirst(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  // An initial matches the name it abbreviates: "J." and "John".
  const ia = a.replace(/\.$/, '');
  const ib = b.replace(/\.$/, '');
  return (ia.length === 1 && ib.startsWith(ia)) || (ib.length === 1 && ia.startsWith(ib));
}
