// When the analysis core fails on a text, the server says so once, clears that document's
// results, keeps serving the others, and recovers on the next edit. The core is wrapped here
// to fail on a marker word, standing in for a bug on some unforeseen input.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { analyzeArticle } from '../../server/src/analysis/article';
import type { ArticleResult } from '../../common/protocol';
import { Client, find } from './harness';

const MARKER = 'XYZZY';
const TEXT = `Mayor Ana Ruiz opened the pier. ${MARKER}\n\n"It took ten years," Ruiz said.`;

describe('a failing analysis', () => {
  let client: Client;

  before(async () => {
    client = await Client.start({
      deps: {
        analyze: (text) => {
          if (text.includes(MARKER)) throw new Error('index out of range');
          return analyzeArticle(text);
        },
      },
    });
  });
  after(() => client.dispose());

  it('registers for settings changes', async () => {
    await client.registrations.wait((m) => m === 'workspace/didChangeConfiguration');
  });

  it('tells the user once, answers empty and keeps serving other documents', async () => {
    const bad = await client.open('file:///news/bad.news', TEXT);
    assert.deepEqual(await client.diagnostics(bad), []);
    const notice = await client.messages.wait((m) => m.message.includes('bad.news'));
    assert.equal(
      notice.message,
      'News Annotator: bad.news is not analysed: the analysis failed (index out of range); the text is unchanged. Hovers, highlighting and diagnostics are off for it.',
    );
    const info = await client.request<ArticleResult>('newsAnnotator/article', { uri: bad.uri });
    assert.match(info.skipped ?? '', /the analysis failed/);
    const good = await client.open('file:///news/good.news', TEXT.replace(MARKER, ''));
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: good.uri },
      position: find(good.text, 'ten years'),
    });
    assert.match((h?.contents as { value: string }).value, /^\*\*Ana Ruiz\*\*/);
  });

  it('recovers when the text changes', async () => {
    const bad = { uri: 'file:///news/bad.news', text: TEXT, version: 1 };
    const at = find(TEXT, MARKER);
    await client.edit(bad, { range: { start: at, end: find(TEXT, MARKER, MARKER.length) }, text: '' });
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: bad.uri },
      position: find(bad.text, 'ten years'),
    });
    assert.match((h?.contents as { value: string }).value, /^\*\*Ana Ruiz\*\*/);
    assert.equal(client.messages.items.filter((m) => m.message.includes('bad.news')).length, 1);
  });
});
