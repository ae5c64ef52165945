// Outline: sections, and under each its quotes as "Speaker: “first words…”".
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { Article, Quote, Section } from '../analysis/model';
import { excerpt } from '../views/report';
import { range } from './ranges';

function quoteSymbol(article: Article, document: TextDocument, q: Quote): DocumentSymbol {
  const who = article.entities.find((e) => e.id === q.speaker)?.name ?? 'Unattributed';
  const r = range(document, q);
  return { name: `${who}: ${excerpt(article.text, q, 40)}`, kind: SymbolKind.String, range: r, selectionRange: r };
}

function sectionSymbol(document: TextDocument, s: Section, children: DocumentSymbol[]): DocumentSymbol {
  return {
    name: s.title ?? 'Lead',
    detail: s.inferred ? 'inferred section' : undefined,
    kind: SymbolKind.Namespace,
    range: range(document, s.range),
    selectionRange: range(document, s.headingRange ?? { start: s.range.start, end: s.range.start }),
    children,
  };
}

/** Sections nest by level; quotes sit in the innermost section that holds them. */
export function documentSymbols(article: Article, document: TextDocument): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { section: Section; symbol: DocumentSymbol }[] = [];
  const sections = [...article.sections].sort((a, b) => a.range.start - b.range.start || a.level - b.level);
  let qi = 0;
  // Reported speech is the writer's paraphrase: the outline lists quotations only.
  const quotes = article.quotes.filter((q) => q.kind !== 'indirect');
  const flushQuotes = (until: number): void => {
    while (qi < quotes.length && quotes[qi].start < until) {
      const top = stack[stack.length - 1];
      const sym = quoteSymbol(article, document, quotes[qi]);
      if (top && quotes[qi].start >= top.section.range.start) top.symbol.children?.push(sym);
      else roots.push(sym);
      qi++;
    }
  };
  for (const s of sections) {
    flushQuotes(s.range.start);
    while (stack.length && stack[stack.length - 1].section.level >= s.level) stack.pop();
    const symbol = sectionSymbol(document, s, []);
    const parent = stack[stack.length - 1];
    if (parent && s.range.start < parent.section.range.end) parent.symbol.children?.push(symbol);
    else roots.push(symbol);
    stack.push({ section: s, symbol });
  }
  flushQuotes(Infinity);
  return roots;
}
