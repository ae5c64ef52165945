// Inlay hints: "— Speaker" after a quote whose speaker is not named in its paragraph before it
// nor in its own sentence (continuations, pronoun or title credits, a colon intro, a guess),
// so the reader never has to hunt back. The name links to where the speaker is first named.
import { type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote } from '../analysis/model';
import { type ArticleIndex, indexOf } from '../lsp/articleIndex';
import { md } from '../lsp/markdown';
import { range } from '../lsp/ranges';

const WHY: Record<Quote['method'], string> = {
  cue: 'credited by its speech cue',
  according: 'credited by “according to”',
  colon: 'introduced by the sentence before',
  dash: 'credited by the name after a dash',
  subject: 'credited to the subject of its sentence',
  continuation: 'continues the quote before',
  nearest: 'a guess: the nearest speaker',
  editor: 'set by the editor',
  none: '',
};

/** How the quote was credited; with its words ("credited by “she said”") when cue and source stand together. */
function why(article: Article, q: Quote): string {
  if (q.cue && q.source) {
    const start = Math.min(q.cue.start, q.source.start);
    const end = Math.max(q.cue.end, q.source.end);
    if (end - start <= 40) return `credited by “${md(article.text.slice(start, end).replace(/\s+/g, ' '))}”`;
  }
  return WHY[q.method];
}

/**
 * Whether the reader can see who speaks without looking back: the speaker's name stands in the
 * quote's paragraph before it, or in the rest of the quote's last sentence ("…," Ruiz said).
 */
function namedNearby(article: Article, ix: ArticleIndex, q: Quote, speaker: string): boolean {
  const from = article.paragraphs[q.firstParagraph]?.start ?? q.start;
  const to = ix.sentenceAt(Math.max(q.start, q.end - 1))?.end ?? q.end;
  return ix.namedWithin(speaker, from, to).some((m) => m.end <= q.content.start || m.start >= q.content.end);
}

export function inlayHints(article: Article, document: TextDocument, within: Range): InlayHint[] {
  const ix = indexOf(article);
  const from = document.offsetAt(within.start);
  const to = document.offsetAt(within.end);
  const out: InlayHint[] = [];
  for (const q of article.quotes) {
    if (q.end < from || q.end > to || !q.speaker) continue;
    if (namedNearby(article, ix, q, q.speaker)) continue;
    const e = ix.entity(q.speaker);
    if (!e) continue;
    const def = ix.definition(e);
    out.push({
      position: document.positionAt(q.end),
      label: [
        { value: '— ' },
        { value: e.name, ...(def ? { location: { uri: document.uri, range: range(document, def) } } : {}) },
      ],
      paddingLeft: true,
      tooltip: {
        kind: 'markdown',
        value: `Quote by **${md(e.name)}**${e.role ? `, ${md(e.role)}` : ''}: ${why(article, q)}.`,
      },
    });
  }
  return out;
}
