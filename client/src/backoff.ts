/** Pauses before restarting a dead server: 1 s, 2 s, 4 s … up to a minute (pure, for tests). */
export function restartDelay(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempt));
}
