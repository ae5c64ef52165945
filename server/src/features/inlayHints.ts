// Inlay hints: "— Speaker" at the end of a sentence whose quote or reported statement does not
// name its speaker by name (a pronoun, a title or other descriptor, a continuation, a guess), so
// the reader never has to hunt back; where the sentence names them, the hint would only repeat
// it. The name links to where the speaker is first named.
import { type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote } from '../analysis/model';
import { type ArticleIndex, indexOf, namesEntity } from '../lsp/articleIndex';
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

/** Where the quote's sentence ends: its last sentence's end, trailing spaces left out. */
function sentenceEnd(article: Article, ix: ArticleIndex, q: Quote): number {
  let end = ix.sentenceAt(Math.max(q.start, q.end - 1))?.end ?? q.end;
  while (end > q.end && /\s/.test(article.text[end - 1])) end--;
  return Math.max(end, q.end);
}

/**
 * Whether the sentence names the speaker by name: the mention the attribution rests on is a
 * name, or a name of the speaker stands in the quote's sentences outside its quotation marks
 * (after "Set Speaker…", the name the line gives may be the new speaker's), or, for a
 * continuation, in its paragraph before it ("…," Ruiz said. "Now …").
 */
function namedInSentence(article: Article, ix: ArticleIndex, q: Quote, speaker: string): boolean {
  if (q.source) {
    const m = ix.mentionAt(q.source.start);
    if (m && m.entity === speaker && namesEntity(m)) return true;
  }
  // A continuation is read with the quote before it: its paragraph may name the speaker already.
  const from =
    (q.method === 'continuation' ? article.paragraphs[q.firstParagraph]?.start : ix.sentenceAt(q.start)?.start) ??
    q.start;
  const to = sentenceEnd(article, ix, q);
  return ix.namedWithin(speaker, from, to).some((m) => m.end <= q.content.start || m.start >= q.content.end);
}

export function inlayHints(article: Article, document: TextDocument, within: Range): InlayHint[] {
  const ix = indexOf(article);
  const from = document.offsetAt(within.start);
  const to = document.offsetAt(within.end);
  const out: InlayHint[] = [];
  const placed = new Set<string>();
  for (const q of article.quotes) {
    if (!q.speaker || q.end < from || q.start > to) continue;
    const e = ix.entity(q.speaker);
    if (!e || namedInSentence(article, ix, q, q.speaker)) continue;
    // At the end of the sentence, never inside it; one hint a sentence for each speaker.
    const at = sentenceEnd(article, ix, q);
    if (at < from || at > to || placed.has(`${at}:${e.id}`)) continue;
    placed.add(`${at}:${e.id}`);
    const def = ix.definition(e);
    out.push({
      position: document.positionAt(at),
      label: [
        { value: '— ' },
        { value: e.name, ...(def ? { location: { uri: document.uri, range: range(document, def) } } : {}) },
      ],
      paddingLeft: true,
      tooltip: {
        kind: 'markdown',
        value: `${q.kind === 'indirect' ? 'Reported' : 'Quote'} by **${md(e.name)}**${e.role ? `, ${md(e.role)}` : ''}: ${why(article, q)}.`,
      },
    });
  }
  return out;
}
