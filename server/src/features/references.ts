// References: every mention of the entity under the cursor — names, titles and the pronouns
// resolved to it — with its first full-name mention as the declaration.
import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/model';
import { indexOf } from '../lsp/articleIndex';
import { entityAt } from '../lsp/entityAt';
import { range } from '../lsp/ranges';

export function references(
  article: Article,
  document: TextDocument,
  position: Position,
  includeDeclaration: boolean,
): Location[] | null {
  const found = entityAt(article, document.offsetAt(position));
  if (!found) return null;
  const def = indexOf(article).definition(found.entity);
  return found.entity.mentions
    .filter((m) => includeDeclaration || m !== def)
    .map((m) => ({ uri: document.uri, range: range(document, m) }));
}
