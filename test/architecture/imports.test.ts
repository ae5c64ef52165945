// The import map, checked: no circles; every import runs down the layers (README, "Project
// layout"); the client reaches the server side only through common/; the analysis core imports
// neither the editor nor Node.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const files = ['common', 'client/src', 'server/src'].flatMap((d) => sources(join(root, d)));
const known = new Set(files);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Each file's imports: repository-relative paths of local files, and the names of packages. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) {
      packages.push(spec);
      continue;
    }
    const base = resolve(dirname(file), spec);
    const target = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => known.has(p));
    if (target) local.push(relative(root, target));
  }
  return { local, packages };
}

const graph = new Map(files.map((f) => [relative(root, f), importsOf(f)]));

/** Layers, lowest first: a file may import its own layer and those below. */
const LAYERS: [string, RegExp][] = [
  ['common', /^common\//],
  ['analysis base (model, lexicon)', /^server\/src\/analysis\/(model\.ts|lexicon\/)/],
  ['analysis/text', /^server\/src\/analysis\/text\//],
  ['analysis/people', /^server\/src\/analysis\/people\//],
  ['analysis/attribution', /^server\/src\/analysis\/attribution\//],
  ['analysis/topics', /^server\/src\/analysis\/topics\//],
  ['analysis/facts', /^server\/src\/analysis\/facts\//],
  ['analysis/incremental', /^server\/src\/analysis\/incremental\//],
  ['analysis (entry)', /^server\/src\/analysis\/[^/]+\.ts$/],
  ['formats', /^server\/src\/formats\//],
  ['settings', /^server\/src\/(settings|workspaceFiles)\.ts$/],
  ['lsp helpers', /^server\/src\/lsp\//],
  ['features', /^server\/src\/features\//],
  ['analyser', /^server\/src\/analyser\.ts$/],
  ['service', /^server\/src\/service\.ts$/],
  ['server', /^server\/src\/server\.ts$/],
  ['entries (node, browser, cli)', /^server\/src\/(node|browser|cli)\//],
  ['client', /^client\/src\//],
];

function layerOf(file: string): number {
  const i = LAYERS.findIndex(([, re]) => re.test(file));
  assert.ok(i >= 0, `${file} belongs to no layer: add it to LAYERS and to the README's project layout`);
  return i;
}

describe('import map', () => {
  it('every import runs down the layers', () => {
    const upward: string[] = [];
    for (const [file, { local }] of graph) {
      for (const target of local) {
        const [a, b] = [layerOf(file), layerOf(target)];
        // The client is the top of its own stack: of the server side it may import common/ only.
        const allowed = LAYERS[a][0] === 'client' ? b === 0 || b === a : b <= a;
        if (!allowed) upward.push(`${file} (${LAYERS[a][0]}) → ${target} (${LAYERS[b][0]})`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('has no circles', () => {
    // Tarjan's strongly connected components: any with more than one file is a circle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    let next = 0;
    const visit = (v: string): void => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v)?.local ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== v);
        if (scc.length > 1) circles.push(scc.sort());
      }
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    assert.deepEqual(circles, []);
  });

  it('keeps the analysis core free of editor and Node APIs, and common/ free of Node outside common/node', () => {
    const bad: string[] = [];
    for (const [file, { packages }] of graph) {
      const core = file.startsWith('server/src/analysis/');
      const shared = file.startsWith('common/') && !file.startsWith('common/node/');
      for (const p of packages) {
        if ((core || shared) && (p.startsWith('node:') || p.startsWith('vscode'))) bad.push(`${file} → ${p}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});
