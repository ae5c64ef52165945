// Article text inside Markdown hovers and tooltips: escaped, so "[Macron]" or "*" in a quote
// stays text, and cut to a readable length.

/** Escapes the characters Markdown would read as markup. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}

/** Whitespace collapsed, cut at a word boundary near `max` characters with an ellipsis. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The first words of a quote between typographic marks, without the marks that reopen a
 * multi-paragraph quote at each paragraph start.
 */
export function quoteExcerpt(text: string, q: { content: { start: number; end: number }; marks: readonly { start: number; end: number }[] }, max: number): string {
  let inner = '';
  let at = q.content.start;
  for (const m of q.marks) {
    if (m.start < q.content.start || m.end > q.content.end) continue;
    inner += text.slice(at, m.start);
    at = m.end;
  }
  inner += text.slice(at, q.content.end);
  return `“${clipText(inner, max)}”`;
}
