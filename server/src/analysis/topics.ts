// Ranks the article's key subjects and each section's: places, organisations, events, codes
// and the noun phrases the article repeats, by how often and where they are mentioned, how
// specific their words are, and (for a section) how much more they belong to it than to the
// others. Labels inferred sections with their two most salient topics.
import type { Entity, Paragraph, Quote, Section, Span, Topic, TopicKind } from './model';
import type { ArticleTerms, TopicMention } from './terms';
import { isFrequentWord, stem } from './topicWords';

interface Group {
  key: string;
  kind: TopicKind;
  mentions: { start: number; end: number; paragraph: number; weight: number }[];
  names: Map<string, number>;
  specificity: number;
  words: number;
  head?: string;
  shorter?: string;
  /** Stems of its words, to match the headline and headings. */
  stems: string[];
  entity?: string;
  merged: boolean;
}

export interface TopicInput {
  readonly paragraphs: readonly Paragraph[];
  readonly sections: Section[];
  readonly terms: ArticleTerms;
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  /** The headline's paragraph, if the article has one. */
  readonly titleParagraph: number | null;
}

const MAX_ARTICLE_TOPICS = 30;
const MAX_SECTION_TOPICS = 5;
const QUOTED_WEIGHT = 0.6;
const KIND_WEIGHT: Record<TopicKind, number> = { place: 1, organisation: 1, event: 1.1, phrase: 1, person: 0.8 };

function paragraphAt(paragraphs: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function insideQuote(quotes: readonly Quote[], pos: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (q.end <= pos) lo = mid + 1;
    else if (q.start > pos) hi = mid - 1;
    else return q.kind !== 'indirect';
  }
  return false;
}

function groupMentions(input: TopicInput): Map<string, Group> {
  const groups = new Map<string, Group>();
  const add = (m: TopicMention | (Span & { key: string; name: string; kind: TopicKind; paragraph: number; weight: number; specificity: number; words: number; head?: string; shorter?: string; entity?: string })): void => {
    let g = groups.get(m.key);
    if (!g) {
      const stems = m.key.startsWith('w:') ? m.key.slice(2).split(' ') : m.name.toLowerCase().split(/\s+/).map(stem);
      g = { key: m.key, kind: m.kind, mentions: [], names: new Map(), specificity: 0, words: m.words, head: m.head, shorter: m.shorter, stems, merged: false };
      if ('entity' in m && m.entity) g.entity = m.entity;
      groups.set(m.key, g);
    }
    g.mentions.push({ start: m.start, end: m.end, paragraph: m.paragraph, weight: m.weight });
    g.names.set(m.name, (g.names.get(m.name) ?? 0) + 1);
    g.specificity += m.specificity;
  };
  for (const m of input.terms.mentions) add(m);
  // People by their names (not pronouns or titles: those say who, not what about).
  const quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  for (const e of input.entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'misspelling') continue;
      const paragraph = paragraphAt(input.paragraphs, m.start);
      if (input.terms.headings.has(paragraph)) continue;
      add({ start: m.start, end: m.end, key: `person:${e.id}`, name: e.name, kind: 'person', paragraph, weight: insideQuote(quotes, m.start) ? QUOTED_WEIGHT : 1, specificity: 1, words: 1, entity: e.id });
    }
  }
  for (const g of groups.values()) g.specificity /= g.mentions.length;
  return groups;
}

/**
 * Moves b's mentions into a, except those inside one of a's (the same words counted twice).
 * With `spellings`, b's spellings may name the topic too; otherwise a's name stays.
 */
function absorb(a: Group, b: Group, spellings = false): void {
  for (const m of b.mentions) {
    if (!a.mentions.some((x) => x.start <= m.start && m.end <= x.end)) a.mentions.push(m);
  }
  if (spellings) for (const [name, n] of b.names) a.names.set(name, (a.names.get(name) ?? 0) + n);
  a.specificity = Math.max(a.specificity, b.specificity);
  b.merged = true;
}

/**
 * Folds shorter forms into the form the article uses for them: "the deal" into "nuclear
 * deal" when that is the deal the article repeats, "peninsula" into "Korean Peninsula",
 * "The Post" into "The New York Post".
 */
/** How many of an organisation's last spaces its endings are indexed after. */
const MAX_ENDING_SPACES = 8;

function mergeForms(groups: Map<string, Group>): void {
  const all = [...groups.values()];
  const count = (g: Group): number => g.mentions.length;
  // Longer phrases absorb the phrase without their first word when they are its usual form.
  for (const a of all.filter((g) => g.key.startsWith('w:') && g.words >= 3).sort((x, y) => count(y) - count(x))) {
    const b = a.shorter ? groups.get(a.shorter) : undefined;
    if (b && !b.merged && !a.merged && count(a) >= 2 && count(a) >= 0.6 * count(b)) absorb(a, b);
  }
  // A head noun goes to the phrase the article repeats most with that head.
  const byHead = new Map<string, Group>();
  for (const g of all) {
    if (g.merged || !g.key.startsWith('w:') || g.words < 2 || !g.head || count(g) < 2) continue;
    const best = byHead.get(g.head);
    if (!best || count(g) > count(best) || (count(g) === count(best) && g.words < best.words)) byHead.set(g.head, g);
  }
  for (const [head, phrase] of byHead) {
    const single = groups.get(`w:${head}`);
    if (single && !single.merged && count(phrase) >= 0.25 * count(single)) absorb(phrase, single);
  }
  // Proper names of several words absorb their lower-case head: "the peninsula", "the committee".
  for (const g of all) {
    if (g.merged || g.key.startsWith('w:') || g.kind === 'person' || g.stems.length < 2) continue;
    const single = groups.get(`w:${g.stems[g.stems.length - 1]}`);
    if (single && !single.merged && count(single) <= 3 * count(g)) absorb(g, single);
  }
  // Compounds on one first element are one subject: "cyberattacks", "cyberspace", "cybercrimes".
  const families = new Map<string, Group[]>();
  for (const g of all) {
    if (g.merged || !g.key.startsWith('w:') || g.words !== 1) continue;
    const word = nameOf(g).toLowerCase();
    for (let i = 4; i <= word.length - 4; i++) {
      const rest = word.slice(i);
      if (!isFrequentWord(rest) && !(rest.endsWith('s') && isFrequentWord(rest.slice(0, -1)))) continue;
      const family = families.get(word.slice(0, i));
      if (family) family.push(g);
      else families.set(word.slice(0, i), [g]);
      break;
    }
  }
  for (const family of families.values()) {
    if (family.length < 2) continue;
    family.sort((x, y) => count(y) - count(x));
    for (const g of family.slice(1)) absorb(family[0], g);
  }
  // A demonym or adjective opening a place's name is that place: "Korean" and "Korean Peninsula".
  // One-word places by stem, each list in order, so a name looks only at those of its first stem
  // (and past the merged ones once: merging is for good), not at every group.
  const singlePlaces = new Map<string, { list: Group[]; from: number }>();
  for (const x of all) {
    if (x.kind !== 'place' || x.stems.length !== 1) continue;
    const hit = singlePlaces.get(x.stems[0]);
    if (hit) hit.list.push(x);
    else singlePlaces.set(x.stems[0], { list: [x], from: 0 });
  }
  for (const g of all) {
    if (g.merged || g.kind !== 'place' || g.stems.length < 2) continue;
    const same = singlePlaces.get(g.stems[0]);
    while (same && same.from < same.list.length && same.list[same.from].merged) same.from++;
    const first = same?.list[same.from];
    if (first && first.mentions.length <= 2 * g.mentions.length) absorb(g, first);
  }
  // Organisations: a name ending a longer one is the same ("the Post", "the New York Post").
  const orgs = all.filter((g) => g.kind === 'organisation' && !g.merged).sort((x, y) => y.key.length - x.key.length);
  // Each name by its endings after its last few spaces, in the order above: a shorter name finds the
  // longer ones it ends at once (comparing every pair cost thousands of organisations their square).
  const byEnding = new Map<string, Group[]>();
  const manySpaces: Group[] = [];
  for (const o of orgs) {
    let n = 0;
    for (let at = o.key.lastIndexOf(' '); at >= 0; at = o.key.lastIndexOf(' ', at - 1)) {
      if (n++ === MAX_ENDING_SPACES) { manySpaces.push(o); break; }
      const ending = o.key.slice(at + 1);
      const list = byEnding.get(ending);
      if (list) list.push(o);
      else byEnding.set(ending, [o]);
    }
  }
  for (const short of orgs) {
    const name = short.key.slice(4);
    let spaces = 0;
    for (let at = name.indexOf(' '); at >= 0 && spaces < MAX_ENDING_SPACES; at = name.indexOf(' ', at + 1)) spaces++;
    // A name of more words than the index holds can only end a name of more still.
    const long = spaces < MAX_ENDING_SPACES
      ? byEnding.get(name)?.find((o) => o !== short && !o.merged)
      : manySpaces.find((o) => o !== short && !o.merged && o.key.endsWith(` ${name}`));
    if (long && !short.merged) absorb(long, short, true);
  }
  for (const g of all) if (g.merged) groups.delete(g.key);
}

function nameOf(g: Group): string {
  let best = '';
  let n = 0;
  for (const [name, c] of g.names) if (c > n || (c === n && name.length < best.length)) { best = name; n = c; }
  return best;
}

/** Whether a heading names the topic: all the words of a phrase, or most of a name's. */
function named(g: Group, stems: Set<string> | undefined): boolean {
  if (!stems || g.stems.length === 0) return false;
  const hits = g.stems.filter((s) => stems.has(s)).length;
  return g.key.startsWith('w:') ? hits === g.stems.length : hits > 0 && hits * 2 >= g.stems.length;
}

/** The last word of a name, to keep one of "deal" and "nuclear deal" in a short list. */
function headWord(name: string): string {
  const i = name.lastIndexOf(' ');
  return (i < 0 ? name : name.slice(i + 1)).toLowerCase();
}

/** A topic's weight from a set of its mentions. */
function weigh(g: Group, mentions: Group['mentions'], earlyUntil: number, speaker: boolean): number {
  let w = 0;
  for (const m of mentions) w += m.weight * (m.paragraph <= earlyUntil ? 1.3 : 1);
  // A single common noun names a subject less well than a name or a compound.
  const length = g.key.startsWith('w:') && g.words === 1 ? 0.6 : 1 + 0.3 * (Math.min(g.words, 3) - 1);
  return w * g.specificity * length * KIND_WEIGHT[g.kind] * (speaker ? 0.4 : 1);
}

/** Whether a topic is worth naming at all: repeated, named in the headline, or a specific name or phrase. */
function eligible(g: Group, headline: boolean): boolean {
  if (g.mentions.length >= 2 || headline) return true;
  // Named once: a proper name of several words or a code still says what the text is about.
  return !g.key.startsWith('w:') && (g.words >= 2 || g.kind === 'event') && g.kind !== 'person';
}

/**
 * The speakers quoted in a section (whose range holds the quote's start). Quotes come sorted by
 * start, so a section's are found by halves and read in a run, instead of every section
 * filtering every quote.
 */
function sectionSpeakers(sections: TopicInput['sections'], quotes: TopicInput['quotes']): (i: number) => ReadonlySet<string | null> {
  const sorted = quotes.every((q, k) => k === 0 || quotes[k - 1].start <= q.start);
  return (i) => {
    const { start, end } = sections[i].range;
    if (!sorted) return new Set(quotes.filter((q) => q.speaker && q.start >= start && q.start < end).map((q) => q.speaker));
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<string | null>();
    for (let k = lo; k < quotes.length && quotes[k].start < end; k++) if (quotes[k].speaker) out.add(quotes[k].speaker);
    return out;
  };
}

export function findTopics(input: TopicInput): Topic[] {
  const groups = groupMentions(input);
  mergeForms(groups);
  const { sections, terms } = input;
  const quoted = new Set(input.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
  const headline = input.titleParagraph === null ? undefined : terms.headings.get(input.titleParagraph);
  const bodyStart = sections.length ? sections[0].firstParagraph : 0;
  const early = bodyStart + 1;
  // The last section starting at or before a paragraph, by halves when sections come in order (they
  // do): scanning them for every mention cost an article of many sections and mentions their product.
  const inOrder = sections.every((x, i) => i === 0 || sections[i - 1].firstParagraph <= x.firstParagraph);
  const sectionOf = (paragraph: number): number => {
    if (!inOrder) {
      for (let i = sections.length - 1; i >= 0; i--) if (paragraph >= sections[i].firstParagraph) return i;
      return 0;
    }
    let lo = 0;
    let hi = sections.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid].firstParagraph <= paragraph) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? lo - 1 : 0;
  };

  // The article's topics.
  const scored: { g: Group; salience: number; name: string }[] = [];
  for (const g of groups.values()) {
    g.mentions.sort((a, b) => a.start - b.start);
    const inHeadline = named(g, headline);
    if (!eligible(g, inHeadline)) continue;
    const speaker = !!g.entity && quoted.has(g.entity);
    scored.push({ g, salience: weigh(g, g.mentions, early, speaker) * (inHeadline ? 1.5 : 1), name: nameOf(g) });
  }
  scored.sort((a, b) => b.salience - a.salience);
  const top = scored.length ? scored[0].salience : 1;
  const seen = new Set<string>();
  const topics: Topic[] = [];
  for (const s of scored) {
    const k = s.name.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    const inSections = [...new Set(s.g.mentions.map((m) => sections[sectionOf(m.paragraph)]?.id).filter((x): x is string => !!x))];
    topics.push({ name: s.name, kind: s.g.kind, salience: Math.round((s.salience / top) * 1000) / 1000, mentions: s.g.mentions.map((m) => ({ start: m.start, end: m.end })), sections: inSections });
    if (topics.length >= MAX_ARTICLE_TOPICS) break;
  }

  // Each section's topics: what is mentioned there more than elsewhere.
  const n = sections.length;
  const perSection = sections.map(() => new Map<Group, Group['mentions']>());
  // In how many sections each group is mentioned, counted as they fill (counting over every
  // section for every group of every section cost an article of many sections their number cubed).
  const df = new Map<Group, number>();
  for (const g of groups.values()) {
    for (const m of g.mentions) {
      const map = perSection[sectionOf(m.paragraph)];
      if (!map) continue;
      const list = map.get(g);
      if (list) list.push(m);
      else {
        map.set(g, [m]);
        df.set(g, (df.get(g) ?? 0) + 1);
      }
    }
  }
  const speakersBySection = sectionSpeakers(sections, input.quotes);
  sections.forEach((section, i) => {
    const heading = section.headingRange ? terms.headings.get(section.firstParagraph) : undefined;
    const speakers = speakersBySection(i);
    const ranked: { name: string; score: number }[] = [];
    for (const [g, ms] of perSection[i]) {
      if (g.entity && speakers.has(g.entity)) continue;
      const own = named(g, heading);
      if (!own && !eligible(g, named(g, headline))) continue;
      const idf = Math.log(1 + n / df.get(g)!);
      ranked.push({ name: nameOf(g), score: weigh(g, ms, section.firstParagraph, false) * idf * (own ? 2 : 1) });
    }
    ranked.sort((a, b) => b.score - a.score);
    const best = ranked.length ? ranked[0].score : 0;
    const names: string[] = [];
    for (const r of ranked) {
      if (r.score < 0.2 * best || names.length >= MAX_SECTION_TOPICS) break;
      if (!names.some((x) => headWord(x) === headWord(r.name))) names.push(r.name);
    }
    section.topics = names;
  });
  return topics;
}

/** An inferred section's label: its two most salient topics ("Syria · Constitutional Committee"). */
export function labelInferred(sections: Section[], text: string): void {
  for (const s of sections) {
    if (!s.inferred) continue;
    if (s.topics.length) {
      s.title = s.topics.slice(0, 2).join(' · ');
      continue;
    }
    const words = text.slice(s.range.start, Math.min(s.range.end, s.range.start + 80)).split(/\s+/).slice(0, 5).join(' ');
    s.title = `${words}…`;
  }
}
