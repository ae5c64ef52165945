// The per-document cache of Article models: computed lazily on first use after a change,
// reused by every feature until the document's version moves on.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from './analysis/article';
import type { Article } from './analysis/model';

interface Entry {
  readonly version: number;
  readonly article: Article;
}

export interface NewsService {
  /** The article model for the document's current version. */
  article(document: TextDocument): Article;
  /** Forgets a closed document. */
  forget(uri: string): void;
}

export function createNewsService(): NewsService {
  const cache = new Map<string, Entry>();
  return Object.freeze({
    article(document: TextDocument): Article {
      const hit = cache.get(document.uri);
      if (hit && hit.version === document.version) return hit.article;
      const article = analyzeArticle(document.getText());
      cache.set(document.uri, { version: document.version, article });
      return article;
    },
    forget(uri: string): void {
      cache.delete(uri);
    },
  });
}
