// The progress line of a long run: articles done and articles per second, on stderr, redrawn a few
// times a second. Only for a person watching: never when stdout feeds a pipe or stderr is not a terminal.
import { fstatSync } from 'node:fs';

/** Whether to show progress: stderr is a terminal, stdout is no pipe, and the output is not asked for as machine data. */
export function progressWanted(machineOutput: boolean): boolean {
  if (!process.stderr.isTTY || machineOutput) return false;
  try {
    const out = fstatSync(1);
    return !out.isFIFO() && !out.isSocket();
  } catch {
    return false;
  }
}

const REDRAW_MS = 250;

export class Progress {
  private done = 0;
  private shown = false;
  private readonly started = performance.now();
  private last = this.started;

  constructor(private readonly enabled: boolean) {}

  /** One more article done. */
  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < REDRAW_MS) return;
    this.last = now;
    const rate = this.done / ((now - this.started) / 1000);
    process.stderr.write(`\r\x1b[K${this.done} articles · ${rate.toFixed(rate < 10 ? 1 : 0)} articles/s`);
    this.shown = true;
  }

  /** Takes the line away, before other text goes to the terminal and at the end. */
  hide(): void {
    if (!this.shown) return;
    process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
