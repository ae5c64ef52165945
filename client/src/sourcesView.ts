// The "Sources" view beside Topic Sections: who the active article quotes, most words first, with
// share of voice, kind, gender and role; a click selects all of a source's quotes (one cursor each).
// Its title bar opens the chart view: share of voice and the gender balance, in the theme's and the
// speakers' colours. Everything shown comes from the server's article answer.
import {
  commands,
  type Disposable,
  EventEmitter,
  Selection,
  TextEditorRevealType,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  type TreeDataProvider,
  type TreeView,
  ViewColumn,
  type WebviewPanel,
  window,
} from 'vscode';
import type { ArticleResult } from '../../common/protocol';
import type { ArticleStore } from './articleStore';
import { revealInEditor, toRange } from './reveal';
import {
  chartPage,
  quoteNodes,
  type SourceNode,
  sourceNodes,
  type SourceQuoteNode,
  sourcesSignature,
} from './sourceList';
import { type SpeakerColors, speakerColorId, speakersInQuoteOrder } from './speakerColors';
import { speakerIcon } from './speakerIcon';

export const SOURCES_VIEW_ID = 'newsAnnotator.sources';

type Node = SourceNode | SourceQuoteNode;

export class SourcesView implements TreeDataProvider<Node>, Disposable {
  private readonly treeChanged = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly view: TreeView<Node>;
  private readonly subscriptions: Disposable[] = [];
  private nodes: SourceNode[] = [];
  private signature = '';
  private colorOf = new Map<string, number>();
  private chart: WebviewPanel | undefined;
  /** What the chart shows: set again only when it changes (setting it reloads the page). */
  private chartHtml = '';

  constructor(
    private readonly store: ArticleStore,
    private readonly colors: SpeakerColors,
  ) {
    this.view = window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: this });
    this.subscriptions.push(
      this.view,
      this.treeChanged,
      store.onDidChange((doc) => {
        if (doc === store.activeEditor?.document) this.rebuild(false);
      }),
      store.onDidChangeActive(() => this.rebuild(true)),
      commands.registerCommand('newsAnnotator.sources.selectQuotes', (id: string) => this.selectQuotes(id)),
      commands.registerCommand('newsAnnotator.sources.showChart', () => this.showChart()),
    );
    this.rebuild(true);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.nodes;
    return node.kind === 'source' ? quoteNodes(node) : [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'quote' ? node.parent : undefined;
  }

  getTreeItem(node: Node): TreeItem {
    if (node.kind === 'quote') {
      const item = new TreeItem(node.quote.excerpt, TreeItemCollapsibleState.None);
      item.id = node.id;
      item.iconPath = new ThemeIcon('quote');
      item.command = {
        command: 'newsAnnotator.sources.selectQuotes',
        title: 'Select Quote',
        arguments: [node.id],
      };
      return item;
    }
    const item = new TreeItem(
      node.label,
      node.quotes.length ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.source ? 'source' : 'source.none';
    const s = node.source;
    item.iconPath = speakerIcon(s?.kind ?? null, s ? this.colorOf.get(s.name) : undefined);
    item.command = { command: 'newsAnnotator.sources.selectQuotes', title: 'Select Quotes', arguments: [node.id] };
    return item;
  }

  private current(): { article: ArticleResult | undefined } {
    const editor = this.store.activeEditor;
    return { article: editor ? this.store.get(editor.document) : undefined };
  }

  private rebuild(force: boolean): void {
    const editor = this.store.activeEditor;
    const { article } = this.current();
    if (article && editor) {
      this.colorOf = this.colors.assign(
        editor.document.uri.toString(),
        speakersInQuoteOrder(article).map((s) => s.name),
      );
    }
    const nodes = article && !article.skipped ? sourceNodes(article) : [];
    this.view.message = !editor
      ? 'Open a news article to see who it quotes.'
      : !article
        ? 'Reading the article…'
        : article.skipped
          ? `Not analysed: ${article.skipped}`
          : nodes.length
            ? undefined
            : 'No quotes in this article.';
    const signature = sourcesSignature(nodes) + JSON.stringify([...this.colorOf]);
    this.nodes = nodes;
    if (force || signature !== this.signature) {
      this.signature = signature;
      this.treeChanged.fire(undefined);
    }
    this.drawChart();
  }

  /** Selects every quote of a source (or the one quote of a quote item), one selection each. */
  private async selectQuotes(id: string): Promise<void> {
    const editor = this.store.activeEditor;
    if (!editor) return;
    const [sourceId, quoteId] = id.split('/');
    const node = this.nodes.find((n) => n.id === sourceId);
    if (!node) return;
    const quotes = quoteId ? node.quotes.filter((q) => q.id === quoteId) : node.quotes;
    if (!quotes.length) return;
    const shown = await revealInEditor(editor, quotes[0].range, true);
    shown.selections = quotes.map((q) => {
      const r = toRange(q.range);
      return new Selection(r.start, r.end);
    });
    shown.revealRange(toRange(quotes[0].range), TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private showChart(): void {
    if (this.chart) {
      this.chart.reveal(ViewColumn.Beside, true);
      this.drawChart();
      return;
    }
    this.chart = window.createWebviewPanel(
      'newsAnnotator.sourcesChart',
      'Sources Chart',
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, localResourceRoots: [] },
    );
    this.chartHtml = '';
    this.chart.onDidDispose(() => (this.chart = undefined), undefined, this.subscriptions);
    this.drawChart();
  }

  private drawChart(): void {
    const panel = this.chart;
    const editor = this.store.activeEditor;
    if (!panel || !editor) return;
    const { article } = this.current();
    const name = editor.document.uri.path.slice(editor.document.uri.path.lastIndexOf('/') + 1);
    panel.title = `Sources: ${name}`;
    const html = article
      ? chartPage(article, `Who gets a voice: ${name}`, (s) => {
          const c = this.colorOf.get(s.name);
          return c === undefined ? undefined : speakerColorId(c, 'Foreground');
        })
      : '<!DOCTYPE html><html><body><p>Reading the article…</p></body></html>';
    if (html !== this.chartHtml) panel.webview.html = this.chartHtml = html;
  }

  dispose(): void {
    this.chart?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
