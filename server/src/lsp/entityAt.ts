// The entity a position points at, for references, highlights and definition: the mention
// under the cursor (a name, title or pronoun), else the speaker of the quote around it.
import type { Article, Entity, Mention } from '../analysis/model';
import { indexOf } from './articleIndex';

export function entityAt(
  article: Article,
  offset: number,
): { entity: Entity; mention: Mention | undefined } | undefined {
  const ix = indexOf(article);
  const mention = ix.mentionAt(offset);
  const entity = ix.entity(mention?.entity ?? ix.quoteByCueAt(offset)?.speaker ?? ix.quoteAt(offset)?.speaker ?? null);
  return entity ? { entity, mention } : undefined;
}
