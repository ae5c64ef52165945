// Builds the three bundles: dist/client.js (the VS Code extension), dist/server.js (the
// language server) and dist/cli.js (the command line), with the web extension's two in
// dist/browser/, and the data they share: dist/data/lexicon.json and its NOTICE. `--dev` keeps
// them readable with source maps; `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [join(root, 'scripts/gen-data.mjs')], { stdio: 'inherit' });
const data = join(root, 'server/src/analysis/data');
mkdirSync(join(root, 'dist/data'), { recursive: true });
copyFileSync(join(data, 'lexicon.generated.json'), join(root, 'dist/data/lexicon.json'));
copyFileSync(join(data, 'NOTICE.generated'), join(root, 'dist/data/NOTICE'));

/**
 * The core imports its data as JSON (so tests under tsx read the file as it is); in a bundle that
 * import becomes a loader of the one shared copy in dist/data, found from the bundle's own place:
 * a file read beside a Node bundle, a synchronous request in the web worker. The worker's own URL
 * is `location`, unless it was started from a bootstrap script (VS Code for the Web starts
 * workers from a blob that imports the bundle): then it is the script's URL in a stack trace.
 */
function sharedData(outfile, platform) {
  const path = relative(dirname(join(root, outfile)), join(root, 'dist/data/lexicon.json'))
    .split('\\')
    .join('/');
  const contents =
    platform === 'node'
      ? String.raw`const { readFileSync } = require('node:fs');
const file = require('node:path').join(__dirname, ${JSON.stringify(path)});
let text;
try { text = readFileSync(file, 'utf8'); } catch (e) { throw new Error('News Annotator cannot read its data file ' + file + ': ' + e.message); }
module.exports = JSON.parse(text);`
      : String.raw`let here = self.location.href;
if (/^(blob|data):/.test(here)) {
  const m = /(?<!blob:)\b((?:https?|file|vscode-[\w-]+):\/\/[^\s()]+?):\d+:\d+/.exec(new Error().stack || '');
  if (m) here = m[1];
}
const url = new URL(${JSON.stringify(path)}, here).href;
const request = new XMLHttpRequest();
request.open('GET', url, false);
request.send();
if (request.status !== 200 && request.status !== 0) throw new Error('News Annotator cannot load its data file ' + url + ': ' + request.status);
module.exports = JSON.parse(request.responseText);`;
  return {
    name: 'shared-data',
    setup(b) {
      b.onResolve({ filter: /[\\/]data[\\/]lexicon\.generated\.json$/ }, () => ({
        path: 'lexicon',
        namespace: 'shared-data',
      }));
      b.onLoad({ filter: /.*/, namespace: 'shared-data' }, () => ({ contents, loader: 'js' }));
    },
  };
}

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
  {
    ...common,
    entryPoints: ['server/src/node/main.ts'],
    outfile: 'dist/server.js',
    plugins: [sharedData('dist/server.js', 'node')],
  },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [sharedData('dist/cli.js', 'node')],
  },
  // The web extension's server runs in a web worker: no Node APIs may reach this bundle.
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['server/src/browser/main.ts'],
    outfile: 'dist/browser/server.js',
    plugins: [sharedData('dist/browser/server.js', 'browser')],
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
