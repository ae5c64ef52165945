// Code actions over LSP: respell one or all misspellings, close an unclosed quotation, and a
// fix-all on request. Each edit is applied as the editor would and the result checked to the
// character; edits carry the document version they were computed for.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, Client, editsFor, find, type OpenDocument, textAt } from './harness';

const MINISTER = [
  'Fisheries Minister Paul Durand visited the harbour on Friday.',
  '"The fleet will get its new pier," Durand said.',
  'Paul Durrand later met the mayor. Paul Durand promised money, and the Paul Durrand plan was welcomed.',
].join('\n\n');

const RALLY = [
  'Senator Dana Holt spoke to supporters in Dayton on Saturday.',
  '"We will win this fight, Holt told the crowd.',
  'Her opponent did not comment.',
  '“The polls are wrong',
].join('\n\n');

async function actions(
  client: Client,
  uri: string,
  text: string,
  needle: string,
  only?: string[],
  diagnostics: Diagnostic[] = [],
): Promise<CodeAction[]> {
  const at = find(text, needle);
  const list = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics, ...(only ? { only } : {}) },
  });
  // The editor's corrections (commands, never edits) are checked in corrections.test.ts.
  return list.filter((a) => !a.command?.command.startsWith('newsAnnotator.'));
}

describe('code actions', () => {
  let client: Client;

  before(async () => {
    client = await Client.start();
  });
  after(() => client.dispose());

  it('respells one misspelt name, or every misspelling of that person, word for word', async () => {
    const doc = await client.open('file:///news/minister.news', MINISTER);
    const list = await actions(client, doc.uri, MINISTER, 'Paul Durrand later');
    assert.deepEqual(
      list.map((a) => a.title),
      ['Change to “Paul Durand”', 'Fix all 2 misspellings of Paul Durand'],
    );
    const one = editsFor(list[0].edit!, doc.uri, 1);
    assert.deepEqual(
      one.map((e) => textAt(MINISTER, e.range)),
      ['Durrand'],
      'only the misspelt word is replaced',
    );
    assert.equal(applyEdits(MINISTER, one), MINISTER.replace('Paul Durrand later', 'Paul Durand later'));
    assert.equal(applyEdits(MINISTER, editsFor(list[1].edit!, doc.uri, 1)), MINISTER.replaceAll('Durrand', 'Durand'));
  });

  it('applies the fix and the finding goes away', async () => {
    const doc: OpenDocument = { uri: 'file:///news/minister.news', text: MINISTER, version: 1 };
    const list = await actions(client, doc.uri, MINISTER, 'Paul Durrand plan');
    await client.apply(doc, list[1].edit!);
    assert.equal(doc.text, MINISTER.replaceAll('Durrand', 'Durand'));
    const ds = await client.diagnostics(doc);
    assert.deepEqual(
      ds.filter((d) => d.code === 'misspelt-name'),
      [],
    );
    assert.deepEqual(await actions(client, doc.uri, doc.text, 'Paul Durand later'), []);
  });

  it('closes an unclosed quotation before its attribution, or at the end of its paragraph', async () => {
    const doc = await client.open('file:///news/rally.news', RALLY);
    const ds = await client.diagnostics(doc);
    const unclosed = ds.filter((d) => d.code === 'unclosed-quote');
    assert.equal(unclosed.length, 2);
    const list = await actions(client, doc.uri, RALLY, 'win this fight', ['quickfix'], unclosed);
    assert.deepEqual(
      list.map((a) => [a.title, a.isPreferred]),
      [
        ['Close the quotation with " before “Holt told the crowd.”', true],
        ['Close the quotation with " at the end of its paragraph', false],
      ],
    );
    assert.deepEqual(list[0].diagnostics, [unclosed[0]]);
    assert.equal(
      applyEdits(RALLY, editsFor(list[0].edit!, doc.uri, 1)),
      RALLY.replace('this fight, Holt', 'this fight," Holt'),
    );
    assert.equal(applyEdits(RALLY, editsFor(list[1].edit!, doc.uri, 1)), RALLY.replace('the crowd.', 'the crowd."'));
  });

  it('closes a typographic quotation with its own closing mark', async () => {
    const list = await actions(client, 'file:///news/rally.news', RALLY, 'polls are wrong', ['quickfix']);
    assert.deepEqual(
      list.map((a) => a.title),
      ['Close the quotation with ” at the end of its paragraph'],
    );
    assert.ok(RALLY.endsWith('“The polls are wrong'));
    assert.equal(applyEdits(RALLY, editsFor(list[0].edit!, 'file:///news/rally.news', 1)), `${RALLY}”`);
  });

  it('after the quote is closed, its speaker is found and no fix is offered', async () => {
    const doc: OpenDocument = { uri: 'file:///news/rally.news', text: RALLY, version: 1 };
    const [preferred] = await actions(client, doc.uri, RALLY, 'win this fight', ['quickfix']);
    await client.apply(doc, preferred.edit!);
    const ds = await client.diagnostics(doc);
    assert.equal(ds.filter((d) => d.code === 'unclosed-quote').length, 1, 'only the other quote is still open');
    assert.deepEqual(await actions(client, doc.uri, doc.text, 'win this fight', ['quickfix']), []);
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(doc.text, 'win this'),
    });
    assert.match(h.contents.value, /^\*\*Dana Holt\*\*/);
  });

  it('offers no fix for a finding the user turned off', async () => {
    await client.configure({ diagnostics: { misspeltName: 'off', unclosedQuote: 'off' } });
    await client.open('file:///news/minister-off.news', MINISTER);
    assert.deepEqual(await actions(client, 'file:///news/minister-off.news', MINISTER, 'Paul Durrand later'), []);
    await client.open('file:///news/rally-off.news', RALLY);
    assert.deepEqual(await actions(client, 'file:///news/rally-off.news', RALLY, 'polls are wrong'), []);
    await client.configure({});
    assert.equal((await actions(client, 'file:///news/rally-off.news', RALLY, 'polls are wrong')).length, 1);
  });

  it('offers a fix-all for misspelt names only when asked for source actions', async () => {
    const doc = await client.open('file:///news/fixall.news', MINISTER);
    assert.ok(!(await actions(client, doc.uri, MINISTER, 'Fisheries')).some((a) => a.kind?.startsWith('source')));
    const list = await actions(client, doc.uri, MINISTER, 'Fisheries', ['source.fixAll']);
    assert.deepEqual(
      list.map((a) => a.kind),
      ['source.fixAll.newsAnnotator'],
    );
    assert.equal(applyEdits(MINISTER, editsFor(list[0].edit!, doc.uri, 1)), MINISTER.replaceAll('Durrand', 'Durand'));
    assert.deepEqual(client.init.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'refactor.newsAnnotator', 'source.fixAll.newsAnnotator'],
      resolveProvider: false,
    });
  });
});
