// Strings kept beyond one analysis (paragraph work, the word table) must not keep the article alive.

/**
 * A copy of a string that does not keep the text it was cut from alive. V8 cuts a slice of 13 or
 * more characters as a view of the whole string: a kept paragraph's text and its long words held
 * every version of the article they were first seen in (issue 20's soak: the worker's heap grew by
 * about 10 MB per 1,000 edits of a 116 kB article). A concatenation is flattened before it is sliced.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
