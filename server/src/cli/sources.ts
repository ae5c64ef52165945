// news-annotator sources [OPTION]... FILE|FOLDER...: who gets a voice, per article and in total.
// Articles are analysed one at a time and only their rows and the running totals are kept, so a
// folder of any size runs in bounded memory; text, JSON and CSV rows are written as they come.
import { WordTable } from '../analysis/topics/topicWords';
import type { Command } from './args';
import { analyzeFile, filesOf, writeOutput } from './articleFiles';
import { type FileOptions, fileOptionDefaults, fileOptions } from './fileOptions';
import { sourcesRow, SourcesTotals, type SourcesRow } from '../formats/sources';
import { sourcesHtml } from '../formats/sourcesHtml';
import { csvHeader, csvRow, rowJson, rowText, totalsJson, totalsText } from '../formats/sourcesSheet';

type SourcesFormat = 'text' | 'json' | 'csv' | 'html';

export interface SourcesOptions extends FileOptions {
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
/** A fresh word table every so many articles keeps a long run's memory bounded (results do not depend on it). */
const WORD_TABLE_ARTICLES = 500;

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
    ...fileOptions<SourcesOptions>(),
  ],
  notes: `A progress line is written to stderr when it is a terminal.

Exit status: 0 when every file was analysed, 2 when a file could not be read or the
arguments are wrong.`,
  defaults: () => ({ ...fileOptionDefaults(), format: 'text', gender: true, progress: !!process.stderr.isTTY }),
  run: reportSources,
};

function reportSources(opts: SourcesOptions, operands: readonly string[]): number {
  let status = 0;
  const out: string[] = [];
  const write = (s: string): void => {
    if (opts.output) out.push(s);
    else process.stdout.write(s);
  };
  const totals = new SourcesTotals();
  // Only the HTML page needs every row at the end; the other formats write each as it comes.
  const rows: SourcesRow[] = [];
  const inputs: string[] = [];
  let words = new WordTable();
  let progressShown = false;
  if (opts.format === 'csv') write(`${opts.bom ? '\uFEFF' : ''}${csvHeader(opts.gender)}\r\n`);
  for (const file of filesOf(operands, ARTICLE_EXTENSIONS)) {
    if (opts.output) inputs.push(file);
    if (opts.progress) {
      process.stderr.write(`\r\x1b[K${totals.articles + 1}: ${file}`);
      progressShown = true;
    }
    if (totals.articles > 0 && totals.articles % WORD_TABLE_ARTICLES === 0) words = new WordTable();
    const article = analyzeFile(file, opts, words);
    if (!article) {
      status = 2;
      continue;
    }
    const row = sourcesRow(article, file, opts.gender);
    totals.add(row);
    if (opts.format === 'html') rows.push(row);
    else if (opts.format === 'json') write(rowJson(row, opts.gender));
    else if (opts.format === 'csv') write(csvRow(file, row, opts.gender, row.list[0]));
    else write(`${rowText(row, opts.gender)}\n`);
  }
  if (progressShown) process.stderr.write('\r\x1b[K');
  const c = totals.counts;
  if (opts.format === 'html')
    write(sourcesHtml(rows, c, totals.articles, opts.gender, new Date().toISOString().slice(0, 10)));
  else if (opts.format === 'json') write(totalsJson(c, totals.articles, opts.gender));
  else if (opts.format === 'csv') write(csvRow('TOTAL', c, opts.gender, undefined));
  else write(totalsText(c, totals.articles, opts.gender));
  if (opts.output && !writeOutput(opts.output, out.join(''), inputs)) return 2;
  return status;
}
