// Abuse of the protocol, against the real, built server (dist/server.js --stdio) through a
// client that writes raw bytes: garbage frames, invalid JSON, messages that are not JSON-RPC,
// unknown methods, missing parameters, documents never opened, positions and edits out of
// range, a storm of edits with requests cancelled as they go, and hostile documents. After
// each, the server must still answer, and its view of each document must be exactly the text
// the edits make (checked against the core's analysis of that text).
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis/article';
import { ArticleRequestMethod, type ArticleResult } from '../../common/protocol';
import { CASES } from '../fuzz/adversarial';
import { ARTICLES } from '../fuzz/articles';

const root = join(__dirname, '..', '..');

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** A client that frames messages itself, so that it can also send what no real client would. */
class RawClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number | string, (m: Message) => void>();
  readonly responses = new Map<number | string, Message[]>();
  readonly logs: string[] = [];
  readonly exited: Promise<number | null>;

  constructor(readonly proc: ChildProcessWithoutNullStreams) {
    proc.stdout.on('data', (d: Buffer) => this.read(d));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  }

  private read(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const m = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (m.method === 'window/logMessage') this.logs.push((m.params as { message: string }).message);
      else if (m.method && m.id !== undefined)
        this.send({ jsonrpc: '2.0', id: m.id, result: null }); // requests to the client
      else if (m.id !== undefined && m.id !== null) {
        this.responses.set(m.id, [...(this.responses.get(m.id) ?? []), m]);
        this.waiting.get(m.id)?.(m);
      }
    }
  }

  write(bytes: string | Buffer): void {
    this.proc.stdin.write(bytes);
  }

  send(m: Message): void {
    this.write(frame(JSON.stringify(m)));
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The response to the request with this id, when it comes. */
  response(id: number | string): Promise<Message> {
    const got = this.responses.get(id);
    if (got) return Promise.resolve(got[0]);
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  /** Sends a request and resolves with its whole response (result or error). */
  request(method: string, params?: unknown): Promise<Message> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return this.response(id);
  }

  /** Sends a request without waiting, cancelling it in the same write when asked: its id, to collect. */
  fire(method: string, params?: unknown, cancel = false): number {
    const id = this.nextId++;
    const request = frame(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    this.write(
      cancel ? request + frame(JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })) : request,
    );
    return id;
  }
}

const NOWHERE = 'file:///never/opened.news';

/** The server answers a simple request: it is alive and reading. */
async function answers(c: RawClient): Promise<void> {
  const r = await c.request('textDocument/hover', {
    textDocument: { uri: NOWHERE },
    position: { line: 0, character: 0 },
  });
  assert.deepEqual(r.result, null);
}

/** The server's quotes for a document are the core's for `text`, range for range. */
async function sameAsCore(c: RawClient, uri: string, text: string): Promise<void> {
  const r = await c.request(ArticleRequestMethod, { uri });
  const got = r.result as ArticleResult;
  const doc = TextDocument.create(uri, 'news', 0, text);
  const want = analyzeArticle(text).quotes.map((q) => ({ start: doc.positionAt(q.start), end: doc.positionAt(q.end) }));
  assert.deepEqual(
    got.quotes.map((q) => q.range),
    want,
  );
}

describe('the language server under protocol abuse', () => {
  let c: RawClient;

  before(async () => {
    const proc = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    c = new RawClient(proc);
    const init = await c.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.ok(init.result);
    c.notify('initialized', {});
  });

  after(() => {
    c.proc.kill();
  });

  it('reads on after frames with broken headers', { timeout: 30_000 }, async () => {
    for (const garbage of [
      'this is not a header\r\n\r\n',
      'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n',
      'Content-Length: twelve\r\n\r\n',
      'Content-Length: -5\r\n\r\n',
    ]) {
      c.write(garbage);
      await answers(c);
    }
  });

  it('reads on after stray bytes that end in no header at all', { timeout: 30_000 }, async () => {
    // Without a blank line, the bytes would swallow the next header, and every one after it.
    c.write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x7b]));
    await answers(c);
    c.write('{"jsonrpc":"2.0","id":1,"method":"initialize"}\n'); // a message without its header
    await answers(c);
    await answers(c);
  });

  it(
    'skips bodies that are not JSON-RPC, and answers requests it cannot serve with an error',
    { timeout: 30_000 },
    async () => {
      for (const body of [
        '{"jsonrpc":"2.0","id":901,"method":',
        '[1,2,3]',
        'null',
        '"text"',
        '{"jsonrpc":"2.0","id":902}',
        '\u00ff\u00fe',
      ]) {
        c.write(frame(body));
      }
      await answers(c);
      assert.equal(c.responses.has(901), false, 'an unparsable request has no id to answer');
      // A request whose parameters are missing gets an error response, not silence and not a crash.
      const noParams = await c.request('textDocument/hover', {});
      assert.ok(noParams.error, JSON.stringify(noParams));
      c.notify('textDocument/didOpen', {});
      c.notify('textDocument/didChange', { textDocument: { uri: 42 } });
      await answers(c);
    },
  );

  it(
    'answers unknown requests with MethodNotFound and ignores unknown notifications',
    { timeout: 30_000 },
    async () => {
      const r = await c.request('newsAnnotator/noSuchThing', { uri: NOWHERE });
      assert.equal(r.error?.code, -32601);
      c.notify('newsAnnotator/noSuchNotification', { x: 1 });
      c.notify('$/noSuchProtocolNotification');
      const dollar = await c.request('$/noSuchProtocolRequest');
      assert.equal(dollar.error?.code, -32601);
      await answers(c);
    },
  );

  it('answers requests for documents never opened with nothing', { timeout: 30_000 }, async () => {
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: NOWHERE }, position: { line: 3, character: 1 } }],
      ['textDocument/documentSymbol', { textDocument: { uri: NOWHERE } }],
      [ArticleRequestMethod, { uri: NOWHERE }],
    ] as const) {
      const r = await c.request(method, params);
      assert.equal(r.error, undefined, method);
      assert.equal(r.result, null, method);
    }
    // Changes and closes for it are dropped without a word.
    c.notify('textDocument/didChange', { textDocument: { uri: NOWHERE, version: 2 }, contentChanges: [{ text: 'x' }] });
    c.notify('textDocument/didClose', { textDocument: { uri: NOWHERE } });
    assert.equal((await c.request(ArticleRequestMethod, { uri: NOWHERE })).result, null);
  });

  it('clamps positions outside the document', { timeout: 30_000 }, async () => {
    const uri = 'file:///tmp/positions.news';
    // A headline first: the first line of an article is its title, whose quotes are not speech.
    const quoted = 'Mayor Ann Cole said: “Go 😀 now.”';
    const text = `Harbour reopens\n\n${quoted}\n\nShe added: “Later.”`;
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
    const emoji = quoted.indexOf('😀');
    for (const position of [
      { line: 1_000_000, character: 0 },
      { line: 2, character: 1_000_000_000 },
      { line: -1, character: -1 },
      { line: 2, character: emoji + 1 }, // between the halves of a surrogate pair
      { line: 0.5, character: 2.5 },
    ]) {
      const r = await c.request('textDocument/hover', { textDocument: { uri }, position });
      assert.equal(r.error, undefined, JSON.stringify(position));
    }
    const mid = await c.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: emoji + 1 },
    });
    assert.match(JSON.stringify(mid.result), /Ann Cole/, 'inside the quote, even between surrogate halves');
    await sameAsCore(c, uri, text);
  });

  it(
    'applies edits outside the document or reversed exactly as the text document does',
    { timeout: 30_000 },
    async () => {
      const uri = 'file:///tmp/edits.news';
      const mirror = TextDocument.create(uri, 'news', 1, ARTICLES[0]);
      c.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'news', version: 1, text: mirror.getText() },
      });
      const edits = [
        {
          range: { start: { line: 9_999, character: 0 }, end: { line: 9_999, character: 5 } },
          text: '\n\n“Appended past the end,” she said.',
        },
        { range: { start: { line: 2, character: 40 }, end: { line: 2, character: 3 } }, text: '' }, // reversed
        {
          range: { start: { line: -4, character: -1 }, end: { line: 0, character: 0 } },
          text: '“Before,” he said.\n\n',
        },
        { range: { start: { line: 0, character: 500 }, end: { line: 1, character: 0 } }, text: '\r\n' }, // past the line's end
        { text: `${mirror.getText()}\n\nWhole-text replacement, “quoted,” Mayor Ann Cole said.` },
      ];
      let version = 1;
      for (const change of edits) {
        version++;
        const applied = 'range' in change ? change : { text: change.text };
        TextDocument.update(mirror, [applied], version);
        c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [applied] });
        await sameAsCore(c, uri, mirror.getText());
      }
    },
  );

  it('takes a second open of a document as its new text, and forgets it when closed', { timeout: 30_000 }, async () => {
    const uri = 'file:///tmp/reopened.news';
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 5, text: ARTICLES[1] } });
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: ARTICLES[2] } });
    await sameAsCore(c, uri, ARTICLES[2]);
    c.notify('textDocument/didClose', { textDocument: { uri } });
    assert.equal((await c.request(ArticleRequestMethod, { uri })).result, null);
  });

  it(
    'survives a storm of edits with requests cancelled on the way, and ends on the right text',
    { timeout: 60_000 },
    async () => {
      const uri = 'file:///tmp/storm.news';
      const mirror = TextDocument.create(uri, 'news', 1, ARTICLES[4]);
      c.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'news', version: 1, text: mirror.getText() },
      });
      const typed = '\n\n“We will not back down,” Gov. Maria Hassan told reporters. “Not now. Not ever.” 👍\n\n';
      const ids: number[] = [];
      let version = 1;
      let seed = 7;
      const next = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed % n;
      };
      for (let i = 0; i < 400; i++) {
        version++;
        const len = mirror.getText().length;
        // Mostly typing at the end, sometimes deleting or pasting somewhere in the middle.
        const at = i % 5 === 4 ? next(len) : len;
        const change =
          i % 7 === 6
            ? {
                range: { start: mirror.positionAt(at), end: mirror.positionAt(Math.min(len, at + next(20))) },
                text: '',
              }
            : { range: { start: mirror.positionAt(at), end: mirror.positionAt(at) }, text: typed[i % typed.length] };
        TextDocument.update(mirror, [change], version);
        c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        // Every third request is cancelled as it is sent, before the server can have started on it.
        const cancel = i % 3 === 0;
        ids.push(
          i % 2 === 0
            ? c.fire(
                'textDocument/hover',
                { textDocument: { uri }, position: mirror.positionAt(next(mirror.getText().length)) },
                cancel,
              )
            : c.fire('textDocument/documentSymbol', { textDocument: { uri } }, cancel),
        );
      }
      const answered = await Promise.all(ids.map((id) => c.response(id)));
      for (const r of answered) {
        // RequestCancelled, or ContentModified for a request an edit overtook (the server no longer
        // answers one version's positions with another version's text).
        assert.ok(
          r.error === undefined || r.error.code === -32800 || r.error.code === -32801,
          `a result, RequestCancelled or ContentModified: ${JSON.stringify(r.error)}`,
        );
        assert.equal(c.responses.get(r.id as number)?.length, 1, 'one response per request');
      }
      await sameAsCore(c, uri, mirror.getText());
    },
  );

  it('analyses hostile documents with the same spans as the core', { timeout: 120_000 }, async () => {
    for (const [i, k] of CASES.entries()) {
      const uri = `file:///tmp/hostile-${i}.news`;
      const text = k.make(k.mb === 0 ? 0 : 24 * 1024);
      c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
      await sameAsCore(c, uri, text);
      const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols.error, undefined, k.name);
      c.notify('textDocument/didClose', { textDocument: { uri } });
    }
  });

  it('logged no failure of its own along the way', () => {
    // The only errors logged are about the malformed messages this test sent.
    const own = c.logs.filter(
      (l) =>
        !/neither a response nor a notification|empty message|didOpen' failed|didChange' failed|Header must provide|Content-Length value|separate key and value|Unexpected (token|end)|JSON|not valid/i.test(
          l,
        ),
    );
    assert.deepEqual(own, []);
  });

  it('exits cleanly on shutdown and exit', { timeout: 30_000 }, async () => {
    const r = await c.request('shutdown');
    assert.equal(r.error, undefined);
    c.notify('exit');
    assert.equal(await c.exited, 0);
  });
});
