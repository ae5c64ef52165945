// news-annotator analyze [OPTION]... FILE...: the outline of each article, its JSON, or a quote sheet.
// Articles are analysed by the batch runner (in worker threads with --jobs) and written in input order.
import type { Command } from './args';
import { type BatchOptions, batchOptionDefaults, batchOptions } from './batch/options';
import { Output } from './batch/output';
import { progressWanted } from './batch/progress';
import { runBatch } from './batch/runner';
import { fileTasks, jsonlTasks } from './batch/tasks';
import { type FileOptions, fileOptionDefaults, fileOptions } from './fileOptions';
import { joiner, type Format } from './render';

export interface AnalyzeOptions extends FileOptions, BatchOptions {
  format: Format;
  /** Whether --format or --json was given: --jsonl prints JSON unless told otherwise. */
  formatGiven: boolean;
  color: boolean;
}

const DEFAULT_FORMAT: Format = 'text';

// Record<Format, …>: a format added to render must be described here.
const FORMAT_HELP: Record<Format, string> = {
  text: 'the outline, quotes under their speakers',
  json: 'one JSON object per file, one per line (offsets in UTF-16 code units)',
  csv: 'a quote sheet for spreadsheets (one header, a row per quote)',
  webannotation: 'W3C Web Annotation JSON-LD, one collection per file per line',
  markdown: 'a quote sheet for fact-checkers',
};

export const analyze: Command<AnalyzeOptions> = {
  name: 'analyze',
  summary: 'the outline of each article, its JSON, or a quote sheet',
  about: `Finds who said what in news articles: every quotation, its speaker, the people and
organisations in the story, and its topic sections.`,
  operands: { name: 'FILE', min: 1, missing: 'no files given' },
  options: [
    {
      name: 'format',
      value: 'FORMAT',
      description: 'what to print',
      default: DEFAULT_FORMAT,
      choices: FORMAT_HELP,
      apply: (o, v) => {
        o.format = v as Format;
        o.formatGiven = true;
      },
    },
    {
      name: 'json',
      description: 'the same as --format json',
      apply: (o) => {
        o.format = 'json';
        o.formatGiven = true;
      },
    },
    ...batchOptions<AnalyzeOptions>(),
    ...fileOptions<AnalyzeOptions>(),
    {
      name: 'no-color',
      description: 'plain text even on a terminal (also: NO_COLOR=1)',
      apply: (o) => {
        o.color = false;
      },
    },
  ],
  notes: `With --jsonl the output is one JSON object per record, with its "id" in the place of "file"
(another --format labels each record by its id). A record that cannot be read is one line on
stderr naming its line number; the others are still analysed. Output keeps the input's order.

A progress line (articles per second) is written to stderr when it is a terminal, stdout is not a
pipe, and JSON was not asked for with --json or --format json.

Exit status: 0 when every article was analysed, 2 when a file or record could not be read or the
arguments are wrong.`,
  defaults: () => {
    const env = process.env;
    return {
      ...fileOptionDefaults(),
      ...batchOptionDefaults(),
      format: DEFAULT_FORMAT,
      formatGiven: false,
      color:
        (!!process.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb') ||
        (!!env.FORCE_COLOR && env.FORCE_COLOR !== '0'),
    };
  },
  run: analyzeFiles,
};

async function analyzeFiles(opts: AnalyzeOptions, operands: readonly string[]): Promise<number> {
  const output = Output.open(opts.output);
  if (!output) return 2;
  const format = opts.jsonl && !opts.formatGiven ? 'json' : opts.format;
  let first = true;
  const failed = await runBatch({
    // Colour is for a terminal: never into an --output file.
    spec: {
      command: 'analyze',
      format,
      color: opts.color && !opts.output,
      corrections: opts.corrections,
      maxMb: opts.maxMb,
    },
    // One file is analysed on the main thread: a worker would only add its start-up.
    jobs: opts.jsonl ? opts.jobs : Math.min(opts.jobs, operands.length),
    items: opts.jsonl
      ? jsonlTasks(operands, opts.maxMb, (f) => output.read(f))
      : fileTasks(operands, (f) => output.read(f)),
    output,
    progress: progressWanted(opts.formatGiven && format === 'json'),
    onResult: (out) => {
      output.write(joiner(format, first, opts.bom) + out);
      first = false;
    },
  });
  return output.close() && failed === 0 ? 0 : 2;
}
