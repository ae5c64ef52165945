// Drives the real, built language server (dist/server.js --stdio) from a client that is not
// VS Code: initialize, open the sample, ask for document symbols and hovers.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  createProtocolConnection,
  type DocumentSymbol,
  DocumentSymbolRequest,
  type Hover,
  HoverRequest,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { type MemoryParams, type MemoryResult, MemoryRequestMethod } from '../../common/protocol';

const root = join(__dirname, '..', '..');
const sample = readFileSync(join(root, 'samples', 'press-conference.news'), 'utf8');
const uri = 'file:///tmp/press-conference.news';

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('language server over stdio', () => {
  let proc: ChildProcess;
  let conn: ProtocolConnection;
  let init: InitializeResult;
  let pushed: Promise<PublishDiagnosticsParams>;

  before(async () => {
    proc = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    pushed = new Promise((resolve) =>
      conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    conn.listen();
    init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news', version: 1, text: sample },
    });
  });

  after(() => {
    conn.dispose();
    proc.kill();
  });

  it('announces incremental sync and its editor features', () => {
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.semanticTokensProvider?.full, { delta: true });
    // No prepareRename for a client that did not say it supports it.
    assert.equal(caps.renameProvider, true);
    // This client cannot pull diagnostics: the server pushes them instead of announcing a provider.
    assert.equal(caps.diagnosticProvider, undefined);
    assert.equal(init.serverInfo?.name, 'news-annotator');
  });

  it('lists the lead and the five sections as document symbols', async () => {
    const symbols = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'Lead',
        "Russia's 'Role of Strong Leader' in International Relations",
        'Normandy Format to Settle Conflict in Donbass',
        'Iran Nuclear Deal Must Be Preserved',
        'Peace Process on Korean Peninsula Must Continue',
        'Russia Should Have Access to MH17 Investigation',
      ],
    );
    const heading = symbols[3];
    assert.deepEqual(
      heading.selectionRange.start,
      positionOf(sample, sample.indexOf('Iran Nuclear Deal Must Be Preserved')),
    );
    const quotes = symbols.flatMap((s) => s.children ?? []);
    assert.equal(quotes.length, 23);
    assert.match(quotes[0].name, /^Emmanuel Macron: “I believe/);
  });

  it('names the speaker when hovering a quote', async () => {
    const at = sample.indexOf('I can tell you about cyberattacks');
    const h = (await conn.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(sample, at + 10),
    })) as Hover;
    const value = (h.contents as { value: string }).value;
    assert.match(value, /\*\*Vladimir Putin\*\* · Russian President/);
    assert.match(value, /cue \*\*told\*\*/);
    const h2 = (await conn.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(sample, sample.indexOf('win trust') + 2),
    })) as Hover;
    assert.match((h2.contents as { value: string }).value, /\*\*Emmanuel Macron\*\*/);
  });

  it('pushes diagnostics to a client that cannot pull them', async () => {
    const p = await pushed;
    assert.equal(p.version, 1);
    const misspelt = p.diagnostics.find((d) => d.code === 'misspelt-name');
    assert.ok(misspelt);
    assert.deepEqual(misspelt.range.start, positionOf(sample, sample.indexOf('Emanuel Macron')));
  });

  it('reports the heap its server thread and analysis worker use, and that it could not collect without --expose-gc', async () => {
    const m = await conn.sendRequest<MemoryResult>(MemoryRequestMethod, { gc: true } satisfies MemoryParams);
    assert.equal(m.collected, false);
    assert.ok(m.serverHeapUsed > 1_000_000, `server heap ${m.serverHeapUsed}`);
    // The sample was analysed (the hover above), so its worker runs.
    assert.ok(m.workerHeapUsed !== null && m.workerHeapUsed > 1_000_000, `worker heap ${m.workerHeapUsed}`);
  });

  it('answers no hover outside quotes', async () => {
    const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(h, null);
  });

  it('follows incremental edits', async () => {
    const line = sample.split('\n').length;
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          text: '\nTrade Talks Resume\n"We are close to a deal," Commerce Minister Lea Fontaine said.',
        },
      ],
    });
    const symbols = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols[symbols.length - 1].name, 'Trade Talks Resume');
    const h = (await conn.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: line + 1, character: 5 },
    })) as Hover;
    assert.match((h.contents as { value: string }).value, /\*\*Lea Fontaine\*\* · Commerce Minister/);
  });
});
