/** Pauses before restarting a dead server: 1 s, 2 s, 4 s … up to a minute (pure, for tests). */
export function restartDelay(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempt));
}

/**
 * Pauses before asking again for an article the server failed on or did not have yet (its open
 * notification still on the way, its worker restarting): ¼ s, ½ s, 1 s … up to 15 s; null after
 * eight tries, when the failure is no passing one (pure, for tests).
 */
export function retryDelay(attempt: number): number | null {
  if (attempt >= 8) return null;
  return Math.min(15_000, 250 * 2 ** Math.max(0, attempt));
}
