// Measures inferred section labels where the truth is known: headed articles (the sample and
// bench/headed/*.news, written for this) with their heading lines removed, analysed by a build's
// command line; each inferred section is compared with the real heading of the section it
// overlaps most. Reports how many of the labels' content words are in that heading, and how many
// labels share at least one. `--cli PATH` measures another build (e.g. main's, for a before figure).
// Usage: npm run eval:labels [-- --cli PATH] [--show]  (before: --cli /path/to/main/dist/cli.js)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stemWord from 'wink-porter2-stemmer';
import { analyzeArticle } from '../server/src/analysis/article';
import { isStopword } from '../server/src/analysis/lexicon/names';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? args[cliAt + 1] : join(root, 'dist', 'cli.js');
const show = args.includes('--show');
const files = [
  join(root, 'samples', 'press-conference.news'),
  ...readdirSync(join(root, 'bench', 'headed'))
    .filter((f) => f.endsWith('.news'))
    .map((f) => join(root, 'bench', 'headed', f)),
];

/** Content words as stems: no function words, no numbers. */
function stems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().split(/[^\p{L}\d'’-]+/u)) {
    const bare = w.replace(/^['’-]+|['’-]+$/g, '').replace(/['’]s$/, '');
    if (bare.length < 2 || isStopword(bare) || /^\d/.test(bare)) continue;
    for (const part of bare.split('-')) if (part.length >= 2 && !isStopword(part)) out.add(stemWord(part));
  }
  return out;
}

interface CliSection {
  title: string | null;
  start: number;
  end: number;
  inferred: boolean;
}

const tmp = mkdtempSync(join(tmpdir(), 'labels-'));
let labels = 0;
let sharing = 0;
let words = 0;
let inHeading = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const a = analyzeArticle(text);
  // Markdown headings, where the article has them; otherwise every heading line found.
  const headed = a.sections.filter((s) => s.headingRange);
  const md = headed.filter((s) => text.startsWith('#', s.headingRange!.start));
  const headings = md.length ? md : headed;
  // The text without its heading lines, and where each real section starts in it.
  let stripped = '';
  let at = 0;
  // The lead's heading is the article's headline, if it has one.
  const headline = a.title ? text.slice(a.title.start, a.title.end) : '';
  const real: { title: string; start: number }[] = [{ title: headline, start: 0 }];
  for (const s of headings) {
    const h = s.headingRange!;
    let end = h.end;
    while (end < text.length && /\s/.test(text[end])) end++;
    stripped += text.slice(at, h.start);
    real.push({ title: s.title ?? '', start: stripped.length });
    at = end;
  }
  stripped += text.slice(at);
  const path = join(tmp, 'stripped.news');
  writeFileSync(path, stripped);
  const out = JSON.parse(execFileSync(process.execPath, [cli, 'analyze', '--json', path], { encoding: 'utf8' })) as {
    sections: CliSection[];
  };
  const name = file.split('/').pop();
  for (const s of out.sections.filter((x) => x.inferred)) {
    // The real section it overlaps most.
    let best = real[0];
    let most = -1;
    real.forEach((r, i) => {
      const end = i + 1 < real.length ? real[i + 1].start : stripped.length;
      const overlap = Math.min(end, s.end) - Math.max(r.start, s.start);
      if (overlap > most) {
        most = overlap;
        best = r;
      }
    });
    const label = stems(s.title ?? '');
    const heading = stems(best.title);
    const shared = [...label].filter((w) => heading.has(w));
    labels++;
    words += label.size;
    inHeading += shared.length;
    if (shared.length) sharing++;
    if (show)
      console.log(`${name}: "${s.title}" → "${best.title || '(lead, no headline)'}" · ${shared.length}/${label.size}`);
  }
}
console.log(
  `inferred labels: ${labels}, sharing a content word with the real heading: ${sharing}; label words in the heading: ${inHeading}/${words}`,
);
