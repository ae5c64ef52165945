// Trailing-edge delay: many calls in a burst become one call, `ms` after the first of them, so
// work like redrawing decorations runs at a steady pace while the user types or scrolls.
export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private task: (() => void) | undefined;

  constructor(private readonly ms: number) {}

  schedule(task: () => void): void {
    this.task = task;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const run = this.task;
      this.task = undefined;
      run?.();
    }, this.ms);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.task = undefined;
  }
}
