// Measures section finding, as issue 4 asks:
//  - headed: the seed article's section titles are found, and its lead is no section;
//  - inferred, the classic way (Choi 2000): articles joined in groups of four, headline lines
//    dropped; a boundary found within one paragraph of a join counts;
//  - the seed article with its heading lines removed: how many section starts are found again.
// PolNeAR dev is the measure the issue sets; train (ten times larger) is where the segmenter's
// weights were fitted, and shows how well its figures hold on more text.
// Usage: npm run eval:sections [-- --corpus FILE.jsonl ...] [--show]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';

const root = join(__dirname, '..');
const evalDir = join(root, '..', 'shared', 'eval', 'corpora');
const args = process.argv.slice(2);
const show = args.includes('--show');
const corpora = args.filter((_, i) => args[i - 1] === '--corpus');
if (corpora.length === 0) corpora.push(join(evalDir, 'polnear-dev.jsonl'), join(evalDir, 'polnear-train.jsonl'));

interface Doc { id: string; text: string; sections?: string[] }
const read = (file: string): Doc[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** One-to-one matches of predicted to gold boundaries (paragraph indexes) within `tolerance`. */
function matches(gold: number[], pred: number[], tolerance: number): number {
  const used = new Set<number>();
  let hits = 0;
  for (const g of gold) {
    let best = -1;
    for (const p of pred) if (!used.has(p) && Math.abs(p - g) <= tolerance && (best < 0 || Math.abs(p - g) < Math.abs(best - g))) best = p;
    if (best >= 0) { used.add(best); hits++; }
  }
  return hits;
}

function paragraphOf(paragraphs: readonly { start: number }[], offset: number): number {
  const i = paragraphs.findIndex((p) => p.start >= offset);
  return i < 0 ? paragraphs.length : i;
}

function choi(file: string): void {
  const docs = read(file);
  let gold = 0;
  let pred = 0;
  let hit = 0;
  for (let i = 0; i + 4 <= docs.length; i += 4) {
    const parts = docs.slice(i, i + 4).map((d) => d.text.slice(d.text.indexOf('\n') + 1).trim());
    const starts: number[] = [];
    let text = '';
    for (const p of parts) {
      if (text) text += '\n\n';
      starts.push(text.length);
      text += p;
    }
    const a = analyzeArticle(text);
    const g = starts.slice(1).map((s) => paragraphOf(a.paragraphs, s));
    const p = a.sections.slice(1).map((s) => s.firstParagraph);
    const h = matches(g, p, 1);
    gold += g.length;
    pred += p.length;
    hit += h;
    if (show) console.log(`group ${i / 4}: gold ${g.join(',')} · found ${p.join(',')} · ${h}/${g.length} of ${a.paragraphs.length} paragraphs`);
  }
  const P = pred ? hit / pred : 0;
  const R = gold ? hit / gold : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  console.log(`joined articles (${file.split('/').pop()}, groups of 4): boundaries ${gold}, found ${pred}, right ${hit} · P ${pct(P)} · R ${pct(R)} · F1 ${pct(F)}`);
}

function seed(): void {
  for (const d of read(join(evalDir, 'seed.jsonl'))) {
    if (!d.sections) continue;
    const a = analyzeArticle(d.text);
    const titles = a.sections.map((s) => s.title);
    const found = d.sections.filter((t) => titles.includes(t)).length;
    console.log(`headed (${d.id}): section titles ${found}/${d.sections.length} · lead is ${a.sections[0]?.title === null ? 'the lead' : `taken for "${a.sections[0]?.title}"`}`);
    // Without its heading lines: where the text after each heading starts.
    const lines = d.text.split('\n');
    const kept: string[] = [];
    const marks: number[] = [];
    let offset = 0;
    for (const line of lines) {
      if (d.sections.includes(line.trim())) { marks.push(offset); continue; }
      kept.push(line);
      offset += line.length + 1;
    }
    const text = kept.join('\n');
    const b = analyzeArticle(text);
    const g = marks.map((m) => paragraphOf(b.paragraphs, m));
    const p = b.sections.slice(1).map((s) => s.firstParagraph);
    console.log(`without headings: section starts found ${matches(g, p, 1)}/${g.length} (gold ${g.join(',')}; found ${p.join(',')})`);
    for (const s of b.sections) console.log(`  ¶${s.firstParagraph} ${s.title ?? 'Lead'}${s.inferred ? ' (inferred)' : ''} — ${s.topics.join(' · ')}`);
  }
}

seed();
for (const c of corpora) choi(c);
