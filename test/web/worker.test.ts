// The web extension's language server, as vscode.dev runs it: the built worker bundle in headless
// Chromium, spoken to over postMessage, answering a hover with the quote's speaker. The bundle
// loads its data (dist/data/lexicon.json) from beside itself, whether the worker is started from
// the bundle's URL or, as VS Code for the Web starts it, from a blob that imports the bundle.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium } from 'playwright-core';

const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist', 'browser', 'server.js');
const data = join(root, 'dist', 'data', 'lexicon.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sample = readFileSync(join(root, 'samples', 'press-conference.news'), 'utf8');

const PAGE = `<!doctype html><meta charset="utf-8"><title>worker</title><script>
window.lsp = (text, position, bootstrap) => new Promise((resolve, reject) => {
  const script = new URL('/browser/server.js', location.href).href;
  const worker = new Worker(bootstrap
    ? URL.createObjectURL(new Blob(['importScripts(' + JSON.stringify(script) + ')'], { type: 'text/javascript' }))
    : script);
  const pending = new Map();
  let next = 1;
  worker.onerror = (e) => reject(new Error(e.message));
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.id !== undefined && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
    else if (m.id !== undefined && m.method) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null }); // server-to-client requests
  };
  const request = (method, params) => new Promise((r) => { const id = next++; pending.set(id, r); worker.postMessage({ jsonrpc: '2.0', id, method, params }); });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  (async () => {
    const init = await request('initialize', { processId: null, rootUri: null, capabilities: {} });
    notify('initialized', {});
    notify('textDocument/didOpen', { textDocument: { uri: 'file:///sample.news', languageId: 'news', version: 1, text } });
    const hover = await request('textDocument/hover', { textDocument: { uri: 'file:///sample.news' }, position });
    worker.terminate();
    resolve({ name: init.result.serverInfo.name, hover: hover.result });
  })().catch(reject);
});
</script>`;

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe(
  'the language server in a web worker',
  { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` },
  () => {
    let server: Server;
    let browser: Browser;
    let base: string;

    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/browser/server.js') {
          res.writeHead(200, { 'content-type': 'text/javascript' });
          res.end(readFileSync(bundle));
        } else if (req.url === '/data/lexicon.json') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(readFileSync(data));
        } else {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(PAGE);
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    });

    after(async () => {
      await browser?.close();
      server?.close();
    });

    for (const bootstrap of [false, true]) {
      it(`answers a hover on a quote with its speaker (${bootstrap ? 'started from a blob' : 'started from its URL'})`, async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(base);
        const at = positionOf(sample, sample.indexOf('I can tell you about cyberattacks') + 5);
        const r = (await page.evaluate(
          ([text, position, blob]) =>
            (globalThis as unknown as { lsp: (t: unknown, p: unknown, b: unknown) => Promise<unknown> }).lsp(
              text,
              position,
              blob,
            ),
          [sample, at, bootstrap] as const,
        )) as { name: string; hover: { contents: { value: string } } };
        assert.equal(r.name, 'news-annotator');
        assert.match(r.hover.contents.value, /^\*\*Vladimir Putin\*\* · Russian President/);
        assert.deepEqual(errors, []);
      });
    }
  },
);
