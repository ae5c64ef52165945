// The `newsAnnotator/article` request: the model, in LSP ranges, for the client's views.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';
import { isSure } from '../analysis/attribution/confidence';
import type { ArticleResult, SourceInfo } from '../../../common/protocol';
import { THEME_PALETTE } from '../formats/charts';
import { genderBalanceChart, shareOfVoiceChart } from '../formats/sourceCharts';
import { sourcesRow } from '../formats/sources';
import { excerpt } from '../../../common/text';
import { renderReport } from '../formats/report';
import { indexOf } from '../lsp/articleIndex';
import { fileLabel } from '../formats/fileLabel';
import { range } from '../lsp/ranges';

/** The article's sources, their balance and the chart view's SVG; gender left out when it is off. */
function sourcesInfo(article: Article, document: TextDocument, gender: boolean): Partial<ArticleResult> {
  const row = sourcesRow(article, fileLabel(document.uri), gender);
  const sources: SourceInfo[] = row.list.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    role: s.role,
    quotes: s.quotes,
    reported: s.reported,
    words: s.words,
    share: s.share,
    ...(s.gender ? { gender: s.gender, genderEvidence: s.evidence } : {}),
  }));
  const shareOfVoice = shareOfVoiceChart(row.list, row, THEME_PALETTE, (s) => `var(--news-source-${s.id})`);
  return {
    sources,
    ...(gender
      ? {
          balance: { people: row.people, women: row.women, men: row.men, unknown: row.unknownGender },
          sourceCharts: { shareOfVoice, genderBalance: genderBalanceChart(row, THEME_PALETTE) },
        }
      : { sourceCharts: { shareOfVoice } }),
  };
}

export function articleInfo(article: Article, document: TextDocument, gender = true): ArticleResult {
  const ix = indexOf(article);
  const quotes = article.quotes.map((q) => ({
    id: q.id,
    range: range(document, q),
    kind: q.kind,
    speaker: q.speaker,
    cue: q.cue ? range(document, q.cue) : null,
    source: q.source ? range(document, q.source) : null,
    confidence: q.confidence,
    sure: isSure(q),
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
    ...sourcesInfo(article, document, gender),
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
