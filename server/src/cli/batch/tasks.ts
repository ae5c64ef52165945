// The articles of a run, in input order and only as fast as the run takes them: files as given
// (or walked), or the records of JSON Lines inputs read line by line (a file, or '-' for stdin).
import { createReadStream } from 'node:fs';
import { NotUtf8Error, readLines } from '../../node/io/readLines';
import { systemReason } from '../../node/io/readTextFile';
import type { Task } from './job';

/** An input refused before any analysis (a line too long to keep, a file that cannot be read): its note. */
export type Item = Task | { readonly kind: 'refused'; readonly note: string };

const MB = 1024 * 1024;

export function* fileTasks(files: Iterable<string>, read: (file: string) => void): Generator<Item> {
  for (const file of files) {
    read(file);
    yield { kind: 'file', file };
  }
}

/** Each non-blank line of each input is a task; the record is parsed by whoever analyses it. */
export async function* jsonlTasks(
  inputs: readonly string[],
  maxMb: number,
  read: (file: string) => void,
): AsyncGenerator<Item> {
  // JSON escapes make a line longer than its text: the text's own limit is checked on the record.
  const maxChars = 2 * maxMb * MB;
  for (const source of inputs) {
    read(source);
    const name = source === '-' ? '(standard input)' : source;
    const stream = source === '-' ? process.stdin : createReadStream(source, { highWaterMark: 1 << 16 });
    try {
      for await (const l of readLines(stream, maxChars)) {
        if ('tooLong' in l)
          yield {
            kind: 'refused',
            note: `news-annotator: ${name}:${l.line}: line too long (more than ${2 * maxMb} MB; see --max-size)`,
          };
        else if (l.text.trim()) yield { kind: 'line', source, line: l.line, raw: l.text };
      }
    } catch (err) {
      const why = err instanceof NotUtf8Error ? `${err.line}: not UTF-8 text` : ` ${systemReason(err)}`;
      yield { kind: 'refused', note: `news-annotator: ${name}:${why}` };
    } finally {
      if (source !== '-') stream.destroy();
    }
  }
}
