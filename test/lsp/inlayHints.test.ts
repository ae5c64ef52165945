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

  it('names the speaker after quotes credited by a pronoun, a colon intro or a continuation', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
    assert.deepEqual(
      hints.map((h) => [h.position, label(h)]),
      [
        [after_('"We waited ten years,"'), '— Ana Ruiz'],
        [after_('"The ferry runs twice a day."'), '— Ana Ruiz'],
        [after_('"And it is free for pupils."'), '— Ana Ruiz'],
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
    assert.deepEqual(
      hints.slice(1).map((h) => (h.tooltip as { value: string }).value),
      [
        'Quote by **Ana Ruiz**, Mayor: credited by “Ruiz continued”.',
        'Quote by **Ana Ruiz**, Mayor: continues the quote before.',
      ],
    );
  });

  it('answers only for the requested range', async () => {
    const range = {
      start: positionOf(PIER, PIER.indexOf('Ruiz continued')),
      end: positionOf(PIER, PIER.indexOf('"And it')),
    };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    assert.deepEqual(
      hints.map((h) => h.position),
      [after_('"The ferry runs twice a day."')],
    );
  });
});
