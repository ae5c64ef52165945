// What the commands share of reading articles: one file read, checked and analysed (a refusal is one
// line on stderr, and the run goes on), the folders of a run walked one at a time, and the output
// file written once, never over an article the run reads.
import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../analysis/article';
import type { Article } from '../analysis/model';
import type { WordTable } from '../analysis/topics/topicWords';
import type { Correction } from '../../../common/corrections';
import { correctionsPathFor, parseCorrections } from '../../../common/correctionsFile';
import { writeFileAtomic } from '../../../common/node/atomicWrite';
import { readTextFile } from '../node/io/readTextFile';

export interface ReadOptions {
  readonly maxMb: number;
  readonly corrections: boolean;
}

/** Reads and analyses one article; null when it could not be (the reason is on stderr). */
export function analyzeFile(file: string, opts: ReadOptions, words: WordTable): Article | null {
  const read = readTextFile(file, opts.maxMb * 1024 * 1024);
  if (!read.ok) {
    process.stderr.write(`news-annotator: ${file}: ${read.reason}\n`);
    return null;
  }
  const corrections = opts.corrections ? readCorrections(file, read.text) : [];
  try {
    const article = analyzeArticle(read.text, { corrections, words });
    if (article.corrections.stale.length) {
      process.stderr.write(
        `news-annotator: ${file}: ${article.corrections.stale.length} editor correction(s) no longer find their quote (see ${correctionsPathFor(file)})\n`,
      );
    }
    return article;
  } catch (err) {
    // A bug in the analysis must not cost the other files: say which file, and go on.
    process.stderr.write(
      `news-annotator: ${file}: analysis failed (${(err as Error)?.message ?? err}); please report this\n`,
    );
    return null;
  }
}

/** Editor corrections kept beside the article; a broken file is reported and ignored, never fatal. */
function readCorrections(file: string, text: string): Correction[] {
  const path = correctionsPathFor(file);
  if (!existsSync(path)) return [];
  const parsed = parseCorrections(readFileSync(path, 'utf8'), text);
  if (parsed.ok) return parsed.corrections;
  process.stderr.write(`news-annotator: ${path}: not applied: ${parsed.reason}\n`);
  return [];
}

/**
 * The files of the operands: a file as given (read or refused later, like analyze's), a folder's
 * article files (names ending in one of `extensions`) in name order, its subfolders after its
 * files. Lazily: a folder's names are read when the run reaches it.
 */
export function* filesOf(operands: readonly string[], extensions: readonly string[]): Generator<string> {
  for (const operand of operands) {
    let folder = false;
    try {
      folder = statSync(operand).isDirectory();
    } catch {
      /* missing: readTextFile says so */
    }
    if (folder) yield* walk(operand, extensions);
    else yield operand;
  }
}

function* walk(folder: string, extensions: readonly string[]): Generator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (err) {
    process.stderr.write(
      `news-annotator: ${folder}: cannot list (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`,
    );
    return;
  }
  const names = (kind: 'file' | 'folder'): string[] =>
    entries
      .filter((e) => (kind === 'folder' ? e.isDirectory() : e.isFile()))
      .map((e) => e.name)
      .filter((n) => !n.startsWith('.') && (kind === 'folder' || extensions.some((x) => n.toLowerCase().endsWith(x))))
      .sort();
  const subfolders = names('folder');
  const files = names('file');
  entries = [];
  for (const name of files) yield join(folder, name);
  for (const name of subfolders) yield* walk(join(folder, name), extensions);
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === b;
  }
}

/** Writes the output file atomically; false (said on stderr) when it is an input article or cannot be written. */
export function writeOutput(output: string, text: string, inputs: readonly string[]): boolean {
  const target = resolve(output);
  if (inputs.some((f) => sameFile(f, target))) {
    process.stderr.write(`news-annotator: ${output}: refusing to write over an article being analysed\n`);
    return false;
  }
  try {
    writeFileAtomic(target, text);
    return true;
  } catch (err) {
    process.stderr.write(
      `news-annotator: ${output}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`,
    );
    return false;
  }
}
