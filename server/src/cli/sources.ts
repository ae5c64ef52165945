// news-annotator sources [OPTION]... FILE|FOLDER...: who gets a voice, per article and in total.
// Articles are analysed by the batch runner (in worker threads with --jobs) and only their rows and
// the running totals are kept, so a folder of any size runs in bounded memory; text, JSON and CSV
// rows are written as they come, in input order.
import type { Command } from './args';
import { filesOf } from './articleFiles';
import { type BatchOptions, batchOptionDefaults, batchOptions } from './batch/options';
import { Output } from './batch/output';
import { progressWanted } from './batch/progress';
import { runBatch } from './batch/runner';
import { fileTasks, jsonlTasks } from './batch/tasks';
import { type FileOptions, fileOptionDefaults, fileOptions } from './fileOptions';
import { SourcesTotals, type SourcesRow } from '../formats/sources';
import { sourcesHtml } from '../formats/sourcesHtml';
import { csvHeader, csvRow, rowJson, rowText, totalsJson, totalsText } from '../formats/sourcesSheet';

type SourcesFormat = 'text' | 'json' | 'csv' | 'html';

export interface SourcesOptions extends FileOptions, BatchOptions {
  format: SourcesFormat;
  gender: boolean;
  progress: boolean;
}

const FORMAT_HELP: Record<SourcesFormat, string> = {
  text: 'a paragraph per article, then the totals',
  json: 'one JSON object per article, one per line, then one with the totals',
  csv: 'a row per article and a TOTAL row (voice columns are shares of the words quoted)',
  html: 'one self-contained page with the totals, charts and a row per article',
};

/** The file name endings read in a folder. */
const ARTICLE_EXTENSIONS = ['.news', '.article', '.txt'];

export const sources: Command<SourcesOptions> = {
  name: 'sources',
  summary: 'who gets a voice: sources by gender and kind, share of voice, anonymous sources',
  about: `Counts the sources each article quotes: people by gender (from evidence in the text:
pronouns, honorifics and role words, first names; unknown without it), organisations and
anonymous sources, their quotes and words, and the quotes with no speaker; then the totals.
A FOLDER stands for its ${ARTICLE_EXTENSIONS.join(', ')} files, subfolders included.`,
  operands: { name: 'FILE|FOLDER', min: 1, missing: 'no files or folders given' },
  options: [
    {
      name: 'format',
      value: 'FORMAT',
      description: 'what to print',
      default: 'text',
      choices: FORMAT_HELP,
      apply: (o, v) => {
        o.format = v as SourcesFormat;
      },
    },
    {
      name: 'no-gender',
      description: 'leave gender out entirely',
      apply: (o) => {
        o.gender = false;
      },
    },
    ...batchOptions<SourcesOptions>(),
    ...fileOptions<SourcesOptions>(),
  ],
  notes: `With --jsonl each record is labelled by its id. A progress line (articles per second) is
written to stderr when it is a terminal and stdout is not a pipe.

Exit status: 0 when every file was analysed, 2 when a file could not be read or the
arguments are wrong.`,
  defaults: () => ({
    ...fileOptionDefaults(),
    ...batchOptionDefaults(),
    format: 'text',
    gender: true,
    progress: progressWanted(false),
  }),
  run: reportSources,
};

async function reportSources(opts: SourcesOptions, operands: readonly string[]): Promise<number> {
  const output = Output.open(opts.output);
  if (!output) return 2;
  const write = (s: string): void => output.write(s);
  const totals = new SourcesTotals();
  // Only the HTML page needs every row at the end; the other formats write each as it comes.
  const rows: SourcesRow[] = [];
  if (opts.format === 'csv') write(`${opts.bom ? '\uFEFF' : ''}${csvHeader(opts.gender)}\r\n`);
  const failed = await runBatch({
    spec: { command: 'sources', gender: opts.gender, corrections: opts.corrections, maxMb: opts.maxMb },
    jobs: opts.jobs,
    items: opts.jsonl
      ? jsonlTasks(operands, opts.maxMb, (f) => output.read(f))
      : fileTasks(filesOf(operands, ARTICLE_EXTENSIONS), (f) => output.read(f)),
    output,
    progress: opts.progress,
    onResult: (out) => {
      const row = JSON.parse(out) as SourcesRow;
      totals.add(row);
      if (opts.format === 'html') rows.push(row);
      else if (opts.format === 'json') write(rowJson(row, opts.gender));
      else if (opts.format === 'csv') write(csvRow(row.file, row, opts.gender, row.list[0]));
      else write(`${rowText(row, opts.gender)}\n`);
    },
  });
  const c = totals.counts;
  if (opts.format === 'html')
    write(sourcesHtml(rows, c, totals.articles, opts.gender, new Date().toISOString().slice(0, 10)));
  else if (opts.format === 'json') write(totalsJson(c, totals.articles, opts.gender));
  else if (opts.format === 'csv') write(csvRow('TOTAL', c, opts.gender, undefined));
  else write(totalsText(c, totals.articles, opts.gender));
  return output.close() && failed === 0 ? 0 : 2;
}
