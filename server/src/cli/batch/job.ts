// One article's work in a batch run, the same in a worker thread and on the main thread: read it
// (a file, or a JSON Lines record parsed here, off the main thread), analyse it, and serialise what
// the command writes of it. Notes for stderr travel with the result, to be written in input order.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../../analysis/model';
import { WordTable } from '../../analysis/topics/topicWords';
import { sourcesRow } from '../../formats/sources';
import { analyzeFile, analyzeText, type Warn } from '../articleFiles';
import { render, type Format, type Subject } from '../render';

/** An article to analyse: a file, or one line of a JSON Lines input (`source` is its file, or '-'). */
export type Task =
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'line'; readonly source: string; readonly line: number; readonly raw: string };

/** What a command wants of each article; plain data, sent to each worker once. */
export type JobSpec = { readonly corrections: boolean; readonly maxMb: number } & (
  | { readonly command: 'analyze'; readonly format: Format; readonly color: boolean }
  | { readonly command: 'sources'; readonly gender: boolean }
);

export interface JobResult {
  /** The article's output (analyze: as printed; sources: its row as JSON); null when it failed. */
  readonly out: string | null;
  /** Lines for stderr, without their newlines. */
  readonly notes: readonly string[];
}

/** A fresh word table every so many articles keeps a long run's memory bounded (results do not depend on it). */
const WORD_TABLE_ARTICLES = 500;

/** The job of a run: a function from task to result, with its own word table. */
export function createJob(spec: JobSpec): (task: Task) => JobResult {
  let words = new WordTable();
  let done = 0;
  return (task) => {
    if (++done % WORD_TABLE_ARTICLES === 0) words = new WordTable();
    const notes: string[] = [];
    const warn: Warn = (line) => notes.push(line);
    const read = task.kind === 'file' ? readFile(task.file, spec, words, warn) : readRecord(task, spec, words, warn);
    if (!read) return { out: null, notes };
    const { article, subject } = read;
    const label = 'file' in subject ? subject.file : String(subject.id);
    const out =
      spec.command === 'analyze'
        ? render(article, subject, spec)
        : JSON.stringify(sourcesRow(article, label, spec.gender));
    return { out, notes };
  };
}

function readFile(
  file: string,
  spec: JobSpec,
  words: WordTable,
  warn: Warn,
): { article: Article; subject: Subject } | null {
  const article = analyzeFile(file, spec, words, warn);
  return article && { article, subject: { file } };
}

/** A record `{"id": …, "text": …}`; anything else is one note naming its line. */
function readRecord(
  task: Task & { kind: 'line' },
  spec: JobSpec,
  words: WordTable,
  warn: Warn,
): { article: Article; subject: Subject } | null {
  const where = `${task.source === '-' ? '(standard input)' : task.source}:${task.line}`;
  let record: unknown;
  try {
    record = JSON.parse(task.raw);
  } catch (err) {
    warn(`news-annotator: ${where}: not JSON (${(err as Error).message})`);
    return null;
  }
  const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
  if (typeof record !== 'object' || Array.isArray(record) || typeof text !== 'string') {
    warn(`news-annotator: ${where}: not an object with a "text" string`);
    return null;
  }
  if (typeof id !== 'string' && typeof id !== 'number') {
    warn(`news-annotator: ${where}: its "id" is missing or not a string or number`);
    return null;
  }
  if (text.length > spec.maxMb * 1024 * 1024) {
    warn(`news-annotator: ${where}: text too large (the limit is ${spec.maxMb} MB, see --max-size)`);
    return null;
  }
  const article = analyzeText(text, `${where} (id ${JSON.stringify(id)})`, words, warn);
  const base = task.source === '-' ? 'stdin:' : pathToFileURL(resolve(task.source)).href;
  return article && { article, subject: { id, href: `${base}#${encodeURIComponent(String(id))}` } };
}
