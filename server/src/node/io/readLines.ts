// The lines of a stream, read as they are needed: a consumer that stops pulling stops the reading,
// so a file of any size runs in memory bounded by the longest line it keeps (and a line past
// `maxChars` is not kept at all: it is reported by its number and skipped).
import type { Readable } from 'node:stream';

export type Line =
  | { readonly line: number; readonly text: string }
  /** A line longer than `maxChars`: dropped as it is read. */
  | { readonly line: number; readonly tooLong: true };

/** Thrown for bytes that are not UTF-8; `line` is where they are. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`not UTF-8 text (line ${line})`);
  }
}

/**
 * The stream's lines, numbered from 1, without their line ending (LF or CRLF). A byte-order mark
 * is dropped. Invalid UTF-8 throws NotUtf8Error; a read error is thrown as the stream gives it.
 */
export async function* readLines(stream: Readable, maxChars: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let dropping = false;
  let line = 1;
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new NotUtf8Error(line);
    }
  };
  const finish = (text: string): Line =>
    dropping || text.length > maxChars
      ? { line: line++, tooLong: true }
      : { line: line++, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    const text = decode(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const head = text.slice(from, nl);
      yield finish(dropping ? '' : pending + head);
      pending = '';
      dropping = false;
      from = nl + 1;
    }
    if (!dropping) {
      pending += text.slice(from);
      if (pending.length > maxChars + 1) {
        pending = '';
        dropping = true;
      }
    }
  }
  const rest = pending + decode();
  if (rest || dropping) yield finish(rest);
}
