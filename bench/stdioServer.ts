// The built language server (dist/server.js) over stdio, as an editor runs it, for the benchmarks
// that measure it from outside: a client with VS Code's relevant capabilities and settings, and
// the server process's memory and main-thread CPU time from /proc (Linux; NaN elsewhere).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const root = join(__dirname, '..');

export interface StdioServer {
  readonly conn: ProtocolConnection;
  readonly pid: number;
  /** Messages the server showed the user (window/showMessage). */
  readonly messages: string[];
  /** Resident memory of the server process (all its threads), in MB. */
  rssMB(): number;
  /** Main-thread CPU time of the server in ms. */
  cpuMs(): number;
  stop(): void;
}

/** Main-thread CPU time of a Linux process in ms (its first thread runs the JavaScript), or NaN elsewhere. */
export function threadCpuMs(pid: number): number {
  const f = `/proc/${pid}/task/${pid}/schedstat`;
  return existsSync(f) ? Number(readFileSync(f, 'utf8').split(' ')[0]) / 1e6 : NaN;
}

export function memoryMB(pid: number): { rss: number; peak: number } {
  const f = `/proc/${pid}/status`;
  if (!existsSync(f)) return { rss: NaN, peak: NaN };
  const status = readFileSync(f, 'utf8');
  const kb = (key: string): number =>
    Number(/\d+/.exec(status.split('\n').find((l) => l.startsWith(key)) ?? '')?.[0] ?? NaN);
  return { rss: kb('VmRSS:') / 1024, peak: kb('VmHWM:') / 1024 };
}

/**
 * Starts dist/server.js (or another build's `server`) with --stdio and initializes it with
 * `settings` as its newsAnnotator section; `nodeArgs` go to Node before the script (--expose-gc).
 */
export async function startStdioServer(
  settings: Record<string, unknown>,
  server = join(root, 'dist', 'server.js'),
  nodeArgs: readonly string[] = [],
): Promise<StdioServer> {
  if (!existsSync(server)) throw new Error(`${server} is missing: run npm run build first`);
  const proc: ChildProcess = spawn(process.execPath, [...nodeArgs, server, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const pid = proc.pid!;
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const messages: string[] = [];
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification('window/showMessage', (p: { message: string }) => {
    messages.push(p.message);
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: {
        configuration: true,
        semanticTokens: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
        diagnostics: { refreshSupport: true },
      },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        semanticTokens: {
          requests: { full: { delta: true }, range: true },
          tokenTypes: [],
          tokenModifiers: [],
          formats: ['relative'],
        },
      },
    },
  });
  await conn.sendNotification('initialized', {});
  return {
    conn,
    pid,
    messages,
    rssMB: () => memoryMB(pid).rss,
    cpuMs: () => threadCpuMs(pid),
    stop() {
      conn.dispose();
      proc.kill();
    },
  };
}
