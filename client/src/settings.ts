// The client's settings, read with their defaults and checked, so a hand-edited settings.json with a
// wrong type falls back to the default instead of breaking a view.
import { ConfigurationTarget, type TextDocument, workspace } from 'vscode';

export type MentionStyle = 'all' | 'names' | 'none';
export type TopicHighlight = 'off' | 'key' | 'all';

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
  /** Speaker colours (quotes and mentions). */
  readonly enabled: boolean;
  readonly mentions: MentionStyle;
  readonly topics: TopicHighlight;
}

export function decorationSettings(): DecorationSettings {
  const c = workspace.getConfiguration('newsAnnotator.decorations');
  const mentions = c.get<unknown>('mentions');
  const topics = workspace.getConfiguration('newsAnnotator.topics').get<unknown>('highlight');
  return {
    enabled: c.get<unknown>('enabled') !== false,
    mentions: mentions === 'names' || mentions === 'none' ? mentions : 'all',
    topics: topics === 'off' || topics === 'all' ? topics : 'key',
  };
}

/**
 * `newsAnnotator.decorations.topics` (a boolean) became `newsAnnotator.topics.highlight`: a value
 * the user set is moved, where it was set (true is `key`, false is `off`), unless the new setting
 * is set there already; the old one is then removed.
 */
export async function migrateTopicSetting(): Promise<void> {
  const config = workspace.getConfiguration('newsAnnotator');
  const old = config.inspect<unknown>('decorations.topics');
  const now = config.inspect<unknown>('topics.highlight');
  const places = [
    [old?.globalValue, now?.globalValue, ConfigurationTarget.Global],
    [old?.workspaceValue, now?.workspaceValue, ConfigurationTarget.Workspace],
  ] as const;
  for (const [value, current, target] of places) {
    if (typeof value !== 'boolean') continue;
    if (current === undefined) await config.update('topics.highlight', value ? 'key' : 'off', target);
    await config.update('decorations.topics', undefined, target);
  }
}

/** Milliseconds after the last edit before the views and colours catch up. */
export function updateDelay(): number {
  const v = workspace.getConfiguration('newsAnnotator').get<unknown>('updateDelay');
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 0), 5000) : 300;
}

export function followCursor(): boolean {
  return workspace.getConfiguration('newsAnnotator.topicSections').get<unknown>('followCursor') !== false;
}
