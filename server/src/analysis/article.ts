// analyzeArticle: the one entry point of the analysis core. Pure: text in, Article out.
import { attribute } from './attribution';
import type { SentenceInfo } from './context';
import { EntityRegistry } from './entities';
import { findCandidates, type Candidate } from './mentions';
import type { Article, Sentence } from './model';
import { splitParagraphs } from './paragraphs';
import { findQuotations, type Quotation } from './quotations';
import { readStructure } from './sections';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';
import { sectionsAndTopics } from './topicSections';

function clip(q: Quotation, start: number, end: number): { start: number; end: number } | null {
  const s = Math.max(q.start, start);
  const e = Math.min(q.end, end);
  return s < e ? { start: s, end: e } : null;
}

/** Index of the first token that starts after `pos`. */
function firstTokenAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A name that is a person only by a rare first name ("Peace Process", "Morning Consult")
 * stays one if the article confirms it: the full name again, or its last word on its own.
 */
function confirmWeakNames(all: Candidate[]): void {
  const seen = new Map<string, number>();
  for (const c of all) {
    const k = c.words.join(' ').toLowerCase();
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const c of all) {
    if (!c.weak) continue;
    const full = seen.get(c.words.join(' ').toLowerCase()) ?? 0;
    const last = seen.get(c.words[c.words.length - 1].toLowerCase()) ?? 0;
    if (full < 2 && last < 1) c.kind = 'unknown';
  }
}

export function analyzeArticle(text: string): Article {
  const paragraphs = splitParagraphs(text);
  const quotations = findQuotations(text, paragraphs).sort((a, b) => a.start - b.start);
  const structure = readStructure(text, paragraphs);

  // Sentences, with each paragraph's quotations treated as atomic.
  const sentences: Sentence[] = [];
  let qi = 0;
  for (const p of paragraphs) {
    while (qi < quotations.length && quotations[qi].end <= p.start) qi++;
    const inside: { start: number; end: number }[] = [];
    for (let k = qi; k < quotations.length && quotations[k].start < p.end; k++) {
      const c = clip(quotations[k], p.start, p.end);
      if (c) inside.push(c);
    }
    for (const s of splitSentences(text, p, inside)) sentences.push(s);
  }

  // Tokens, and which of them lie inside quotations.
  const lowercase = new Set<string>();
  const infos: SentenceInfo[] = [];
  qi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const tokens = tokenize(text, s.start, s.end);
    const inQuote = new Uint8Array(tokens.length);
    while (qi < quotations.length && quotations[qi].end <= s.start) qi++;
    for (let k = qi; k < quotations.length && quotations[k].start < s.end; k++) {
      const q = quotations[k];
      // The marks themselves are the writer's; the words between them are the speaker's.
      for (let t = firstTokenAfter(tokens, q.start); t < tokens.length && tokens[t].end <= q.content.end; t++) inQuote[t] = 1;
    }
    for (const t of tokens) if (t.kind === 'word' && !t.cap) lowercase.add(t.lower);
    infos.push({ index: si, paragraph: s.paragraph, start: s.start, end: s.end, tokens, inQuote, candidates: [] });
  }
  // Where a run-in head ("CONGRESS HAS INVESTIGATED HIM — Oz's …") ends, by paragraph: its
  // capitals name no one, as a heading line's do not.
  const runIns = new Map<number, number>();
  for (const s of structure.sections) {
    if (s.headingRange && !structure.nonBody.has(s.firstParagraph)) runIns.set(s.firstParagraph, s.headingRange.end);
  }
  for (const info of infos) {
    const found = findCandidates(info, { lowercase });
    // Title case capitalises every word, so a headline or heading cannot tell a name's end: its
    // names only refer to people the body introduces.
    if (structure.nonBody.has(info.paragraph)) {
      for (const c of found) {
        if (c.kind === 'person' || (c.kind === 'organisation' && c.words.length > 3)) c.kind = 'unknown';
      }
    }
    // A dateline's agency and place ("WASHINGTON (AP) —") are not the story's speakers, nor a run-in head's words.
    const dateline = structure.metadata.find((m) => m.kind === 'dateline' && m.paragraph === info.paragraph);
    const head = dateline?.end ?? runIns.get(info.paragraph);
    info.candidates.push(...(head !== undefined ? found.filter((c) => c.start >= head) : found));
  }

  // Entities: full names first, so that a lone surname anywhere can find its person.
  const registry = new EntityRegistry();
  const all: Candidate[] = infos.flatMap((s) => s.candidates);
  confirmWeakNames(all);
  for (const c of all) {
    if (c.kind === 'person' && (c.words.length >= 2 || c.titled || c.role)) registry.addPerson(c);
  }
  for (const c of all) {
    if (c.kind === 'organisation' && !c.inQuote) c.entity = registry.addOrganisation(c.words, c);
  }

  const quotes = attribute({
    text, paragraphs, sentences: infos, quotations, skipParagraphs: structure.nonBody, registry,
  });
  quotes.forEach((q, i) => Object.assign(q, { id: `q${i + 1}` }));
  const entities = registry.finish(text);

  // Sections inferred where the article has no headings, and topics (topicSections.ts lists what it reads).
  const { sections, topics } = sectionsAndTopics({ text, paragraphs, structure, sentences: infos, entities, quotes });

  return {
    text,
    paragraphs,
    sentences,
    title: structure.title,
    metadata: structure.metadata,
    sections,
    quotes,
    entities,
    topics,
  };
}
