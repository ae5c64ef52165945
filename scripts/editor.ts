// `npm run editor`: a real VS Code in the browser (code-server) on 127.0.0.1 with the packaged
// extension and the sample article open. Prints the URL; Ctrl+C stops it.
//
// Options: --port N (default 8080, or a free port when 8080 is taken).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  cacheDir,
  ensureCodeServer,
  freePort,
  log,
  packageExtension,
  prepareProfile,
  root,
  startCodeServer,
} from './codeServer';

const SAMPLE = 'press-conference.news';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  const i = process.argv.indexOf('--port');
  if (i >= 0) {
    const port = Number(process.argv[i + 1]);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`--port wants a port number, not ${JSON.stringify(process.argv[i + 1] ?? '')}`);
    return port;
  }
  return (await portIsFree(8080)) ? 8080 : freePort();
}

async function main(): Promise<void> {
  const bin = ensureCodeServer();
  const vsix = packageExtension();
  const dir = join(cacheDir, 'editor');
  // Your edits in this workspace are kept from one run to the next: samples are copied only when missing.
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const f of readdirSync(join(root, 'samples')))
    if (!existsSync(join(workspace, f))) copyFileSync(join(root, 'samples', f), join(workspace, f));
  const profile = prepareProfile(bin, dir, vsix, {
    'workbench.startupEditor': 'none',
    'git.openRepositoryInParentFolders': 'never',
    'security.workspace.trust.enabled': false,
  });
  const port = await choosePort();
  const server = await startCodeServer(bin, dir, profile, workspace, port);
  // The workbench opens the file named in its `payload` parameter.
  const sample = `vscode-remote://127.0.0.1:${port}${join(workspace, SAMPLE)}`;
  const url = `${server.url}&payload=${encodeURIComponent(JSON.stringify([['openFile', sample]]))}`;
  process.stdout.write(`\nNews Annotator in VS Code: ${url}\n\n(workspace ${workspace}; Ctrl+C stops the editor)\n`);
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.process.once('exit', (code) => {
    log(`code-server stopped (${code ?? 'signal'})`);
    process.exit(code ?? 0);
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
