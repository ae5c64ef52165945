// Candidate topics as they are collected: one group per place, organisation, name, code,
// person, or lower-case phrase, holding its mentions in text order as flat numbers rather than
// one object each, since an article yields thousands. Groups are found by integer ids (word
// indexes, stem ids), never by strings built for the purpose: building and hashing a fresh
// string for each mention cost more than everything else the pass did.
import type { TopicKind } from '../model';
import type { WordTable } from './topicWords';

/** Numbers per mention in `Group.mentions`: start, end, paragraph, weight, own (1: the group's own spelling). */
export const STRIDE = 5;

export interface Group {
  readonly kind: TopicKind;
  /** Its fixed name (a place's country, a person's full name); null where the text of its mentions names it. */
  readonly label: string | null;
  /** Number of words of its own mentions: phrases say more than single words. */
  readonly words: number;
  /** A lower-case phrase ("nuclear deal"), known by its words' stems. */
  readonly phrase: boolean;
  /** For a phrase, the stem id of its head noun ("deal" in "nuclear deal"); 0 otherwise. */
  readonly head: number;
  /** For a phrase of several words, the phrase without its first word. */
  readonly shorter: Group | null;
  /** For a phrase of several words, the stem id of its first word (a modifying place's name id, negated). */
  readonly first: number;
  /** The word indexes of a name's words (a place's, a person's); for a one-word phrase, its word's. */
  readonly seq: readonly number[] | null;
  /** The person it is, for people. */
  readonly entity: string | null;
  /** Mentions, STRIDE numbers each, sorted by start. */
  mentions: number[];
  /** Sum of its mentions' specificity at first; their mean once collected. */
  specificity: number;
  /** Phrases one word longer, by the id of that first word (negated for a modifying place). */
  longer: Map<number, Group> | null;
  /** Stem ids of its words (computed on demand: see `stemsOf`). */
  stems: number[] | null;
  merged: boolean;
}

export type NameTag = 'place' | 'organisation' | 'name' | 'code' | 'person';

interface Node {
  group: Group | null;
  next: Map<number, Node> | null;
}

function node(): Node {
  return { group: null, next: null };
}

/** Candidate topics as they are collected. */
export class GroupTable {
  /** The word table the groups' word and stem ids come from. */
  constructor(readonly words: WordTable) {}

  private readonly names = new Map<NameTag, Node>();
  private readonly single = new Map<number, Group>();
  readonly all: Group[] = [];

  private walk(tag: NameTag, seq: ArrayLike<number>, create: boolean): Node | undefined {
    let n: Node | undefined = this.names.get(tag);
    if (!n) {
      if (!create) return undefined;
      n = node();
      this.names.set(tag, n);
    }
    for (let i = 0; i < seq.length; i++) {
      let next: Node | undefined = n.next?.get(seq[i]);
      if (!next) {
        if (!create) return undefined;
        next = node();
        (n.next ??= new Map()).set(seq[i], next);
      }
      n = next;
    }
    return n;
  }

  /** The group of a name by its word indexes (or a place by its name's id, a person by entity number), if any. */
  findName(tag: NameTag, seq: ArrayLike<number>): Group | undefined {
    return this.walk(tag, seq, false)?.group ?? undefined;
  }

  /**
   * The group of a name, made the first time: found by `key` (its word indexes, a place's name
   * id, a person's entity number), made of the words `seq`.
   */
  name(
    tag: NameTag,
    key: ArrayLike<number>,
    kind: TopicKind,
    seq: () => readonly number[],
    label: string | null = null,
    entity: string | null = null,
  ): Group {
    const n = this.walk(tag, key, true) as Node;
    if (!n.group) {
      const words = seq();
      n.group = group(kind, label, words.length, false, 0, null, 0, words, entity);
      this.all.push(n.group);
    }
    return n.group;
  }

  /** The one-word phrase of a head noun, if the text has it. */
  findWord(stem: number): Group | undefined {
    return this.single.get(stem);
  }

  /** The one-word phrase of a head noun; `word` is the word's index, standing for its inflections. */
  word(stem: number, kind: TopicKind, word: number): Group {
    let g = this.single.get(stem);
    if (!g) {
      g = group(kind, null, 1, true, stem, null, stem, [word], null);
      this.single.set(stem, g);
      this.all.push(g);
    }
    return g;
  }

  /** The phrase of `id` (a stem id, or a place's name id negated) followed by the words of `shorter`. */
  longer(shorter: Group, id: number): Group {
    let map = shorter.longer;
    if (!map) map = shorter.longer = new Map();
    let g = map.get(id);
    if (!g) {
      g = group(shorter.kind, null, shorter.words + 1, true, shorter.head, shorter, id, null, null);
      map.set(id, g);
      this.all.push(g);
    }
    return g;
  }

  /** Adds a mention (mentions of one group arrive in text order, but for people's: see `sortMentions`). */
  add(g: Group, start: number, end: number, paragraph: number, weight: number, specificity: number): void {
    g.mentions.push(start, end, paragraph, weight, 1);
    g.specificity += specificity;
  }
}

function group(
  kind: TopicKind,
  label: string | null,
  words: number,
  phrase: boolean,
  head: number,
  shorter: Group | null,
  first: number,
  seq: readonly number[] | null,
  entity: string | null,
): Group {
  return {
    kind,
    label,
    words,
    phrase,
    head,
    shorter,
    first,
    seq,
    entity,
    mentions: [],
    specificity: 0,
    longer: null,
    stems: null,
    merged: false,
  };
}

/** The stem ids of a group's words, to match the headline and headings. */
export function stemsOf(g: Group, words: WordTable): number[] {
  if (!g.stems) {
    if (g.phrase) g.stems = g.shorter ? [Math.abs(g.first), ...stemsOf(g.shorter, words)] : [g.head];
    else g.stems = (g.seq ?? []).map((w) => words.wordStem(w));
  }
  return g.stems;
}

export function mentionCount(g: Group): number {
  return g.mentions.length / STRIDE;
}

/** Sorts a group's mentions by start (they are mostly in order already). */
export function sortMentions(g: Group): void {
  const m = g.mentions;
  let sorted = true;
  for (let i = STRIDE; i < m.length; i += STRIDE)
    if (m[i] < m[i - STRIDE]) {
      sorted = false;
      break;
    }
  if (sorted) return;
  const order = Array.from({ length: m.length / STRIDE }, (_, i) => i).sort((a, b) => m[a * STRIDE] - m[b * STRIDE]);
  const out: number[] = [];
  for (const i of order) for (let k = 0; k < STRIDE; k++) out.push(m[i * STRIDE + k]);
  g.mentions = out;
}

/**
 * Moves b's mentions into a, in text order, except those inside one of a's (the same words
 * counted twice). With `spellings`, b's spellings may name a too; otherwise they count for a
 * but do not name it. Linear: both lists are sorted.
 */
export function absorb(a: Group, b: Group, spellings = false): void {
  const x = a.mentions;
  const y = b.mentions;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  // a's mentions go first on equal starts, so b's mention lies inside one of a's when the
  // furthest end of a's mentions so far reaches its end.
  let coverEnd = -1;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i] <= y[j])) {
      for (let k = 0; k < STRIDE; k++) out.push(x[i + k]);
      if (x[i + 1] > coverEnd) coverEnd = x[i + 1];
      i += STRIDE;
    } else {
      if (y[j + 1] > coverEnd) out.push(y[j], y[j + 1], y[j + 2], y[j + 3], spellings ? y[j + 4] : 0);
      j += STRIDE;
    }
  }
  a.mentions = out;
  a.specificity = Math.max(a.specificity, b.specificity);
  b.merged = true;
}

/** Own mentions read for a group's spelling: its first few say how the article writes it. */
const SPELLINGS_READ = 8;

/** The spelling that names a group: its label, or its own mentions' most used spelling (the shorter on a tie). */
export function nameOf(g: Group, text: string): string {
  if (g.label !== null) return g.label;
  const names = new Map<string, number>();
  const m = g.mentions;
  let read = 0;
  for (let i = 0; i < m.length && read < SPELLINGS_READ; i += STRIDE) {
    if (m[i + 4] !== 1) continue;
    read++;
    const s = text.slice(m[i], m[i + 1]).replace(/\s+/g, ' ');
    names.set(s, (names.get(s) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [name, c] of names)
    if (c > n || (c === n && name.length < best.length)) {
      best = name;
      n = c;
    }
  return best;
}
