/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), giving up
 * early once it must exceed `max`: names are short, and callers only ask "within 1 or 2?".
 * Only the band of cells within `max` of the diagonal can lie on a path that cheap, so only
 * they are computed: linear in the length, however long the words. Returns `max + 1` for
 * anything further apart.
 */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  const far = max + 1;
  if (Math.abs(n - m) > max) return far;
  const w = m + 1;
  // Three rows of the dynamic programme. Few pairs get this far (closeSpelling screens them first).
  const rows = new Array<number>(3 * w).fill(0);
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= Math.min(m, max); j++) rows[prev + j] = j;
  if (max + 1 <= m) rows[prev + max + 1] = far;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    // The cells just outside the band read as too far.
    rows[cur + lo - 1] = lo === 1 ? i : far;
    let rowMin = rows[cur + lo - 1];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, rows[prev2 + j - 2] + 1);
      }
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi + 1 <= m) rows[cur + hi + 1] = far;
    if (rowMin > max) return far;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(rows[prev + m], far);
}

/** Lower case without accents, with apostrophes and hyphens unified, for comparing names. */
export function normalizeName(s: string): string {
  // Most names are plain ASCII letters: lower-casing is all they need.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c < 128 && c !== 96;
  }
  if (plain) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/[‐‑–]/g, '-');
}

/** The characters a word holds, folded into 32 bits. */
export function charSet(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * False only where `closeSpelling` is false, from the words' character sets alone (`charSet`): a
 * screen for a scan that compares one word with many whose sets are kept.
 */
export function maybeCloseSets(a: number, b: number): boolean {
  return bitCount(a ^ b) <= 4; // closeSpelling allows at most 2 edits, each changing at most 2 bits
}

/** Whether two spellings of a name part are close enough to be one misspelt for the other. */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b) return false;
  const len = Math.max(a.length, b.length);
  if (len < 4 || a[0] !== b[0]) return false;
  const max = len >= 8 ? 2 : 1;
  // Each edit adds or removes at most one character of each word's set: a cheap test first,
  // since a new name is compared with every known one of its shape.
  if (bitCount(charSet(a) ^ charSet(b)) > 2 * max) return false;
  return editDistance(a, b, max) <= max;
}
