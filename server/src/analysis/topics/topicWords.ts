// The word classes the topic and segmentation passes need — stems, how general a word is,
// which words cannot be part of a noun phrase, the country a demonym names — looked up once
// per distinct word and kept under an integer id, so that the passes compare and count
// integers rather than strings. The data is generated at build time by scripts/gen-data.mjs.
import stemWord from 'wink-porter2-stemmer';
import data from '../data/lexicon.generated.json';
import { cueLemma } from '../lexicon/cues';
import { isDemonym, isPlaceName, isStopword, isVerbWord } from '../lexicon/names';
import { ADJECTIVE_SUFFIXES, NOT_TOPICS } from '../lexicon/topics';
import { detach } from '../text/detach';

/** The most used English words, by rank (the data holds the first GENERIC_WORDS). */
const RANK: ReadonlyMap<string, number> = new Map(data.frequent.split('|').map((w, i) => [w, i]));
/** How many of them weigh as frequent: specificity and compounds read these. */
const FREQUENT_WORDS = 4000;
const LOG_SIZE = Math.log(FREQUENT_WORDS + 1);
const ADJECTIVES = new Set(data.adjectives.split('|'));
const DEMONYM_COUNTRY = new Map(Object.entries(data.demonymCountry as Record<string, string>));
const CAPITALS = new Set(data.capitals.map((c: string) => c.toLowerCase()));

/** Flags of a word (`wordFlags`). */
export const STOPWORD = 1;
/** Its usual part of speech is a verb, an adverb or a function word: it ends a noun phrase. */
export const VERBISH = 2;
/** Its usual part of speech is an adjective: it may modify a noun but not head a phrase. */
export const ADJECTIVE = 4;
/** A speech verb ("said", "told"): no subject of the text. */
export const CUE = 8;
/** One of the 4,000 most used English words. */
export const FREQUENT = 16;
/** Never a topic on its own: a day, a month, an honorific's remnant. */
export const NOT_TOPIC = 32;
/** Holds a digit: a code ("MH17"), not a word of a phrase. */
export const DIGIT = 64;
/** A country, US state, capital or demonym on its own ("iran", "iranian", "tehran"). */
export const PLACE = 128;
/** The article "the", which is no part of a name ("the Kremlin"). */
export const THE = 256;
/** One of the 6,000 most used English words: a noun this common is no topic on its own ("work", "changes", "income"). */
export const GENERIC = 512;
const FLAG_BITS = 10;
const FLAG_MASK = (1 << FLAG_BITS) - 1;
/** Marks a used slot of the table below. */
const USED = 1 << 30;

export function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The longest word stemmed. The stemmer's suffix patterns (/(.+)(s)$/ and the like) cost a word
 * its length squared; no English word comes near this length, and a longer "word" (a hyphenated
 * run a megabyte long) is its own stem.
 */
const MAX_STEMMED = 64;

function stemOf(lower: string): string {
  return lower.length > MAX_STEMMED ? lower : stemWord(lower);
}

function specificityOf(lower: string): number {
  const r = RANK.get(lower);
  return r === undefined || r >= FREQUENT_WORDS ? 1 : 0.3 + 0.7 * (Math.log(r + 1) / LOG_SIZE);
}

function infoOf(word: string): number {
  // Curly apostrophes as the word lists spell them: "don’t" is "don't".
  const lower = word.includes('’') ? word.replace(/’/g, "'") : word;
  let flags = 0;
  if (isStopword(lower)) flags |= STOPWORD;
  if (isVerbWord(lower) || (lower.length > 4 && lower.endsWith('ly'))) flags |= VERBISH;
  if (ADJECTIVES.has(lower) || ADJECTIVE_SUFFIXES.some((x) => lower.length > x.length + 2 && lower.endsWith(x)))
    flags |= ADJECTIVE;
  if (cueLemma(lower) !== undefined) flags |= CUE;
  const rank = RANK.get(lower);
  if (rank !== undefined) flags |= rank < FREQUENT_WORDS ? FREQUENT | GENERIC : GENERIC;
  // A negated auxiliary ("didn't", "can't") names no topic.
  if (NOT_TOPICS.has(lower) || lower.endsWith("n't")) flags |= NOT_TOPIC;
  if (hasDigit(lower)) flags |= DIGIT;
  if (isDemonym(lower) || isPlaceName(lower) || CAPITALS.has(lower)) flags |= PLACE;
  if (lower === 'the') flags |= THE;
  return USED | flags | (Math.round(specificityOf(lower) * 1000) << FLAG_BITS);
}

// The words. A word of ASCII letters lives in a slot of `table`, found by hashing its letters
// straight from the article's text (no token string is read or hashed): four numbers a slot,
// two 32-bit hashes of the lower-case word, its stem id, and its flags with its specificity (in
// thousandths) above them, so one lookup reads one place in memory. The slot's number is the
// word's id. Two independent 32-bit hashes stand for the word: that two words share both is
// as likely as guessing a 64-bit number, and would only merge two words' topic counts. Other
// words (letters beyond ASCII, or once the table is half full) go to a map, with ids from
// SLOTS on. A plain map for all words missed the processor's cache on nearly every lookup on
// a busy machine, and the lookups cost more than the rest of the pass.
const SLOT_BITS = 17;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const MAX_IDS = 150_000;
const MAX_OTHER = 30_000;

// The words seen lately, in front of `table`: a small direct-mapped cache (a word goes to one
// place, and replaces what was there) that stays in the processor's cache while the large table
// does not. News repeats its words within an article and across articles. Four numbers a slot:
// the two hashes (h2 is never 0 for a word, so an empty slot matches none), the id, unused.
const RECENT_BITS = 12;
const RECENT_MASK = (1 << RECENT_BITS) - 1;

const NOT_COMPOUND = 255;

/** A table's state right after it was seeded with the common words, for every empty table to copy. */
interface Seeded {
  readonly table: Int32Array;
  readonly compound: Uint8Array;
  readonly ids: ReadonlyMap<string, number>;
  readonly strings: readonly string[];
  readonly texts: ReadonlyMap<number, string>;
  readonly slotted: number;
}

/**
 * The words of the articles analysed with it, under integer ids, and the stems and other strings
 * the passes key on. One table serves one analysis at a time (a worker or a document keeps its
 * own); it is kept between analyses, since news repeats its words, and bounded (`begin`).
 */
export class WordTable {
  /** Names this table in what others keep of its ids (an id means nothing in another table). */
  readonly key = Symbol('word table');
  // Ids of stems and of other strings the passes key on (place and organisation names).
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [''];
  private readonly table = new Int32Array(4 * SLOTS);
  private slotted = 0;
  private readonly other = new Map<string, number>();
  private otherInfo = new Int32Array(2 * 1024);
  /** The lower-case text of each id, for the few places that need it. */
  private readonly texts = new Map<number, string>();
  private readonly recent = new Int32Array(4 << RECENT_BITS);
  // Per word slot: where a compound's first element ends ("cyber|attacks"), plus one; NOT_COMPOUND
  // when the word is none; 0 when not yet known. Kept because an article's words mostly recur.
  private readonly compound = new Uint8Array(SLOTS);
  // Per word slot: 2 when the word is generic (`genericWord`), 1 when not, 0 when not yet known.
  private readonly generic = new Uint8Array(SLOTS);
  private gen = 0;
  private localIds = new Int32Array(1 << 16);
  // The two hashes of the last `hash` call; h2 is 0 when the word has a letter beyond ASCII.
  private h1 = 0;
  private h2 = 0;

  /**
   * A buffer indexed by the ids of this table, all zero, for a pass to map ids to its own
   * (cohesion's local ids): the pass must leave it zeroed. Kept here, with the table it indexes,
   * since allocating one as long as the table for every article cost a tenth of the topic passes.
   */
  zeroedIds(size: number): Int32Array {
    if (this.localIds.length < size) this.localIds = new Int32Array(Math.max(size, 2 * this.localIds.length));
    return this.localIds;
  }

  /** Changes whenever the tables are dropped: ids from before mean nothing after. */
  generation(): number {
    return this.gen;
  }

  /** The id of a string (≥ 1). */
  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      s = detach(s); // kept until the table is dropped: not a view of some article
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The string an id stands for. */
  interned(id: number): string {
    return this.strings[id];
  }

  /**
   * Called before each analysis. A long-running server sees many documents, so the tables are
   * bounded: they are dropped together, between analyses only, so ids stay consistent within one.
   */
  begin(): void {
    if (this.slotted === 0) this.seedFrequent();
    if (this.slotted < SLOTS / 2 && this.other.size < MAX_OTHER && this.ids.size < MAX_IDS) return;
    this.gen++;
    this.ids.clear();
    this.strings.length = 1;
    this.table.fill(0);
    this.compound.fill(0);
    this.slotted = 0;
    this.recent.fill(0);
    this.other.clear();
    this.texts.clear();
    this.seedFrequent();
  }

  /**
   * The common words go in first: `isFrequentSpan` asks the table only. Stemming them is most of
   * the work, so an empty table copies a table seeded once when the module loads (a table per
   * test or per document cost 40 ms each).
   */
  private seedFrequent(): void {
    if (this.strings.length > 1 || this.other.size > 0) {
      for (const w of RANK.keys()) this.lookUp(w);
      return;
    }
    this.table.set(SEEDED.table);
    this.compound.set(SEEDED.compound);
    for (const [k, v] of SEEDED.ids) this.ids.set(k, v);
    this.strings.push(...SEEDED.strings.slice(1));
    for (const [k, v] of SEEDED.texts) this.texts.set(k, v);
    this.slotted = SEEDED.slotted;
  }

  /** A new table's state after looking up the common words, for `seedFrequent` to copy. */
  static seeded(): Seeded {
    const t = new WordTable();
    for (const w of RANK.keys()) t.lookUp(w);
    return {
      table: t.table,
      compound: t.compound,
      ids: t.ids,
      strings: t.strings,
      texts: t.texts,
      slotted: t.slotted,
    };
  }

  /** FNV-1a and a multiply-rotate hash of text[start, end) with A–Z lowered. */
  private hash(text: string, start: number, end: number): void {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 128) {
        this.h2 = 0;
        return;
      }
      if (c >= 65 && c <= 90) c += 32;
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.h1 = a;
    this.h2 = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) | 1;
  }

  /** The slot holding the hashed word, or the empty slot where it belongs (negated, minus one). */
  private probe(): number {
    const { table, h1, h2 } = this;
    for (let s = h1 & SLOT_MASK; ; s = (s + 1) & SLOT_MASK) {
      const b = 4 * s;
      if (table[b + 3] === 0) return -s - 1;
      if (table[b] === h1 && table[b + 1] === h2) return s;
    }
  }

  private otherId(lower: string): number {
    let id = this.other.get(lower);
    if (id === undefined) {
      id = SLOTS + this.other.size;
      const k = 2 * (id - SLOTS);
      if (k + 2 > this.otherInfo.length) {
        const grown = new Int32Array(this.otherInfo.length * 2);
        grown.set(this.otherInfo);
        this.otherInfo = grown;
      }
      this.otherInfo[k] = this.intern(stemOf(lower));
      this.otherInfo[k + 1] = infoOf(lower);
      lower = detach(lower);
      this.other.set(lower, id);
      this.texts.set(id, lower);
    }
    return id;
  }

  /** The id of the word text[start, end), lowercased (`lower`, if the caller has it). */
  lookUpSpan(text: string, start: number, end: number, lower?: string): number {
    this.hash(text, start, end);
    const { h1, h2, recent } = this;
    if (h2 === 0) return this.otherId(lower ?? text.slice(start, end).toLowerCase());
    // The table's slot is h1's low bits; the cache's, other bits, so that neighbours spread.
    const r = 4 * ((h1 >>> 15) & RECENT_MASK);
    if (recent[r] === h1 && recent[r + 1] === h2) return recent[r + 2];
    const id = this.slottedId(text, start, end, lower);
    recent[r] = h1;
    recent[r + 1] = h2;
    recent[r + 2] = id;
    return id;
  }

  /** The id of a hashed ASCII word, from the table. */
  private slottedId(text: string, start: number, end: number, lower: string | undefined): number {
    const s = this.probe();
    if (s >= 0) return s;
    const w = lower ?? text.slice(start, end).toLowerCase();
    if (this.slotted >= SLOTS / 2) return this.otherId(w);
    const slot = -s - 1;
    const b = 4 * slot;
    this.table[b] = this.h1;
    this.table[b + 1] = this.h2;
    this.table[b + 2] = this.intern(stemOf(w));
    this.table[b + 3] = infoOf(w);
    this.texts.set(slot, detach(w));
    this.slotted++;
    return slot;
  }

  /** The id of a lower-case word. */
  lookUp(lower: string): number {
    return this.lookUpSpan(lower, 0, lower.length, lower);
  }

  /**
   * Where the first element of a compound ends: "cyberattacks" → 5, as "attacks" is a common word
   * (or one with a plural s). A compound is a word of eight letters or more, not itself common,
   * made of at least four letters and a common word of at least four. 0 when the word is none.
   */
  compoundSplit(i: number): number {
    const { compound } = this;
    if (i < SLOTS && compound[i] !== 0) return compound[i] === NOT_COMPOUND ? 0 : compound[i] - 1;
    const word = this.wordText(i);
    let split = 0;
    if (word.length >= 8 && word.length < NOT_COMPOUND && (this.wordFlags(i) & FREQUENT) === 0) {
      const plural = word.charCodeAt(word.length - 1) === 115;
      for (let k = 4; k <= word.length - 4; k++) {
        if (this.isFrequentSpan(word, k, word.length) || (plural && this.isFrequentSpan(word, k, word.length - 1))) {
          split = k;
          break;
        }
      }
    }
    if (i < SLOTS) compound[i] = split === 0 ? NOT_COMPOUND : split + 1;
    return split;
  }

  /**
   * Whether the word is one of the most used English words (GENERIC), or the plural of one that the
   * list holds in the singular only ("conclusions"). Kept per slot, as compoundSplit is: the topic
   * pass asks it of every single-word group on every edit.
   */
  genericWord(i: number): boolean {
    const { generic } = this;
    if (i < SLOTS && generic[i] !== 0) return generic[i] === 2;
    let yes = (this.wordFlags(i) & GENERIC) !== 0;
    if (!yes) {
      const w = this.wordText(i);
      yes = w.length > 3 && w.endsWith('s') && (this.wordFlags(this.lookUp(w.slice(0, -1))) & GENERIC) !== 0;
    }
    if (i < SLOTS) generic[i] = yes ? 2 : 1;
    return yes;
  }

  /** Whether text[start, end) is one of the most used English words (without making a string). */
  isFrequentSpan(text: string, start: number, end: number): boolean {
    this.hash(text, start, end);
    if (this.h2 === 0) return false;
    const s = this.probe();
    return s >= 0 && (this.table[4 * s + 3] & FREQUENT) !== 0;
  }

  private info(i: number): number {
    return i < SLOTS ? this.table[4 * i + 3] : this.otherInfo[2 * (i - SLOTS) + 1];
  }

  /** Id of the word's Porter2 stem ("sanctions" and "sanction" share one). */
  wordStem(i: number): number {
    return i < SLOTS ? this.table[4 * i + 2] : this.otherInfo[2 * (i - SLOTS)];
  }

  /** The word's flags (STOPWORD, VERBISH, …). */
  wordFlags(i: number): number {
    return this.info(i) & FLAG_MASK;
  }

  /**
   * How specific the word is, from 0.3 (among the few hundred most used English words) to 1
   * (outside the most used four thousand): "situation" says less than "denuclearization".
   */
  wordSpecificity(i: number): number {
    return ((this.info(i) & ~USED) >>> FLAG_BITS) / 1000;
  }

  /** The lower-case word of an id. */
  wordText(i: number): string {
    return this.texts.get(i) ?? '';
  }

  /** The stem id of a lower-case word. */
  stemId(lower: string): number {
    return this.wordStem(this.lookUp(lower));
  }

  /** The Porter2 stem of a lower-case word: "sanctions" → "sanction", "negotiations" → "negoti". */
  stem(lower: string): string {
    return this.strings[this.stemId(lower)];
  }

  /** How specific a lower-case word is (see `wordSpecificity`). */
  specificity(lower: string): number {
    return this.wordSpecificity(this.lookUp(lower));
  }
}

/** The common words, looked up once for every table to copy (see `seedFrequent`). */
const SEEDED: Seeded = WordTable.seeded();

/** The country a demonym names ("iranian" → "Iran"), if it is one. */
export function countryOfDemonym(lower: string): string | undefined {
  return DEMONYM_COUNTRY.get(lower);
}

/** A capital city by name (lowercased): "tehran", "kiev". */
export function isCapital(lower: string): boolean {
  return CAPITALS.has(lower);
}

/** One of the most used English words (lowercased). */
export function isFrequentWord(lower: string): boolean {
  const r = RANK.get(lower);
  return r !== undefined && r < FREQUENT_WORDS;
}
