// What the commands share of reading articles: one file read, checked and analysed (a refusal is one
// line on stderr, and the run goes on), and the folders of a run walked one at a time.
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../analysis/article';
import type { Article } from '../analysis/model';
import type { WordTable } from '../analysis/topics/topicWords';
import type { Correction } from '../../../common/corrections';
import { correctionsPathFor, parseCorrections } from '../../../common/correctionsFile';
import { readTextFile } from '../node/io/readTextFile';

export interface ReadOptions {
  readonly maxMb: number;
  readonly corrections: boolean;
}

/** Where a command's one-line notes go (without their newline): stderr, or a worker's result. */
export type Warn = (line: string) => void;

const toStderr: Warn = (line) => {
  process.stderr.write(`${line}\n`);
};

/** Reads and analyses one article; null when it could not be (the reason is told to `warn`). */
export function analyzeFile(file: string, opts: ReadOptions, words: WordTable, warn: Warn = toStderr): Article | null {
  const read = readTextFile(file, opts.maxMb * 1024 * 1024);
  if (!read.ok) {
    warn(`news-annotator: ${file}: ${read.reason}`);
    return null;
  }
  const corrections = opts.corrections ? readCorrections(file, read.text, warn) : [];
  const article = analyzeText(read.text, file, words, warn, corrections);
  if (article?.corrections.stale.length) {
    warn(
      `news-annotator: ${file}: ${article.corrections.stale.length} editor correction(s) no longer find their quote (see ${correctionsPathFor(file)})`,
    );
  }
  return article;
}

/** Analyses a text read elsewhere (`where` names it in a note); null when the analysis failed. */
export function analyzeText(
  text: string,
  where: string,
  words: WordTable,
  warn: Warn,
  corrections: readonly Correction[] = [],
): Article | null {
  try {
    return analyzeArticle(text, { corrections, words });
  } catch (err) {
    // A bug in the analysis must not cost the other articles: say which one, and go on.
    warn(`news-annotator: ${where}: analysis failed (${(err as Error)?.message ?? err}); please report this`);
    return null;
  }
}

/** Editor corrections kept beside the article; a broken file is reported and ignored, never fatal. */
function readCorrections(file: string, text: string, warn: Warn): Correction[] {
  const path = correctionsPathFor(file);
  if (!existsSync(path)) return [];
  const parsed = parseCorrections(readFileSync(path, 'utf8'), text);
  if (parsed.ok) return parsed.corrections;
  warn(`news-annotator: ${path}: not applied: ${parsed.reason}`);
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
