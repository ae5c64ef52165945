// Builds the three bundles: dist/client.js (the VS Code extension), dist/server.js (the
// language server) and dist/cli.js (the command line). `--dev` keeps them readable with
// source maps; `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [join(root, 'scripts/gen-data.mjs')], { stdio: 'inherit' });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { VERSION: JSON.stringify(version) },
};

const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The web extension's server runs in a web worker: no Node APIs may reach this bundle.
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['server/src/browser/main.ts'],
    outfile: 'dist/browser/server.js',
  },
  {
    ...common,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    entryPoints: ['client/src/browser.ts'],
    outfile: 'dist/browser/client.js',
    external: ['vscode'],
  },
];

if (watch) {
  for (const b of bundles) await (await context(b)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(bundles.map((b) => build(b)));
  chmodSync(join(root, 'dist/cli.js'), 0o755);
}
