// news-annotator analyze [OPTION]... FILE...: the outline of each article, its JSON, or a quote sheet.
import { WordTable } from '../analysis/topics/topicWords';
import type { Command } from './args';
import { analyzeFile, writeOutput } from './articleFiles';
import { type FileOptions, fileOptionDefaults, fileOptions } from './fileOptions';
import { render, type Format } from './render';

export interface AnalyzeOptions extends FileOptions {
  format: Format;
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
      },
    },
    {
      name: 'json',
      description: 'the same as --format json',
      apply: (o) => {
        o.format = 'json';
      },
    },
    ...fileOptions<AnalyzeOptions>(),
    {
      name: 'no-color',
      description: 'plain text even on a terminal (also: NO_COLOR=1)',
      apply: (o) => {
        o.color = false;
      },
    },
  ],
  notes: `Exit status: 0 when every file was analysed, 2 when a file could not be read or the
arguments are wrong.`,
  defaults: () => {
    const env = process.env;
    return {
      ...fileOptionDefaults(),
      format: DEFAULT_FORMAT,
      color:
        (!!process.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb') ||
        (!!env.FORCE_COLOR && env.FORCE_COLOR !== '0'),
    };
  },
  run: analyzeFiles,
};

function analyzeFiles(opts: AnalyzeOptions, files: readonly string[]): number {
  let status = 0;
  const out: string[] = [];
  // One word table for the run: news repeats its words from article to article.
  const words = new WordTable();
  let first = true;
  // Colour is for a terminal: never into an --output file.
  const style = { format: opts.format, bom: opts.bom, color: opts.color && !opts.output };
  for (const file of files) {
    const article = analyzeFile(file, opts, words);
    if (!article) {
      status = 2;
      continue;
    }
    // Streamed to stdout file by file; gathered only for an --output file, written once.
    const rendered = render(article, file, style, first);
    if (opts.output) out.push(rendered);
    else process.stdout.write(rendered);
    first = false;
  }
  if (opts.output && !writeOutput(opts.output, out.join(''), files)) return 2;
  return status;
}
