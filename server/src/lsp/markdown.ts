// Article text inside Markdown hovers and tooltips: escaped, so "[Macron]" or "*" in a quote
// stays text. (Cutting it to a readable length is common/text.ts's clipText.)

/** Escapes the characters Markdown would read as markup. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
