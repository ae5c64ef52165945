// The extension in a real VS Code: code-server with the packaged .vsix, driven by Chromium. It
// asserts what a person sees on the sample article (the expected sections, speakers and quotes come
// from the CLI's JSON, the same core), and saves screenshots of the editor, the view and a hover
// under test-results/. Run with `npm run test:e2e`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { plural } from '../../common/text';
import {
  cacheDir,
  chromiumPath,
  ensureCodeServer,
  freePort,
  log,
  packageExtension,
  prepareProfile,
  root,
  type RunningCodeServer,
  startCodeServer,
} from '../../scripts/codeServer';
import {
  clickRow,
  clickViewAction,
  collapsePane,
  collapseRow,
  cssColour,
  decorationColours,
  expandPane,
  hoverContent,
  hoverText,
  hoverUntil,
  inlayHints,
  paneRows,
  quickOpen,
  underlined,
  editorFocused,
  focusEditor,
  filterQuickInput,
  pickExact,
  runCommand,
  statusText,
  themeKind,
  waitForThemeKind,
  webviewFocused,
} from './workbench';

const SAMPLE = 'press-conference.news';
/** Our own article with curly apostrophes, no-break spaces, a byline, a dateline and one long paragraph. */
const CURLY = 'curly.news';
const results = join(root, 'test-results');

interface Cli {
  sections: {
    title: string | null;
    start: number;
    end: number;
    headingStart: number | null;
    headingEnd: number | null;
    speakers: string[];
  }[];
  speakers: { id: string; name: string; role: string | null; kind: string; mentions: unknown[] }[];
  quotes: { start: number; end: number; speaker: string | null; kind: string }[];
  /** Reported statements: counted apart from the quotes. */
  reported: number;
}

type ColourDefaults = Record<'light' | 'dark' | 'highContrast' | 'highContrastLight', string>;

/** The CLI's analysis of a file: what the editor must show for it. */
function analyze(file: string): Cli {
  const cli = JSON.parse(
    execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--json', file], { encoding: 'utf8' }),
  ) as Cli;
  // The editor's views show quotations; reported speech is counted apart.
  const quotes = cli.quotes.filter((q) => q.kind !== 'indirect');
  return { ...cli, quotes, reported: cli.quotes.length - quotes.length };
}

const text = readFileSync(join(root, 'samples', SAMPLE), 'utf8');
/** The sample as the CLI reads it (once the build is done). */
let expected: Cli;
let nameOf: Map<string, Cli['speakers'][number]>;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { colors: { id: string; defaults: ColourDefaults }[] };
};

/** 1-based line and column of an offset, as VS Code's status bar shows them. */
function lineCol(offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/** The process ids of the extension's language servers (Node, running dist/server.js from the test's profile). */
function languageServers(): number[] {
  const extensions = join(cacheDir, 'e2e', 'extensions');
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(extensions) && /dist\/server\.js/.test(l))
    .map((l) => Number.parseInt(l, 10));
}

/** Puts the cursor at an offset of the sample with Go to Line (Ctrl+G), as a person would. */
async function goTo(page: Page, offset: number): Promise<void> {
  const at = lineCol(offset);
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.insertText(`${at.line}:${at.col}`);
  await page.keyboard.press('Enter');
  await editorFocused(page);
}

function quotesIn(s: Cli['sections'][number], cli: Cli = expected): Cli['quotes'] {
  return cli.quotes.filter((q) => q.start >= s.start && q.start < s.end);
}

function counts(cli: Cli): string {
  const speakers = new Set(cli.quotes.map((q) => q.speaker).filter((s) => s !== null)).size;
  return `${plural(speakers, 'speaker')} · ${plural(cli.quotes.length, 'quote')}${cli.reported ? ` · ${cli.reported} reported` : ''}`;
}

/** The status bar's counts, once shown. */
const COUNTS = /quotes?( · \d+ reported)?$/;

/** The default of a contributed colour in a theme kind, as the browser reports it. */
function colour(id: string, kind: keyof ColourDefaults): string {
  return cssColour(manifest.contributes.colors.find((c) => c.id === id)!.defaults[kind]);
}

/** JSON with comments and trailing commas, as VS Code's theme files are written (comments on lines of their own). */
function readJsonc(file: string): unknown {
  return JSON.parse(
    readFileSync(file, 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/,(\s*[}\]])/g, '$1'),
  );
}

interface ThemeFile {
  include?: string;
  tokenColors?: { scope?: string | string[]; settings?: { foreground?: string; fontStyle?: string } }[] | string;
}

/** The TextMate rules of a theme file and the files it includes. */
function themeRules(file: string): { selector: string; styled: boolean }[] {
  const t = readJsonc(file) as ThemeFile;
  const own = Array.isArray(t.tokenColors) ? t.tokenColors : [];
  return [
    ...(t.include ? themeRules(join(dirname(file), t.include)) : []),
    ...own.flatMap((r) =>
      (Array.isArray(r.scope) ? r.scope : (r.scope ?? '').split(',')).map((sel) => ({
        selector: sel.trim(),
        styled: !!(r.settings?.foreground || r.settings?.fontStyle),
      })),
    ),
  ];
}

/** Every default theme of the installed VS Code that styles one of `scopes` ("theme: scope ← selector"). */
function themesColouring(scopes: string[]): string[] {
  const extensions = join(dirname(ensureCodeServer()), '..', '..', 'lib', 'vscode', 'extensions');
  const out: string[] = [];
  const files = readdirSync(extensions)
    .filter((d) => d.startsWith('theme-'))
    .flatMap((d) =>
      existsSync(join(extensions, d, 'themes'))
        ? readdirSync(join(extensions, d, 'themes')).map((f) => join(extensions, d, 'themes', f))
        : [],
    )
    .filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 10, `default themes found: ${files.length}`);
  for (const file of files)
    for (const { selector, styled } of themeRules(file)) {
      const last = selector.split(/\s+/).pop() ?? '';
      for (const scope of scopes)
        if (styled && last && (scope === last || scope.startsWith(`${last}.`)))
          out.push(`${file.split('/').pop()}: ${scope} ← ${selector}`);
    }
  return out;
}

const rgb = (css: string): string => css.replace(/^rgba?\((\d+), (\d+), (\d+).*$/, '$1,$2,$3');
const speakerColours = (part: 'Foreground' | 'Background', kind: keyof ColourDefaults): string[] =>
  Array.from({ length: 8 }, (_, i) => colour(`newsAnnotator.speaker${i + 1}${part}`, kind));

describe('News Annotator in a real VS Code (code-server + Chromium)', { timeout: 900_000 }, () => {
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let workspace = '';
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    // One row per section in the Outline, so every heading is on screen.
    'outline.collapseItems': 'alwaysCollapse',
    // The DOM renderer keeps the terminal's text in the page, where the test can read it.
    'terminal.integrated.gpuAcceleration': 'off',
    // The boolean newsAnnotator.topics.highlight replaced: moved there (true is "key") when the extension starts.
    'newsAnnotator.decorations.topics': true,
  };
  let settingsFile = '';
  /** Changes a user setting as a person would: in settings.json, opened from the Command Palette, then saved and closed. */
  const setUserSetting = async (key: string, value: unknown): Promise<void> => {
    const user = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    user[key] = value;
    await runCommand(page, 'Preferences: Open User Settings (JSON)');
    await page.waitForFunction(() =>
      document.querySelector('.tabs-container .tab.active')?.textContent?.includes('settings.json'),
    );
    await editorFocused(page);
    await page.keyboard.press('Control+A');
    // One line, so that no line is indented twice; what the editor closes by itself after it is deleted.
    await page.keyboard.insertText(JSON.stringify(user));
    await page.keyboard.press('Shift+Control+End');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+S');
    await page.waitForFunction(() => !document.querySelector('.tabs-container .tab.active.dirty'));
    await page.keyboard.press('Control+W');
    await page.waitForFunction(
      (name) => document.querySelector('.tabs-container .tab.active')?.textContent?.includes(name),
      SAMPLE,
    );
  };
  /** The sample's corrections file once it holds `n` corrections (the client writes it; the test polls the disk). */
  const saved = async (n: number): Promise<string> => {
    const file = join(workspace, `${SAMPLE}.annotations.json`);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const json = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (json && (JSON.parse(json) as { total?: number }).total === n) return json;
      if (Date.now() > deadline)
        throw new Error(`${file} never held ${n} corrections; it holds:\n${json || '(no file)'}`);
      await page.waitForTimeout(100);
    }
  };
  /** Topic Sections open and Sources closed, for a test that reads the sections whatever the one before left. */
  const showTopicSections = async (): Promise<void> => {
    await collapsePane(page, 'Sources');
    await expandPane(page, 'Topic Sections');
  };
  const setTheme = async (name: string): Promise<void> => {
    await runCommand(page, 'Preferences: Color Theme');
    await pickExact(page, name);
  };

  before(async () => {
    mkdirSync(results, { recursive: true });
    const browserPath = chromiumPath();
    const bin = ensureCodeServer();
    const vsix = packageExtension();
    expected = analyze(join(root, 'samples', SAMPLE));
    nameOf = new Map(expected.speakers.map((s) => [s.id, s]));
    const dir = join(cacheDir, 'e2e');
    rmSync(dir, { recursive: true, force: true });
    workspace = join(dir, 'workspace');
    mkdirSync(workspace, { recursive: true });
    cpSync(join(root, 'samples', SAMPLE), join(workspace, SAMPLE));
    const profile = prepareProfile(bin, dir, vsix, settings);
    settingsFile = join(profile.dataDir, 'User', 'settings.json');
    cpSync(join(root, 'test', 'e2e', 'fixtures', CURLY), join(workspace, CURLY));
    server = await startCodeServer(bin, dir, profile, workspace, await freePort());
    log(`code-server at ${server.url}`);
    browser = await chromium.launch({
      executablePath: browserPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(90_000);
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench');
    // A wider side bar, so the view's rows are read in full in the screenshots.
    const bar = (await page.locator('#workbench\\.parts\\.sidebar').boundingBox())!;
    await page.mouse.move(bar.x + bar.width + 1, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width + 180, bar.y + bar.height / 2, { steps: 5 });
    await page.mouse.up();
    // While the first analysis runs (the server starting with it), the status bar says so (while
    // VS Code's own "Activating Extensions…" shows too).
    const progress = page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('.statusbar-item')].some((i) => i.textContent?.includes(`Analysing ${name}`)),
      SAMPLE,
      { polling: 'raf' },
    );
    await quickOpen(page, SAMPLE);
    await page.waitForSelector('.monaco-editor .view-lines');
    await progress;
    // The counts replace it once the server has answered for the article.
    await statusText(page, 'newsAnnotator.counts', COUNTS);
  });

  after(async () => {
    if (page) await page.screenshot({ path: join(results, 'last.png') }).catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('shows "N speakers · M quotes · K reported" in the status bar, and no analysis in progress', async () => {
    assert.equal(await statusText(page, 'newsAnnotator.counts', COUNTS), counts(expected));
    assert.match(counts(expected), /^2 speakers · 23 quotes · 19 reported$/);
    await page.waitForFunction(
      () => ![...document.querySelectorAll('.statusbar-item')].some((i) => i.textContent?.includes('Analysing')),
    );
  });

  it('moved the old boolean topic setting to newsAnnotator.topics.highlight', async () => {
    const deadline = Date.now() + 60_000;
    let user: Record<string, unknown> = {};
    while (Date.now() < deadline) {
      try {
        user = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
      } catch {
        // VS Code rewrites the file in place: read half-written, it is not JSON yet.
        await page.waitForTimeout(100);
        continue;
      }
      if (user['newsAnnotator.topics.highlight'] !== undefined && !('newsAnnotator.decorations.topics' in user)) break;
      await page.waitForTimeout(100);
    }
    assert.equal(user['newsAnnotator.topics.highlight'], 'key');
    assert.equal(user['newsAnnotator.decorations.topics'], undefined);
  });

  it("marks only each section's key topics, in a colour of their own and never the text's", async () => {
    const kind = await themeKind(page);
    const topicColour = colour('newsAnnotator.topicMentionUnderline', kind);
    const marks = await underlined(page, topicColour);
    await page.screenshot({ path: join(results, 'editor-quiet.png') });
    // Never a speaker's colour, and the marked words keep the colour of plain text.
    assert.ok(!speakerColours('Foreground', kind).includes(topicColour));
    for (const m of marks) assert.equal(m.colour, m.plain, `"${m.text}" is drawn in a colour of its own`);
    // Every default theme leaves the topic's and the metadata's scopes uncoloured.
    assert.deepEqual(themesColouring(['meta.topic.news', 'meta.metadata.news']), []);
  });

  it('marks every topic mention with newsAnnotator.topics.highlight "all", and goes back to the key topics', async () => {
    const topicColour = colour('newsAnnotator.topicMentionUnderline', await themeKind(page));
    const quiet = (await underlined(page, topicColour)).length;
    await setUserSetting('newsAnnotator.topics.highlight', 'all');
    const all = await underlined(page, topicColour, quiet + 1);
    await page.screenshot({ path: join(results, 'editor-all-topics.png') });
    assert.ok(all.length > quiet);
    await setUserSetting('newsAnnotator.topics.highlight', 'key');
    await underlined(page, topicColour, quiet, quiet);
  });

  it('shows "— Speaker" hints only at the end of a sentence', async () => {
    const hints = await inlayHints(page, ['Emmanuel Macron', 'Vladimir Putin']);
    for (const h of hints) assert.match(h.after, /^\s*$|^\s+["“A-Z]/, `a hint inside a sentence: ${h.hint}${h.after}`);
  });

  it("colours quotes and mentions with at least two of the theme's speaker colours", async () => {
    const kind = await themeKind(page);
    const backgrounds = speakerColours('Background', kind).map(rgb);
    const foregrounds = speakerColours('Foreground', kind);
    const drawn = await decorationColours(page, 'backgrounds');
    await page.screenshot({ path: join(results, 'editor.png') });
    const used = new Set(drawn.backgrounds.map((b) => backgrounds.indexOf(rgb(b))));
    assert.ok(!used.has(-1), `a quote background is not a speaker colour: ${drawn.backgrounds.join(' ')}`);
    assert.ok(used.size >= 2, `quotes drawn in ${used.size} speaker colour(s): ${drawn.backgrounds.join(' ')}`);
    const underlined = drawn.underlines.filter((u) => foregrounds.includes(u));
    assert.ok(
      underlined.length >= 2,
      `mentions underlined in ${underlined.length} speaker colour(s): ${drawn.underlines.join(' ')}`,
    );
  });

  it('names the speaker of a quote on hover', async () => {
    // The first quote on screen by the second speaker to be quoted: both colours are in view.
    const first = expected.quotes[0].speaker;
    const quote = expected.quotes.find((q) => q.speaker !== null && q.speaker !== first)!;
    const speaker = nameOf.get(quote.speaker!)!;
    await hoverText(page, text.slice(quote.start + 1, quote.start + 30));
    const hover = await hoverContent(page, speaker.name);
    if (speaker.role) assert.ok(hover.includes(speaker.role), hover);
    assert.match(hover, /confidence \d+ ?%/);
    await page.screenshot({ path: join(results, 'hover.png') });
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
  });

  it('lists the five headings in the Outline', async () => {
    const headings = expected.sections
      .filter((s) => s.headingStart !== null)
      .map((s) => text.slice(s.headingStart!, s.headingEnd!));
    assert.equal(headings.length, 5);
    await collapsePane(page, 'workspace'); // the folder's files: room for the views below
    await expandPane(page, 'Outline');
    try {
      const rows = await paneRows(page, 'Outline', (r) => r.filter((x) => x.level === 1).length >= headings.length + 1);
      assert.deepEqual(
        rows.filter((r) => r.level === 1).map((r) => r.label),
        ['Lead', ...headings],
      );
    } finally {
      // Closed even when this fails: left open, it takes the room the next tests' views need.
      await collapsePane(page, 'Outline');
    }
  });

  it('lists every section and the speakers quoted there in the Topic Sections view', async () => {
    // A click on the status bar item opens the view.
    await page.locator('.statusbar-item[id$="newsAnnotator.counts"]').click();
    const sections = expected.sections.map((s) => ({
      label: s.title ?? 'Lead',
      description: quotesIn(s).length ? plural(quotesIn(s).length, 'quote') : 'no quotes',
      speakers: [
        ...new Set(
          quotesIn(s)
            .map((q) => q.speaker)
            .filter((id): id is string => id !== null),
        ),
      ].map((id) => {
        const n = quotesIn(s).filter((q) => q.speaker === id).length;
        return {
          label: nameOf.get(id)!.name,
          description: [plural(n, 'quote'), nameOf.get(id)!.role].filter(Boolean).join(' · '),
        };
      }),
    }));
    const rows = await paneRows(
      page,
      'Topic Sections',
      (r) =>
        r.filter((x) => x.level === 1).length === sections.length &&
        r.length >= sections.length + sections.reduce((n, s) => n + s.speakers.length, 0),
    );
    const shown: { label: string; description: string; speakers: { label: string; description: string }[] }[] = [];
    for (const r of rows) {
      if (r.level === 1) shown.push({ label: r.label, description: r.description, speakers: [] });
      else if (r.level === 2) shown[shown.length - 1].speakers.push({ label: r.label, description: r.description });
    }
    // Speakers are listed most quoted first; compare as sets per section.
    const sorted = (xs: typeof shown) =>
      xs.map((s) => ({ ...s, speakers: [...s.speakers].sort((a, b) => a.label.localeCompare(b.label)) }));
    assert.deepEqual(sorted(shown), sorted(sections));
    await page.screenshot({ path: join(results, 'topic-sections.png') });
  });

  it('selects a section in the editor when it is clicked in the view', async () => {
    const s = expected.sections[3];
    await clickRow(page, 'Topic Sections', s.title!);
    const start = lineCol(s.headingStart!);
    const end = lineCol(s.headingEnd!);
    await statusText(
      page,
      'status.editor.selection',
      new RegExp(`^Ln ${end.line}, Col ${end.col} \\(${s.headingEnd! - s.headingStart!} selected\\)$`),
    );
    assert.equal(start.line, end.line);
  });

  it('goes to the next quote with Alt+] and the view follows the cursor', async () => {
    const s = expected.sections[3];
    const next = expected.quotes.find((q) => q.start > s.headingStart!)!;
    await clickRow(page, 'Topic Sections', s.title!);
    await focusEditor(page); // keeping its selection
    await page.keyboard.press('Alt+BracketRight');
    const end = lineCol(next.end);
    await statusText(
      page,
      'status.editor.selection',
      new RegExp(`^Ln ${end.line}, Col ${end.col} \\(${next.end - next.start} selected\\)$`),
    );
    // Then jump to a quote in another section: the view selects that section.
    const later = expected.sections[5];
    const target = lineCol(quotesIn(later)[0]?.start ?? later.start);
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.insertText(`${target.line}:${target.col}`);
    await page.keyboard.press('Enter');
    const rows = await paneRows(page, 'Topic Sections', (r) => r.some((x) => x.selected && x.label === later.title));
    assert.equal(
      rows
        .filter((r) => r.selected)
        .map((r) => r.label)
        .join(),
      later.title,
    );
  });

  it('filters the view by speaker from its title bar', async () => {
    const putin = expected.speakers.find((s) => s.name === 'Vladimir Putin')!;
    const own = expected.quotes.filter((q) => q.speaker === putin.id);
    const sections = expected.sections.filter((s) => quotesIn(s).some((q) => q.speaker === putin.id));
    await clickViewAction(page, 'Topic Sections', 'Filter by Speaker');
    await pickExact(page, putin.name);
    // Filtered, the speaker rows open onto their quotes.
    const rows = await paneRows(page, 'Topic Sections', (r) => r.filter((x) => x.level === 3).length === own.length);
    assert.deepEqual(
      rows.filter((r) => r.level === 1).map((r) => r.label),
      sections.map((s) => s.title ?? 'Lead'),
    );
    assert.deepEqual([...new Set(rows.filter((r) => r.level === 2).map((r) => r.label))], [putin.name]);
    await page.screenshot({ path: join(results, 'topic-sections-filtered.png') });
    await clickViewAction(page, 'Topic Sections', 'Clear Speaker Filter');
    await paneRows(
      page,
      'Topic Sections',
      (r) => r.filter((x) => x.level === 1).length === expected.sections.length && !r.some((x) => x.level === 3),
    );
  });

  it('lists who gets a voice in the Sources view, selects a source’s quotes, and charts them', async () => {
    const sources = JSON.parse(
      execFileSync(
        process.execPath,
        [join(root, 'dist', 'cli.js'), 'sources', '--format', 'json', join(root, 'samples', SAMPLE)],
        {
          encoding: 'utf8',
        },
      ).split('\n')[0],
    ) as { sources: { name: string; quotes: number; share: number; gender: string }[] };
    const word = { male: 'man', female: 'woman', unknown: 'gender unknown' } as Record<string, string>;
    const want = sources.sources.map((s) => ({
      label: s.name,
      description: `${Math.round(s.share * 100)} % · ${plural(s.quotes, 'quote')} · ${word[s.gender]}`,
    }));
    assert.deepEqual(
      want.map((w) => w.label),
      ['Emmanuel Macron', 'Vladimir Putin'],
    );
    await collapsePane(page, 'Topic Sections');
    await expandPane(page, 'Sources');
    const rows = await paneRows(page, 'Sources', (r) => r.filter((x) => x.level === 1).length === want.length);
    assert.deepEqual(
      rows.filter((r) => r.level === 1).map((r) => ({ label: r.label, description: r.description })),
      want,
    );
    // A click selects every quote of the source, one selection each.
    const putin = expected.speakers.find((s) => s.name === 'Vladimir Putin')!;
    const own = expected.quotes.filter((q) => q.speaker === putin.id);
    await clickRow(page, 'Sources', putin.name);
    await statusText(page, 'status.editor.selection', new RegExp(`^${own.length} selections`));
    await page.screenshot({ path: join(results, 'sources.png') });
    // The chart view: share of voice and the gender balance, drawn in a webview.
    await clickViewAction(page, 'Sources', 'Show Sources Chart');
    const deadline = Date.now() + 60_000;
    let charts: string[] = [];
    while (charts.length < 2) {
      charts = [];
      for (const f of page.frames()) {
        const names = await f
          .$$eval('svg.chart', (svgs) => svgs.map((x) => x.getAttribute('data-chart') ?? ''))
          .catch(() => [] as string[]);
        charts.push(...names);
      }
      if (Date.now() > deadline) throw new Error(`the chart view shows ${charts.join(', ') || 'no chart'}`);
      if (charts.length < 2) await page.waitForTimeout(200);
    }
    assert.deepEqual(charts, ['share-of-voice', 'gender-balance']);
    await page.screenshot({ path: join(results, 'sources-chart.png') });
    // Keys go to the chart once it has the focus (a palette opened sooner loses it to the chart).
    await page.keyboard.press('Control+2');
    await webviewFocused(page);
    await runCommand(page, 'View: Close Editor Group');
    await showTopicSections();
    await focusEditor(page);
  });

  it('turns the speaker colours off and on again with its command', async () => {
    await runCommand(page, 'News Annotator: Toggle Speaker Colours');
    // Off: no quote backgrounds and no speaker underlines; the topic marks stay.
    await decorationColours(page, 'none', 2, [colour('newsAnnotator.topicMentionUnderline', await themeKind(page))]);
    await runCommand(page, 'News Annotator: Toggle Speaker Colours');
    await decorationColours(page, 'backgrounds');
  });

  it('redraws the speaker colours for a dark and a high-contrast theme', async () => {
    await setTheme('Dark Modern');
    await waitForThemeKind(page, 'dark');
    const dark = speakerColours('Background', 'dark').map(rgb);
    const onDark = await page.waitForFunction((want) => {
      const seen = new Set<string>();
      for (const el of document.querySelectorAll(
        '.monaco-editor .view-overlays .cdr[class*="TextEditorDecorationType"]',
      )) {
        const c = getComputedStyle(el).backgroundColor.replace(/^rgba?\((\d+), (\d+), (\d+).*$/, '$1,$2,$3');
        if (want.includes(c)) seen.add(c);
      }
      return seen.size >= 2 ? [...seen] : false;
    }, dark);
    assert.ok(((await onDark.jsonValue()) as string[]).length >= 2);
    await page.screenshot({ path: join(results, 'editor-dark.png') });

    // High contrast: no translucent backgrounds, a solid border in the speaker's colour instead.
    await setTheme('Dark High Contrast');
    await waitForThemeKind(page, 'highContrast');
    const drawn = await decorationColours(page, 'borders');
    const hc = speakerColours('Foreground', 'highContrast');
    assert.ok(drawn.borders.filter((b) => hc.includes(b)).length >= 2, drawn.borders.join(' '));
    assert.deepEqual(
      drawn.backgrounds.filter((b) => !b.endsWith(', 0)')),
      [],
      'no backgrounds in high contrast',
    );
    await page.screenshot({ path: join(results, 'editor-high-contrast.png') });
    await setTheme('Light Modern');
    await waitForThemeKind(page, 'light');
    await decorationColours(page, 'backgrounds');
  });

  it("lists a speaker's quotes in a picker and selects the one chosen", async () => {
    const putin = expected.speakers.find((s) => s.name === 'Vladimir Putin')!;
    const own = expected.quotes.filter((q) => q.speaker === putin.id);
    await page.keyboard.press('Control+1');
    await runCommand(page, "News Annotator: Show a Speaker's Quotes…");
    await pickExact(page, putin.name);
    await page.waitForFunction(
      (t) => document.querySelector('.quick-input-title')?.textContent?.startsWith(t),
      `Quotes by ${putin.name}`,
    );
    const second = own[1];
    // Typing filters the quotes (on their first words, section and line).
    await filterQuickInput(page, text.slice(second.start + 1, second.start + 20));
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    const end = lineCol(second.end);
    await statusText(
      page,
      'status.editor.selection',
      new RegExp(`^Ln ${end.line}, Col ${end.col} \\(${second.end - second.start} selected\\)$`),
    );
    await editorFocused(page);
  });

  it('goes to a section picked from a list', async () => {
    const s = expected.sections[2];
    await runCommand(page, 'News Annotator: Go to Section…');
    await pickExact(page, s.title!);
    const end = lineCol(s.headingEnd!);
    await statusText(
      page,
      'status.editor.selection',
      new RegExp(`^Ln ${end.line}, Col ${end.col} \\(${s.headingEnd! - s.headingStart!} selected\\)$`),
    );
    await editorFocused(page);
  });

  it('opens the annotated report beside the article, from its top, and pages through it', async () => {
    await runCommand(page, 'News Annotator: Open Annotated Report');
    const terminalText = async (ready: string[]): Promise<string> => {
      const handle = await page.waitForFunction((want) => {
        const all = [...document.querySelectorAll('.terminal-wrapper .xterm-rows > div')]
          .map((r) => r.textContent ?? '')
          .join('\n');
        return want.every((t) => all.includes(t)) ? all : false;
      }, ready);
      return (await handle.jsonValue()) as string;
    };
    // The report renders on the server: the CLI's outline, beginning with the file and the counts.
    const top = await terminalText([
      SAMPLE,
      'Lead',
      `${plural(expected.quotes.length, 'quote')} · `,
      ` · ${counts(expected).split(' · ')[0]}`,
    ]);
    assert.match(top, /lines 1–\d+ of \d+/);
    await page.screenshot({ path: join(results, 'report.png') });
    const lastSection = expected.sections[expected.sections.length - 1].title!;
    // The report has the keyboard (keys typed now must not reach the article).
    await page.waitForFunction(() => !!document.activeElement?.closest('.terminal-wrapper'));
    await page.keyboard.press('G');
    await terminalText([lastSection]);
    await page.keyboard.press('Home');
    await terminalText(['Lead']);
    await page.keyboard.press('End');
    await terminalText([lastSection]);
    // q closes it, like a pager; the article is still open.
    await page.keyboard.press('q');
    await page.waitForFunction(() => !document.querySelector('.terminal-wrapper .xterm-rows'));
    await focusEditor(page);
  });

  it('keeps Set Speaker… and Not a Quote beside the article, never in it, and shows them at once', async () => {
    const article = join(workspace, SAMPLE);
    const putin = expected.speakers.find((s) => s.name === 'Vladimir Putin')!;
    const own = expected.quotes.filter((q) => q.speaker === putin.id && q.kind !== 'partial');
    const other = nameOf.get(expected.quotes.find((q) => q.speaker !== null && q.speaker !== putin.id)!.speaker!)!;
    await showTopicSections();
    const quote = own[own.length - 1];
    await goTo(page, quote.start + 3);
    await runCommand(page, 'News Annotator: Set Speaker…');
    await page.waitForFunction(() =>
      document.querySelector('.quick-input-title')?.textContent?.startsWith('Set the speaker of this quote'),
    );
    // People, and organisations the article quotes, most mentioned first; then a free name.
    const quoted = (id: string): number => expected.quotes.filter((q) => q.speaker === id).length;
    const offered = expected.speakers
      .filter((x) => x.kind === 'person' || (x.kind === 'organisation' && quoted(x.id) > 0))
      .sort((a, b) => b.mentions.length - a.mentions.length || quoted(b.id) - quoted(a.id))
      .map((x) => x.name);
    const rows = await page.waitForFunction((n) => {
      // The first label of each row (a row keeps its detail line's label, hidden, from earlier pickers).
      const labels = [...document.querySelectorAll('.quick-input-list .monaco-list-row')].map(
        (r) => r.querySelector('.label-name')?.textContent?.trim() ?? '',
      );
      return labels.length >= n ? labels : false;
    }, offered.length + 1);
    assert.deepEqual(await rows.jsonValue(), [...offered, 'Other…']);
    await pickExact(page, other.name);
    assert.match(await saved(1), new RegExp(other.name));
    const hover = await hoverUntil(page, text.slice(quote.start + 1, quote.start + 30), 'set by hand');
    assert.ok(hover.includes(other.name), hover);
    // The words that credited the old speaker are not shown as the new one's.
    const oldCue = text
      .slice(quote.end, quote.end + 40)
      .split('.')[0]
      .trim();
    assert.ok(!hover.includes(oldCue) && !/\bcue\b/.test(hover), hover);
    // The hint names the new speaker after the sentence, not between the quote and its cue.
    const hints = await inlayHints(page, [other.name]);
    for (const h of hints) assert.match(h.after, /^\s*$|^\s+["“A-Z]/, `a hint inside a sentence: ${h.hint}${h.after}`);
    await page.screenshot({ path: join(results, 'correction.png') });
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');

    const dropped = own[own.length - 2];
    await goTo(page, dropped.start + 3);
    await runCommand(page, 'News Annotator: Not a Quote');
    await saved(2);
    const fewer = counts({
      ...expected,
      quotes: expected.quotes.filter((q) => q !== dropped).map((q) => (q === quote ? { ...q, speaker: other.id } : q)),
    });
    await statusText(page, 'newsAnnotator.counts', new RegExp(`^${fewer}$`));

    for (const q of [dropped, quote]) {
      await goTo(page, q.start + 3);
      await runCommand(page, 'News Annotator: Remove Corrections of This Quote');
    }
    await saved(0);
    await statusText(page, 'newsAnnotator.counts', new RegExp(`^${counts(expected)}$`));
    // The view is back as it was: every section with its quote count.
    const sectionCounts = expected.sections.map((s) => plural(quotesIn(s).length, 'quote'));
    await paneRows(page, 'Topic Sections', (r) => {
      const shown = r.filter((x) => x.level === 1).map((x) => x.description);
      return shown.length === sectionCounts.length && shown.every((d, i) => d.startsWith(sectionCounts[i]));
    });
    assert.equal(readFileSync(article, 'utf8'), text, 'the article is byte for byte what it was');
  });

  it('comes back after its language server is killed, with its corrections, counts, views and colours', async () => {
    const putin = expected.speakers.find((s) => s.name === 'Vladimir Putin')!;
    const dropped = expected.quotes.filter((q) => q.speaker === putin.id && q.kind !== 'partial')[0];
    await showTopicSections();
    await goTo(page, dropped.start + 3);
    await runCommand(page, 'News Annotator: Not a Quote');
    await saved(1);
    const corrected = (cli: Cli): Cli => ({
      ...cli,
      quotes: cli.quotes.filter((q) => !(q.start === dropped.start && q.end === dropped.end)),
    });
    await statusText(page, 'newsAnnotator.counts', new RegExp(`^${counts(corrected(expected))}$`));

    const [old] = languageServers();
    assert.ok(old, 'the language server runs');
    process.kill(old, 'SIGKILL');
    // An edit made while no server runs: only a new server's analysis can show it.
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const added = '"We will meet again in the spring," Macron said.';
    await page.keyboard.insertText(added);
    await page.locator('.notification-toast').filter({ hasText: 'the language server stopped unexpectedly' }).waitFor();
    const edited = join(cacheDir, 'e2e', 'killed.news');
    writeFileSync(edited, `${text}\n${added}`);
    const after = corrected(analyze(edited));
    assert.equal(after.quotes.length, expected.quotes.length);
    await statusText(page, 'newsAnnotator.counts', new RegExp(`^${counts(after)}$`));
    const now = languageServers();
    assert.equal(now.length, 1, `one language server, not ${now.length}`);
    assert.notEqual(now[0], old);
    // The views, the hover and the speaker colours come from the new server.
    const sectionCounts = after.sections.map((s) => plural(quotesIn(s, after).length, 'quote'));
    await paneRows(page, 'Topic Sections', (r) => {
      const shown = r.filter((x) => x.level === 1).map((x) => x.description);
      return shown.length === sectionCounts.length && shown.every((d, i) => d.startsWith(sectionCounts[i]));
    });
    const speaker = after.speakers.find((x) => x.id === after.quotes.find((q) => q.start >= text.length)?.speaker);
    assert.ok(speaker, 'the added quote has a speaker');
    await hoverText(page, added.slice(1, 20));
    await hoverContent(page, speaker.name);
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
    assert.ok((await decorationColours(page, 'backgrounds')).backgrounds.length > 0, 'speaker colours drawn');
    await page.screenshot({ path: join(results, 'restarted.png') });

    // As it was: the added line and the correction removed.
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await statusText(page, 'newsAnnotator.counts', new RegExp(`^${counts(corrected(expected))}$`));
    await goTo(page, dropped.start + 3);
    await runCommand(page, 'News Annotator: Remove Corrections of This Quote');
    await saved(0);
    await statusText(page, 'newsAnnotator.counts', new RegExp(`^${counts(expected)}$`));
  });

  it('follows edits: new counts and speakers, with collapsed sections left collapsed', async () => {
    const normandy = expected.sections[2].title!;
    await showTopicSections();
    await collapseRow(page, 'Topic Sections', normandy);
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const added = '"We will keep talking to Paris," Putin said at the end of the briefing.';
    await page.keyboard.insertText(added);
    // What the editor now holds, read by the CLI: what the view and status bar must come to show.
    const edited = join(cacheDir, 'e2e', 'edited.news');
    writeFileSync(edited, `${text}\n${added}`);
    const after = analyze(edited);
    assert.equal(after.quotes.length, expected.quotes.length + 1);
    assert.equal(await statusText(page, 'newsAnnotator.counts', new RegExp(`^${counts(after)}$`)), counts(after));
    const last = after.sections[after.sections.length - 1];
    const speakers = new Set(quotesIn(last, after).map((q) => after.speakers.find((s) => s.id === q.speaker)!.name));
    const rows = await paneRows(page, 'Topic Sections', (r) => {
      const i = r.findIndex((x) => x.level === 1 && x.label === last.title);
      return i >= 0 && r.slice(i + 1).filter((x) => x.level === 2).length === speakers.size;
    });
    const i = rows.findIndex((x) => x.level === 1 && x.label === last.title);
    assert.deepEqual(
      new Set(
        rows
          .slice(i + 1)
          .filter((x) => x.level === 2)
          .map((x) => x.label),
      ),
      speakers,
    );
    assert.equal(
      rows.find((r) => r.label === normandy)?.expanded,
      false,
      'the section the user collapsed stays collapsed',
    );
  });

  it('exports a quote sheet and offers to open it', async () => {
    await quickOpen(page, SAMPLE);
    await runCommand(page, 'News Annotator: Export Annotations…');
    await pickExact(page, 'Markdown quote sheet');
    // The save dialog (code-server's own) proposes the file beside the article: accept it.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await page.waitForFunction(() =>
      document.querySelector<HTMLInputElement>('.quick-input-widget input')?.value.endsWith('.quotes.md'),
    );
    await page.keyboard.press('Enter');
    const toast = page.locator('.notification-toast').filter({ hasText: 'exported to' });
    await toast.waitFor();
    assert.deepEqual(
      (await toast.locator('.monaco-button').allTextContents()).map((t) => t.trim()),
      ['Open', 'Reveal in Explorer'],
    );
    await page.screenshot({ path: join(results, 'export.png') });
    await toast.locator('.monaco-button', { hasText: /^Open$/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('.tabs-container .tab.active')?.textContent?.includes('press-conference.quotes.md'),
    );
    assert.ok(existsSync(join(workspace, 'press-conference.quotes.md')));
  });

  it('opens a .news file with curly apostrophes and no-break spaces without boxes, wraps its long paragraph and dims its metadata', async () => {
    const curly = readFileSync(join(workspace, CURLY), 'utf8');
    await quickOpen(page, CURLY);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.editor-group-container.active .view-line')].some((l) =>
        l.textContent?.includes('’'),
      ),
    );
    // The server has answered: the byline and the dateline are dimmed.
    const dim = await page.waitForFunction(() => {
      const out: { text: string; opacity: string; weight: string }[] = [];
      for (const el of document.querySelectorAll(
        '.editor-group-container.active .view-lines span[class*="TextEditorDecorationType"]',
      )) {
        const style = getComputedStyle(el);
        if (Number(style.opacity) < 1)
          out.push({ text: el.textContent ?? '', opacity: style.opacity, weight: style.fontWeight });
      }
      return out.length >= 2 ? out : false;
    });
    const dimmed = (await dim.jsonValue()) as { text: string; opacity: string; weight: string }[];
    const dimText = dimmed.map((d) => d.text.replace(/\u00a0/g, ' ')).join('|');
    assert.match(dimText, /By Mara Lind/);
    assert.match(dimText, /PORT ELLIS —/);
    // Never bold like a heading.
    for (const d of dimmed) assert.ok(Number(d.weight) < 600, `"${d.text}" is drawn bold`);
    const boxes = await page.evaluate(
      () => document.querySelectorAll('.editor-group-container.active [class*="unicode-highlight"]').length,
    );
    assert.equal(boxes, 0, 'curly apostrophes and no-break spaces are boxed');
    await page.screenshot({ path: join(results, 'curly-apostrophes.png') });
    // The long paragraph is one line of the file, wrapped over several lines of the editor.
    const viewLines = await page.evaluate(
      () => document.querySelectorAll('.editor-group-container.active .view-lines .view-line').length,
    );
    const fileLines = curly.split('\n').length;
    assert.ok(viewLines > fileLines, `${viewLines} lines on screen for ${fileLines} lines of text: nothing wrapped`);
    await page.screenshot({ path: join(results, 'wrapped-paragraph.png') });
  });
});
