// The `newsAnnotator/article` request: the model, in LSP ranges, for the client's views.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';
import type { ArticleResult } from '../protocol';
import { excerpt, renderReport } from '../views/report';
import { range } from './ranges';

export function articleInfo(article: Article, document: TextDocument): ArticleResult {
  const sectionOf = (offset: number): string | null => {
    let best: Article['sections'][number] | null = null;
    for (const s of article.sections) if (offset >= s.range.start && offset < s.range.end && (!best || s.level > best.level)) best = s;
    return best?.id ?? null;
  };
  const quotes = article.quotes.map((q) => ({
    id: q.id,
    range: range(document, q),
    kind: q.kind,
    speaker: q.speaker,
    cue: q.cue ? range(document, q.cue) : null,
    source: q.source ? range(document, q.source) : null,
    confidence: q.confidence,
    excerpt: excerpt(article.text, q, 48),
    section: sectionOf(q.start),
  }));
  const counts = new Map<string, number>();
  for (const q of article.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return {
    uri: document.uri,
    version: document.version,
    title: article.title ? article.text.slice(article.title.start, article.title.end) : null,
    sections: article.sections.map((s) => {
      const per = new Map<string, number>();
      for (const q of quotes) if (q.section === s.id && q.speaker) per.set(q.speaker, (per.get(q.speaker) ?? 0) + 1);
      return {
        id: s.id,
        title: s.title,
        headingRange: s.headingRange ? range(document, s.headingRange) : null,
        range: range(document, s.range),
        level: s.level,
        inferred: s.inferred,
        topics: s.topics,
        speakers: [...per].sort((a, b) => b[1] - a[1]).map(([id, n]) => ({ id, quotes: n })),
      };
    }),
    quotes,
    speakers: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      kind: e.kind,
      quotes: counts.get(e.id) ?? 0,
      mentions: e.mentions.map((m) => ({ range: range(document, m), kind: m.kind })),
    })),
    topics: article.topics.map((t) => ({ name: t.name, kind: t.kind, mentions: t.mentions.map((m) => range(document, m)), sections: t.sections })),
    report: renderReport(article, reportLabel(document.uri), { color: true }),
  };
}

/** The report's heading: the document's file name (or the whole URI when it has no path). */
function reportLabel(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}
