// References, document highlights, definition and rename of an entity over LSP, on an article
// with CRLF line ends, emoji and an editor's bracketed insertion inside a name.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, Location, LocationLink, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, Client, editsFor, find, type OpenDocument, textAt } from './harness';

const TEHRAN = [
  '🇮🇷 Talks in Tehran',
  'Iranian President Hassan Rouhani met the head of the nuclear agency in Tehran on Monday. 😀',
  '"[President Hassan] Rouhani has kept every promise," Director General Rafael Grossi said.',
  'Rouhani said the talks were "useful". He added that he would travel to Vienna.',
  '"We are ready," Rouhani told reporters.',
].join('\r\n\r\n');

describe('references, highlights, definition and rename', () => {
  let client: Client;
  let doc: OpenDocument;
  const uri = 'file:///news/tehran.news';
  const at = (needle: string, delta = 1) => ({ textDocument: { uri }, position: find(TEHRAN, needle, delta) });

  before(async () => {
    client = await Client.start();
    doc = await client.open(uri, TEHRAN);
  });
  after(() => client.dispose());

  it('finds every mention of the person, pronouns included, from a pronoun', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      ...at('He added'),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      refs.map((r) => textAt(TEHRAN, r.range)),
      ['Hassan Rouhani', 'Hassan] Rouhani', 'Rouhani', 'He', 'he', 'Rouhani'],
    );
    assert.ok(refs.every((r) => r.uri === uri));
    const without = await client.request<Location[]>('textDocument/references', {
      ...at('He added'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      without.map((r) => textAt(TEHRAN, r.range)),
      ['Hassan] Rouhani', 'Rouhani', 'He', 'he', 'Rouhani'],
    );
  });

  it('highlights the mentions, the first full name as the declaration', async () => {
    const hs = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at('Rouhani told'));
    assert.deepEqual(
      hs.map((h) => [textAt(TEHRAN, h.range), h.kind]),
      [
        ['Hassan Rouhani', 3],
        ['Hassan] Rouhani', 2],
        ['Rouhani', 2],
        ['He', 1],
        ['he', 1],
        ['Rouhani', 2],
      ],
    );
    assert.equal(await client.request('textDocument/documentHighlight', at('nuclear agency')), null);
  });

  it('goes to the first full mention, from a pronoun or from inside a speaker’s quote', async () => {
    const [link] = await client.request<LocationLink[]>('textDocument/definition', at('he would'));
    assert.equal(textAt(TEHRAN, link.targetRange), 'Hassan Rouhani');
    assert.equal(textAt(TEHRAN, link.originSelectionRange!), 'he');
    const [grossi] = await client.request<LocationLink[]>('textDocument/definition', at('kept every promise'));
    assert.equal(textAt(TEHRAN, grossi.targetSelectionRange), 'Rafael Grossi');
  });

  it('prepares a rename on a name and refuses one on a pronoun or a plain word', async () => {
    assert.deepEqual(client.init.capabilities.renameProvider, { prepareProvider: true });
    const ok = await client.request<{ range: Range; placeholder: string }>(
      'textDocument/prepareRename',
      at('Rouhani told'),
    );
    assert.equal(ok.placeholder, 'Rouhani');
    assert.equal(textAt(TEHRAN, ok.range), 'Rouhani');
    const bracketed = await client.request<{ range: Range; placeholder: string }>(
      'textDocument/prepareRename',
      at('Hassan] Rouhani'),
    );
    assert.equal(textAt(TEHRAN, bracketed.range), 'Hassan] Rouhani');
    assert.equal(bracketed.placeholder, 'Hassan Rouhani');
    await assert.rejects(
      client.request('textDocument/prepareRename', at('He added')),
      /“He” is a pronoun referring to Hassan Rouhani/,
    );
    await assert.rejects(client.request('textDocument/prepareRename', at('nuclear agency')), /Rename works on a name/);
  });

  it('renames a surname in every name mention, keeping brackets and leaving pronouns alone', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('Rouhani told'),
      newName: 'Rohani',
    });
    const edits = editsFor(edit, uri, doc.version);
    assert.equal(edits.length, 4);
    assert.equal(applyEdits(TEHRAN, edits), TEHRAN.replaceAll('Rouhani', 'Rohani'));
  });

  it('renames a full name part by part, the bracketed mention too', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('Hassan Rouhani met'),
      newName: 'Hasan Rowhani',
    });
    const renamed = applyEdits(TEHRAN, editsFor(edit, uri, doc.version));
    assert.equal(renamed, TEHRAN.replaceAll('Hassan', 'Hasan').replaceAll('Rouhani', 'Rowhani'));
    assert.match(renamed, /"\[President Hasan\] Rowhani has kept/);
  });

  it('renames to a longer name, the extra words joining the first name', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('Rafael Grossi'),
      newName: 'Rafael Mariano Grossi',
    });
    assert.equal(
      applyEdits(TEHRAN, editsFor(edit, uri, doc.version)),
      TEHRAN.replace('Rafael Grossi', 'Rafael Mariano Grossi'),
    );
  });

  it('renames to a shorter name, dropping a word with the space after it', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('Rafael Grossi'),
      newName: 'Grossi',
    });
    assert.equal(
      applyEdits(TEHRAN, editsFor(edit, uri, doc.version)),
      TEHRAN.replace('Director General Rafael Grossi', 'Director General Grossi'),
    );
  });

  it('refuses a new name with quotation marks or line breaks', async () => {
    await assert.rejects(
      client.request('textDocument/rename', { ...at('Rouhani told'), newName: 'Rouhani "the cleric"' }),
      /quotation marks/,
    );
    await assert.rejects(
      client.request('textDocument/rename', { ...at('Rouhani told'), newName: 'Hassan\nRouhani' }),
      /span lines/,
    );
    await assert.rejects(
      client.request('textDocument/rename', { ...at('Hassan] Rouhani'), newName: 'Hasan] Rowhani' }),
      /brackets/,
    );
  });

  it('applies a rename and the article reads the new name everywhere', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('Rouhani told'),
      newName: 'Rohani',
    });
    await client.apply(doc, edit);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: find(doc.text, 'Rohani told', 1),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      refs.map((r) => textAt(doc.text, r.range)),
      ['Hassan Rohani', 'Hassan] Rohani', 'Rohani', 'He', 'he', 'Rohani'],
    );
  });
});
