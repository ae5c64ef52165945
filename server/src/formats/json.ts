// The JSON contract of `news-annotator analyze --json` (see README): one object per file.
import type { Article, Span } from '../analysis/model';

export interface ContractSpan {
  start: number;
  end: number;
}

export interface ContractSection {
  id: string;
  title: string | null;
  start: number;
  end: number;
  headingStart: number | null;
  headingEnd: number | null;
  level: number;
  inferred: boolean;
  topics: string[];
  /** Ids of the speakers quoted in the section (subsections included, every kind of quote), in order of first quote. */
  speakers: string[];
  /** The same speakers with their quote counts, most quoted first. */
  speakerQuotes: { id: string; quotes: number }[];
}

export interface ContractSpeaker {
  id: string;
  name: string;
  role: string | null;
  kind: string;
  /** A person's gender as the evidence decides it: male, female or unknown; null for organisations and unnamed sources. */
  gender: string | null;
  /** What the gender rests on, in text order; `decided` marks the piece that decided it. */
  evidence: ContractEvidence[];
  aliases: string[];
  quotes: number;
  mentions: (ContractSpan & { kind: string })[];
}

export interface ContractEvidence extends ContractSpan {
  /** pronoun, honorific, role or firstName (strongest first). */
  kind: string;
  /** male, female, neutral ("they") or unisex (a first name used for both). */
  gender: string;
  text: string;
  decided?: true;
}

export interface ContractQuote {
  id: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  cue: ContractSpan | null;
  source: ContractSpan | null;
  confidence: number;
  method: string;
  /** Id of the innermost section holding the quote's start (null outside every section). */
  section: string | null;
  unclosed?: boolean;
}

export interface ContractArticle {
  file: string;
  title: string | null;
  sections: ContractSection[];
  speakers: ContractSpeaker[];
  quotes: ContractQuote[];
  topics: { name: string; kind: string; salience: number; mentions: ContractSpan[]; sections: string[] }[];
}

/** A speaker's gender and its evidence, from the core's finding (null and none for non-persons). */
function genderOf(article: Article, id: string): Pick<ContractSpeaker, 'gender' | 'evidence'> {
  const finding = article.voices.genders.get(id);
  if (!finding) return { gender: null, evidence: [] };
  return {
    gender: finding.gender,
    evidence: finding.evidence.map((x) => ({
      kind: x.kind,
      gender: x.tells,
      text: x.text,
      start: x.start,
      end: x.end,
      ...(x === finding.decidedBy ? { decided: true as const } : {}),
    })),
  };
}

const span = (s: Span | null): ContractSpan | null => (s ? { start: s.start, end: s.end } : null);

export function toContract(article: Article, file: string): ContractArticle {
  const counts = new Map<string, number>();
  for (const q of article.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const speakers = article.entities
    .filter((e) => e.mentions.length > 0 || counts.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      kind: e.kind,
      ...genderOf(article, e.id),
      aliases: e.aliases,
      quotes: counts.get(e.id) ?? 0,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
    }));
  return {
    file,
    title: article.title ? article.text.slice(article.title.start, article.title.end) : null,
    sections: article.sections.map((s) => ({
      id: s.id,
      title: s.title,
      start: s.range.start,
      end: s.range.end,
      headingStart: s.headingRange?.start ?? null,
      headingEnd: s.headingRange?.end ?? null,
      level: s.level,
      inferred: s.inferred,
      topics: s.topics,
      speakers: [...s.speakers].sort((a, b) => a.first - b.first).map((x) => x.id),
      speakerQuotes: s.speakers.map((x) => ({ id: x.id, quotes: x.quotes })),
    })),
    speakers,
    quotes: article.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker,
      cue: span(q.cue),
      source: span(q.source),
      confidence: q.confidence,
      method: q.method,
      section: q.section,
      ...(q.unclosed ? { unclosed: true } : {}),
    })),
    topics: article.topics.map((t) => ({
      name: t.name,
      kind: t.kind,
      salience: t.salience,
      mentions: t.mentions.map((m) => ({ start: m.start, end: m.end })),
      sections: t.sections,
    })),
  };
}
