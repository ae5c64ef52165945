// Where a batch run writes: stdout as the results come (waiting when the reader is slower), or an
// --output file written beside its target and renamed over it at the end, never over an input.
import { realpathSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { AtomicFileWriter } from '../../../../common/node/atomicWrite';

const reason = (err: unknown): string => (err as NodeJS.ErrnoException)?.code ?? String(err);

export class Output {
  private readonly file: AtomicFileWriter | null;
  private readonly target: string | null;
  private clobbers = false;

  private constructor(
    private readonly path: string | null,
    file: AtomicFileWriter | null,
  ) {
    this.file = file;
    this.target = path === null ? null : realOrResolved(path);
  }

  /** The run's output; null (said on stderr) when the --output file cannot be created. */
  static open(path: string | null): Output | null {
    if (path === null) return new Output(null, null);
    try {
      return new Output(path, new AtomicFileWriter(resolve(path)));
    } catch (err) {
      process.stderr.write(`news-annotator: ${path}: cannot write (${reason(err)})\n`);
      return null;
    }
  }

  /** Whether what is written shows on the terminal that stderr's progress line is on. */
  get toTerminal(): boolean {
    return !this.file && !!process.stdout.isTTY;
  }

  write(text: string): void {
    if (this.file) this.file.write(text);
    else process.stdout.write(text);
  }

  /** Resolves when stdout has taken what it was given: a run reads no further ahead of its reader. */
  async drained(): Promise<void> {
    if (!this.file && process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  }

  /** Notes an input of the run: the output file must not replace it. */
  read(input: string): void {
    if (this.target !== null && !this.clobbers && input !== '-') this.clobbers = realOrResolved(input) === this.target;
  }

  /** Puts the output file in place; false (said on stderr) when it would replace an input or cannot be written. */
  close(): boolean {
    if (!this.file) return true;
    if (this.clobbers) {
      this.file.abort();
      process.stderr.write(`news-annotator: ${this.path}: refusing to write over an article being analysed\n`);
      return false;
    }
    try {
      this.file.commit();
      return true;
    } catch (err) {
      this.file.abort();
      process.stderr.write(`news-annotator: ${this.path}: cannot write (${reason(err)})\n`);
      return false;
    }
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
