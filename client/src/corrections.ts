// Editor corrections ("Set Speaker…", "Not a Quote"): kept beside the article in
// ARTICLE.annotations.json as W3C Web Annotations, never in the article. The client owns the file
// (VS Code's file system works on disk and in the browser); the server is told the corrections
// and applies them before anything else.
import {
  commands,
  type Disposable,
  FileSystemError,
  FileType,
  Position,
  type QuickPickItem,
  type TextDocument,
  type TextEditor,
  type Uri,
  window,
  workspace,
} from 'vscode';
import { anchorOf, type Correction } from '../../common/corrections';
import type { QuoteInfo } from '../../common/protocol';
import { plural } from '../../common/text';
import { parseCorrections, serializeCorrections } from '../../common/correctionsFile';
import type { ArticleStore } from './articleStore';
import { writeAtomically } from './atomicFile';
import type { NewsClient } from './languageClient';
import { rangeContains } from './positions';
import { speakerChoices } from './speakerChoices';
import { toRange } from './reveal';
import { isArticle } from './settings';

/** The corrections file beside an article, for articles that live in a file system. */
export function correctionsUri(article: Uri): Uri | null {
  return article.scheme === 'untitled' ? null : article.with({ path: `${article.path}.annotations.json` });
}

export class Corrections implements Disposable {
  private readonly byArticle = new Map<string, Correction[]>();
  /** Articles whose corrections file could not be read: never written over, so nothing in it is lost. */
  private readonly unreadable = new Map<string, string>();
  /** Counts each article's writes: a load that started before a write must not undo it. */
  private readonly writes = new Map<string, number>();
  /** What this extension last wrote to each corrections file: its own change needs no reload. */
  private readonly written = new Map<string, string>();
  private readonly warned = new Set<string>();
  private readonly subscriptions: Disposable[] = [];

  constructor(
    private readonly client: NewsClient,
    private readonly store: ArticleStore,
  ) {
    const watcher = workspace.createFileSystemWatcher('**/*.annotations.json');
    const reloadFor = (file: Uri): void => {
      const doc = workspace.textDocuments.find((d) => correctionsUri(d.uri)?.toString() === file.toString());
      if (doc) void this.load(doc);
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(reloadFor),
      watcher.onDidCreate(reloadFor),
      watcher.onDidDelete(reloadFor),
      workspace.onDidOpenTextDocument((d) => {
        if (isArticle(d)) void this.load(d);
      }),
      workspace.onDidCloseTextDocument((d) => this.forget(d)),
      // A restarted server has forgotten them: tell it again.
      client.onDidStart(() => {
        for (const d of workspace.textDocuments)
          if (this.byArticle.has(d.uri.toString()))
            void client.setCorrections(d, this.byArticle.get(d.uri.toString())!);
      }),
      commands.registerCommand('newsAnnotator.setSpeaker', (arg?: QuoteArg) => this.setSpeaker(arg)),
      commands.registerCommand('newsAnnotator.notAQuote', (arg?: QuoteArg) => this.notAQuote(arg)),
      commands.registerCommand('newsAnnotator.removeCorrections', (arg?: QuoteArg) => this.removeCorrections(arg)),
    );
    for (const d of workspace.textDocuments) if (isArticle(d)) void this.load(d);
  }

  private async load(doc: TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const file = correctionsUri(doc.uri);
    const writes = this.writes.get(key) ?? 0;
    let list: Correction[] = [];
    let problem: string | null = null;
    if (file) {
      let json: string | null = null;
      try {
        const stat = await workspace.fs.stat(file);
        if (stat.type === FileType.File) json = new TextDecoder().decode(await workspace.fs.readFile(file));
      } catch (err) {
        // No corrections file: nothing to apply. Any other failure keeps what is known.
        if (!(err instanceof FileSystemError && err.code === 'FileNotFound'))
          problem = err instanceof Error ? err.message : String(err);
      }
      if (json !== null && json === this.written.get(file.toString()) && this.byArticle.has(key)) return;
      if (json !== null && !problem) {
        const parsed = parseCorrections(json, doc.getText());
        if (parsed.ok) list = parsed.corrections;
        else problem = parsed.reason;
      }
      if (problem) this.warnOnce(file, problem);
    }
    if ((this.writes.get(key) ?? 0) !== writes || doc.isClosed) return; // a newer write, or gone
    if (problem) {
      this.unreadable.set(key, problem);
      if (this.byArticle.has(key)) return;
    } else this.unreadable.delete(key);
    await this.apply(doc, list);
  }

  /** The article's corrections are now `list`: the server applies them and the views ask again. */
  private async apply(doc: TextDocument, list: Correction[]): Promise<void> {
    this.byArticle.set(doc.uri.toString(), list);
    await this.client.setCorrections(doc, list);
    this.store.refresh(doc);
  }

  private forget(doc: TextDocument): void {
    const key = doc.uri.toString();
    this.byArticle.delete(key);
    this.unreadable.delete(key);
    this.writes.delete(key);
    const file = correctionsUri(doc.uri);
    if (file) this.written.delete(file.toString());
  }

  private warnOnce(file: Uri, reason: string): void {
    if (this.warned.has(file.toString())) return;
    this.warned.add(file.toString());
    void window.showWarningMessage(
      `News Annotator: ${workspace.asRelativePath(file)} was not applied: ${reason}. The file is left as it is.`,
    );
  }

  private async save(doc: TextDocument, list: Correction[]): Promise<boolean> {
    const file = correctionsUri(doc.uri);
    if (!file) {
      void window.showInformationMessage(
        'News Annotator: save the article first; its corrections are kept in a file beside it.',
      );
      return false;
    }
    const key = doc.uri.toString();
    const unreadable = this.unreadable.get(key);
    if (unreadable) {
      void window.showWarningMessage(
        `News Annotator: ${workspace.asRelativePath(file)} could not be read (${unreadable}); fix or delete it first. Nothing was changed.`,
      );
      return false;
    }
    const json = serializeCorrections(list, key, doc.getText());
    this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
    try {
      await writeAtomically(file, json, doc.uri);
      this.written.set(file.toString(), json);
    } catch (err) {
      void window.showErrorMessage(
        `News Annotator: could not write ${workspace.asRelativePath(file)} (${err instanceof Error ? err.message : String(err)}); nothing was changed.`,
      );
      return false;
    }
    await this.apply(doc, list);
    return true;
  }

  /** The quote a command is about: the one passed by a code action, or the one under the cursor. */
  private target(arg?: QuoteArg): { editor: TextEditor; quote: QuoteInfo } | undefined {
    const editor = arg
      ? window.visibleTextEditors.find((e) => e.document.uri.toString() === arg.uri)
      : this.store.activeEditor;
    const article = editor && this.store.get(editor.document);
    const at =
      arg?.range.start ??
      (editor ? { line: editor.selection.active.line, character: editor.selection.active.character } : undefined);
    const quote = article && at ? article.quotes.find((q) => rangeContains(q.range, at)) : undefined;
    if (!editor || !quote) {
      void window.showInformationMessage('News Annotator: put the cursor in a quotation first.');
      return undefined;
    }
    return { editor, quote };
  }

  private correction(
    editor: TextEditor,
    quote: QuoteInfo,
    extra: { kind: 'setSpeaker'; speaker: string } | { kind: 'notAQuote' },
  ): Correction {
    const doc = editor.document;
    const span = { start: doc.offsetAt(toPosition(quote.range.start)), end: doc.offsetAt(toPosition(quote.range.end)) };
    const base = { id: `urn:uuid:${uuid()}`, anchor: anchorOf(doc.getText(), span), created: new Date().toISOString() };
    return extra.kind === 'setSpeaker'
      ? { ...base, kind: 'setSpeaker', speaker: extra.speaker }
      : { ...base, kind: 'notAQuote' };
  }

  /** Corrections on this quote are replaced by a new one: the last word is the editor's. */
  private without(doc: TextDocument, quote: QuoteInfo): Correction[] {
    const exact = doc.getText(toRange(quote.range));
    return (this.byArticle.get(doc.uri.toString()) ?? []).filter((c) => c.anchor.exact !== exact);
  }

  private async setSpeaker(arg?: QuoteArg): Promise<void> {
    const t = this.target(arg);
    if (!t) return;
    const article = this.store.get(t.editor.document)!;
    type Item = QuickPickItem & { name?: string };
    const items: Item[] = speakerChoices(article.speakers).map((s) => ({
      label: s.name,
      description: [s.role, s.quotes ? plural(s.quotes, 'quote') : '', plural(s.mentions.length, 'mention')]
        .filter(Boolean)
        .join(' · '),
      name: s.name,
    }));
    items.push({ label: '$(edit) Other…', description: 'a name the article does not give' });
    const current = article.speakers.find((s) => s.id === t.quote.speaker)?.name;
    const picked = await window.showQuickPick(items, {
      title: 'Set the speaker of this quote',
      placeHolder: current ? `Now credited to ${current}` : 'No speaker found',
    });
    if (!picked) return;
    const name =
      picked.name ??
      (
        await window.showInputBox({
          title: 'Set the speaker of this quote',
          prompt: 'The speaker’s full name',
          validateInput: (v) => (v.trim() ? null : 'A name, please'),
        })
      )?.trim();
    if (!name) return;
    const doc = t.editor.document;
    if (
      await this.save(doc, [
        ...this.without(doc, t.quote),
        this.correction(t.editor, t.quote, { kind: 'setSpeaker', speaker: name }),
      ])
    ) {
      window.setStatusBarMessage(
        `News Annotator: quote credited to ${name} (kept in ${workspace.asRelativePath(correctionsUri(doc.uri)!)})`,
        4000,
      );
    }
  }

  private async notAQuote(arg?: QuoteArg): Promise<void> {
    const t = this.target(arg);
    if (!t) return;
    const doc = t.editor.document;
    if (
      await this.save(doc, [...this.without(doc, t.quote), this.correction(t.editor, t.quote, { kind: 'notAQuote' })])
    ) {
      window.setStatusBarMessage(
        'News Annotator: no longer counted as a quote (undo with “Remove Corrections of This Quote”)',
        4000,
      );
    }
  }

  private async removeCorrections(arg?: QuoteArg): Promise<void> {
    const editor = this.store.activeEditor;
    const doc = arg ? workspace.textDocuments.find((d) => d.uri.toString() === arg.uri) : editor?.document;
    if (!doc) return;
    const list = this.byArticle.get(doc.uri.toString()) ?? [];
    const at = doc.offsetAt(arg ? toPosition(arg.range.start) : editor!.selection.active);
    const text = doc.getText();
    // Corrections anchored on the text around the cursor (including "Not a quote", whose quote is gone from the views).
    const keep = list.filter((c) => {
      const i = text.indexOf(c.anchor.exact, Math.max(0, at - c.anchor.exact.length));
      return !(i >= 0 && i <= at && at <= i + c.anchor.exact.length);
    });
    if (keep.length === list.length) {
      void window.showInformationMessage('News Annotator: no correction on the quote under the cursor.');
      return;
    }
    await this.save(doc, keep);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** What a code action passes: the article and the quote's range. */
export interface QuoteArg {
  readonly uri: string;
  readonly range: QuoteInfo['range'];
}

const toPosition = (p: { line: number; character: number }): Position => new Position(p.line, p.character);

function uuid(): string {
  const c = globalThis.crypto as { randomUUID?: () => string } | undefined;
  return c?.randomUUID?.() ?? `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
}
