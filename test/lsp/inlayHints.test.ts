// Inlay hints over LSP: "— Speaker" after a quote whose paragraph does not name its speaker,
// none where the name is in sight, only within the requested range, linked to the definition.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InlayHint, InlayHintLabelPart } from 'vscode-languageserver-protocol';
import { Client, positionOf, textAt } from './harness';

const PIER = [
  'Mayor Ana Ruiz spoke at the pier on Friday.',
  '"We waited ten years," she said.',
  '"It took a decade," Ruiz said. "Now the islands are connected."',
  'Ruiz continued:',
  '"The ferry runs twice a day."',
  '"And it is free for pupils."',
  'Councilman Tom Becker was less sure. The mayor, he said, had "promised too much".',
].join('\n\n');

const label = (h: InlayHint): string => (h.label as InlayHintLabelPart[]).map((p) => p.value).join('');
const after_ = (needle: string) => positionOf(PIER, PIER.indexOf(needle) + needle.length);

describe('inlay hints', () => {
  let client: Client;
  const uri = 'file:///news/pier-hints.news';
  const all = { start: { line: 0, character: 0 }, end: positionOf(PIER, PIER.length) };

  before(async () => {
    client = await Client.start();
    await client.open(uri, PIER);
  });
  after(() => client.dispose());

  it('names the speaker at the end of sentences credited by a pronoun or a continuation, never where a name credits them', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
    assert.deepEqual(
      hints.map((h) => [h.position, label(h)]),
      [
        [after_('"We waited ten years," she said.'), '— Ana Ruiz'],
        [after_('"And it is free for pupils."'), '— Ana Ruiz'],
        [after_('had "promised too much".'), '— Tom Becker'],
      ],
    );
    assert.ok(hints.every((h) => h.paddingLeft === true));
  });

  it('links the name to where the speaker is first named, and explains the credit', async () => {
    const [first] = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
    const part = (first.label as InlayHintLabelPart[])[1];
    assert.equal(part.location?.uri, uri);
    assert.equal(textAt(PIER, part.location.range), 'Ana Ruiz');
    assert.equal((first.tooltip as { value: string }).value, 'Quote by **Ana Ruiz**, Mayor: credited by “she said”.');
  });

  it('says how a quote without a cue of its own was credited', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
    assert.equal(
      (hints[1].tooltip as { value: string }).value,
      'Quote by **Ana Ruiz**, Mayor: continues the quote before.',
    );
  });

  it('answers only for the requested range', async () => {
    const range = {
      start: positionOf(PIER, PIER.indexOf('Ruiz continued')),
      end: positionOf(PIER, PIER.indexOf('Councilman')),
    };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    assert.deepEqual(
      hints.map((h) => h.position),
      [after_('"And it is free for pupils."')],
    );
  });

  it('gives one hint to a sentence that holds a reported statement and a partial quote by the same speaker', async () => {
    const text = [
      'Premier Lise Dubois opened the new ferry terminal on Friday.',
      'She stressed the need to "earn trust" on the islands, according to the premier.',
    ].join('\n\n');
    const doc = 'file:///news/one-hint.news';
    await client.open(doc, text);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: doc },
      range: { start: { line: 0, character: 0 }, end: positionOf(text, text.length) },
    });
    assert.deepEqual(
      hints.map((h) => [h.position, label(h)]),
      [[positionOf(text, text.length), '— Lise Dubois']],
    );
  });

  it('is turned off by newsAnnotator.inlayHints.enabled', async () => {
    const off = await Client.start({ settings: { inlayHints: { enabled: false } } });
    try {
      await off.open(uri, PIER);
      const hints = await off.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
      assert.deepEqual(hints, []);
    } finally {
      off.dispose();
    }
  });
});
