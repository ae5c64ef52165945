// Compares the JSON contract of two builds of the CLI on the same articles and lists every
// difference: what a refactoring must not change (or, where it means to, exactly what it changes).
//
//   node --import tsx bench/compare-json.ts --base OTHER/dist/cli.js [--cli dist/cli.js] [--ignore-new] [CORPUS.jsonl…]
//
// Without corpora: the shared seed, PolNeAR dev and train. Prints one line per difference
// (article, JSON path, before → after), grouped and counted by path with the numbers stripped,
// and exits 1 when any is found.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(__dirname, '..');
const shared = join(root, '..', 'shared', 'eval', 'corpora');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string' },
    cli: { type: 'string', default: join(root, 'dist', 'cli.js') },
    'ignore-new': { type: 'boolean', default: false },
    show: { type: 'string', default: '40' },
  },
});
if (!values.base) {
  console.error(
    'usage: compare-json.ts --base OTHER/dist/cli.js [--cli dist/cli.js] [--ignore-new] [--show N] [CORPUS.jsonl…]',
  );
  process.exit(2);
}
const corpora = positionals.length
  ? positionals
  : ['seed', 'polnear-dev', 'polnear-train'].map((c) => join(shared, `${c}.jsonl`)).filter(existsSync);

function run(cli: string, files: string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  // In batches: a command line holds only so many paths.
  for (let i = 0; i < files.length; i += 200) {
    const r = spawnSync(process.execPath, [cli, 'analyze', '--json', ...files.slice(i, i + 200)], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error(`${cli} failed: ${r.stderr}`);
    for (const line of r.stdout.split('\n')) {
      if (!line) continue;
      const o = JSON.parse(line) as { file: string };
      out.set(o.file, o);
    }
  }
  return out;
}

/** Every difference between two JSON values, as [path, before, after]. */
function diff(a: unknown, b: unknown, path: string, out: [string, unknown, unknown][], ignoreNew: boolean): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diff(a[i], b[i], `${path}[${i}]`, out, ignoreNew);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      if (ignoreNew && !(k in ao)) continue;
      diff(ao[k], bo[k], `${path}.${k}`, out, ignoreNew);
    }
    return;
  }
  out.push([path, a, b]);
}

const show = Number(values.show);
let total = 0;
const byPath = new Map<string, number>();
const dir = mkdtempSync(join(tmpdir(), 'news-compare-'));
try {
  for (const corpus of corpora) {
    const articles = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id?: string; text: string });
    const files = articles.map((a, i) => {
      const f = join(dir, `${corpus.replace(/^.*\//, '').replace(/\.jsonl$/, '')}-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(f, a.text);
      return f;
    });
    const before = run(values.base, files);
    const after = run(values.cli, files);
    let n = 0;
    files.forEach((f, i) => {
      const found: [string, unknown, unknown][] = [];
      diff(before.get(f), after.get(f), '', found, values['ignore-new']);
      for (const [path, x, y] of found) {
        n++;
        const generic = path.replace(/\[\d+\]/g, '[]');
        byPath.set(generic, (byPath.get(generic) ?? 0) + 1);
        if (n <= show) console.log(`${articles[i].id ?? i}${path}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
      }
    });
    console.log(`${corpus.replace(/^.*\//, '')}: ${articles.length} articles, ${n} differences`);
    total += n;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const [path, n] of [...byPath].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${path}`);
process.exit(total ? 1 : 0);
