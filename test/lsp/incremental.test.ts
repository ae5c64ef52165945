// Incremental sync, cancellation and stale requests over LSP: typing a quotation mark by mark,
// several changes in one notification, edits in a CRLF document, a cancelled request, and a
// request overtaken by an edit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  type Hover,
  type InlayHint,
  type ResponseError,
} from 'vscode-languageserver-protocol';
import { Client, find, type OpenDocument, positionOf, textAt } from './harness';

const PIER = 'Mayor Ana Ruiz opened the new pier on Friday.\n\nThe first ferry docked at noon.';

const hoverValue = (h: Hover | null): string => (h ? (h.contents as { value: string }).value : '');

describe('incremental edits', () => {
  let client: Client;

  before(async () => {
    client = await Client.start();
  });
  after(() => client.dispose());

  it('follows a quote typed one character at a time', async () => {
    const doc = await client.open('file:///news/typing.news', PIER);
    const typed = '\n\n"We waited ten years," Ruiz said.';
    for (const ch of typed) {
      const end = positionOf(doc.text, doc.text.length);
      await client.edit(doc, { range: { start: end, end }, text: ch });
      // Halfway, the open quotation mark is unclosed.
      if (doc.text.endsWith('"We waited')) {
        const ds = await client.diagnostics(doc);
        assert.deepEqual(
          ds.map((d) => d.code),
          ['unclosed-quote', 'no-speaker'],
        );
      }
    }
    assert.equal(doc.version, typed.length + 1);
    assert.deepEqual(await client.diagnostics(doc), []);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(doc.text, 'ten years'),
    });
    assert.match(hoverValue(h), /^\*\*Ana Ruiz\*\* · Mayor/);
  });

  it('applies several changes of one notification in order', async () => {
    const doc = await client.open('file:///news/several.news', PIER);
    const at = find(PIER, 'The first ferry');
    // The second change's range refers to the text after the first change.
    await client.edit(
      doc,
      { range: { start: at, end: at }, text: '"A great day," Ruiz said.\n\n' },
      { range: { start: find(PIER, 'Mayor'), end: find(PIER, 'Mayor', 5) }, text: 'Harbour Mayor' },
    );
    assert.equal(
      doc.text,
      'Harbour Mayor Ana Ruiz opened the new pier on Friday.\n\n"A great day," Ruiz said.\n\nThe first ferry docked at noon.',
    );
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(doc.text, 'great day'),
    });
    assert.match(hoverValue(h), /^\*\*Ana Ruiz\*\* · Harbour Mayor/);
    assert.equal(textAt(doc.text, h!.range!), '"A great day,"');
  });

  it('keeps positions exact when editing a CRLF document with emoji', async () => {
    const text = 'Mayor Ana Ruiz 🎉 opened the pier.\r\n\r\nThe ferry docked.\r\n';
    const doc = await client.open('file:///news/crlf.news', text);
    const at = find(text, 'The ferry');
    await client.edit(doc, { range: { start: at, end: at }, text: '🚢 "It is here," she said.\r\n\r\n' });
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: doc.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
    });
    // At the end of the quote's sentence.
    const end = doc.text.indexOf('she said.') + 'she said.'.length;
    assert.deepEqual(
      hints.map((h) => h.position),
      [positionOf(doc.text, end)],
    );
    // "🚢 " is 3 code units, the quote 13 more, " she said." 10.
    assert.deepEqual(hints[0].position, { line: 2, character: 26 });
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    const doc = await client.open('file:///news/cancel.news', PIER);
    const source = new CancellationTokenSource();
    const pending = client.conn.sendRequest(
      'textDocument/diagnostic',
      { textDocument: { uri: doc.uri } },
      source.token,
    );
    source.cancel();
    await assert.rejects(pending, (e: ResponseError<unknown>) => e.code === -32800);
    // The document still answers afterwards.
    assert.deepEqual(await client.diagnostics(doc), []);
  });

  it('answers a request overtaken by an edit with ContentModified, and the next one on the new text', async () => {
    // The server reads a new document's settings before analysing it: holding that answer
    // back lets the edit arrive while the hover waits.
    const release = client.holdConfiguration();
    const doc: OpenDocument = await client.open('file:///news/overtaken.news', PIER);
    const stale = client.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(PIER, 'Ruiz'),
    });
    await client.configurationRequests.wait((u) => u === doc.uri);
    const end = positionOf(doc.text, doc.text.length);
    await client.edit(doc, { range: { start: end, end }, text: '\n\n"Welcome aboard," Ruiz said.' });
    // Requests are handled in order: once this one is answered, the edit has been applied.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///news/typing.news' } });
    release();
    await assert.rejects(stale, (e: ResponseError<unknown>) => e.code === -32801);
    const fresh = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(doc.text, 'Welcome'),
    });
    assert.match(hoverValue(fresh), /^\*\*Ana Ruiz\*\*/);
  });

  it('answers a request whose document closed while it waited with ContentModified', async () => {
    const release = client.holdConfiguration();
    const doc = await client.open('file:///news/closing.news', PIER);
    const pending = client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    await client.configurationRequests.wait((u) => u === doc.uri);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///news/typing.news' } });
    release();
    await assert.rejects(pending, (e: ResponseError<unknown>) => e.code === -32801);
  });

  it('forgets a closed document and reads it afresh when reopened', async () => {
    const uri = 'file:///news/reopen.news';
    await client.open(uri, PIER);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.equal(
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } }),
      null,
    );
    const text = '"Back again," Mayor Ana Ruiz said.';
    await client.open(uri, text);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: find(text, 'again'),
    });
    assert.match(hoverValue(h), /^\*\*Ana Ruiz\*\*/);
  });
});
