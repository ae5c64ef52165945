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
}

function key(words: string[]): string {
  return words.map(normalizeName).join(' ');
}

export class EntityRegistry {
  private readonly list: Entity[] = [];
  private readonly persons: Person[] = [];
  private readonly byEntity = new Map<string, Person>();
  private readonly orgs = new Map<string, Entity>();
  private readonly mentionKeys = new Set<string>();

  all(): readonly Entity[] {
    return this.list;
  }

  get(id: string): Entity | undefined {
    return this.byEntity.get(id)?.entity ?? this.list.find((e) => e.id === id);
  }

  private create(name: string, kind: EntityKind, gender: Gender | null): Entity {
    const e: Entity = { id: `e${this.list.length + 1}`, name, role: null, kind, gender, aliases: [], mentions: [] };
    this.list.push(e);
    return e;
  }

  /** Records a mention once (several passes may find the same span). */
  mention(entity: string, span: Span, kind: MentionKind): void {
    const k = `${span.start}:${span.end}`;
    if (this.mentionKeys.has(k)) return;
    this.mentionKeys.add(k);
    const e = this.byEntity.get(entity)?.entity ?? this.list.find((x) => x.id === entity);
    e?.mentions.push({ start: span.start, end: span.end, entity, kind });
  }

  hasMention(span: Span): boolean {
    return this.mentionKeys.has(`${span.start}:${span.end}`);
  }

  /** A person named by two or more words (or one word after a title): finds or creates the entity. */
  addPerson(c: Candidate, inText = true): string {
    const words = c.words;
    const last = normalizeName(words[words.length - 1]);
    const first = words.length >= 2 ? normalizeName(words[0]) : null;
    let p = this.persons.find((x) => x.last === last && compatibleFirst(x.first, first));
    let misspelt = false;
    if (!p && first) {
      p = this.persons.find((x) => x.first !== null && x.last === last && closeSpelling(x.first, first));
      if (!p) p = this.persons.find((x) => x.first === first && closeSpelling(x.last, last));
      misspelt = !!p;
    }
    if (!p) {
      const gender = c.gender ?? (first ? firstNameGender(first) : null);
      p = { entity: this.create(words.join(' '), 'person', gender), first, last, spellings: new Map(), roles: new Map(), fullAt: [], titleGender: null };
      this.persons.push(p);
      this.byEntity.set(p.entity.id, p);
    }
    if (first && !p.first) p.first = first;
    if (c.gender && !p.entity.gender) p.entity.gender = c.gender;
    if (c.role) p.roles.set(c.role, (p.roles.get(c.role) ?? 0) + 1);
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
    let matches = this.persons.filter((p) => p.last === w);
    if (matches.length === 0) matches = this.persons.filter((p) => p.first === w);
    if (matches.length === 0 && allowMisspelling && w.length >= 6) {
      matches = this.persons.filter((p) => p.first !== null && closeSpelling(p.last, w));
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
    return this.persons.find((p) => p.last === last && p.first === first)?.entity.id;
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
    if (!e) {
      for (const [other, ent] of this.orgs) {
        if (ent.kind === kind && (other.endsWith(` ${k}`) || k.endsWith(` ${other}`))) { e = ent; break; }
      }
    }
    if (!e) {
      e = this.create(trimmed.join(' '), kind, null);
      this.orgs.set(k, e);
    } else if (trimmed.join(' ').length > e.name.length && kind === 'organisation') {
      e.aliases.push(e.name);
      e.name = trimmed.join(' ');
    }
    this.mention(e.id, span, kind === 'group' ? 'descriptor' : 'name');
    return e.id;
  }

  /** The writer's own voice ("I", "we" outside quotations): one entity for the article's author. */
  writer(span: Span): string {
    let e = this.orgs.get('\u0000writer');
    if (!e) {
      e = this.create('The writer', 'person', null);
      this.orgs.set('\u0000writer', e);
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

function compatibleFirst(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  // An initial matches the name it abbreviates: "J." and "John".
  const ia = a.replace(/\.$/, '');
  const ib = b.replace(/\.$/, '');
  return (ia.length === 1 && ib.startsWith(ia)) || (ib.length === 1 && ia.startsWith(ib));
}
