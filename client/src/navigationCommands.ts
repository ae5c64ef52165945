// Moving around an article: next/previous quote, go to a section, and one speaker's quotes. The
// pickers preview each item in the editor as it is highlighted and put the view back on Escape,
// like Go to Symbol.
import {
  commands,
  type Disposable,
  type QuickPickItem,
  Selection,
  type TextEditor,
  TextEditorRevealType,
  ThemeIcon,
  window,
} from 'vscode';
import type { ArticleResult, QuoteInfo, Range as WireRange, SpeakerInfo } from '../../common/protocol';
import { plural } from '../../common/text';
import type { ArticleStore } from './articleStore';
import { comparePositions, rangeContains } from './positions';
import { stepQuote } from './quoteNavigation';
import { confidenceText } from './quoteStyle';
import { revealInEditor, toRange } from './reveal';
import { speakersInQuoteOrder } from './speakerColors';

type Target = QuickPickItem & { range: WireRange };

export function registerNavigationCommands(store: ArticleStore): Disposable[] {
  /** The article editor and its article, or a message saying why there is none. */
  const current = (): { editor: TextEditor; article: ArticleResult } | undefined => {
    const editor = store.activeEditor;
    const article = editor && store.get(editor.document);
    if (!editor) void window.showInformationMessage('News Annotator: open a news article first.');
    else if (!article)
      void window.showInformationMessage('News Annotator: the article is still being read; try again in a moment.');
    else if (article.skipped) void window.showWarningMessage(`News Annotator: ${article.skipped}`);
    else return { editor, article };
    return undefined;
  };

  const step = async (direction: 1 | -1): Promise<void> => {
    const c = current();
    if (!c) return;
    const s = stepQuote(c.article.quotes, c.editor.selection.start, direction);
    if (!s) {
      window.setStatusBarMessage('News Annotator: no quotes in this article', 3000);
      return;
    }
    await revealInEditor(c.editor, c.article.quotes[s.index].range, false);
    if (s.wrapped)
      window.setStatusBarMessage(`News Annotator: back to the ${direction === 1 ? 'first' : 'last'} quote`, 3000);
  };

  const goToSection = async (): Promise<void> => {
    const c = current();
    if (!c) return;
    const names = new Map(c.article.speakers.map((s) => [s.id, s.name]));
    const items: Target[] = c.article.sections.map((s) => ({
      label: s.title ?? (s.inferred ? s.topics.slice(0, 3).join(', ') || 'Section' : 'Lead'),
      description: s.inferred ? 'inferred' : undefined,
      detail: s.speakers.length
        ? s.speakers.map((x) => `${names.get(x.id) ?? '?'} (${x.quotes})`).join(', ')
        : 'no quotes',
      iconPath: new ThemeIcon(s.headingRange ? 'bookmark' : s.inferred ? 'sparkle' : 'note'),
      range: s.headingRange ?? { start: s.range.start, end: s.range.start },
    }));
    const cursor = c.editor.selection.active;
    const active = [...c.article.sections].reverse().find((s) => comparePositions(s.range.start, cursor) <= 0);
    await pickAndReveal(c.editor, items, 'Go to section', active ? c.article.sections.indexOf(active) : 0);
  };

  const showSpeakerQuotes = async (node?: { speaker?: SpeakerInfo | null }): Promise<void> => {
    const c = current();
    if (!c) return;
    let speaker = node?.speaker ? c.article.speakers.find((s) => s.name === node.speaker?.name) : undefined;
    if (!speaker) {
      const speakers = speakersInQuoteOrder(c.article).sort((a, b) => b.quotes - a.quotes);
      if (!speakers.length) {
        void window.showInformationMessage('News Annotator: no quote in this article has a speaker.');
        return;
      }
      // The speaker of the quote (or mention) under the cursor comes first.
      const cursor = c.editor.selection.active;
      const here =
        c.article.quotes.find((q) => rangeContains(q.range, cursor))?.speaker ??
        c.article.speakers.find((s) => s.mentions.some((m) => rangeContains(m.range, cursor, true)))?.id;
      speakers.sort((a, b) => (a.id === here ? -1 : 0) - (b.id === here ? -1 : 0));
      const pick = await window.showQuickPick(
        speakers.map((s) => ({
          label: s.name,
          description: s.role ?? undefined,
          detail: plural(s.quotes, 'quote'),
          iconPath: new ThemeIcon(s.kind === 'organisation' ? 'organization' : 'person'),
          s,
        })),
        { title: "Show a speaker's quotes", placeHolder: 'Speaker', matchOnDescription: true },
      );
      speaker = pick?.s;
    }
    if (!speaker) return;
    const titles = new Map(c.article.sections.map((s) => [s.id, s.title ?? 'Lead']));
    const quotes = c.article.quotes.filter((q) => q.speaker === speaker.id);
    const items: Target[] = quotes.map((q: QuoteInfo) => ({
      label: q.excerpt,
      description: [
        q.kind === 'direct' ? '' : q.kind === 'partial' ? 'partial' : 'reported',
        q.section ? titles.get(q.section) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      detail: `Line ${q.range.start.line + 1} · ${confidenceText(q)}`,
      iconPath: new ThemeIcon('quote'),
      range: q.range,
    }));
    await pickAndReveal(c.editor, items, `Quotes by ${speaker.name}${speaker.role ? ` · ${speaker.role}` : ''}`, 0);
  };

  return [
    commands.registerCommand('newsAnnotator.nextQuote', () => step(1)),
    commands.registerCommand('newsAnnotator.previousQuote', () => step(-1)),
    commands.registerCommand('newsAnnotator.goToSection', goToSection),
    commands.registerCommand('newsAnnotator.showSpeakerQuotes', showSpeakerQuotes),
  ];
}

/** A quick pick that previews each highlighted item in the editor and restores the view on Escape. */
async function pickAndReveal(editor: TextEditor, items: Target[], title: string, activeIndex: number): Promise<void> {
  if (!items.length) return;
  const before = { selections: editor.selections, visible: editor.visibleRanges[0] };
  const pick = window.createQuickPick<Target>();
  pick.title = title;
  pick.placeholder = 'Type to filter';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = items;
  pick.activeItems = [items[Math.min(Math.max(activeIndex, 0), items.length - 1)]];
  let accepted = false;
  await new Promise<void>((resolve) => {
    pick.onDidChangeActive(([item]) => {
      if (!item) return;
      const range = toRange(item.range);
      editor.selection = new Selection(range.start, range.end);
      editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
    });
    pick.onDidAccept(() => {
      accepted = true;
      pick.hide();
    });
    pick.onDidHide(() => resolve());
    pick.show();
  });
  const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
  pick.dispose();
  // The quick pick hands the focus back to the editor by itself; only the selection is left to set.
  if (accepted && chosen) {
    const range = toRange(chosen.range);
    editor.selection = new Selection(range.start, range.end);
    editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  } else {
    editor.selections = before.selections;
    if (before.visible) editor.revealRange(before.visible, TextEditorRevealType.AtTop);
  }
}
