// The `newsAnnotator/article` request: the model, in LSP ranges, for the client's views.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';
import type { ArticleResult } from '../../../common/protocol';
import { excerpt } from '../../../common/text';
import { renderReport } from '../formats/report';
import { indexOf } from '../lsp/articleIndex';
import { fileLabel } from '../formats/fileLabel';
import { range } from '../lsp/ranges';

export function articleInfo(article: Article, document: TextDocument): ArticleResult {
  const ix = indexOf(article);
  const quotes = article.quotes.map((q) => ({
    id: q.id,
    range: range(document, q),
    kind: q.kind,
    speaker: q.speaker,
    cue: q.cue ? range(document, q.cue) : null,
    source: q.source ? range(document, q.source) : null,
    confidence: q.confidence,
    excerpt: excerpt(article.text, q, 48),
    section: q.section,
    method: q.method,
    unclosed: q.unclosed,
  }));
  return {
    uri: document.uri,
    version: document.version,
    title: article.title ? article.text.slice(article.title.start, article.title.end) : null,
    sections: article.sections.map((s) => ({
      id: s.id,
      title: s.title,
      headingRange: s.headingRange ? range(document, s.headingRange) : null,
      range: range(document, s.range),
      level: s.level,
      inferred: s.inferred,
      topics: s.topics,
      speakers: s.speakers.map((x) => ({ id: x.id, quotes: x.quotes })),
    })),
    quotes,
    speakers: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      kind: e.kind,
      quotes: ix.quotesBy(e.id).length,
      mentions: e.mentions.map((m) => ({ range: range(document, m), kind: m.kind })),
      aliases: e.aliases,
    })),
    topics: article.topics.map((t) => ({
      name: t.name,
      kind: t.kind,
      mentions: t.mentions.map((m) => range(document, m)),
      marks: t.marks.map((m) => range(document, m)),
      sections: t.sections,
    })),
    metadata: article.metadata.map((m) => ({ range: range(document, m), kind: m.kind })),
    report: renderReport(article, fileLabel(document.uri), { color: true }),
  };
}

/** The answer for a document that is not analysed: empty lists and the reason. */
export function skippedInfo(document: TextDocument, reason: string): ArticleResult {
  return {
    uri: document.uri,
    version: document.version,
    title: null,
    sections: [],
    quotes: [],
    speakers: [],
    topics: [],
    metadata: [],
    skipped: reason,
  };
}
