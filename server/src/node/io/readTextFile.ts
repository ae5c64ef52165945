// Reads an article file for the CLI and says plainly why when it cannot: missing, a folder,
// unreadable, binary, or not UTF-8. Never throws.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const MB = 1024 * 1024;

export function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot be read (${code ?? String(err)})`;
  }
}

/** Control characters other than tab, newline, carriage return, form feed and escape: a sign of binary data. */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Where UTF-8 decoding first fails: the offending byte and its offset. */
function firstInvalidUtf8(buf: Uint8Array): { offset: number; byte: number } {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return { offset: i, byte: b };
    for (let k = 1; k < len; k++) {
      if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return { offset: i, byte: b };
    }
    i += len;
  }
  return { offset: 0, byte: buf[0] ?? 0 };
}

/** Decodes article bytes: UTF-8 (a byte-order mark is dropped), or UTF-16 when a byte-order mark says so. */
export function decodeArticle(buf: Uint8Array): ReadResult {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const enc = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: new TextDecoder(enc, { fatal: true }).decode(buf) };
    } catch {
      return { ok: false, reason: `not valid ${enc.toUpperCase()} text despite its byte-order mark` };
    }
  }
  if (looksBinary(buf)) return { ok: false, reason: 'binary file, not text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    const { offset, byte } = firstInvalidUtf8(buf);
    const hex = byte.toString(16).toUpperCase().padStart(2, '0');
    // 0x80–0x9F are control codes in Latin-1 but curly quotes and dashes in Windows-1252 (Word's copy).
    const [name, iconv] = byte >= 0x80 && byte <= 0x9f ? ['Windows-1252', 'windows-1252'] : ['Latin-1', 'latin1'];
    return {
      ok: false,
      reason: `not UTF-8 text (byte 0x${hex} at offset ${offset}); if it is ${name}, convert it first: iconv -f ${iconv} -t utf-8`,
    };
  }
}

/**
 * Reads a pipe or device (/dev/stdin, <(…)) up to one byte past the limit: its size is not
 * known beforehand, and /dev/zero never ends.
 */
function readBounded(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(MB, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

export function readTextFile(path: string, maxBytes = 64 * MB): ReadResult {
  const limit = `the limit is ${(maxBytes / MB).toFixed(0)} MB, see --max-size`;
  let regular: boolean;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    if (st.size > maxBytes) return { ok: false, reason: `too large (${(st.size / MB).toFixed(1)} MB; ${limit})` };
    regular = st.isFile();
  } catch (err) {
    return { ok: false, reason: systemReason(err) };
  }
  let buf: Buffer;
  try {
    buf = regular ? readFileSync(path) : readBounded(path, maxBytes);
  } catch (err) {
    return { ok: false, reason: systemReason(err) };
  }
  if (buf.length > maxBytes)
    return { ok: false, reason: `too large (more than ${(maxBytes / MB).toFixed(0)} MB; ${limit})` };
  return decodeArticle(buf);
}
