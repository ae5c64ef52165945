// The topic passes, behind one call: the terms of each paragraph, inferred sections for an
// article without headings, the article's and each section's topics, and the labels of inferred
// sections. analyzeArticle calls this once, after attribution.
//
// What it reads, so that a pipeline that reuses results across edits knows what to key on:
//  - from each sentence: `paragraph`, `inQuote`, and of its tokens `kind`, `text`, `lower`,
//    `cap`, `start`, `end`; of its mention candidates `kind`, `first`, `last`, `words`, `start`,
//    `end`, `entity`, `initial`, `roleSpan`, `titled` and `inQuote`;
//  - of entities: `id`, `kind`, `name`, `aliases` and their mentions' `kind`, `start`, `end`;
//  - of quotes: `start`, `end`, `kind`, `speaker`, `firstParagraph`, `lastParagraph`;
//  - the structure read by sections.ts (headline, metadata lines, headed sections).
import type { SentenceInfo } from '../attribution/context';
import type { Entity, Paragraph, Quote, Section, Topic } from '../model';
import { endsStory } from '../text/metadata';
import type { Structure } from '../text/sections';
import { inferSections, type SegmentInput } from './segmentation';
import { type ArticleTerms, collectTerms, spanWords } from './terms';
import { findTopics, labelInferred } from './topics';
import type { WordTable } from './topicWords';

export interface TopicSectionsInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly structure: Structure;
  readonly sentences: readonly SentenceInfo[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  /** The word table of this analysis (see topicWords.ts). */
  readonly words: WordTable;
}

export interface TopicSections {
  readonly sections: Section[];
  readonly topics: Topic[];
}

/** The terms of an article and the input of its segmentation (also what bench/fit-segmentation.ts reads). */
export function prepare(input: TopicSectionsInput): { terms: ArticleTerms; segment: SegmentInput } {
  const { text, paragraphs, structure, sentences, entities, quotes } = input;
  // A metadata line that fills its paragraph is no text at all; a dateline opening a paragraph is.
  const whole = (m: { start: number; end: number; paragraph: number }): boolean =>
    m.start === paragraphs[m.paragraph].start && m.end === paragraphs[m.paragraph].end;
  const skip = new Set<number>();
  const datelines = new Set<number>();
  // Asides wholly in parentheses or brackets ("(BEGIN VIDEO CLIP)", "(APPLAUSE)") are no subject either.
  for (const p of paragraphs) {
    const first = text.charCodeAt(p.start);
    let last = text.charCodeAt(p.end - 1);
    if (last === 46) last = text.charCodeAt(p.end - 2);
    if ((first === 40 && last === 41) || (first === 91 && last === 93)) skip.add(p.index);
  }
  for (const m of structure.metadata) {
    if (whole(m)) skip.add(m.paragraph);
    if (m.kind === 'dateline') datelines.add(whole(m) ? m.paragraph + 1 : m.paragraph);
  }
  // Heading lines, and the headline: their words only name topics. A run-in head's paragraph is text.
  const headings = new Set<number>();
  const runIns = new Map<number, number>();
  for (const s of structure.sections) {
    if (!s.headingRange) continue;
    if (structure.nonBody.has(s.firstParagraph)) headings.add(s.firstParagraph);
    else runIns.set(s.firstParagraph, s.headingRange.end);
  }
  if (structure.title) headings.add(structure.title.paragraph);
  // The words people are named by, as the text names them.
  const people = new Set<number>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions)
      if (m.kind === 'name' || m.kind === 'surname' || m.kind === 'misspelling')
        spanWords(input.words, text, m.start, m.end, people);
  }
  const terms = collectTerms(text, paragraphs.length, sentences, { skip, headings, people, runIns }, input.words);
  const body: number[] = [];
  for (const p of paragraphs) if (!structure.nonBody.has(p.index)) body.push(p.index);
  const storyEnds = new Set<number>();
  for (const p of structure.nonBody)
    if (endsStory(text.slice(paragraphs[p].start, paragraphs[p].end))) storyEnds.add(p);
  const segment = {
    text,
    paragraphs,
    body,
    firstParagraph: structure.title ? 1 : 0,
    terms,
    sentences,
    entities,
    quotes,
    datelines,
    storyEnds,
  };
  return { terms, segment };
}

export function sectionsAndTopics(input: TopicSectionsInput): TopicSections {
  input.words.begin();
  const { text, paragraphs, structure, entities, quotes } = input;
  const { terms, segment } = prepare(input);
  const sections = inferSections(segment, structure.sections);
  const topics = findTopics({
    text,
    paragraphs,
    sections,
    terms,
    entities,
    quotes,
    titleParagraph: structure.title?.paragraph ?? null,
  });
  labelInferred(sections, text);
  return { sections, topics };
}
