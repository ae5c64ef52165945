// Workspace symbols: the sections and the named speakers, people and organisations of every
// article file, so Go to Symbol in Workspace finds "Putin" across a folder of stories.
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';
import { indexOf } from '../lsp/articleIndex';
import { plural } from '../../../common/text';
import { fileLabel } from '../formats/fileLabel';
import { range } from '../lsp/ranges';

/** One article's workspace symbols; unnamed sources ("a senior official") are left out. */
export function articleSymbols(article: Article, document: TextDocument): WorkspaceSymbol[] {
  const ix = indexOf(article);
  const file = fileLabel(document.uri);
  const out: WorkspaceSymbol[] = [];
  for (const s of article.sections) {
    if (s.title === null) continue;
    out.push({
      name: s.title,
      kind: SymbolKind.Namespace,
      containerName: file,
      location: { uri: document.uri, range: range(document, s.headingRange ?? s.range) },
    });
  }
  for (const e of article.entities) {
    if (e.kind === 'group') continue;
    const def = ix.definition(e);
    if (!def) continue;
    const quotes = ix.quotesBy(e.id).length;
    const detail = [e.role, quotes ? plural(quotes, 'quote') : null, file].filter(Boolean).join(' · ');
    out.push({
      name: e.name,
      kind: e.kind === 'person' ? SymbolKind.Constant : SymbolKind.Module,
      containerName: detail,
      location: { uri: document.uri, range: range(document, def) },
    });
  }
  return out;
}

/** Whether the query's characters appear in order in the name, ignoring case (as VS Code's own filter does). */
export function matchesQuery(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let at = 0;
  for (const c of q) {
    at = n.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
