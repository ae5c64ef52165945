// A stretch of an article's text. Offsets are UTF-16 code units (JavaScript string indices, the
// unit of LSP positions); `end` is exclusive.
export interface Span {
  readonly start: number;
  readonly end: number;
}
