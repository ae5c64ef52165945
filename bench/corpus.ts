// Real news text for the benchmarks: PolNeAR train from ../shared/eval when it is checked out
// beside the project, else the bundled sample; cycled until there is enough of it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const POLNEAR = join(root, '..', 'shared', 'eval', 'corpora', 'polnear-train.jsonl');

export interface Corpus {
  /** What the text is, for the table. */
  readonly source: string;
  readonly articles: string[];
  /** UTF-8 bytes of all articles together. */
  readonly bytes: number;
}

function sourceArticles(): { source: string; articles: string[] } {
  if (existsSync(POLNEAR)) {
    const articles = readFileSync(POLNEAR, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    return { source: 'PolNeAR train', articles };
  }
  return {
    source: 'samples/press-conference.news',
    articles: [readFileSync(join(root, 'samples', 'press-conference.news'), 'utf8')],
  };
}

/** Whole articles, in corpus order and cycled, until they hold at least `minBytes` of UTF-8. */
export function newsArticles(minBytes: number): Corpus {
  const { source, articles } = sourceArticles();
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const a = articles[i % articles.length];
    out.push(a);
    bytes += Buffer.byteLength(a);
  }
  const cycles = out.length / articles.length;
  return {
    source:
      cycles > 1
        ? `${source} (${articles.length} articles, cycled ${cycles.toFixed(2)}×)`
        : `${source} (${out.length} articles)`,
    articles: out,
    bytes,
  };
}

/** One long article (a live blog, a day's wire digest): articles joined by blank lines. */
export function longArticle(minBytes: number): { source: string; text: string } {
  const c = newsArticles(minBytes);
  return { source: c.source, text: c.articles.join('\n\n') };
}
