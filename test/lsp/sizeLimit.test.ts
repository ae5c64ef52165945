// newsAnnotator.maxFileSize over LSP: above it a document gets one clear notice, every view is
// cleared (and the client asked to refresh), and nothing is analysed; below it again, or with
// the limit raised, everything comes back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import type { ArticleResult } from '../../common/protocol';
import { Client, find, type OpenDocument, positionOf } from './harness';

const ARTICLE =
  'Mayor Ana Ruiz opened the new pier on Friday.\n\n"It took ten years, but the islands finally have a harbour," Ruiz told reporters.\n\nLater, Ana Ruis thanked the engineers.';
// 0.002 MB is 2,097 bytes.
const LIMIT = 0.002;
const FILLER =
  '\n\nThe pier is 240 metres long and can take two ferries at once, the harbour office said in a statement.';

describe('the size limit', () => {
  let client: Client;
  let doc: OpenDocument;
  const tokens = async (): Promise<number[]> =>
    (await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } })).data;
  const refreshesOf = (method: string): number => client.refreshes.items.filter((r) => r === method).length;
  const grow = async (times: number): Promise<void> => {
    const end = positionOf(doc.text, doc.text.length);
    await client.edit(doc, { range: { start: end, end }, text: FILLER.repeat(times) });
  };

  before(async () => {
    client = await Client.start({ settings: { maxFileSize: LIMIT } });
    doc = await client.open('file:///news/pier.news', ARTICLE);
  });
  after(() => client.dispose());

  it('analyses a document under the limit', async () => {
    assert.ok((await tokens()).length > 0);
    assert.deepEqual(
      (await client.diagnostics(doc)).map((d) => d.code),
      ['misspelt-name'],
    );
  });

  it('gives a document that grows past the limit one notice, clears its results and asks the client to refresh', async () => {
    const before = refreshesOf('workspace/semanticTokens/refresh');
    await grow(25);
    assert.ok(Buffer.byteLength(doc.text) > LIMIT * 1024 * 1024);
    assert.deepEqual(await client.diagnostics(doc), []);
    const notice = await client.messages.wait((m) => m.message.includes('pier.news'));
    assert.equal(notice.type, 2);
    assert.match(
      notice.message,
      /^News Annotator: pier\.news is not analysed: it is 3 KB, over the 2 KB limit set by newsAnnotator\.maxFileSize\. Hovers, highlighting and diagnostics are off for it\.$/,
    );
    await client.refreshes.wait(() => refreshesOf('workspace/semanticTokens/refresh') > before);
    await client.refreshes.wait((r) => r === 'workspace/inlayHint/refresh');
    await client.refreshes.wait((r) => r === 'workspace/diagnostic/refresh');
    assert.deepEqual(await tokens(), []);
    assert.equal(
      await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: doc.uri },
        position: find(doc.text, 'took ten'),
      }),
      null,
    );
    const info = await client.request<ArticleResult>('newsAnnotator/article', { uri: doc.uri });
    assert.deepEqual([info.quotes, info.speakers, info.sections], [[], [], []]);
    assert.match(info.skipped ?? '', /over the 2 KB limit/);
  });

  it('does not repeat the notice while the document stays too large', async () => {
    await grow(1);
    assert.deepEqual(await client.diagnostics(doc), []);
    assert.equal(client.messages.items.filter((m) => m.message.includes('pier.news')).length, 1);
  });

  it('analyses it again once the limit is raised', async () => {
    await client.configure({ maxFileSize: 1 });
    assert.ok((await tokens()).length > 0);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(doc.text, 'took ten'),
    });
    assert.match((h?.contents as { value: string }).value, /^\*\*Ana Ruiz\*\*/);
  });

  it('counts UTF-8 bytes, not characters: three-byte characters reach the limit sooner', async () => {
    await client.configure({ maxFileSize: LIMIT });
    const euros = `${ARTICLE}\n\nPrices: ${'€'.repeat(800)}`;
    assert.ok(euros.length < LIMIT * 1024 * 1024 && Buffer.byteLength(euros) > LIMIT * 1024 * 1024);
    const other = await client.open('file:///news/prices.news', euros);
    assert.deepEqual(await client.diagnostics(other), []);
    const notice = await client.messages.wait((m) => m.message.includes('prices.news'));
    assert.match(notice.message, /it is 3 KB, over the 2 KB limit/);
  });

  it('names a document whose URI is not valid percent-encoding by its raw file name', async () => {
    await client.configure({ maxFileSize: LIMIT });
    // "%E0%A4%A" cuts a three-byte sequence short: decodeURIComponent throws on it.
    const odd = await client.open('file:///news/a%E0%A4%A.news', ARTICLE + FILLER.repeat(25));
    assert.deepEqual(await client.diagnostics(odd), []);
    const notice = await client.messages.wait((m) => m.message.includes('a%E0%A4%A.news'));
    assert.match(notice.message, /^News Annotator: a%E0%A4%A\.news is not analysed: it is 3 KB/);
  });
});
