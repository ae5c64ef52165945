// Speaker colours in the editor: each speaker's quotes on a light background of their colour (a
// border in high-contrast themes), with a dashed border in that colour where the attribution is not
// sure (quoteStyle.ts), their mentions underlined in it (solid for names, dashed for
// titles, dotted for pronouns), and every quote marked in the overview ruler. Beside them, whether
// speaker colours are on or off: topic mentions with a faint blue-grey underline (each section's
// key topics by default, `newsAnnotator.topics.highlight`), and metadata lines (datelines,
// bylines, credits, captions) dimmed. The colours are `contributes.colors` entries, so themes and
// users can change them; the decoration types are rebuilt when the theme's kind changes, and
// redraws are throttled.
import {
  ColorThemeKind,
  commands,
  ConfigurationTarget,
  DecorationRangeBehavior,
  type DecorationRenderOptions,
  type Disposable,
  OverviewRulerLane,
  type Range,
  type TextEditor,
  type TextEditorDecorationType,
  ThemeColor,
  window,
  workspace,
} from 'vscode';
import type { ArticleResult } from '../../common/protocol';
import type { ArticleStore } from './articleStore';
import { toRange } from './reveal';
import { decorationSettings, type DecorationSettings, isArticle } from './settings';
import { quoteStyle } from './quoteStyle';
import { PALETTE_SIZE, type SpeakerColors, speakerColorId, speakersInQuoteOrder } from './speakerColors';
import { Throttle } from './throttle';

type Line = 'solid' | 'dashed' | 'dotted';

/** How each kind of mention is underlined: the surer the link to the speaker, the firmer the line. */
const MENTION_LINE: Record<string, Line> = {
  name: 'solid',
  surname: 'solid',
  misspelling: 'solid',
  title: 'dashed',
  descriptor: 'dashed',
  pronoun: 'dotted',
};

interface SpeakerTypes {
  /** Per palette colour: sure attributions (solid) and those to check (dashed). */
  readonly quotes: Record<'solid' | 'dashed', TextEditorDecorationType[]>;
  readonly mentions: Record<Line, TextEditorDecorationType[]>;
  readonly unattributed: TextEditorDecorationType;
}

interface DecorationTypes {
  /** Null while speaker colours are off. */
  readonly speakers: SpeakerTypes | null;
  readonly topic: TextEditorDecorationType;
  readonly metadata: TextEditorDecorationType;
  readonly all: TextEditorDecorationType[];
}

function createTypes(kind: ColorThemeKind, speakers: boolean): DecorationTypes {
  const highContrast = kind === ColorThemeKind.HighContrast || kind === ColorThemeKind.HighContrastLight;
  const all: TextEditorDecorationType[] = [];
  const make = (options: DecorationRenderOptions): TextEditorDecorationType => {
    // Text typed at a quote's edge stays outside it until the server has read it.
    const type = window.createTextEditorDecorationType({
      rangeBehavior: DecorationRangeBehavior.ClosedClosed,
      ...options,
    });
    all.push(type);
    return type;
  };
  const palette = Array.from({ length: PALETTE_SIZE }, (_, i) => ({
    fg: new ThemeColor(speakerColorId(i, 'Foreground')),
    bg: new ThemeColor(speakerColorId(i, 'Background')),
  }));
  const topic = make({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new ThemeColor('newsAnnotator.topicMentionUnderline'),
  });
  // Dim, not hidden: high-contrast themes keep more of the contrast they promise.
  // Never bold: the first paint's grammar may have taken a byline for a heading.
  const metadata = make({ opacity: highContrast ? '0.8' : '0.55', fontWeight: 'normal' });
  if (!speakers) return { speakers: null, topic, metadata, all };
  const ruler = { overviewRulerLane: OverviewRulerLane.Center };
  // High-contrast themes draw no translucent backgrounds: a solid border keeps the colour legible.
  // An attribution to check keeps its colour, and its border is dashed (in both kinds of theme).
  const quoteTypes = (line: 'solid' | 'dashed'): TextEditorDecorationType[] =>
    palette.map(({ fg, bg }) =>
      make(
        highContrast
          ? { ...ruler, border: `1px ${line}`, borderColor: fg, overviewRulerColor: fg }
          : {
              ...ruler,
              backgroundColor: bg,
              borderRadius: '2px',
              overviewRulerColor: fg,
              ...(line === 'dashed' ? { border: '1px dashed', borderColor: fg } : {}),
            },
      ),
    );
  const quotes = { solid: quoteTypes('solid'), dashed: quoteTypes('dashed') };
  const underline = (line: Line): TextEditorDecorationType[] =>
    palette.map(({ fg }) => make({ borderStyle: `none none ${line} none`, borderWidth: '0 0 2px 0', borderColor: fg }));
  const mentions = { solid: underline('solid'), dashed: underline('dashed'), dotted: underline('dotted') };
  const unattributedColor = new ThemeColor('newsAnnotator.unattributedQuoteBorder');
  const unattributed = make({
    ...ruler,
    border: '1px dashed',
    borderColor: unattributedColor,
    overviewRulerColor: unattributedColor,
  });
  return { speakers: { quotes, mentions, unattributed }, topic, metadata, all };
}

/** The ranges each decoration type gets for one article. */
function decorationRanges(
  article: ArticleResult,
  colorOf: ReadonlyMap<string, number>,
  types: DecorationTypes,
  settings: DecorationSettings,
): Map<TextEditorDecorationType, Range[]> {
  const out = new Map<TextEditorDecorationType, Range[]>();
  const add = (type: TextEditorDecorationType, range: Range): void => {
    const list = out.get(type);
    if (list) list.push(range);
    else out.set(type, [range]);
  };
  const speakers = types.speakers;
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  if (speakers)
    for (const q of article.quotes) {
      const style = quoteStyle(q, names, colorOf);
      add(style ? speakers.quotes[style.line][style.color] : speakers.unattributed, toRange(q.range));
    }
  if (speakers && settings.mentions !== 'none') {
    for (const s of article.speakers) {
      const color = colorOf.get(s.name);
      if (color === undefined) continue; // mentioned, never quoted: not a speaker
      for (const m of s.mentions) {
        const line = MENTION_LINE[m.kind] ?? 'dotted';
        if (settings.mentions === 'names' && line !== 'solid') continue;
        add(speakers.mentions[line][color], toRange(m.range));
      }
    }
  }
  if (settings.topics !== 'off')
    for (const t of article.topics)
      for (const m of settings.topics === 'all' ? t.mentions : t.marks) add(types.topic, toRange(m));
  for (const m of article.metadata) add(types.metadata, toRange(m.range));
  return out;
}

export class SpeakerDecorations implements Disposable {
  private types: DecorationTypes | undefined;
  private settings = decorationSettings();
  private readonly dirty = new Set<TextEditor>();
  private readonly throttle = new Throttle(100);
  private readonly subscriptions: Disposable[] = [];

  constructor(
    private readonly store: ArticleStore,
    private readonly colors: SpeakerColors,
  ) {
    this.subscriptions.push(
      this.throttle,
      store.onDidChange((doc) => this.mark(window.visibleTextEditors.filter((e) => e.document === doc))),
      store.onDidClose((doc) => colors.forget(doc.uri.toString())),
      window.onDidChangeVisibleTextEditors((editors) => this.mark(editors)),
      window.onDidChangeActiveColorTheme(() => this.rebuild()),
      workspace.onDidChangeConfiguration((e) => {
        if (
          e.affectsConfiguration('newsAnnotator.decorations') ||
          e.affectsConfiguration('newsAnnotator.topics') ||
          e.affectsConfiguration('newsAnnotator.languages')
        )
          this.rebuild();
      }),
      commands.registerCommand('newsAnnotator.toggleDecorations', () => this.toggle()),
    );
    this.rebuild();
  }

  /** New decoration types for the current theme and settings, drawn at once on every visible editor. */
  private rebuild(): void {
    this.settings = decorationSettings();
    for (const t of this.types?.all ?? []) t.dispose();
    this.types = createTypes(window.activeColorTheme.kind, this.settings.enabled);
    this.dirty.clear();
    for (const e of window.visibleTextEditors) this.draw(e);
  }

  private mark(editors: readonly TextEditor[]): void {
    for (const e of editors) if (isArticle(e.document)) this.dirty.add(e);
    if (this.dirty.size) this.throttle.schedule(() => this.flush());
  }

  private flush(): void {
    const visible = new Set(window.visibleTextEditors);
    for (const e of this.dirty) if (visible.has(e)) this.draw(e);
    this.dirty.clear();
  }

  private draw(editor: TextEditor): void {
    const types = this.types;
    if (!types || !isArticle(editor.document)) return;
    const article = this.store.get(editor.document);
    const ranges = new Map<TextEditorDecorationType, Range[]>();
    if (article && !article.skipped) {
      const colorOf = this.colors.assign(
        editor.document.uri.toString(),
        speakersInQuoteOrder(article).map((s) => s.name),
      );
      for (const [type, list] of decorationRanges(article, colorOf, types, this.settings)) ranges.set(type, list);
    }
    // Every type is set, the unused ones to nothing: a speaker who is gone loses their colour.
    for (const type of types.all) editor.setDecorations(type, ranges.get(type) ?? []);
  }

  private async toggle(): Promise<void> {
    const config = workspace.getConfiguration('newsAnnotator.decorations');
    const inspect = config.inspect<boolean>('enabled');
    // Change the value where it is set, so a workspace setting is not left to override the new one.
    const target = inspect?.workspaceValue !== undefined ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
    const enabled = !this.settings.enabled;
    await config.update('enabled', enabled, target);
    window.setStatusBarMessage(`News Annotator: speaker colours ${enabled ? 'on' : 'off'}`, 3000);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const t of this.types?.all ?? []) t.dispose();
    this.types = undefined;
  }
}
