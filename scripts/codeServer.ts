// A real VS Code (code-server, from npm) for `npm run editor` and `npm run test:e2e`, installed into
// the git-ignored `.vscode-test/` cache from the npm registry and Debian's archive only (the README's
// "Try it in a real VS Code" says why each step is there).
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(__dirname, '..');
export const cacheDir = join(root, '.vscode-test');
/** The newest code-server that runs on Node 20 (4.103 and later need Node 22). */
export const CODE_SERVER_VERSION = '4.100.3';
const installDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
const codeServerBin = join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Debian packages code-server's install needs: headers for its native modules, a compiler, and the ripgrep it searches with. */
const BUILD_PACKAGES = ['libkrb5-dev', 'libsecret-1-dev', 'ripgrep', 'g++', 'make', 'python3'];

/** code-server's dependencies whose install scripts must run (native modules, ripgrep); all others stay blocked. */
const TOP_SCRIPTS = { argon2: true, 'code-server': false } as const;
const VSCODE_SCRIPTS = [
  '@parcel/watcher',
  '@vscode/deviceid',
  '@vscode/ripgrep',
  '@vscode/spdlog',
  'kerberos',
  'native-watchdog',
  'node-pty',
];
/** Windows-only modules: their install scripts build nothing on Linux. */
const VSCODE_DENIED = ['@vscode/windows-ca-certs', '@vscode/windows-process-tree', '@vscode/windows-registry'];

export function log(message: string): void {
  process.stderr.write(`[editor] ${message}\n`);
}

/** Debian's Chromium (installed if missing, as for code-server), or the browser CHROMIUM_PATH names. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH;
  if (path) {
    if (!existsSync(path)) throw new Error(`CHROMIUM_PATH names ${path}, which does not exist.`);
    return path;
  }
  ensureSystemPackages(['chromium']);
  if (!existsSync('/usr/bin/chromium'))
    throw new Error(
      "No Chromium at /usr/bin/chromium: install Debian's chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  return '/usr/bin/chromium';
}

function missingPackages(packages: readonly string[]): string[] {
  return packages.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Installs Debian packages when run as root; otherwise says exactly what to install. */
function ensureSystemPackages(packages: readonly string[]): void {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/dpkg-query')) return;
  const missing = missingPackages(packages);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Missing system packages: ${missing.join(' ')}\nInstall them, then run this again:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing ${missing.join(' ')} with apt-get`);
  run('apt-get', ['update', '-q'], {});
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { DEBIAN_FRONTEND: 'noninteractive' });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): void {
  const r = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${r.error?.message ?? `exit status ${r.status}`})`);
}

/**
 * @vscode/ripgrep downloads rg from GitHub in its install script, after first looking in a cache in
 * the temp folder: a tarball of Debian's rg there stands in for the download.
 */
function seedRipgrepCache(): void {
  const cache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(tarball)) return;
  const rg = '/usr/bin/rg';
  if (!existsSync(rg)) throw new Error('ripgrep is not installed (/usr/bin/rg): apt-get install ripgrep');
  const staging = join(cacheDir, 'rg-staging');
  mkdirSync(staging, { recursive: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(staging, 'rg'), readFileSync(rg), { mode: 0o755 });
  execFileSync('tar', ['czf', tarball, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

function addAllowScripts(packageJson: string, allow: readonly string[], deny: readonly string[]): void {
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
  pkg.allowScripts = Object.fromEntries([...allow.map((n) => [n, true]), ...deny.map((n) => [n, false])]);
  writeFileSync(packageJson, `${JSON.stringify(pkg, null, 2)}\n`);
}

/** The code-server entry script, installed on first use (about two minutes). */
export function ensureCodeServer(): string {
  if (existsSync(join(installDir, '.complete'))) return codeServerBin;
  ensureSystemPackages(BUILD_PACKAGES);
  log(`installing code-server ${CODE_SERVER_VERSION} into ${installDir} (once)`);
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  seedRipgrepCache();
  // npm 11 runs no dependency's install script unless package.json allows it. code-server's own
  // postinstall (which installs VS Code's modules) runs below, after allowing theirs.
  writeFileSync(
    join(installDir, 'package.json'),
    `${JSON.stringify(
      {
        private: true,
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        allowScripts: TOP_SCRIPTS,
      },
      null,
      2,
    )}\n`,
  );
  const npmEnv = {
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], npmEnv, installDir);
  const pkgDir = join(installDir, 'node_modules', 'code-server');
  addAllowScripts(join(pkgDir, 'lib', 'vscode', 'package.json'), VSCODE_SCRIPTS, VSCODE_DENIED);
  addAllowScripts(join(pkgDir, 'lib', 'vscode', 'extensions', 'package.json'), [], []);
  // postinstall.sh checks the Node version in npm's user agent and wants unsafe-perm as root.
  run(
    'sh',
    ['./postinstall.sh'],
    {
      ...npmEnv,
      npm_config_user_agent: `npm node/${process.version} ${process.platform} ${process.arch}`,
      npm_config_unsafe_perm: 'true',
    },
    pkgDir,
  );
  writeFileSync(join(installDir, '.complete'), `${CODE_SERVER_VERSION}\n`);
  return codeServerBin;
}

/** Builds and packages the extension; returns the .vsix path. */
export function packageExtension(): string {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const vsix = join(cacheDir, `${name}-${version}.vsix`);
  mkdirSync(cacheDir, { recursive: true });
  run('npm', ['run', 'package', '--silent', '--', '--out', vsix], {});
  return vsix;
}

export interface Profile {
  /** User data (settings, state) and extensions of this VS Code. */
  readonly dataDir: string;
  readonly extensionsDir: string;
}

/** A VS Code profile with the extension (re)installed; `settings` start a new profile's settings.json, an existing one is kept. */
export function prepareProfile(bin: string, dir: string, vsix: string, settings: Record<string, unknown>): Profile {
  const dataDir = join(dir, 'data');
  const extensionsDir = join(dir, 'extensions');
  mkdirSync(join(dataDir, 'User'), { recursive: true });
  const settingsFile = join(dataDir, 'User', 'settings.json');
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
  const r = spawnSync(
    process.execPath,
    [
      bin,
      '--config',
      join(dir, 'config.yaml'),
      '--user-data-dir',
      dataDir,
      '--extensions-dir',
      extensionsDir,
      '--install-extension',
      vsix,
      '--force',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`code-server could not install ${vsix}:\n${r.stdout}${r.stderr}`);
  return { dataDir, extensionsDir };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningCodeServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything it has printed, for error reports. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts code-server on 127.0.0.1 and resolves once it listens (it says so on stdout), or fails after `timeoutMs`. */
export async function startCodeServer(
  bin: string,
  dir: string,
  profile: Profile,
  folder: string,
  port: number,
  timeoutMs = 120_000,
): Promise<RunningCodeServer> {
  const args = [
    bin,
    '--config',
    join(dir, 'config.yaml'),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    profile.dataDir,
    '--extensions-dir',
    profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    folder,
  ];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => {
      void stop();
      reject(new Error(`code-server did not listen within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('HTTP server listening on')) {
        clearTimeout(deadline);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(deadline);
      reject(new Error(`code-server exited (${code}) before listening:\n${output}`));
    });
    child.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`,
    process: child,
    output: () => output,
    stop,
  };
}
