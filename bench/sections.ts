// Measures section finding, as issue 4 asks:
//  - headed: the seed article's section titles are found, and its lead is no section;
//  - inferred, the classic way (Choi 2000): articles joined in groups of four, headline lines
//    dropped; a boundary found within one paragraph of a join counts;
//  - the seed article with its heading lines removed: how many section starts are found again.
// PolNeAR dev is the measure the issue sets; train (ten times larger) is where the segmenter's
// weights were fitted, and shows how well its figures hold on more text.
// Usage: npm run eval:sections [-- --corpus FILE.jsonl ...] [--show]
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import { joinedGroups, matches, paragraphOf, prf, readDocs } from './joined';

const root = join(__dirname, '..');
const evalDir = join(root, '..', 'shared', 'eval', 'corpora');
const args = process.argv.slice(2);
const show = args.includes('--show');
const corpora = args.filter((_, i) => args[i - 1] === '--corpus');
if (corpora.length === 0) corpora.push(join(evalDir, 'polnear-dev.jsonl'), join(evalDir, 'polnear-train.jsonl'));

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function choi(file: string): void {
  let gold = 0;
  let pred = 0;
  let hit = 0;
  joinedGroups(readDocs(file)).forEach(({ text, joins }, i) => {
    const a = analyzeArticle(text);
    const g = joins.map((s) => paragraphOf(a.paragraphs, s));
    const p = a.sections.slice(1).map((s) => s.firstParagraph);
    const h = matches(g, p, 1);
    gold += g.length;
    pred += p.length;
    hit += h;
    if (show)
      console.log(
        `group ${i}: gold ${g.join(',')} · found ${p.join(',')} · ${h}/${g.length} of ${a.paragraphs.length} paragraphs`,
      );
  });
  const { p: P, r: R, f: F } = prf(gold, pred, hit);
  console.log(
    `joined articles (${file.split('/').pop()}, groups of 4): boundaries ${gold}, found ${pred}, right ${hit} · P ${pct(P)} · R ${pct(R)} · F1 ${pct(F)}`,
  );
}

function seed(): void {
  for (const d of readDocs(join(evalDir, 'seed.jsonl'))) {
    if (!d.sections) continue;
    const a = analyzeArticle(d.text);
    const titles = a.sections.map((s) => s.title);
    const found = d.sections.filter((t) => titles.includes(t)).length;
    console.log(
      `headed (${d.id}): section titles ${found}/${d.sections.length} · lead is ${a.sections[0]?.title === null ? 'the lead' : `taken for "${a.sections[0]?.title}"`}`,
    );
    // Without its heading lines: where the text after each heading starts.
    const lines = d.text.split('\n');
    const kept: string[] = [];
    const marks: number[] = [];
    let offset = 0;
    for (const line of lines) {
      if (d.sections.includes(line.trim())) {
        marks.push(offset);
        continue;
      }
      kept.push(line);
      offset += line.length + 1;
    }
    const text = kept.join('\n');
    const b = analyzeArticle(text);
    const g = marks.map((m) => paragraphOf(b.paragraphs, m));
    const p = b.sections.slice(1).map((s) => s.firstParagraph);
    console.log(
      `without headings: section starts found ${matches(g, p, 1)}/${g.length} (gold ${g.join(',')}; found ${p.join(',')})`,
    );
    for (const s of b.sections)
      console.log(
        `  ¶${s.firstParagraph} ${s.title ?? 'Lead'}${s.inferred ? ' (inferred)' : ''} — ${s.topics.join(' · ')}`,
      );
  }
}

seed();
for (const c of corpora) choi(c);
