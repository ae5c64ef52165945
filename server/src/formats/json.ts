// The JSON contract of `news-annotator analyze --json` (see README): one object per file.
import type { Article, Quote, Span } from '../analysis/model';

export interface ContractSpan { start: number; end: number }

export interface ContractSection {
  title: string | null;
  start: number;
  end: number;
  headingStart: number | null;
  headingEnd: number | null;
  level: number;
  inferred: boolean;
  topics: string[];
  speakers: string[];
}

export interface ContractSpeaker {
  id: string;
  name: string;
  role: string | null;
  kind: string;
  gender: string | null;
  aliases: string[];
  quotes: number;
  mentions: (ContractSpan & { kind: string })[];
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

const span = (s: Span | null): ContractSpan | null => (s ? { start: s.start, end: s.end } : null);

function inside(q: Quote, s: Span): boolean {
  return q.start >= s.start && q.start < s.end;
}

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
      gender: e.gender,
      aliases: e.aliases,
      quotes: counts.get(e.id) ?? 0,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
    }));
  return {
    file,
    title: article.title ? article.text.slice(article.title.start, article.title.end) : null,
    sections: article.sections.map((s) => ({
      title: s.title,
      start: s.range.start,
      end: s.range.end,
      headingStart: s.headingRange?.start ?? null,
      headingEnd: s.headingRange?.end ?? null,
      level: s.level,
      inferred: s.inferred,
      topics: s.topics,
      speakers: [...new Set(article.quotes.filter((q) => q.speaker && inside(q, s.range)).map((q) => q.speaker as string))],
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
      ...(q.unclosed ? { unclosed: true } : {}),
    })),
    topics: article.topics.map((t) => ({ name: t.name, kind: t.kind, salience: t.salience, mentions: t.mentions.map((m) => ({ start: m.start, end: m.end })), sections: t.sections })),
  };
}
