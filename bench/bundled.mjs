// Runs a TypeScript entry (a benchmark or the fuzzer) as an esbuild bundle, the way the
// product ships, so what is measured is the code users run and not a transpiler's loader:
// `node bench/bundled.mjs ENTRY.ts [ARGS…]`. The bundle goes to dist/bench/, next to the
// product's own bundles (two folders below the root, so the entry's relative paths hold). Not
// minified, so profiles and stack traces read; no keepNames either: its wrapper on every closure
// made the core 4–7 % slower (400 PolNeAR train articles, the two bundles alternately).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node bench/bundled.mjs ENTRY.ts [ARGS…]');
  process.exit(2);
}
const outfile = join(root, 'dist', 'bench', `${basename(entry).replace(/\.ts$/, '')}.js`);
await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  external: ['esbuild'],
});
const r = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
