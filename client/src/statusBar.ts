// "N speakers · M quotes · K reported" for the active article, "Analysing …" with a spinner until its
// first analysis arrives; a click focuses the Topic Sections view.
import {
  type Disposable,
  MarkdownString,
  StatusBarAlignment,
  type StatusBarItem,
  type TextDocument,
  window,
} from 'vscode';
import { plural } from '../../common/text';
import type { ArticleStore, StoredArticle } from './articleStore';
import { balanceText } from './sourceList';
import { speakersInQuoteOrder } from './speakerColors';
import { TOPICS_VIEW_ID } from './topicsView';

export function countsText(article: StoredArticle): string {
  const speakers = speakersInQuoteOrder(article).length;
  const quotes = article.quotes.length;
  // Reported statements are counted apart: the quotes are the quotations the views list.
  const reported = article.reported ? ` · ${article.reported} reported` : '';
  return `${plural(speakers, 'speaker')} · ${plural(quotes, 'quote')}${reported}`;
}

export class ArticleStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[] = [];

  constructor(private readonly store: ArticleStore) {
    this.item = window.createStatusBarItem('newsAnnotator.counts', StatusBarAlignment.Right, 100);
    this.item.name = 'News Annotator';
    this.item.command = `${TOPICS_VIEW_ID}.focus`;
    this.subscriptions.push(
      this.item,
      store.onDidChange((doc) => {
        if (doc === store.activeEditor?.document) this.update();
      }),
      store.onDidChangeActive(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const editor = this.store.activeEditor;
    if (!editor) {
      this.item.hide();
      return;
    }
    const article = this.store.get(editor.document);
    if (!article && this.store.failed(editor.document)) {
      this.item.text = '$(warning) Not analysed';
      this.item.tooltip =
        'News Annotator: the language server gave no analysis of this article; it tries again on the next edit (details in the News Annotator output).';
    } else if (!article) {
      // The store asks for every article it follows: this one is on its way (the server may still be
      // starting). Said in this item, not in a window progress, which VS Code's own "Activating
      // Extensions…" would cover during exactly those first seconds.
      this.item.text = `$(loading~spin) Analysing ${fileName(editor.document)}…`;
      this.item.tooltip = 'News Annotator: reading the article';
    } else if (article.skipped) {
      this.item.text = '$(warning) Not analysed';
      this.item.tooltip = `News Annotator: ${article.skipped}`;
    } else {
      this.item.text = `$(quote) ${countsText(article)}`;
      // Names come from the article: appendText escapes them, so they cannot turn into markup.
      const md = new MarkdownString().appendMarkdown('**Quotes by speaker**\n\n');
      for (const s of speakersInQuoteOrder(article))
        md.appendMarkdown('- ')
          .appendText(`${s.name}${s.role ? ` · ${s.role}` : ''}: ${s.quotes}`)
          .appendMarkdown('\n');
      const unattributed = article.quotes.filter((q) => q.speaker === null).length;
      if (unattributed) md.appendMarkdown(`- *no speaker found*: ${unattributed}\n`);
      const balance = balanceText(article);
      if (balance) md.appendMarkdown('\n').appendText(balance).appendMarkdown('\n');
      this.item.tooltip = md.appendMarkdown('\nClick to show the Topic Sections view.');
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function fileName(document: TextDocument): string {
  return document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || 'the article';
}
