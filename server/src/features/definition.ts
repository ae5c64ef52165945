// Go to Definition: from any mention of an entity (or from inside a speaker's quote) to where
// the article first names the entity in full.
import type { Location, LocationLink, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';
import { indexOf } from '../lsp/articleIndex';
import { entityAt } from '../lsp/entityAt';
import { range } from '../lsp/ranges';

export function definition(
  article: Article,
  document: TextDocument,
  position: Position,
  links: boolean,
): LocationLink[] | Location | null {
  const found = entityAt(article, document.offsetAt(position));
  if (!found) return null;
  const def = indexOf(article).definition(found.entity);
  if (!def) return null;
  const target = range(document, def);
  if (!links) return { uri: document.uri, range: target };
  // Link from the mention under the cursor, so the editor underlines the whole name.
  return [
    {
      targetUri: document.uri,
      targetRange: target,
      targetSelectionRange: target,
      ...(found.mention ? { originSelectionRange: range(document, found.mention) } : {}),
    },
  ];
}
