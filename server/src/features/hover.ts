// Hover on a quote: who said it, by which cue, how sure, and where it sits among the speaker's quotes.
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote } from '../analysis/model';
import { range, spanAt } from './ranges';

const METHOD: Record<Quote['method'], string> = {
  cue: 'speech cue',
  according: '“according to”',
  colon: 'introduced by the sentence before',
  dash: 'name after a dash',
  subject: 'subject of the sentence',
  continuation: 'continues the previous quote',
  nearest: 'nearest speaker (a guess)',
  none: 'no speaker found',
};

export function quoteHover(article: Article, document: TextDocument, q: Quote): Hover {
  const text = article.text;
  const speaker = article.entities.find((e) => e.id === q.speaker);
  const lines: string[] = [];
  if (speaker) {
    lines.push(`**${speaker.name}**${speaker.role ? ` · ${speaker.role}` : ''}`);
    const own = article.quotes.filter((x) => x.speaker === q.speaker);
    lines.push(`Quote ${own.indexOf(q) + 1} of ${own.length} by this speaker`);
  } else {
    lines.push('**No speaker found** for this quote');
  }
  const how: string[] = [`${q.kind} quote`, METHOD[q.method]];
  if (q.cue) how.push(`cue “${text.slice(q.cue.start, q.cue.end)}”`);
  if (q.source) how.push(`source “${text.slice(q.source.start, q.source.end)}”`);
  if (speaker) how.push(`confidence ${Math.round(q.confidence * 100)}%`);
  lines.push(how.join(' · '));
  const section = article.sections.find((s) => q.start >= s.range.start && q.start < s.range.end && s.level === Math.max(
    ...article.sections.filter((x) => q.start >= x.range.start && q.start < x.range.end).map((x) => x.level)));
  if (section) lines.push(`Section: ${section.title ?? 'Lead'}`);
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: range(document, q) };
}

export function hover(article: Article, document: TextDocument, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const q = spanAt(article.quotes, offset);
  return q ? quoteHover(article, document, q) : null;
}
