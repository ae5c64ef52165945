// Pull diagnostics over LSP: each finding on a small article, its severity from the settings
// (hints by default for annotations, "off" dropping a kind), and result ids that let the
// client skip unchanged reports.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { Client, messageOf, type OpenDocument, positionOf, textAt } from './harness';

export const FERRY = [
  '"Nothing is settled yet."',
  'The harbour authority met on Monday to discuss the new ferry schedule.',
  'Harbour master Lena Ortiz said the authority would publish the timetable in June.',
  '"We want every island served twice a day," Ortiz said.',
  'The schedule has been criticised by fishermen.',
  '"Twice a day is not enough for the north islands."',
  'The ferries run from the main pier.',
  'The old pier closed in 2019 after storm damage.',
  'Repairs are expected to cost 4 million euros.',
  'The council has not approved the money.',
  '"The money will come," she said.',
  '"We will win this fight, the fishermen said at the meeting.',
  'Fisheries Minister Paul Durand promised support, and Fisheries Minister Paul Durrand visited the pier.',
].join('\n\n');

const byCode = (ds: Diagnostic[], code: string): Diagnostic[] => ds.filter((d) => d.code === code);

describe('diagnostics', () => {
  let client: Client;
  let doc: OpenDocument;

  before(async () => {
    client = await Client.start();
    doc = await client.open('file:///news/ferry.news', FERRY);
  });
  after(() => client.dispose());

  it('announces a pull provider to a client that can pull', () => {
    assert.deepEqual(client.init.capabilities.diagnosticProvider, {
      identifier: 'newsAnnotator',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  it('reports each finding where it lies, with the default severities', async () => {
    const ds = await client.diagnostics(doc);
    const none = byCode(ds, 'no-speaker');
    assert.deepEqual(
      none.map((d) => textAt(FERRY, d.range)),
      ['"Nothing'],
    );
    assert.equal(none[0].severity, DiagnosticSeverity.Warning);

    const guessed = byCode(ds, 'guessed-speaker');
    assert.deepEqual(
      guessed.map((d) => textAt(FERRY, d.range)),
      ['"Twice'],
    );
    assert.equal(guessed[0].severity, DiagnosticSeverity.Hint);
    assert.match(messageOf(guessed[0]), /Lena Ortiz/);

    const far = byCode(ds, 'pronoun-only');
    assert.deepEqual(
      far.map((d) => textAt(FERRY, d.range)),
      ['she'],
    );
    assert.equal(far[0].severity, DiagnosticSeverity.Hint);
    assert.match(messageOf(far[0]), new RegExp(`line ${positionOf(FERRY, FERRY.indexOf('Ortiz said.')).line + 1}`));

    const unclosed = byCode(ds, 'unclosed-quote');
    assert.deepEqual(
      unclosed.map((d) => d.range.start),
      [positionOf(FERRY, FERRY.indexOf('"We will win'))],
    );
    assert.equal(unclosed[0].severity, DiagnosticSeverity.Warning);

    const misspelt = byCode(ds, 'misspelt-name');
    assert.deepEqual(
      misspelt.map((d) => textAt(FERRY, d.range)),
      ['Paul Durrand'],
    );
    assert.equal(messageOf(misspelt[0]), '“Paul Durrand” looks like a misspelling of “Paul Durand”.');
    assert.ok(ds.every((d) => d.source === 'News Annotator'));
  });

  it('says nothing about a pronoun right after the name', async () => {
    const near = await client.open(
      'file:///news/near.news',
      'Harbour master Lena Ortiz met the fishermen on Monday.\n\n"We will find the money," she said.',
    );
    assert.deepEqual(byCode(await client.diagnostics(near), 'pronoun-only'), []);
  });

  it('follows the severity settings, turning kinds off or up', async () => {
    await client.configure({ diagnostics: { misspeltName: 'off', pronounOnly: 'information', noSpeaker: 'error' } });
    const ds = await client.diagnostics(doc);
    assert.deepEqual(byCode(ds, 'misspelt-name'), []);
    assert.equal(byCode(ds, 'pronoun-only')[0]?.severity, DiagnosticSeverity.Information);
    assert.equal(byCode(ds, 'no-speaker')[0]?.severity, DiagnosticSeverity.Error);
    assert.equal(byCode(ds, 'unclosed-quote')[0]?.severity, DiagnosticSeverity.Warning);
    // A bad value is named once and falls back to its default.
    await client.configure({ diagnostics: { misspeltName: 'loud' } });
    const again = await client.diagnostics(doc);
    assert.equal(byCode(again, 'misspelt-name')[0]?.severity, DiagnosticSeverity.Warning);
    const warning = await client.messages.wait((m) => m.message.includes('misspeltName'));
    assert.match(warning.message, /must be one of error, warning, information, hint, off, not "loud"/);
    await client.configure({});
  });

  it('asks the client to pull again when the settings change', async () => {
    const before = client.refreshes.items.filter((r) => r === 'workspace/diagnostic/refresh').length;
    await client.configure({ diagnostics: { noSpeaker: 'hint' } });
    await client.refreshes.wait(
      () => client.refreshes.items.filter((r) => r === 'workspace/diagnostic/refresh').length > before,
    );
    await client.configure({});
  });

  it('reports unchanged for the same version and settings', async () => {
    const first = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', {
      textDocument: { uri: doc.uri },
    });
    const second = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', {
      textDocument: { uri: doc.uri },
      previousResultId: first.resultId,
    });
    assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
    const end = positionOf(doc.text, doc.text.length);
    await client.edit(doc, { range: { start: end, end }, text: '\n\n"Support is on its way," Durand said.' });
    const third = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', {
      textDocument: { uri: doc.uri },
      previousResultId: first.resultId,
    });
    assert.equal(third.kind, 'full');
  });
});
