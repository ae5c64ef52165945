// The "Topic Sections" view in the Explorer: the active article's sections → the speakers quoted
// there → their quotes. Clicking an item selects its text; the view follows the cursor; title-bar
// actions filter by speaker and hide inferred sections.
//
// The view is redrawn only when what it shows changes (see SectionTree.signature), so typing does
// not make it flicker; node objects handed to VS Code are kept until then, and clicks and the cursor
// are resolved against the newest article by node id.
import {
  commands,
  type Disposable,
  EventEmitter,
  type ExtensionContext,
  MarkdownString,
  type QuickPickItem,
  type TextEditor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  type TreeDataProvider,
  type TreeView,
  window,
} from 'vscode';
import type { ArticleResult } from '../../common/protocol';
import { plural } from '../../common/text';
import type { ArticleStore } from './articleStore';
import { revealInEditor } from './reveal';
import { confidenceText } from './quoteStyle';
import {
  buildSectionTree,
  childrenOf,
  deepestAt,
  describeNode,
  labelOf,
  type SectionNode,
  type SectionTree,
  type TreeNode,
} from './sectionTree';
import { followCursor } from './settings';
import { type SpeakerColors, speakersInQuoteOrder } from './speakerColors';
import { speakerIcon } from './speakerIcon';
import { Throttle } from './throttle';

export const TOPICS_VIEW_ID = 'newsAnnotator.topicSections';
const FILTERED_CONTEXT = 'newsAnnotator.topicSections.filtered';
const INFERRED_HIDDEN_CONTEXT = 'newsAnnotator.topicSections.inferredHidden';
const SHOW_INFERRED_KEY = 'newsAnnotator.topicSections.showInferred';

const EMPTY: SectionTree = { roots: [], byId: new Map(), signature: '' };

export class TopicsView implements TreeDataProvider<TreeNode>, Disposable {
  private readonly treeChanged = new EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly view: TreeView<TreeNode>;
  private readonly subscriptions: Disposable[] = [];
  private readonly cursor = new Throttle(120);
  /** What VS Code shows. */
  private shown: SectionTree = EMPTY;
  /** Built from the newest article: same ids and labels as `shown`, current ranges. */
  private latest: SectionTree = EMPTY;
  private article: ArticleResult | undefined;
  private colorOf = new Map<string, number>();
  private filter: string | null = null;
  private showInferred: boolean;

  constructor(
    private readonly context: ExtensionContext,
    private readonly store: ArticleStore,
    private readonly colors: SpeakerColors,
  ) {
    this.showInferred = context.workspaceState.get<boolean>(SHOW_INFERRED_KEY, true);
    this.view = window.createTreeView(TOPICS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      this.treeChanged,
      this.cursor,
      store.onDidChange((doc) => {
        if (doc === store.activeEditor?.document) this.rebuild(false);
      }),
      store.onDidChangeActive(() => {
        this.filter = null;
        this.rebuild(true);
      }),
      window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === store.activeEditor?.document)
          this.cursor.schedule(() => this.followCursor(e.textEditor));
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && store.activeEditor) this.followCursor(store.activeEditor);
      }),
      commands.registerCommand('newsAnnotator.topicSections.reveal', (id: string) => this.revealNode(id)),
      commands.registerCommand('newsAnnotator.topicSections.filterBySpeaker', (node?: TreeNode) =>
        this.pickFilter(node),
      ),
      commands.registerCommand('newsAnnotator.topicSections.clearFilter', () => this.setFilter(null)),
      commands.registerCommand('newsAnnotator.topicSections.hideInferred', () => this.setShowInferred(false)),
      commands.registerCommand('newsAnnotator.topicSections.showInferred', () => this.setShowInferred(true)),
    );
    void commands.executeCommand('setContext', INFERRED_HIDDEN_CONTEXT, !this.showInferred);
    void commands.executeCommand('setContext', FILTERED_CONTEXT, false);
    this.rebuild(true);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return [...(node ? childrenOf(node) : this.shown.roots)];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent ?? undefined;
  }

  getTreeItem(node: TreeNode): TreeItem {
    const hasChildren = childrenOf(node).length > 0;
    const item = new TreeItem(labelOf(node), TreeItemCollapsibleState.None);
    // Filtered and unfiltered trees remember their expanded items apart.
    item.id = this.filter === null ? node.id : `only ${this.filter}: ${node.id}`;
    item.description = describeNode(node);
    item.command = { command: 'newsAnnotator.topicSections.reveal', title: 'Reveal in Editor', arguments: [node.id] };
    switch (node.kind) {
      case 'section':
        item.collapsibleState = hasChildren ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.None;
        item.iconPath = new ThemeIcon(
          node.style === 'headed' ? 'bookmark' : node.style === 'inferred' ? 'sparkle' : 'note',
        );
        item.contextValue = `section.${node.style}`;
        item.tooltip = sectionTooltip(node);
        break;
      case 'speaker': {
        item.collapsibleState =
          this.filter !== null ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.Collapsed;
        const s = node.speaker;
        item.iconPath = speakerIcon(s?.kind ?? null, s ? this.colorOf.get(s.name) : undefined);
        item.contextValue = s ? 'speaker' : 'speaker.none';
        item.tooltip = s
          ? `${s.name}${s.role ? ` · ${s.role}` : ''}\n${plural(s.quotes, 'quote')} in the article`
          : 'Quotes no speaker was found for';
        break;
      }
      case 'quote': {
        const q = node.quote;
        item.iconPath = new ThemeIcon('quote');
        item.contextValue = 'quote';
        item.tooltip = `${q.excerpt}\n${q.kind} quote · ${confidenceText(q)}`;
        break;
      }
    }
    return item;
  }

  private rebuild(force: boolean): void {
    const editor = this.store.activeEditor;
    const article = editor ? this.store.get(editor.document) : undefined;
    this.article = article;
    if (article && editor) {
      this.colorOf = this.colors.assign(
        editor.document.uri.toString(),
        speakersInQuoteOrder(article).map((s) => s.name),
      );
    }
    const next =
      article && !article.skipped
        ? buildSectionTree(article, { speaker: this.filter, showInferred: this.showInferred })
        : EMPTY;
    this.view.message = messageFor(editor, article, next, this.filter);
    this.view.description = this.filter ?? undefined;
    this.latest = next;
    if (force || next.signature !== this.shown.signature) {
      this.shown = next;
      this.treeChanged.fire(undefined);
    }
    if (editor) this.cursor.schedule(() => this.followCursor(editor));
  }

  /** Selects the section the cursor is in, unless the selection in the view is already inside it. */
  private followCursor(editor: TextEditor): void {
    if (!this.view.visible || !followCursor() || editor.document !== this.store.activeEditor?.document) return;
    const current = deepestAt(this.latest.roots, editor.selection.active);
    const node = current && this.shown.byId.get(current.id);
    if (!node || node.kind !== 'section') return;
    const selected = this.view.selection[0];
    if (selected && sectionOf(selected).id === node.id) return;
    this.view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }

  private async revealNode(id: string): Promise<void> {
    const editor = this.store.activeEditor;
    const node = this.latest.byId.get(id);
    if (!editor || !node) return;
    const range =
      node.kind === 'section' ? node.target : node.kind === 'speaker' ? node.quotes[0]?.quote.range : node.quote.range;
    if (range) await revealInEditor(editor, range, true);
  }

  private async pickFilter(node?: TreeNode): Promise<void> {
    if (node?.kind === 'speaker' && node.speaker) return this.setFilter(node.speaker.name);
    const article = this.article;
    if (!article) return;
    const quoted = article.speakers.filter((s) => s.quotes > 0).sort((a, b) => b.quotes - a.quotes);
    type Item = QuickPickItem & { name: string | null };
    const items: Item[] = quoted.map((s) => ({
      label: s.name,
      description: s.role ?? undefined,
      detail: plural(s.quotes, 'quote'),
      iconPath: new ThemeIcon(s.kind === 'organisation' ? 'organization' : 'person'),
      name: s.name,
    }));
    if (this.filter !== null)
      items.unshift({ label: 'All speakers', iconPath: new ThemeIcon('clear-all'), name: null });
    const pick = await window.showQuickPick(items, {
      title: 'Show the sections and quotes of one speaker',
      placeHolder: 'Speaker',
      matchOnDescription: true,
    });
    if (pick) this.setFilter(pick.name);
  }

  private setFilter(name: string | null): void {
    this.filter = name;
    void commands.executeCommand('setContext', FILTERED_CONTEXT, name !== null);
    this.rebuild(true);
  }

  private setShowInferred(show: boolean): void {
    this.showInferred = show;
    void this.context.workspaceState.update(SHOW_INFERRED_KEY, show);
    void commands.executeCommand('setContext', INFERRED_HIDDEN_CONTEXT, !show);
    this.rebuild(true);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function sectionOf(node: TreeNode): SectionNode {
  return node.kind === 'section' ? node : node.kind === 'speaker' ? node.parent : node.parent.parent;
}

function sectionTooltip(node: SectionNode): MarkdownString {
  const how =
    node.style === 'headed'
      ? 'A heading in the text'
      : node.style === 'lead'
        ? 'The text before the first heading'
        : 'Inferred from a shift of topic';
  // Titles and topics come from the article: appendText escapes them.
  const md = new MarkdownString().appendMarkdown('**').appendText(node.label).appendMarkdown('**\n\n');
  md.appendText(`${how}; lines ${node.range.start.line + 1}–${node.range.end.line + 1}.`);
  if (node.merged)
    md.appendMarkdown('\n\n').appendText(
      `Includes ${plural(node.merged, 'inferred section')} (shown apart when inferred sections are shown).`,
    );
  if (node.topics.length) md.appendMarkdown('\n\n').appendText(`Topics: ${node.topics.join(', ')}`);
  return md;
}

function messageFor(
  editor: TextEditor | undefined,
  article: ArticleResult | undefined,
  tree: SectionTree,
  filter: string | null,
): string | undefined {
  if (!editor) return 'Open a news article to see its topic sections.';
  if (!article) return 'Reading the article…';
  if (article.skipped) return `Not analysed: ${article.skipped}`;
  if (!tree.roots.length)
    return filter !== null ? `No quotes by ${filter} in this article.` : 'No sections found in this article.';
  return undefined;
}
