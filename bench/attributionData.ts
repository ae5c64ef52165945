// The examples the source ranker learns from: every quote of the shared training corpora that a
// gold quote matches, with the options attribution weighed for it (attribution/options.ts) and,
// for each option, whether it names the gold source. An option names it when its mention overlaps
// the gold source mention, or it stands for an entity with such a mention (PolNeAR), or when the
// entity's name or the mention's words are the gold speaker's name (the GenderGapTracker set).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import type { ExplainedQuote } from '../server/src/analysis/attribution/context';
import type { Article, Span } from '../server/src/analysis/model';
import { WordTable } from '../server/src/analysis/topics/topicWords';

const corpora = join(__dirname, '..', '..', 'shared', 'eval', 'corpora');

export interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly kind?: string;
  readonly speaker?: string | null;
  readonly source?: { start: number; end: number; text: string } | null;
}

export interface GoldArticle {
  readonly id: string;
  readonly outlet?: string;
  readonly text: string;
  readonly quotes: readonly GoldQuote[];
}

export interface Example {
  /** The article it comes from, and the outlet (for grouped cross-validation). */
  readonly article: string;
  readonly outlet: string;
  readonly kind: string;
  /** One row of features per option. */
  readonly x: readonly (readonly number[])[];
  /** Which options name the gold source. */
  readonly positive: readonly boolean[];
  /** The entity each option stands for (null: none yet), whose options the ranker adds up. */
  readonly entities: readonly (string | null)[];
  readonly optionKinds: readonly string[];
  /** For reading the misses: the quote's first words, the gold speaker or source, each option's words. */
  readonly quote: string;
  readonly gold: string;
  readonly optionTexts: readonly string[];
}

export function readCorpus(name: string): GoldArticle[] {
  const file = join(corpora, `${name}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldArticle);
}

/** The outlet of an article: the GenderGapTracker set says it; a PolNeAR id starts with it. */
export function outletOf(a: GoldArticle): string {
  return a.outlet ?? a.id.split('/').pop()!.split('_')[0];
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The scorer's match: the overlap covers half of the shorter span. */
function matches(a: Span, b: Span): boolean {
  const o = overlap(a, b);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'sen',
  'rep',
  'gov',
  'gen',
  'rev',
  'hon',
]);

/** A name as the scorer compares names: lower case, no accents or punctuation, no honorific or leading article. */
export function nameWords(s: string): string[] {
  const words = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !HONORIFICS.has(w));
  return words.length > 1 && ['the', 'a', 'an'].includes(words[0]) ? words.slice(1) : words;
}

function sameName(a: string, b: string): boolean {
  const x = nameWords(a).join(' ');
  return x.length > 0 && x === nameWords(b).join(' ');
}

/** Whether an option names the gold source of a quote. */
function names(article: Article, text: string, gold: GoldQuote, option: ExplainedQuote['options'][number]): boolean {
  if (option.kind === 'none') return false;
  const entity = option.entity ? article.entities.find((e) => e.id === option.entity) : undefined;
  if (gold.speaker) {
    if (entity && [entity.name, ...entity.aliases].some((n) => sameName(n, gold.speaker!))) return true;
    if (!entity && option.span) {
      // A mention of an entity attribution would make: its words, all of them the gold speaker's.
      const words = nameWords(text.slice(option.span.start, option.span.end));
      const goldWords = new Set(nameWords(gold.speaker));
      return words.length > 0 && words.every((w) => goldWords.has(w));
    }
    return false;
  }
  if (gold.source) {
    if (option.span && overlap(option.span, gold.source) > 0) return true;
    return !!entity && entity.mentions.some((m) => overlap(m, gold.source!) > 0);
  }
  return false;
}

/** Analyses each article and returns its examples: the quotes a gold quote matches, with labelled options. */
export function examplesOf(articles: readonly GoldArticle[], kinds = ['direct', 'partial']): Example[] {
  const out: Example[] = [];
  const words = new WordTable();
  for (const a of articles) {
    const explained: ExplainedQuote[] = [];
    const article = analyzeArticle(a.text, { words, explain: (q) => explained.push(q) });
    const gold = a.quotes.filter((g) => (g.kind ?? 'direct') === 'direct');
    for (const q of explained) {
      if (!kinds.includes(q.kind)) continue;
      const g = gold.find((x) => matches(x, q));
      if (!g || (!g.speaker && !g.source)) continue;
      out.push({
        article: a.id,
        outlet: outletOf(a),
        kind: q.kind,
        x: q.options.map((o) => o.x),
        positive: q.options.map((o) => names(article, a.text, g, o)),
        entities: q.options.map((o) => o.entity),
        optionKinds: q.options.map((o) => o.kind),
        quote: a.text.slice(q.start, Math.min(q.end, q.start + 60)),
        gold: g.speaker ?? g.source?.text ?? '',
        optionTexts: q.options.map((o) => {
          const e = o.entity ? article.entities.find((x) => x.id === o.entity)?.name : undefined;
          const words = o.span ? a.text.slice(o.span.start, o.span.end) : o.kind;
          return e && e !== words ? `${words} (${e})` : words;
        }),
      });
    }
  }
  return out;
}
