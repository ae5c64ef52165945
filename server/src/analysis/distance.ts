/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), giving up
 * early once it must exceed `max`: names are short, and callers only ask "within 1 or 2?".
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length < n + 1) rows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= n; j++) { prev2[j] = 0; prev[j] = j; cur[j] = 0; }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[n];
}

// The three rows of the distance table, reused from call to call (names are compared by the thousand).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

const normalized = new Map<string, string>();

/** Lower case without accents, with apostrophes and hyphens unified, for comparing names (memoised: names repeat). */
export function normalizeName(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    n = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’ʼ`]/g, "'").replace(/[‐‑–]/g, '-');
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(s, n);
  }
  return n;
}

/** Whether two spellings of a name part are close enough to be one misspelt for the other. */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b) return false;
  const len = Math.max(a.length, b.length);
  if (len < 4 || a[0] !== b[0]) return false;
  return editDistance(a, b, len >= 8 ? 2 : 1) <= (len >= 8 ? 2 : 1);
}
