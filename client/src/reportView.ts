// "Open Annotated Report": the `analyze` command's coloured terminal report of the active article,
// in a terminal tab beside it, read like `less -R` (see reportPager.ts). The server renders the
// report (the same code as the CLI); this only shows it, and follows the article as it is edited.
import {
  commands,
  type Disposable,
  EventEmitter,
  type Pseudoterminal,
  type TextDocument,
  ThemeIcon,
  ViewColumn,
  window,
} from 'vscode';
import type { ArticleStore } from './articleStore';
import { Pager } from './reportPager';

const ALTERNATE_SCREEN = '\x1b[?1049h\x1b[?25l'; // no scroll-back to fill, no cursor

function reportText(store: ArticleStore, document: TextDocument): string {
  const article = store.get(document);
  if (!article) return 'Reading the article…';
  if (article.skipped) return `Not analysed: ${article.skipped}`;
  return article.report ?? 'This version of the language server does not render reports.';
}

function openReport(store: ArticleStore, document: TextDocument): void {
  const write = new EventEmitter<string>();
  const close = new EventEmitter<void>();
  const pager = new Pager(reportText(store, document));
  const subscriptions: Disposable[] = [];
  let closed = false;
  const finish = (): void => {
    if (closed) return;
    closed = true;
    for (const s of subscriptions) s.dispose();
    close.fire();
  };
  const pty: Pseudoterminal = {
    onDidWrite: write.event,
    onDidClose: close.event,
    open: (size) => {
      if (size) pager.setSize(size.columns, size.rows);
      write.fire(ALTERNATE_SCREEN + pager.render());
      // Focus the report once it is drawn: run from the Command Palette, the palette hands the focus
      // back to the article as it closes, and the pager's keys belong in the report.
      terminal.show(false);
      subscriptions.push(
        store.onDidChange((d) => {
          if (d !== document) return;
          pager.setText(reportText(store, document));
          write.fire(pager.render());
        }),
        store.onDidClose((d) => {
          if (d === document) finish();
        }),
      );
    },
    setDimensions: (size) => {
      pager.setSize(size.columns, size.rows);
      write.fire(pager.render());
    },
    handleInput: (data) => {
      const action = pager.key(data);
      if (action === 'close') finish();
      else if (action === 'redraw') write.fire(pager.render());
    },
    // The user closed the tab.
    close: () => {
      closed = true;
      for (const s of subscriptions) s.dispose();
    },
  };
  const terminal = window.createTerminal({
    name: `Report: ${document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || document.uri.toString()}`,
    pty,
    iconPath: new ThemeIcon('output'),
    location: { viewColumn: ViewColumn.Beside },
    isTransient: true,
  });
  terminal.show(false);
}

export function registerReportCommand(store: ArticleStore): Disposable {
  return commands.registerCommand('newsAnnotator.showReport', () => {
    const editor = store.activeEditor;
    if (!editor) {
      void window.showInformationMessage('News Annotator: open a news article first.');
      return;
    }
    openReport(store, editor.document);
  });
}
