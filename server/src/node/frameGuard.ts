// Passes the base protocol's frames (`Content-Length: N\r\n\r\n` + N bytes) through unchanged
// and drops whatever cannot start one, up to the next header. vscode-jsonrpc's reader cannot
// resynchronise by itself: bytes that never end in a blank line swallow the next header and,
// body after body, every message after it, and a negative length stops it for good. With this
// guard in front, a stray write on stdin costs only itself. Linear: a header is looked for in a
// bounded window, and the search for the next one goes on from where the last one stopped.
import { Transform, type TransformCallback } from 'node:stream';

/** Longer than any real header block (two short fields): beyond it, the bytes are not one. */
const MAX_HEADER = 1024;
/** No message comes near this (a 64 MB article escaped as JSON): a larger length is garbage that would stall the reader. */
const MAX_BODY = 2 ** 30;
const NAMES = ['content-length:', 'content-type:'];
const BLANK_LINE = Buffer.from('\r\n\r\n');

/** Whether `bytes` (at most a few) could be the start of a header field name. */
function couldStartHeader(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 15).toString('latin1').toLowerCase();
  return NAMES.some((n) => n.startsWith(head) || head.startsWith(n));
}

/** The content length a header block declares, or -1 if it is not a well-formed block. */
function contentLength(block: Buffer): number {
  let length = -1;
  for (const line of block.toString('latin1').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return -1;
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') {
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_BODY) return -1;
      length = Number(value);
    }
  }
  return length;
}

/** Finds header field names in one buffer, each search going on from where the last one got to. */
class HeaderFinder {
  private readonly lower: string;
  private readonly found = NAMES.map(() => -1);

  constructor(buf: Buffer) {
    this.lower = buf.toString('latin1').toLowerCase();
  }

  /** Offset of the first field name at or after `from`, or -1. */
  next(from: number): number {
    let best = -1;
    NAMES.forEach((n, k) => {
      if (this.found[k] !== Infinity && this.found[k] < from) {
        const at = this.lower.indexOf(n, from);
        this.found[k] = at < 0 ? Infinity : at;
      }
      const at = this.found[k];
      if (at !== Infinity && (best < 0 || at < best)) best = at;
    });
    return best;
  }
}

export class FrameGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of the current body still to pass through. */
  private body = 0;
  /** Bytes dropped so far. */
  dropped = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let finder: HeaderFinder | undefined;
    let pos = 0;
    while (pos < buf.length) {
      if (this.body > 0) {
        const n = Math.min(this.body, buf.length - pos);
        this.push(buf.subarray(pos, pos + n));
        this.body -= n;
        pos += n;
        continue;
      }
      const window = buf.subarray(pos, pos + MAX_HEADER + BLANK_LINE.length);
      const end = window.indexOf(BLANK_LINE);
      const length = end < 0 ? -1 : contentLength(window.subarray(0, end));
      if (couldStartHeader(window) && end < 0 && window.length <= MAX_HEADER) break; // a header still arriving
      if (!couldStartHeader(window) || length < 0) {
        // Not a frame: skip to the next header field name, or keep a tail that may begin one.
        finder ??= new HeaderFinder(buf);
        const at = finder.next(pos + 1);
        const to = at >= 0 ? at : Math.max(pos + 1, buf.length - 14);
        this.dropped += to - pos;
        pos = to;
        continue;
      }
      this.push(window.subarray(0, end + BLANK_LINE.length));
      pos += end + BLANK_LINE.length;
      this.body = length;
    }
    this.pending = Buffer.from(buf.subarray(pos));
    done();
  }
}
