// Inlay hints: "— Speaker" after a quote whose own sentence does not name its speaker
// (continuations, pronoun or title credits, a colon intro, a guess), so the reader never has
// to hunt back. The name links to where the speaker is first named.
import { type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote } from '../analysis/model';
import { type ArticleIndex, indexOf } from './articleIndex';
import { md } from './markdown';
import { range } from './ranges';

const WHY: Record<Quote['method'], string> = {
  cue: 'credited by its speech cue',
  according: 'credited by “according to”',
  colon: 'introduced by the sentence before',
  continuation: 'continues the quote before',
  nearest: 'a guess: the nearest speaker',
  none: '',
};

/** Whether a sentence the quote lies in names its speaker outside the quote's own words. */
function namedNearby(ix: ArticleIndex, q: Quote, speaker: string): boolean {
  const first = ix.sentenceAt(q.start) ?? ix.sentenceAt(q.content.start);
  const last = ix.sentenceAt(Math.max(q.start, q.end - 1));
  const from = first?.start ?? q.start;
  const to = last?.end ?? q.end;
  return ix.namedWithin(speaker, from, to).some((m) => m.end <= q.content.start || m.start >= q.content.end);
}

export function inlayHints(article: Article, document: TextDocument, within: Range): InlayHint[] {
  const ix = indexOf(article);
  const from = document.offsetAt(within.start);
  const to = document.offsetAt(within.end);
  const out: InlayHint[] = [];
  for (const q of article.quotes) {
    if (q.end < from || q.end > to || !q.speaker) continue;
    if (namedNearby(ix, q, q.speaker)) continue;
    const e = ix.entity(q.speaker);
    if (!e) continue;
    const def = ix.definition(e);
    out.push({
      position: document.positionAt(q.end),
      label: [{ value: '— ' }, { value: e.name, ...(def ? { location: { uri: document.uri, range: range(document, def) } } : {}) }],
      paddingLeft: true,
      tooltip: { kind: 'markdown', value: `Quote by **${md(e.name)}**${e.role ? `, ${md(e.role)}` : ''}: ${WHY[q.method]}.` },
    });
  }
  return out;
}
