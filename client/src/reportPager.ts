// A small pager, like `less -R`, for the coloured report in a terminal: the report opens at its
// top, the arrows, Page Up/Down, Space, Home/End (and j, k, b, g, G) move through it, q closes it.
// Pure (no vscode API): it turns keys into screens of text with ANSI escapes.

const ANSI = /\x1b\[[0-9;]*m/g;
const CLEAR = '\x1b[H\x1b[2J';
const RESET = '\x1b[0m';

export type KeyAction = 'redraw' | 'close' | 'none';

/** Characters a line takes on screen: its text without colour codes, one column per code point. */
export function visibleWidth(line: string): number {
  let n = 0;
  for (const char of line.replace(ANSI, '')) if (char) n += 1;
  return n;
}

export class Pager {
  private lines: string[] = [];
  private top = 0;
  private cols = 80;
  private rows = 24;

  constructor(text: string) {
    this.setText(text);
  }

  /** New report text (the article was edited): the reader stays where they were, as far as it goes. */
  setText(text: string): void {
    this.lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    this.top = Math.min(this.top, this.maxTop());
  }

  setSize(cols: number, rows: number): void {
    this.cols = Math.max(cols, 10);
    this.rows = Math.max(rows, 2);
    this.top = Math.min(this.top, this.maxTop());
  }

  /** What a key press does; `redraw` means the screen changed. */
  key(data: string): KeyAction {
    const page = Math.max(this.bodyRows() - 1, 1);
    const moves: Record<string, () => number> = {
      '\x1b[A': () => this.top - 1,
      k: () => this.top - 1,
      '\x1b[B': () => this.top + 1,
      j: () => this.top + 1,
      '\r': () => this.top + 1,
      '\x1b[5~': () => this.top - page,
      b: () => this.top - page,
      '\x1b[6~': () => this.top + page,
      ' ': () => this.top + page,
      '\x1b[H': () => 0,
      '\x1b[1~': () => 0,
      '\x1bOH': () => 0,
      g: () => 0,
      '\x1b[F': () => this.maxTop(),
      '\x1b[4~': () => this.maxTop(),
      '\x1bOF': () => this.maxTop(),
      G: () => this.maxTop(),
    };
    if (data === 'q' || data === 'Q' || data === '\x1b' || data === '\x03') return 'close';
    const move = moves[data];
    if (!move) return 'none';
    const next = Math.min(Math.max(move(), 0), this.maxTop());
    if (next === this.top) return 'none';
    this.top = next;
    return 'redraw';
  }

  /** The whole screen: as many report lines as fit from the current one, then a status line. */
  render(): string {
    // Each line is placed at its row: long lines wrap onto the rows below it.
    let screen = CLEAR;
    let row = 1;
    let last = this.top;
    for (let i = this.top; i < this.lines.length; i++) {
      const need = this.rowsOf(this.lines[i]);
      if (row - 1 + need > this.bodyRows()) break;
      screen += `\x1b[${row};1H${this.lines[i]}${RESET}`;
      row += need;
      last = i + 1;
    }
    const status = ` lines ${this.lines.length ? this.top + 1 : 0}–${last} of ${this.lines.length} · ↑↓ PgUp PgDn Home End · q closes `;
    return `${screen}\x1b[${this.rows};1H\x1b[7m${[...status].slice(0, this.cols - 1).join('')}${RESET}`;
  }

  private bodyRows(): number {
    return this.rows - 1;
  }

  private rowsOf(line: string): number {
    return Math.max(1, Math.ceil(visibleWidth(line) / this.cols));
  }

  /** The last line that can be at the top: the one from which the rest of the report just fills the screen. */
  private maxTop(): number {
    let used = 0;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      used += this.rowsOf(this.lines[i]);
      if (used > this.bodyRows()) return i + 1;
    }
    return 0;
  }
}
