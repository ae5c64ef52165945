// Ranks the article's key subjects and each section's: places, organisations, events, codes
// and the noun phrases the article repeats, by how often and where they are mentioned, how
// specific their words are, and (for a section) how much more they belong to it than to the
// others. Marks each section's key topics once a paragraph, and labels inferred sections by their
// event or issue and the place or who they are about.
import type { Entity, Paragraph, Quote, Section, Span, Topic, TopicKind } from '../model';
import type { ArticleTerms } from './terms';
import { mergeForms } from './topicForms';
import { type Group, mentionCount, nameOf, sortMentions, stemsOf, STRIDE } from './topicGroups';
import { paragraphAt } from './cohesion';
import { spanWords } from './terms';
import type { WordTable } from './topicWords';

export interface TopicInput {
  readonly text: string;
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
/** Topics marked in the text by default, per section. */
const KEY_TOPICS = 3;
const QUOTED_WEIGHT = 0.6;
const KIND_WEIGHT: Record<TopicKind, number> = { place: 1, organisation: 1, event: 1.1, phrase: 1, person: 0.8 };

/** Whether pos lies inside a direct or partial quotation (quotes sorted by start, not nested). */
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

/** People join the candidate topics by their names (not pronouns or titles: those say who, not what about). */
function addPeople(input: TopicInput): void {
  const { groups, headings } = input.terms;
  const quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  input.entities.forEach((e, ei) => {
    if (e.kind !== 'person') return;
    let g: Group | undefined;
    for (const m of e.mentions) {
      if (m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'misspelling') continue;
      const paragraph = paragraphAt(input.paragraphs, m.start);
      if (headings.has(paragraph)) continue;
      // Its words as the text spells its name, for matching headings.
      g ??= groups.name(
        'person',
        [ei],
        'person',
        () => {
          const seq: number[] = [];
          spanWords(groups.words, input.text, m.start, m.end, seq);
          return seq;
        },
        e.name,
        e.id,
      );
      groups.add(g, m.start, m.end, paragraph, insideQuote(quotes, m.start) ? QUOTED_WEIGHT : 1, 1);
    }
    if (g) {
      g.specificity /= mentionCount(g);
      sortMentions(g);
    }
  });
}

/** Whether a heading names the topic: all the words of a phrase, or most of a name's. */
function named(g: Group, stems: ReadonlySet<number> | undefined, words: WordTable): boolean {
  if (!stems) return false;
  const own = stemsOf(g, words);
  if (own.length === 0) return false;
  let hits = 0;
  for (const s of own) if (stems.has(s)) hits++;
  return g.phrase ? hits === own.length : hits > 0 && hits * 2 >= own.length;
}

/** The last word of a name, to keep one of "deal" and "nuclear deal" in a short list. */
function headWord(name: string): string {
  const i = name.lastIndexOf(' ');
  return (i < 0 ? name : name.slice(i + 1)).toLowerCase();
}

/** How much a group's kind and form say, whatever its mentions: a name or a compound more than a single common noun. */
function form(g: Group): number {
  const length = g.phrase && g.words === 1 ? 0.6 : 1 + 0.3 * (Math.min(g.words, 3) - 1);
  return g.specificity * length * KIND_WEIGHT[g.kind];
}

/**
 * A single common word ("work", "talks", "changes"; a capitalised "Cold" cut from a longer name):
 * too general to be a subject on its own, however often it is mentioned, unless a heading names
 * it. Places, organisations and people keep their names.
 */
function generic(g: Group, words: WordTable): boolean {
  if (g.words !== 1 || !g.seq || g.seq.length !== 1) return false;
  if (!g.phrase && (g.kind === 'place' || g.kind === 'organisation' || g.kind === 'person')) return false;
  return words.genericWord(g.seq[0]);
}

/** Whether a topic is worth naming without a heading's help: repeated, or a specific name or code named once. */
function repeated(g: Group): boolean {
  return mentionCount(g) >= 2 || (!g.phrase && (g.words >= 2 || g.kind === 'event') && g.kind !== 'person');
}

/** Whether a heading may name a group: a cheap test before `named` (a phrase's head must be in it). */
function mayBeNamed(g: Group, stems: ReadonlySet<number> | undefined): boolean {
  return !!stems && (!g.phrase || stems.has(g.head));
}

export function findTopics(input: TopicInput): Topic[] {
  addPeople(input);
  const { sections, terms, text } = input;
  // A common word is a subject where a heading or the headline names it ("MH17 Investigation").
  const headingStems = new Set<number>();
  for (const stems of terms.headings.values()) for (const stem of stems) headingStems.add(stem);
  const groups = mergeForms(terms.groups).filter(
    (g) => !generic(g, terms.groups.words) || named(g, headingStems, terms.groups.words),
  );
  const quoted = new Set<string>();
  for (const q of input.quotes) if (q.speaker) quoted.add(q.speaker);
  const headline = input.titleParagraph === null ? undefined : terms.headings.get(input.titleParagraph);
  const early = (sections.length ? sections[0].firstParagraph : 0) + 1;
  // The section of each paragraph.
  const sectionOf = new Int32Array(input.paragraphs.length);
  sections.forEach((s, i) => {
    const end = i + 1 < sections.length ? sections[i + 1].firstParagraph : input.paragraphs.length;
    sectionOf.fill(i, s.firstParagraph, end);
  });

  // The article's topics: repeated, or named in the headline.
  const scored: { g: Group; salience: number; inHeadline: boolean }[] = [];
  for (const g of groups) {
    const inHeadline = mayBeNamed(g, headline) && named(g, headline, terms.groups.words);
    if (!inHeadline && !repeated(g)) continue;
    let w = 0;
    const m = g.mentions;
    for (let i = 0; i < m.length; i += STRIDE) w += m[i + 3] * (m[i + 2] <= early ? 1.3 : 1);
    const speaker = g.entity !== null && quoted.has(g.entity);
    scored.push({ g, salience: w * form(g) * (speaker ? 0.4 : 1) * (inHeadline ? 1.5 : 1), inHeadline });
  }
  scored.sort((a, b) => b.salience - a.salience);
  const top = scored.length ? scored[0].salience : 1;
  const seen = new Set<string>();
  const topics: Topic[] = [];
  const groupOf: Group[] = [];
  for (const { g, salience } of scored) {
    const name = nameOf(g, text);
    const k = name.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    const m = g.mentions;
    const spans: { start: number; end: number }[] = [];
    const inSections = new Set<string>();
    for (let i = 0; i < m.length; i += STRIDE) {
      spans.push({ start: m[i], end: m[i + 1] });
      const s = sections[sectionOf[m[i + 2]]];
      if (s) inSections.add(s.id);
    }
    topics.push({
      name,
      kind: g.kind,
      salience: Math.round((salience / top) * 1000) / 1000,
      mentions: spans,
      marks: [],
      sections: [...inSections],
    });
    groupOf.push(g);
    if (topics.length >= MAX_ARTICLE_TOPICS) break;
  }
  if (sections.length) {
    sectionTopics(input, scored, groups, sectionOf);
    markKeyTopics(input, topics, groupOf, sectionOf);
  }
  return topics;
}

/**
 * The mentions an editor sees marked by default: in each section, its few key topics (people and
 * organisations aside: their names are marked as such), one mark a paragraph at most, where the writer names
 * it (a quotation is drawn as the speaker's already). A paragraph marks the key topic the section
 * has marked least so far, so that each shows, then the most salient. Each key topic's mentions
 * are read once, whatever the number of sections.
 */
function markKeyTopics(
  input: TopicInput,
  topics: readonly Topic[],
  groupOf: readonly Group[],
  sectionOf: Int32Array,
): void {
  const byName = new Map(topics.map((t, i) => [t.name.toLowerCase(), i]));
  const quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  // Per section, its key topics (indexes into `topics`); per key topic, its place in each section's list.
  const keys: number[][] = [];
  const keyIn = new Map<number, Map<number, number>>();
  input.sections.forEach((section, si) => {
    const key: number[] = [];
    for (const name of section.topics) {
      const ti = byName.get(name.toLowerCase());
      const kind = ti === undefined ? undefined : topics[ti].kind;
      if (ti === undefined || kind === 'person' || kind === 'organisation' || key.length >= KEY_TOPICS) continue;
      let places = keyIn.get(ti);
      if (!places) keyIn.set(ti, (places = new Map<number, number>()));
      places.set(si, key.length);
      key.push(ti);
    }
    keys.push(key);
  });
  // Per paragraph, the first mention outside quotations of each key topic of its section.
  const rows = new Map<number, (Span | undefined)[]>();
  for (const [ti, places] of keyIn) {
    const m = groupOf[ti].mentions;
    for (let i = 0; i < m.length; i += STRIDE) {
      const p = m[i + 2];
      const k = places.get(sectionOf[p]);
      if (k === undefined || insideQuote(quotes, m[i])) continue;
      let row = rows.get(p);
      if (!row) rows.set(p, (row = []));
      row[k] ??= { start: m[i], end: m[i + 1] };
    }
  }
  const marked = new Map<number, number[]>();
  for (const p of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(p) as (Span | undefined)[];
    const si = sectionOf[p];
    let counts = marked.get(si);
    if (!counts) marked.set(si, (counts = new Array<number>(KEY_TOPICS).fill(0)));
    let best = -1;
    for (let k = 0; k < row.length; k++) if (row[k] && (best < 0 || counts[k] < counts[best])) best = k;
    topics[keys[si][best]].marks.push(row[best] as Span);
    counts[best]++;
  }
  // A topic may be key in several sections: its marks in text order.
  for (const t of topics) t.marks.sort((a, b) => a.start - b.start);
}

interface Candidate {
  readonly g: Group;
  readonly weight: number;
}

/**
 * Each section's topics: what is mentioned there more than elsewhere (weighted by an inverse
 * section frequency), leaving out the speakers quoted there; a topic its heading names counts double.
 */
function sectionTopics(
  input: TopicInput,
  scored: readonly { g: Group; inHeadline: boolean }[],
  groups: readonly Group[],
  sectionOf: Int32Array,
): void {
  const { sections, terms, text } = input;
  const n = sections.length;
  const headingOf = sections.map((s) => (s.headingRange ? terms.headings.get(s.firstParagraph) : undefined));
  const candidates: Candidate[][] = sections.map(() => []);
  const weights = new Float64Array(n);
  const touched: number[] = [];
  const consider = (g: Group, anyWhere: boolean): void => {
    const m = g.mentions;
    for (let i = 0; i < m.length; i += STRIDE) {
      const si = sectionOf[m[i + 2]];
      if (weights[si] === 0) touched.push(si);
      weights[si] += m[i + 3] * (m[i + 2] <= sections[si].firstParagraph ? 1.3 : 1);
    }
    const idf = Math.log(1 + n / touched.length);
    for (const si of touched) {
      const own = mayBeNamed(g, headingOf[si]) && named(g, headingOf[si], input.terms.groups.words);
      if (anyWhere || own) candidates[si].push({ g, weight: weights[si] * idf * form(g) * (own ? 2 : 1) });
      weights[si] = 0;
    }
    touched.length = 0;
  };
  const done = new Set<Group>();
  for (const { g } of scored) {
    consider(g, true);
    done.add(g);
  }
  // Groups named once may still be what a section's heading names.
  if (headingOf.some((h) => h)) for (const g of groups) if (!done.has(g)) consider(g, false);
  const speakers = sections.map(() => new Set<string>());
  for (const q of input.quotes) {
    if (!q.speaker) continue;
    speakers[sectionOf[q.firstParagraph]].add(q.speaker);
  }
  sections.forEach((section, i) => {
    const ranked = candidates[i].filter((c) => !(c.g.entity && speakers[i].has(c.g.entity)));
    ranked.sort((a, b) => b.weight - a.weight);
    const best = ranked.length ? ranked[0].weight : 0;
    const names: string[] = [];
    const kept: Candidate[] = [];
    for (const r of ranked) {
      if (r.weight < 0.2 * best || names.length >= MAX_SECTION_TOPICS) break;
      const name = nameOf(r.g, text);
      if (names.some((x) => headWord(x) === headWord(name))) continue;
      names.push(name);
      kept.push(r);
    }
    section.topics = names;
    if (section.inferred && kept.length) section.title = label(kept, text);
  });
}

/** Whether two names share a word ("MH17" and "Malaysia Airlines MH17"): a label names each thing once. */
function overlapping(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/[\s-]+/));
  return b
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => words.has(w));
}

/** How salient a place must be, against the section's most salient topic, for the section to be about it. */
const ABOUT_PLACE = 0.7;

/**
 * An inferred section's label, from its topics most salient first: what happens or is at issue
 * (an event, a code, a lower-case phrase: "nuclear deal", "back-to-work legislation"), then the
 * place the section is about, if it is about one (named again, and nearly as salient as its first topic), or else
 * who (a person, an organisation, another proper name), or else a second issue. Never a place the
 * section only passes through; its two most salient topics when none of these is there.
 */
function label(ranked: readonly Candidate[], text: string): string {
  const best = ranked[0].weight;
  const issue = ranked.find((c) => c.g.phrase || c.g.kind === 'event');
  const issueName = issue ? nameOf(issue.g, text) : '';
  const fits = (c: Candidate): boolean => c !== issue && !(issue && overlapping(issueName, nameOf(c.g, text)));
  const place = ranked.find(
    (c) => c.g.kind === 'place' && mentionCount(c.g) >= 2 && c.weight >= ABOUT_PLACE * best && fits(c),
  );
  const who = ranked.find((c) => !c.g.phrase && c.g.kind !== 'place' && c.g.kind !== 'event' && fits(c));
  const next = ranked.find((c) => (c.g.phrase || c.g.kind === 'event') && fits(c));
  const parts = [issue, place ?? who ?? next].filter((c): c is Candidate => c !== undefined);
  return (parts.length ? parts : ranked.slice(0, 2)).map((c) => nameOf(c.g, text)).join(' · ');
}

/** The label of an inferred section no topic describes: its first words. */
export function labelInferred(sections: Section[], text: string): void {
  for (const s of sections) {
    if (!s.inferred || s.title !== null) continue;
    const words = text
      .slice(s.range.start, Math.min(s.range.end, s.range.start + 80))
      .split(/\s+/)
      .slice(0, 5)
      .join(' ');
    s.title = `${words}…`;
  }
}
