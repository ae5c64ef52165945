// A copy of the analysis core with its topic passes (topicSections.ts) behind a wrapper that
// a benchmark writes, bundled and minified by esbuild as the product is, so that the product
// itself carries no timing or capturing hooks. node_modules is linked into the copy so that
// its imports resolve; `dispose` removes it.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(__dirname, '..');

/**
 * `wrapper` replaces topics/topicSections.ts; it can import the real one from './topicSections.impl'.
 * `entry` is the bundle's entry, with paths relative to the analysis folder ('./article').
 */
export async function instrumentedCore<T>(wrapper: string, entry: string): Promise<{ core: T; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'news-bench-'));
  const analysis = join(dir, 'server', 'src', 'analysis');
  cpSync(join(root, 'server', 'src', 'analysis'), analysis, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  renameSync(join(analysis, 'topics', 'topicSections.ts'), join(analysis, 'topics', 'topicSections.impl.ts'));
  writeFileSync(join(analysis, 'topics', 'topicSections.ts'), wrapper);
  writeFileSync(join(analysis, 'bench-entry.ts'), entry);
  const outfile = join(dir, 'bundle.js');
  await build({
    entryPoints: [join(analysis, 'bench-entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
  });
  const core = createRequire(__filename)(outfile) as T;
  return { core, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
