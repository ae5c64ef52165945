// Workspace symbols over LSP, reading article files through the injected file system: an
// in-memory one (as a browser build would supply) and the Node one on a real folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { nodeFileSystem } from '../../server/src/node/fileSystem';
import type { ArticleFileSystem } from '../../server/src/workspaceFiles';
import { Client, textAt } from './harness';

const SUMMIT =
  'Leaders Meet in Paris\n\nRussian President Vladimir Putin met French President Emmanuel Macron on Thursday.\n\n"We talked for three hours," Putin told reporters.\n\nEnergy\n\n"Gas prices must fall," Macron said.';
const MOSCOW = 'Vladimir Putin opened the forum in Moscow.\n\nTrade\n\n"Our exports grew," Putin said.';
const HARBOUR = 'Mayor Ana Ruiz opened the new pier.\n\n"It took ten years," Ruiz said.';

/** Files in memory, with modification times the test moves by hand. */
class MemoryFiles implements ArticleFileSystem {
  readonly files = new Map<string, { text: string; mtime: number }>();
  reads = 0;

  write(uri: string, text: string, mtime = 1): void {
    this.files.set(uri, { text, mtime });
  }

  listFiles(folder: string, extensions: readonly string[]): Promise<string[]> {
    return Promise.resolve(
      [...this.files.keys()]
        .filter((u) => u.startsWith(`${folder}/`) && extensions.some((x) => u.toLowerCase().endsWith(x)))
        .sort(),
    );
  }

  stat(uri: string): Promise<{ mtime: number; size: number } | null> {
    const f = this.files.get(uri);
    return Promise.resolve(f ? { mtime: f.mtime, size: Buffer.byteLength(f.text) } : null);
  }

  readFile(uri: string): Promise<string | null> {
    this.reads++;
    return Promise.resolve(this.files.get(uri)?.text ?? null);
  }
}

const query = (client: Client, q: string) => client.request<WorkspaceSymbol[]>('workspace/symbol', { query: q });
const where = (symbols: WorkspaceSymbol[], name: string) =>
  symbols
    .filter((s) => s.name === name)
    .map((s) => s.location.uri)
    .sort();

describe('workspace symbols (in-memory files)', () => {
  let client: Client;
  const fs = new MemoryFiles();

  before(async () => {
    fs.write('file:///ws/summit.news', SUMMIT);
    fs.write('file:///ws/2024/moscow.article', MOSCOW);
    fs.write('file:///ws/harbour.txt', HARBOUR);
    fs.write('file:///elsewhere/other.news', MOSCOW);
    client = await Client.start({ deps: { fileSystem: fs }, folders: ['file:///ws'] });
  });
  after(() => client.dispose());

  it('finds speakers and sections across the workspace’s article files', async () => {
    const all = await query(client, '');
    assert.deepEqual(where(all, 'Vladimir Putin'), ['file:///ws/2024/moscow.article', 'file:///ws/summit.news']);
    assert.deepEqual(where(all, 'Energy'), ['file:///ws/summit.news']);
    assert.deepEqual(where(all, 'Ana Ruiz'), [], '.txt files are not articles by default');
    const putin = all.find((s) => s.name === 'Vladimir Putin' && s.location.uri.endsWith('summit.news'))!;
    assert.equal(putin.kind, SymbolKind.Constant);
    assert.equal(putin.containerName, 'Russian President · 1 quote · summit.news');
    assert.ok('range' in putin.location);
    assert.equal(textAt(SUMMIT, putin.location.range), 'Vladimir Putin');
    assert.equal(all.find((s) => s.name === 'Trade')?.kind, SymbolKind.Namespace);
  });

  it('filters by the query’s letters in order, ignoring case', async () => {
    const found = await query(client, 'vput');
    assert.deepEqual([...new Set(found.map((s) => s.name))], ['Vladimir Putin']);
    assert.deepEqual(await query(client, 'nobody here'), []);
  });

  it('reads a file again only when it changed, and drops deleted files', async () => {
    const before = fs.reads;
    await query(client, 'putin');
    assert.equal(fs.reads, before, 'unchanged files come from the cache');
    fs.write('file:///ws/2024/moscow.article', MOSCOW.replace('Vladimir Putin', 'Prime Minister Mikhail Mishustin'), 2);
    const after = await query(client, '');
    assert.equal(fs.reads, before + 1);
    assert.deepEqual(where(after, 'Mikhail Mishustin'), ['file:///ws/2024/moscow.article']);
    fs.files.delete('file:///ws/2024/moscow.article');
    assert.deepEqual(where(await query(client, 'mishustin'), 'Mikhail Mishustin'), []);
  });

  it('prefers an open document’s text to the file on disk', async () => {
    const doc = await client.open('file:///ws/summit.news', SUMMIT.replace('Energy', 'Energy Prices'));
    const found = await query(client, 'energy');
    assert.deepEqual(
      found.map((s) => s.name),
      ['Energy Prices'],
    );
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
  });

  it('reads the file endings the settings name, and skips files over the size limit', async () => {
    await client.configure({ workspaceSymbols: { fileExtensions: ['.txt', 'news'] } });
    const found = await query(client, '');
    assert.deepEqual(where(found, 'Ana Ruiz'), ['file:///ws/harbour.txt']);
    assert.deepEqual(where(found, 'Vladimir Putin'), ['file:///ws/summit.news']);
    await client.configure({ maxFileSize: 0.0001 });
    assert.deepEqual(await query(client, ''), []);
    await client.configure({});
  });
});

describe('workspace symbols (a file name that is not valid percent-encoding)', () => {
  it('labels it by its raw name instead of failing the request', async () => {
    const fs = new MemoryFiles();
    // "%E0%A4%A" cuts a three-byte sequence short: decodeURIComponent throws on it.
    fs.write('file:///ws/a%E0%A4%A.news', HARBOUR);
    const client = await Client.start({ deps: { fileSystem: fs }, folders: ['file:///ws'] });
    try {
      const ruiz = (await query(client, 'ruiz')).find((s) => s.name === 'Ana Ruiz');
      assert.equal(ruiz?.containerName, 'Mayor · 1 quote · a%E0%A4%A.news');
    } finally {
      client.dispose();
    }
  });
});

describe('workspace symbols (Node file system)', () => {
  let dir: string;
  const logged: string[] = [];
  const fs = nodeFileSystem((m) => logged.push(m));

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-ws-'));
    mkdirSync(join(dir, 'desk'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'summit.news'), SUMMIT);
    writeFileSync(
      join(dir, 'desk', 'moscow.ARTICLE'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MOSCOW, 'utf16le')]),
    );
    writeFileSync(join(dir, 'desk', 'photo.news'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, '.git', 'hidden.news'), MOSCOW);
    writeFileSync(join(dir, 'node_modules', 'dep.news'), MOSCOW);
    writeFileSync(join(dir, 'notes.txt'), HARBOUR);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists article files, leaving out hidden and dependency folders', async () => {
    const uris = await fs.listFiles(pathToFileURL(dir).href, ['.news', '.article'], () => false);
    assert.deepEqual(
      uris.map((u) => u.slice(pathToFileURL(dir).href.length)),
      ['/desk/moscow.ARTICLE', '/desk/photo.news', '/summit.news'],
    );
  });

  it('decodes UTF-16 with a byte-order mark, and refuses binary files with a reason', async () => {
    assert.equal(await fs.readFile(pathToFileURL(join(dir, 'desk', 'moscow.ARTICLE')).href), MOSCOW);
    assert.equal(await fs.readFile(pathToFileURL(join(dir, 'desk', 'photo.news')).href), null);
    assert.match(logged.join('\n'), /photo\.news for workspace symbols: binary file/);
    assert.equal(await fs.stat(pathToFileURL(join(dir, 'missing.news')).href), null);
  });

  it('serves workspace symbols from the folder through the server', async () => {
    const client = await Client.start({ deps: { fileSystem: fs }, folders: [pathToFileURL(dir).href] });
    try {
      const found = await query(client, 'putin');
      assert.deepEqual(
        where(found, 'Vladimir Putin').map((u) => u.slice(u.lastIndexOf('/') + 1)),
        ['moscow.ARTICLE', 'summit.news'],
      );
    } finally {
      client.dispose();
    }
  });
});
