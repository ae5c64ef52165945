// Reading the VS Code workbench's DOM the way a person reads the screen: the rows of a view, the
// status bar, the hover, the colours drawn behind the text. Every wait is on the DOM, never a sleep.
import type { Page } from 'playwright-core';

export interface Row {
  readonly label: string;
  readonly description: string;
  readonly level: number;
  readonly selected: boolean;
  /** Null for rows without children. */
  readonly expanded: boolean | null;
}

/** The header of a view in the side bar, by its title ("Outline", "Topic Sections"). */
function paneHeader(page: Page, title: string) {
  return page
    .locator('.pane-header')
    .filter({ has: page.locator('.title', { hasText: new RegExp(`^${title}$`, 'i') }) });
}

/** Expands a view of the side bar (a click on its header) unless it is open already. */
export async function expandPane(page: Page, title: string): Promise<void> {
  const header = paneHeader(page, title);
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await header.elementHandle());
}

export async function collapsePane(page: Page, title: string): Promise<void> {
  const header = paneHeader(page, title);
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'false', await header.elementHandle());
}

/** The rows a view shows, in order, once `ready` holds for them. */
export async function paneRows(
  page: Page,
  title: string,
  ready: (rows: Row[]) => boolean = (r) => r.length > 0,
): Promise<Row[]> {
  let rows: Row[];
  const deadline = Date.now() + 60_000;
  // Rows render as the tree fills; poll the DOM with the page's own animation frames.
  for (;;) {
    rows = await page.evaluate((t) => {
      const header = [...document.querySelectorAll('.pane-header')].find(
        (h) => h.querySelector('.title')?.textContent?.trim().toLowerCase() === t.toLowerCase(),
      );
      return [...(header?.closest('.pane')?.querySelectorAll('.monaco-list-row') ?? [])].map((r) => ({
        label: r.querySelector('.label-name')?.textContent?.trim() ?? '',
        description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
        level: Number(r.getAttribute('aria-level') ?? 0),
        selected: r.getAttribute('aria-selected') === 'true',
        expanded: r.hasAttribute('aria-expanded') ? r.getAttribute('aria-expanded') === 'true' : null,
      }));
    }, title);
    if (ready(rows)) return rows;
    if (Date.now() > deadline)
      throw new Error(
        `The ${title} view never showed what was expected; it shows:\n${rows.map((r) => `${'  '.repeat(r.level)}${r.label} — ${r.description}`).join('\n')}`,
      );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
}

function row(page: Page, title: string, label: string) {
  const pane = page.locator('.pane').filter({ has: paneHeader(page, title) });
  return pane
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: label }) })
    .first();
}

export async function clickRow(page: Page, title: string, label: string): Promise<void> {
  await row(page, title, label).click();
}

/** Collapses a row with a click on its twistie (which runs no command). */
export async function collapseRow(page: Page, title: string, label: string): Promise<void> {
  const r = row(page, title, label);
  if ((await r.getAttribute('aria-expanded')) === 'true') await r.locator('.monaco-tl-twistie').click();
  try {
    await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'false', await r.elementHandle(), {
      timeout: 20_000,
    });
  } catch (err) {
    const rows = await paneRows(page, title);
    throw new Error(
      `${label} did not collapse (aria-expanded ${await r.getAttribute('aria-expanded')}); the view shows:\n${rows.map((x) => `${'  '.repeat(x.level)}${x.label} ${x.expanded}${x.selected ? ' (selected)' : ''}`).join('\n')}`,
      { cause: err },
    );
  }
}

/** Clicks an action in a view's title bar, by its title. */
export async function clickViewAction(page: Page, title: string, action: string): Promise<void> {
  const pane = page.locator('.pane').filter({ has: paneHeader(page, title) });
  await pane.hover(); // the actions show while the pointer is over the view
  await pane.locator(`.pane-header .action-label[aria-label^="${action}"]`).click();
}

/** Waits until the keyboard focus is in a text editor, so keys go where a person would expect. */
export async function editorFocused(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () =>
      !!document.activeElement?.closest('.monaco-editor') &&
      !document.querySelector('.quick-input-widget:not([style*="display: none"]) input:focus'),
    undefined,
    { timeout },
  );
}

/**
 * Focuses the first editor group with Ctrl+1, as a person would, and waits for the focus there. A
 * press that lands while the workbench is still moving focus (a tree row just collapsed) can be lost,
 * so it is pressed again, as a person would, before the last long wait.
 */
export async function focusEditor(page: Page): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    await page.keyboard.press('Control+1');
    try {
      await editorFocused(page, 5000);
      return;
    } catch {
      // pressed too early: press again
    }
  }
  await page.keyboard.press('Control+1');
  await editorFocused(page);
}

/**
 * Waits until the keyboard focus is in a webview's page. A webview takes the focus in two steps:
 * the workbench focuses its frame, then (a debounced message later) the frame focuses the page
 * inside; a quick input opened in between loses the focus to that second step and closes.
 */
export async function webviewFocused(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const handle = await page.evaluateHandle(() => document.activeElement);
    const active = handle.asElement();
    const frame =
      (await active?.evaluate((el) => el.tagName === 'IFRAME' && el.classList.contains('webview'))) &&
      (await active?.contentFrame());
    // The webview's own page, once focused, is the frame's active element (#active-frame).
    const inside = frame
      ? await frame
          .evaluate(() => document.hasFocus() && document.activeElement?.id === 'active-frame')
          .catch(() => false)
      : false;
    await handle.dispose();
    if (inside) return;
    if (Date.now() > deadline)
      throw new Error(
        `The focus never reached the webview's page; it is on ${await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className}`)}`,
      );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
}

function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Types into the open quick input (never wherever the focus happens to be) and clicks the item
 * labelled exactly `label`: the first match may be another.
 */
async function chooseInQuickInput(page: Page, value: string, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(value);
  await page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exactly(label) }) })
    .first()
    .click();
}

/** Types a filter into the open quick input. */
export async function filterQuickInput(page: Page, value: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(value);
}

export async function pickExact(page: Page, label: string): Promise<void> {
  await chooseInQuickInput(page, label, label);
}

/** Runs a command from the Command Palette, by its full title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await chooseInQuickInput(page, `>${title}`, title);
}

/** The text of the status bar item whose id ends with `id`, once it matches. */
export async function statusText(page: Page, id: string, pattern: RegExp): Promise<string> {
  const handle = await page
    .waitForFunction(
      ({ id, source }) => {
        const text = document.querySelector(`.statusbar-item[id$="${id}"]`)?.textContent?.trim();
        return text && new RegExp(source).test(text) ? text : false;
      },
      { id, source: pattern.source },
    )
    .catch(async (err: Error) => {
      // Say what the workbench showed instead: a CI log is all there is to go on.
      const shown = await page
        .evaluate(() =>
          [...document.querySelectorAll('.statusbar-item, .notification-list-item-message')]
            .map((e) => e.textContent?.trim())
            .filter(Boolean),
        )
        .catch(() => []);
      throw new Error(`${err.message}; the status bar and notifications showed: ${JSON.stringify(shown)}`);
    });
  return (await handle.jsonValue()) as string;
}

/** Moves the mouse onto the first on-screen occurrence of `text` in the editor (it may span several decorated runs). */
export async function hoverText(page: Page, text: string): Promise<void> {
  const handle = await page.waitForFunction((t) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      // Monaco renders spaces as no-break spaces.
      const at = (line.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(t);
      if (at < 0) continue;
      // The text node holding the occurrence's first character.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (at >= seen + length) {
          seen += length;
          continue;
        }
        const range = document.createRange();
        range.setStart(node, at - seen);
        range.setEnd(node, Math.min(at - seen + 6, length));
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return false;
  }, text);
  const { x, y } = (await handle.jsonValue()) as { x: number; y: number };
  await page.mouse.move(x, y);
}

/** The visible hover's text, once it contains `expected` and has faded in. */
export async function hoverContent(page: Page, expected: string, timeout?: number): Promise<string> {
  const handle = await page.waitForFunction(
    (e) => {
      const hover = [...document.querySelectorAll('.monaco-hover')].find(
        (h) => (h as HTMLElement).offsetParent !== null && !h.classList.contains('hidden'),
      );
      const text = hover?.textContent ?? '';
      const settled =
        hover?.getAnimations({ subtree: true }).every((a) => a.playState === 'finished') &&
        getComputedStyle(hover).opacity === '1';
      return text.includes(e) && settled ? text : false;
    },
    expected,
    timeout === undefined ? undefined : { timeout },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * The hover over `text` once it says `expected`. A hover shown while a newer analysis computes
 * answers from the last complete one (by design) and stays as it is while the mouse rests, so
 * the mouse leaves and comes back until the answer is the new one (at most `tries` times).
 */
export async function hoverUntil(page: Page, text: string, expected: string, tries = 6): Promise<string> {
  for (let k = 1; ; k++) {
    await hoverText(page, text);
    try {
      return await hoverContent(page, expected, k < tries ? 10_000 : undefined);
    } catch (e) {
      if (k >= tries) throw e;
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
    }
  }
}

export interface Drawn {
  /** Background colours behind text, as CSS colours. */
  readonly backgrounds: string[];
  /** Colours of boxes drawn round text (all four sides). */
  readonly borders: string[];
  /** Colours of underlines (bottom border only). */
  readonly underlines: string[];
}

/**
 * Colours extensions' decorations draw in the editor (not VS Code's own highlights), once `ready`
 * holds; underlines in one of the `except` colours (CSS) are left out.
 */
export async function decorationColours(
  page: Page,
  ready: 'backgrounds' | 'borders' | 'none',
  least = 2,
  except: string[] = [],
): Promise<Drawn> {
  const handle = await page.waitForFunction(
    ({ ready, least, except }) => {
      const backgrounds = new Set<string>();
      const borders = new Set<string>();
      const underlines = new Set<string>();
      for (const el of document.querySelectorAll(
        '.monaco-editor .view-overlays .cdr[class*="TextEditorDecorationType"], .monaco-editor .view-lines span[class*="TextEditorDecorationType"]',
      )) {
        const style = getComputedStyle(el);
        if (style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)')
          backgrounds.add(style.backgroundColor);
        const bottom = style.borderBottomStyle !== 'none' && style.borderBottomWidth !== '0px';
        const top = style.borderTopStyle !== 'none' && style.borderTopWidth !== '0px';
        if (bottom && top) borders.add(style.borderTopColor);
        else if (bottom && !except.includes(style.borderBottomColor)) underlines.add(style.borderBottomColor);
      }
      const drawn = { backgrounds: [...backgrounds], borders: [...borders], underlines: [...underlines] };
      if (ready === 'none') return backgrounds.size + borders.size + underlines.size === 0 ? drawn : false;
      return (ready === 'backgrounds' ? backgrounds : borders).size >= least ? drawn : false;
    },
    { ready, least, except },
  );
  return (await handle.jsonValue()) as Drawn;
}

/** Waits until the workbench wears a theme of the given kind. */
export async function waitForThemeKind(
  page: Page,
  kind: 'light' | 'dark' | 'highContrast' | 'highContrastLight',
): Promise<void> {
  const cls = { light: 'vs', dark: 'vs-dark', highContrast: 'hc-black', highContrastLight: 'hc-light' }[kind];
  await page.waitForFunction((c) => document.querySelector('.monaco-workbench')?.classList.contains(c), cls);
}

/** The workbench's theme kind, as `contributes.colors` defaults name them. */
export async function themeKind(page: Page): Promise<'light' | 'dark' | 'highContrast' | 'highContrastLight'> {
  return page.evaluate(() => {
    const c = document.querySelector('.monaco-workbench')!.classList;
    return c.contains('hc-light')
      ? 'highContrastLight'
      : c.contains('hc-black')
        ? 'highContrast'
        : c.contains('vs-dark')
          ? 'dark'
          : 'light';
  });
}

/** `#rrggbb` or `#rrggbbaa` as the `rgb(…)`/`rgba(…)` a browser reports, alpha to two decimals. */
export function cssColour(hex: string): string {
  const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
  const [r, g, b] = [n(1), n(3), n(5)];
  if (hex.length === 7 || n(7) === 255) return `rgb(${r}, ${g}, ${b})`;
  return `rgba(${r}, ${g}, ${b}, ${Math.round((n(7) / 255) * 100) / 100})`;
}

/** Opens a workspace file with Quick Open (Ctrl+P), by name. */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.insertText(name);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => document.querySelector('.tabs-container .tab.active')?.textContent?.includes(n),
    name,
  );
}

export interface Mark {
  /** The word under the underline. */
  readonly text: string;
  /** The colour of the marked text. */
  readonly colour: string;
  /** The colour of plain text in the same editor. */
  readonly plain: string;
}

/**
 * Text the extension underlines in `underline` (a CSS colour) in the visible editor, once `least`
 * to `most` show. A border is drawn behind the text (a `.cdr` of the view's overlays): the word is
 * the text drawn over it.
 */
export async function underlined(
  page: Page,
  underline: string,
  least = 1,
  most = Number.MAX_SAFE_INTEGER,
): Promise<Mark[]> {
  try {
    return await underlinedNow(page, underline, least, most);
  } catch (err) {
    // Say what is underlined instead.
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('.view-overlays .cdr[class*="TextEditorDecorationType"]')]
        .map((el) => {
          const s = getComputedStyle(el);
          return s.borderBottomStyle === 'none' ? '' : `${s.borderBottomStyle} ${s.borderBottomColor}`;
        })
        .filter(Boolean),
    );
    throw new Error(`never ${least}–${most} marks underlined in ${underline}; underlined: ${seen.join(' | ')}`, {
      cause: err,
    });
  }
}

async function underlinedNow(page: Page, underline: string, least: number, most: number): Promise<Mark[]> {
  const handle = await page.waitForFunction(
    ({ underline, least, most }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document;
      const plain = getComputedStyle(editor.querySelector('.view-lines span.mtk1') ?? document.body).color;
      // Compared without the alpha, which browsers round in their own way (no helper function
      // here: the bundler would wrap it in a name the page does not know).
      const rgb = /^rgba?\((\d+), (\d+), (\d+).*$/;
      const want = underline.replace(rgb, '$1,$2,$3');
      const marks: { text: string; colour: string; plain: string }[] = [];
      for (const el of editor.querySelectorAll('.view-overlays .cdr[class*="TextEditorDecorationType"]')) {
        const style = getComputedStyle(el);
        if (style.borderTopStyle !== 'none' || style.borderBottomStyle === 'none') continue;
        if (style.borderBottomColor.replace(rgb, '$1,$2,$3') !== want) continue;
        const r = el.getBoundingClientRect();
        const word = document
          .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          .find((e) => e.tagName === 'SPAN' && e.closest('.view-lines') && e.children.length === 0);
        marks.push({ text: word?.textContent ?? '', colour: word ? getComputedStyle(word).color : '', plain });
      }
      return marks.length >= least && marks.length <= most ? marks : false;
    },
    { underline, least, most },
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as Mark[];
}

/**
 * The inlay hints "— Name" shown in the visible editor for the given speakers (the article itself
 * never writes a dash before their full names), each with the text that follows it on its line.
 */
export async function inlayHints(page: Page, names: string[], least = 1): Promise<{ hint: string; after: string }[]> {
  const handle = await page.waitForFunction(
    ({ names, least }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document;
      const out: { hint: string; after: string }[] = [];
      for (const line of editor.querySelectorAll('.view-lines .view-line')) {
        const t = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        for (const name of names) {
          const hint = `— ${name}`;
          for (let i = t.indexOf(hint); i >= 0; i = t.indexOf(hint, i + 1))
            out.push({ hint, after: t.slice(i + hint.length) });
        }
      }
      return out.length >= least ? out : false;
    },
    { names, least },
  );
  return (await handle.jsonValue()) as { hint: string; after: string }[];
}
