// Predicted quotes matched to gold ones as ../shared/eval/score.mjs matches them, and whether a
// matched quote's speaker is right as it counts it (for eval:confidence and fit:reported).
import type { ContractArticle, ContractQuote } from '../server/src/formats/json';
import { type GoldQuote, nameWords } from './attributionData';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** score.mjs's one-to-one matching: largest overlaps first, each covering half of the shorter span. */
export function match(gold: readonly Span[], pred: readonly Span[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0 && o >= 0.5 * Math.min(g.end - g.start, p.end - p.start)) pairs.push([o, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const g2p = new Map<number, number>();
  const used = new Set<number>();
  for (const [, gi, pi] of pairs)
    if (!g2p.has(gi) && !used.has(pi)) {
      g2p.set(gi, pi);
      used.add(pi);
    }
  return g2p;
}

const sameStrict = (a: string, b: string): boolean => {
  const x = nameWords(a).join(' ');
  return x.length > 0 && x === nameWords(b).join(' ');
};

/** Right as score.mjs counts it: the speaker's name where the gold has one (spkStrict), else the source (srcAcc). */
export function isRight(out: ContractArticle, g: GoldQuote, p: ContractQuote): boolean {
  const spk = out.speakers.find((s) => s.id === p.speaker);
  if (g.speaker) return !!spk && [spk.name, ...spk.aliases].some((n) => sameStrict(n, g.speaker!));
  const src = g.source!;
  return (!!p.source && overlap(p.source, src) > 0) || (!!spk && spk.mentions.some((m) => overlap(m, src) > 0));
}
