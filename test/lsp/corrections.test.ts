// Editor corrections and exports over LSP: the client hands the server an article's corrections
// (newsAnnotator/setCorrections); hovers, the article request, code actions and exports follow
// them through edits, a stale one is reported on the first line, and malformed ones are refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { CodeAction, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { anchorOf, type Correction } from '../../common/corrections';
import {
  ExportRequestMethod,
  type ArticleResult,
  type ExportResult,
  SetCorrectionsMethod,
} from '../../common/protocol';
import { Client, find, type OpenDocument, positionOf, textAt } from './harness';

const TEXT = [
  'Bridge Deal Agreed',
  'Mayor Ana Ruiz and Councilman Tom Becker met on Monday.',
  '"The bridge opens in June," Ruiz said.',
  '"We will pay for it out of the harbour fund."',
  'The ferry operators said they were "relieved" by the news.',
].join('\n\n');

function quoteSpan(text: string, needle: string): { start: number; end: number } {
  const start = text.lastIndexOf('"', text.indexOf(needle));
  return { start, end: text.indexOf('"', start + 1) + 1 };
}

const valueOf = (h: Hover | null): string => (h ? (h.contents as { value: string }).value : '');

describe('editor corrections over LSP', () => {
  let client: Client;
  let doc: OpenDocument;
  const setBecker: Correction = {
    id: 'urn:uuid:1',
    kind: 'setSpeaker',
    anchor: anchorOf(TEXT, quoteSpan(TEXT, 'bridge opens')),
    speaker: 'Tom Becker',
  };
  const notQuote: Correction = {
    id: 'urn:uuid:2',
    kind: 'notAQuote',
    anchor: anchorOf(TEXT, quoteSpan(TEXT, 'harbour fund')),
  };

  const send = (corrections: unknown): Promise<void> =>
    client.conn.sendNotification(SetCorrectionsMethod, { uri: doc.uri, corrections });
  const article = (): Promise<ArticleResult> =>
    client.request<ArticleResult>('newsAnnotator/article', { uri: doc.uri });
  const speakerOf = async (needle: string): Promise<string | null> => {
    const a = await article();
    const q = a.quotes.find((x) => textAt(doc.text, x.range).includes(needle));
    return a.speakers.find((s) => s.id === q?.speaker)?.name ?? null;
  };
  const hoverOn = (needle: string): Promise<Hover | null> =>
    client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(doc.text, needle, 1),
    });
  const actionsAt = (needle: string): Promise<CodeAction[]> => {
    const at = find(doc.text, needle, 1);
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    });
  };

  before(async () => {
    client = await Client.start();
    doc = await client.open('file:///news/bridge.news', TEXT);
  });
  after(() => client.dispose());

  it('credits the corrected speaker in the article request and the hover, and asks the editor to redraw', async () => {
    assert.equal(await speakerOf('bridge opens'), 'Ana Ruiz');
    const refreshed = client.refreshes.wait((m) => m === 'workspace/semanticTokens/refresh');
    await send([setBecker]);
    await refreshed;
    assert.equal(await speakerOf('bridge opens'), 'Tom Becker');
    assert.equal(await speakerOf('harbour fund'), 'Tom Becker', 'the continuation follows the corrected speaker');
    const v = valueOf(await hoverOn('bridge opens'));
    assert.match(v, /Tom Becker/);
    assert.match(v, /set by hand/);
    // The words that credited Ruiz say nothing about the new speaker: no cue, no sentence.
    assert.doesNotMatch(v, /Ruiz|said|cue|> /);
  });

  it('puts the corrected speaker at the end of the sentence, and no hint where the line names them', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: doc.uri },
      range: { start: positionOf(doc.text, 0), end: positionOf(doc.text, doc.text.length) },
    });
    const labels = hints.map((h) => [
      doc.text.slice(0, doc.text.length).split('\n')[h.position.line].slice(0, h.position.character),
      (h.label as { value: string }[]).map((p) => p.value).join(''),
    ]);
    // "…," Ruiz said. — Tom Becker: after the sentence, not between the quote and its cue.
    assert.deepEqual(labels[0], ['"The bridge opens in June," Ruiz said.', '— Tom Becker']);
    const named = 'Mayor Ana Ruiz and Councilman Tom Becker met on Monday.';
    assert.ok(!labels.some(([line]) => line.startsWith(named)));
  });

  it('keeps applying it after edits before and after the quote', async () => {
    await client.edit(doc, {
      range: { start: positionOf(doc.text, 0), end: positionOf(doc.text, 0) },
      text: 'UPDATED: ',
    });
    const end = positionOf(doc.text, doc.text.length);
    await client.edit(doc, { range: { start: end, end }, text: '\n\nThe council votes on Thursday.' });
    assert.equal(await speakerOf('bridge opens'), 'Tom Becker');
    assert.deepEqual(await client.diagnostics(doc).then((d) => d.filter((x) => x.code === 'stale-correction')), []);
  });

  it('offers Set Speaker… and Not a Quote on a quote, as commands on exactly that quote', async () => {
    const list = await actionsAt('bridge opens');
    assert.deepEqual(
      list.map((a) => a.title),
      ['Set Speaker… (now Tom Becker)', 'Not a Quote', 'Remove Corrections of This Quote'],
    );
    for (const a of list) {
      assert.equal(a.edit, undefined, 'a correction never edits the article');
      const arg = a.command!.arguments![0] as { uri: string; range: Parameters<typeof textAt>[1] };
      assert.equal(arg.uri, doc.uri);
      assert.equal(textAt(doc.text, arg.range), '"The bridge opens in June,"');
    }
    assert.deepEqual(
      list.map((a) => a.command!.command),
      ['newsAnnotator.setSpeaker', 'newsAnnotator.notAQuote', 'newsAnnotator.removeCorrections'],
    );
    assert.deepEqual(
      list.map((a) => a.kind),
      ['refactor.newsAnnotator', 'refactor.newsAnnotator', 'refactor.newsAnnotator'],
      'no finding asks for them here',
    );
    assert.deepEqual(await actionsAt('Councilman Tom'), [], 'nothing to correct outside a quote');
  });

  it('"Not a quote" removes the quote, and its place still offers to remove the correction', async () => {
    const before = (await article()).quotes.length;
    await send([setBecker, notQuote]);
    const a = await article();
    assert.equal(a.quotes.length, before - 1);
    assert.ok(!a.quotes.some((q) => textAt(doc.text, q.range).includes('harbour fund')));
    assert.deepEqual(
      (await actionsAt('harbour fund')).map((x) => x.title),
      ['Remove Corrections of This Quote'],
    );
  });

  it('reports a correction whose quote is gone on the first line, and keeps the others', async () => {
    const at = doc.text.indexOf('June');
    await client.edit(doc, {
      range: { start: positionOf(doc.text, at), end: positionOf(doc.text, at + 4) },
      text: 'July',
    });
    const stale = (await client.diagnostics(doc)).filter((d) => d.code === 'stale-correction');
    assert.equal(stale.length, 1);
    assert.equal(stale[0].range.start.line, 0);
    assert.match(
      typeof stale[0].message === 'string' ? stale[0].message : stale[0].message.value,
      /Set speaker: Tom Becker.*bridge opens in June.*kept in the corrections file/,
    );
    assert.equal(await speakerOf('bridge opens'), 'Ana Ruiz', 'the stale correction no longer applies');
    assert.ok(
      !(await article()).quotes.some((q) => textAt(doc.text, q.range).includes('harbour fund')),
      'the other one still does',
    );
    await client.configure({ diagnostics: { staleCorrection: 'off' } });
    assert.deepEqual(
      (await client.diagnostics(doc)).filter((d) => d.code === 'stale-correction'),
      [],
    );
    await client.configure({});
  });

  it('refuses a malformed list whole, with a line in the log, and keeps serving', async () => {
    const quotes = (await article()).quotes.length;
    await send([{ id: 'x', kind: 'setSpeaker', anchor: { exact: '"The ferry' } }]);
    await send('not a list');
    assert.equal((await article()).quotes.length, quotes, 'the earlier corrections stand');
    await send([]);
    assert.equal((await article()).quotes.length, quotes + 1, 'an empty list clears them');
  });
});

describe('Set Speaker… answers a quote with no speaker', () => {
  it('as the quick fix of its finding, and only where code actions of its kind are asked for', async () => {
    const client = await Client.start();
    try {
      const text = 'Storm Closes Port\n\nThe port closed on Monday.\n\n"Nobody could have seen this coming."';
      const doc = await client.open('file:///news/storm.news', text);
      const found = (await client.diagnostics(doc)).filter((d) => d.code === 'no-speaker');
      assert.equal(found.length, 1);
      const ask = (only?: string[]): Promise<CodeAction[]> =>
        client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: doc.uri },
          range: found[0].range,
          context: { diagnostics: found, ...(only ? { only } : {}) },
        });
      const [set, not] = await ask();
      assert.equal(set.title, 'Set Speaker…');
      assert.equal(set.kind, 'quickfix');
      assert.deepEqual(set.diagnostics, found);
      assert.equal(not.kind, 'refactor.newsAnnotator');
      assert.deepEqual(
        (await ask(['quickfix'])).map((a) => a.title),
        ['Set Speaker…'],
      );
      assert.deepEqual(
        (await ask(['refactor'])).map((a) => a.title),
        ['Not a Quote'],
      );
      assert.deepEqual(await ask(['source']), []);
    } finally {
      client.dispose();
    }
  });
});

describe('exports over LSP', () => {
  let client: Client;
  let doc: OpenDocument;
  const exportAs = (format: string, bom?: boolean): Promise<ExportResult | null> =>
    client.request(ExportRequestMethod, { uri: doc.uri, format, bom });

  before(async () => {
    client = await Client.start();
    doc = await client.open('file:///news/bridge%20deal.news', TEXT);
  });
  after(() => client.dispose());

  it('renders each format from the same article the editor shows', async () => {
    const a = await client.request<ArticleResult>('newsAnnotator/article', { uri: doc.uri });
    const json = JSON.parse((await exportAs('json'))!.text) as { file: string; quotes: { start: number }[] };
    assert.equal(json.file, 'bridge deal.news');
    assert.deepEqual(
      json.quotes.map((q) => positionOf(doc.text, q.start)),
      a.quotes.map((q) => q.range.start),
      'the quotes the editor shows',
    );
    const csv = (await exportAs('csv'))!.text;
    const rows = parse<Record<string, string>>(csv, { columns: true });
    assert.equal(rows.length, json.quotes.length);
    assert.ok(rows.some((r) => Object.values(r).includes('Ana Ruiz')));
    assert.equal((await exportAs('csv', true))!.text.charCodeAt(0), 0xfeff);
    const wa = JSON.parse((await exportAs('webannotation'))!.text) as {
      items?: unknown[];
      first?: { items: unknown[] };
    };
    assert.ok(JSON.stringify(wa).includes('TextQuoteSelector'));
    assert.match((await exportAs('markdown'))!.text, /\| Ana Ruiz \(Mayor\) \|/);
  });

  it('refuses an unknown format and answers null for a document that is not open', async () => {
    await assert.rejects(exportAs('pdf'), /Unknown export format "pdf"/);
    assert.equal(await client.request(ExportRequestMethod, { uri: 'file:///news/closed.news', format: 'csv' }), null);
  });
});
