// Writes a file so that a reader never sees it half-written and nothing is lost on a crash:
// the text goes to a temporary file beside it, is flushed to disk, then renamed over the target.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd = -1;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, data, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(tmp, path);
  } catch (err) {
    if (fd >= 0) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * writeFileAtomic for output produced piece by piece (a run over a whole archive): the pieces go to
 * the temporary file as they come, in blocks, and `commit` renames it over the target, so memory
 * stays bounded and a reader still never sees a half-written file. `abort` leaves the target as it was.
 */
export class AtomicFileWriter {
  private readonly tmp: string;
  private fd: number;
  private buffer: string[] = [];
  private buffered = 0;

  constructor(readonly path: string) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    this.fd = openSync(this.tmp, 'wx', 0o644);
  }

  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= 1 << 16) this.flush();
  }

  commit(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.tmp, this.path);
  }

  abort(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.tmp, { force: true });
  }

  private flush(): void {
    if (!this.buffered) return;
    writeSync(this.fd, this.buffer.join(''), null, 'utf8');
    this.buffer = [];
    this.buffered = 0;
  }
}
