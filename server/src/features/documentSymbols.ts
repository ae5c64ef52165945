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
  const detail = [
    q.kind === 'partial' ? 'partial' : q.kind === 'indirect' ? 'reported' : '',
    q.unclosed ? 'unclosed' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    name: `${who}: ${excerpt(article.text, q, 40)}`,
    detail: detail || undefined,
    kind: SymbolKind.String,
    range: r,
    selectionRange: r,
  };
}

function sectionSymbol(document: TextDocument, s: Section): DocumentSymbol {
  return {
    name: s.title ?? 'Lead',
    kind: SymbolKind.Namespace,
    range: range(document, s.range),
    selectionRange: range(document, s.headingRange ?? { start: s.range.start, end: s.range.start }),
    children: [],
  };
}

/** Sections nest by level; each quote sits in its own section (the innermost holding it, as the analysis placed it). */
export function documentSymbols(article: Article, document: TextDocument): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { section: Section; symbol: DocumentSymbol }[] = [];
  const shown: { section: Section; symbol: DocumentSymbol }[] = [];
  const bySection = new Map<string, DocumentSymbol>();
  const sections = [...article.sections].sort((a, b) => a.range.start - b.range.start || a.level - b.level);
  let qi = 0;
  // Reported speech is the writer's paraphrase: the outline lists quotations only.
  const quotes = article.quotes.filter((q) => q.kind !== 'indirect' && q.kind !== 'term');
  const flushQuotes = (until: number): void => {
    for (; qi < quotes.length && quotes[qi].start < until; qi++) {
      const q = quotes[qi];
      const home = q.section === null ? undefined : bySection.get(q.section);
      (home?.children ?? roots).push(quoteSymbol(article, document, q));
    }
  };
  for (const s of sections) {
    flushQuotes(s.range.start);
    while (
      stack.length &&
      (stack[stack.length - 1].section.level >= s.level || s.range.start >= stack[stack.length - 1].section.range.end)
    )
      stack.pop();
    const symbol = sectionSymbol(document, s);
    const parent = stack[stack.length - 1];
    if (parent) parent.symbol.children?.push(symbol);
    else roots.push(symbol);
    stack.push({ section: s, symbol });
    shown.push({ section: s, symbol });
    bySection.set(s.id, symbol);
  }
  flushQuotes(Infinity);
  // Each section's count: the quotes under it, subsections included (they come later in text order).
  const counts = new Map<DocumentSymbol, number>();
  for (const { section, symbol } of shown.reverse()) {
    let n = 0;
    for (const c of symbol.children ?? []) n += c.kind === SymbolKind.Namespace ? (counts.get(c) ?? 0) : 1;
    counts.set(symbol, n);
    symbol.detail = `${plural(n, 'quote')}${section.inferred ? ' · inferred section' : ''}`;
  }
  return roots;
}
