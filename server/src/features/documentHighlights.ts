// Document highlights: the entity's mentions around the cursor; its declaration (first full
// name) as a write, names as reads, pronouns and titles as plain text.
import { type DocumentHighlight, DocumentHighlightKind, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';
import { indexOf, namesEntity } from '../lsp/articleIndex';
import { entityAt } from '../lsp/entityAt';
import { range } from '../lsp/ranges';

export function documentHighlights(
  article: Article,
  document: TextDocument,
  position: Position,
): DocumentHighlight[] | null {
  const found = entityAt(article, document.offsetAt(position));
  if (!found) return null;
  const def = indexOf(article).definition(found.entity);
  return found.entity.mentions.map((m) => ({
    range: range(document, m),
    kind:
      m === def
        ? DocumentHighlightKind.Write
        : namesEntity(m)
          ? DocumentHighlightKind.Read
          : DocumentHighlightKind.Text,
  }));
}
