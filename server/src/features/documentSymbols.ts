// Outline: sections, and under each its quotes as "Speaker: “first words…”". Feeds VS Code's
// Outline view, breadcrumbs and Go to Symbol.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { Article, Quote, Section } from '../analysis/model';
import { indexOf } from '../lsp/articleIndex';
import { excerpt, plural } from '../../../common/text';
import { range } from '../lsp/ranges';

function quoteSymbol(article: Article, document: TextDocument, q: Quote): DocumentSymbol {
  const who = indexOf(article).entity(q.speaker)?.name ?? 'Unattributed';
  const r = range(document, q);
  const detail = [q.kind === 'partial' ? 'partial' : q.kind === 'indirect' ? 'reported' : '', q.unclosed ? 'unclosed' : ''].filter(Boolean).join(', ');
  return { name: `${who}: ${excerpt(article.text, q, 40)}`, detail: detail || undefined, kind: SymbolKind.String, range: r, selectionRange: r };
}

function sectionSymbol(article: Article, document: TextDocument, s: Section): DocumentSymbol {
  const quotes = indexOf(article).quotesWithin(s.range);
  return {
    name: s.title ?? 'Lead',
    detail: `${plural(quotes, 'quote')}${s.inferred ? ' · inferred section' : ''}`,
    kind: SymbolKind.Namespace,
    range: range(document, s.range),
    selectionRange: range(document, s.headingRange ?? { start: s.range.start, end: s.range.start }),
    children: [],
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
      while (stack.length && quotes[qi].start >= stack[stack.length - 1].section.range.end) stack.pop();
      const top = stack[stack.length - 1];
      const sym = quoteSymbol(article, document, quotes[qi]);
      if (top) top.symbol.children?.push(sym);
      else roots.push(sym);
      qi++;
    }
  };
  for (const s of sections) {
    flushQuotes(s.range.start);
    while (stack.length && (stack[stack.length - 1].section.level >= s.level || s.range.start >= stack[stack.length - 1].section.range.end)) stack.pop();
    const symbol = sectionSymbol(article, document, s);
    const parent = stack[stack.length - 1];
    if (parent) parent.symbol.children?.push(symbol);
    else roots.push(symbol);
    stack.push({ section: s, symbol });
  }
  flushQuotes(Infinity);
  return roots;
}
