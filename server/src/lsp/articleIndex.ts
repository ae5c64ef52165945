// Lookups every feature needs over one Article: what lies at an offset, an entity by id, a
// speaker's quotes. Built once per Article (the model is immutable per document version) and
// kept in a WeakMap, so it lives exactly as long as the cached Article.
import type { Article, Entity, Mention, Quote, Section, Sentence, Span, Topic } from '../analysis/model';
import { firstIndex } from '../../../common/search';
import { innermostSection } from '../analysis/facts/sectionFacts';

export interface TopicMention extends Span {
  readonly topic: Topic;
}

export interface ArticleIndex {
  readonly article: Article;
  entity(id: string | null): Entity | undefined;
  /** Every entity mention, sorted by start. */
  readonly mentions: readonly Mention[];
  /** The innermost mention holding the offset. */
  mentionAt(offset: number): Mention | undefined;
  quoteAt(offset: number): Quote | undefined;
  /** The quote whose speech cue holds the offset. */
  quoteByCueAt(offset: number): Quote | undefined;
  topicMentionAt(offset: number): TopicMention | undefined;
  /** The section whose heading line holds the offset. */
  headingAt(offset: number): Section | undefined;
  /** A section by id (a quote's `section`). */
  section(id: string | null): Section | undefined;
  /** The innermost section holding the offset (the rule that places quotes, sectionFacts.ts). */
  sectionOf(offset: number): Section | undefined;
  sentenceAt(offset: number): Sentence | undefined;
  paragraphAt(offset: number): number;
  /** The speaker's quotes, in text order. */
  quotesBy(entity: string): readonly Quote[];
  /** Where the entity is first named in full (its "definition"), or its first mention. */
  definition(entity: Entity): Mention | undefined;
  /** The entity's last mention that spells its name and starts before `offset`. */
  lastNamedBefore(entity: string, offset: number): Mention | undefined;
  /** Whether a mention spelling the entity's name lies wholly inside [from, to). */
  namedWithin(entity: string, from: number, to: number): Mention[];
}

const cache = new WeakMap<Article, ArticleIndex>();

export function indexOf(article: Article): ArticleIndex {
  let index = cache.get(article);
  if (!index) {
    index = build(article);
    cache.set(article, index);
  }
  return index;
}

/** Index of the last span starting at or before `offset` in spans sorted by start, or -1. */
function lastStartingBy(spans: readonly Span[], offset: number): number {
  return firstIndex(spans.length, (i) => spans[i].start <= offset) - 1;
}

/**
 * The innermost span holding `offset` among spans sorted by start. Looks back from the last
 * span starting by `offset` while an earlier span could still reach it (`longest` bounds that).
 */
function containing<T extends Span>(spans: readonly T[], offset: number, longest: number): T | undefined {
  let best: T | undefined;
  for (let i = lastStartingBy(spans, offset); i >= 0 && offset - spans[i].start < longest; i--) {
    const s = spans[i];
    if (offset < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

function longestOf(spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) if (s.end - s.start > n) n = s.end - s.start;
  return n + 1;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

function build(article: Article): ArticleIndex {
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  const sections = new Map(article.sections.map((s) => [s.id, s]));
  const mentions = article.entities.flatMap((e) => e.mentions).sort(byStart);
  const mentionReach = longestOf(mentions);
  const quotes = [...article.quotes].sort(byStart);
  const quoteReach = longestOf(quotes);
  const cues = article.quotes
    .filter((q) => q.cue)
    .map((q) => ({ start: q.cue!.start, end: q.cue!.end, quote: q }))
    .sort(byStart);
  const cueReach = longestOf(cues);
  const topicMentions: TopicMention[] = article.topics
    .flatMap((t) => t.mentions.map((m) => ({ start: m.start, end: m.end, topic: t })))
    .sort(byStart);
  const topicReach = longestOf(topicMentions);
  const headings = article.sections
    .filter((s) => s.headingRange)
    .map((s) => ({ start: s.headingRange!.start, end: s.headingRange!.end, section: s }))
    .sort(byStart);
  const headingReach = longestOf(headings);
  const byEntity = new Map<string, Quote[]>();
  // A speaker's quotes are quotations; reported speech is the writer's paraphrase.
  const quotations = quotes.filter((q) => q.kind !== 'indirect' && q.kind !== 'term');
  for (const q of quotations) {
    if (!q.speaker) continue;
    const list = byEntity.get(q.speaker);
    if (list) list.push(q);
    else byEntity.set(q.speaker, [q]);
  }
  const named = new Map<string, Mention[]>();
  for (const e of article.entities) named.set(e.id, e.mentions.filter(namesEntity).sort(byStart));
  const paragraphs = article.paragraphs;
  return {
    article,
    entity: (id) => (id ? entities.get(id) : undefined),
    mentions,
    mentionAt: (offset) => containing(mentions, offset, mentionReach),
    quoteAt: (offset) => containing(quotes, offset, quoteReach),
    quoteByCueAt: (offset) => containing(cues, offset, cueReach)?.quote,
    topicMentionAt: (offset) => containing(topicMentions, offset, topicReach),
    headingAt: (offset) => containing(headings, offset, headingReach)?.section,
    section: (id) => (id === null ? undefined : sections.get(id)),
    sectionOf: (offset) => innermostSection(article.sections, offset),
    sentenceAt: (offset) => {
      const i = lastStartingBy(article.sentences, offset);
      const s = article.sentences[i];
      return s && offset < s.end ? s : undefined;
    },
    paragraphAt: (offset) => {
      const i = lastStartingBy(paragraphs, offset);
      return i >= 0 && offset < paragraphs[i].end ? i : -1;
    },
    quotesBy: (entity) => byEntity.get(entity) ?? [],
    definition: (entity) =>
      entity.mentions.find((m) => m.kind === 'name') ??
      entity.mentions.find((m) => m.kind !== 'pronoun') ??
      entity.mentions[0],
    lastNamedBefore: (entity, offset) => {
      const list = named.get(entity) ?? [];
      return list[lastStartingBy(list, offset - 1)];
    },
    namedWithin: (entity, from, to) => {
      const list = named.get(entity) ?? [];
      const out: Mention[] = [];
      for (let i = lastStartingBy(list, from - 1) + 1; i < list.length && list[i].start < to; i++)
        if (list[i].end <= to) out.push(list[i]);
      return out;
    },
  };
}

/** Mentions that spell the entity's name (in full, in part or misspelt), as opposed to pronouns, titles and descriptions. */
export function namesEntity(m: Mention): boolean {
  return m.kind === 'name' || m.kind === 'surname' || m.kind === 'misspelling';
}
