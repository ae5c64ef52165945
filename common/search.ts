// Binary search over ascending numbers, shared by the passes that keep sorted offsets or indexes.

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
