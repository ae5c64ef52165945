// Binary search, shared by the passes that keep sorted offsets, spans or indexes.

/** How many of the ascending numbers are below `at` (the index of the first one at or above it). */
export function countBelow(ascending: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ascending[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index in [0, length) at which `below` is false, for a test that holds on a prefix of
 * the indexes and fails on the rest ("how many tokens end at or before this offset"): found by halves.
 */
export function firstIndex(length: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
