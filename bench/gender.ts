// Where gender goes wrong or stays unknown, by gold gender: `npm run eval:gender [-- CORPUS.jsonl]`
// (default ggt-dev). For each person the gold names (cleaned as score.mjs cleans them) and the
// analysis finds by the same name, is the predicted gender right, wrong or unknown, and what decided
// it? People the analysis does not find are counted apart: entity detection, not gender.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';

const corpus = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'eval', 'corpora', 'ggt-dev.jsonl');

interface GoldArticle {
  text: string;
  people?: Record<string, string[]>;
}

const cleanName = (n: string): string => {
  let x = n.replace(/[^\p{L}\p{N}_]/gu, ' ').trim();
  if (x.endsWith(' s')) x = x.slice(0, -2);
  return x.replace(/\s+/g, ' ').toLowerCase().trim();
};

type Outcome = 'right' | 'wrong' | 'unknown' | 'not found';
const table = new Map<string, Map<Outcome, number>>();
const decidedBy = new Map<string, number>();
const count = (g: string, o: Outcome): void => {
  const row = table.get(g) ?? new Map<Outcome, number>();
  row.set(o, (row.get(o) ?? 0) + 1);
  table.set(g, row);
};

for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const gold = JSON.parse(line) as GoldArticle;
  if (!gold.people) continue;
  const article = analyzeArticle(gold.text);
  const found = new Map<string, { gender: string; by: string | null }>();
  for (const e of article.entities) {
    const f = article.voices.genders.get(e.id);
    if (f) found.set(cleanName(e.name), { gender: f.gender, by: f.decidedBy?.kind ?? null });
  }
  for (const [key, g] of [
    ['peopleFemale', 'female'],
    ['peopleMale', 'male'],
  ] as const) {
    for (const name of gold.people[key] ?? []) {
      const p = found.get(cleanName(name));
      if (!p) count(g, 'not found');
      else if (p.gender === 'unknown') count(g, 'unknown');
      else {
        count(g, p.gender === g ? 'right' : 'wrong');
        const k = `${p.by} ${p.gender === g ? 'right' : 'wrong'}`;
        decidedBy.set(k, (decidedBy.get(k) ?? 0) + 1);
      }
    }
  }
}

console.log('gold gender   found  right  wrong  unknown  (unknown rate of found)   not found');
for (const [g, row] of table) {
  const n = (o: Outcome): number => row.get(o) ?? 0;
  const foundN = n('right') + n('wrong') + n('unknown');
  const rate = foundN ? ((n('unknown') / foundN) * 100).toFixed(1) : '–';
  console.log(
    `${g.padEnd(12)} ${String(foundN).padStart(6)} ${String(n('right')).padStart(6)} ${String(n('wrong')).padStart(6)} ${String(n('unknown')).padStart(8)}  (${rate} %)${' '.repeat(18)}${n('not found')}`,
  );
}
console.log('\ndecided by:', [...decidedBy].map(([k, v]) => `${k} ${v}`).join(', '));
