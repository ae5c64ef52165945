// The client's settings, read with their defaults and checked, so a hand-edited settings.json with a
// wrong type falls back to the default instead of breaking a view.
import { type TextDocument, workspace } from 'vscode';

export type MentionStyle = 'all' | 'names' | 'none';

export function enabledLanguages(): string[] {
  const langs = workspace.getConfiguration('newsAnnotator').get<unknown>('languages');
  const list = Array.isArray(langs) ? langs.filter((l): l is string => typeof l === 'string' && l.length > 0) : [];
  return list.length ? list : ['news'];
}

/** Documents the language server annotates: an enabled language, on disk or untitled. */
export function isArticle(document: TextDocument): boolean {
  return (
    (document.uri.scheme === 'file' || document.uri.scheme === 'untitled' || document.uri.scheme === 'vscode-vfs') &&
    enabledLanguages().includes(document.languageId)
  );
}

export interface DecorationSettings {
  readonly enabled: boolean;
  readonly mentions: MentionStyle;
  readonly topics: boolean;
}

export function decorationSettings(): DecorationSettings {
  const c = workspace.getConfiguration('newsAnnotator.decorations');
  const mentions = c.get<unknown>('mentions');
  return {
    enabled: c.get<unknown>('enabled') !== false,
    mentions: mentions === 'names' || mentions === 'none' ? mentions : 'all',
    topics: c.get<unknown>('topics') !== false,
  };
}

/** Milliseconds after the last edit before the views and colours catch up. */
export function updateDelay(): number {
  const v = workspace.getConfiguration('newsAnnotator').get<unknown>('updateDelay');
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 0), 5000) : 300;
}

export function followCursor(): boolean {
  return workspace.getConfiguration('newsAnnotator.topicSections').get<unknown>('followCursor') !== false;
}
