// The acceptance checks on the sample press-conference article, through the real
// server over in-process streams.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InlayHint,
  InlayHintLabelPart,
  Location,
} from 'vscode-languageserver-protocol';
import { applyEdits, Client, editsFor, messageOf, find, type OpenDocument, positionOf, textAt } from './harness';

const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'press-conference.news'), 'utf8');
const uri = 'file:///articles/press-conference.news';
const MACRON = 'Emmanuel Macron';
const PUTIN = 'Vladimir Putin';

// Each quote by a phrase of its own, and who said it (read from the article by hand).
const QUOTES: [string, string][] = [
  ['I believe that we should work together', MACRON],
  ['We talked about activities and risks', MACRON],
  ['I can tell you about cyberattacks', PUTIN],
  ['Today, we discussed this with Mr President', PUTIN],
  ['I also recognize the very role', MACRON],
  ['We consider the formation and launch', PUTIN],
  ['Russia will continue working with the Syrian', PUTIN],
  ['We need to come to an agreement', MACRON],
  ['As far as the situation in Donbass', PUTIN],
  ["As for Iran, Russia's position", PUTIN],
  ['already commenced talks with', MACRON],
  ['We are ready to continue talks with Tehran', MACRON],
  ['I only want to specify', MACRON],
  ['win trust', MACRON],
  ['In order for our enterprises', MACRON],
  ['Our enterprises continue to operate', MACRON],
  ['Regarding the cancellation of the meeting', PUTIN],
  ['The process that has already been launched', PUTIN],
  ['We hope the dialogue will resume', PUTIN],
  ['We will work together on bringing closer', PUTIN],
  ['For his part, Kim Jong-un', PUTIN],
  ['has said that Russia was willing to cooperate', MACRON],
  ['objective.', MACRON],
];

const hoverText = (h: Hover | null): string => (h ? (h.contents as { value: string }).value : '');

describe('the sample article', () => {
  let client: Client;
  let doc: OpenDocument;

  before(async () => {
    client = await Client.start();
    doc = await client.open(uri, sample);
  });
  after(() => client.dispose());

  it('names the right speaker when hovering each of the 23 quotes', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.flatMap((s) => s.children ?? []).filter((c) => c.kind === 15).length, QUOTES.length);
    for (const [phrase, speaker] of QUOTES) {
      // A word in the middle of the phrase, clear of any name inside the quote.
      const h = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: find(sample, phrase, 3),
      });
      assert.match(hoverText(h), new RegExp(`^\\*\\*${speaker}\\*\\*`), `quote “${phrase}…”`);
      assert.ok(h!.range && textAt(sample, h!.range).includes(phrase), `hover range covers “${phrase}”`);
    }
  });

  it('finds at least 15 references of Putin, all of them Putin', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: find(sample, 'Putin told'),
      context: { includeDeclaration: true },
    });
    assert.ok(refs.length >= 15, `${refs.length} references`);
    const said = new Set(refs.map((r) => textAt(sample, r.range)));
    for (const s of said) assert.match(s, /^(Vladimir Putin|Putin|his|he|He|Russian president|the Russian president)$/);
    assert.ok(refs.some((r) => textAt(sample, r.range) === 'Vladimir Putin'));
  });

  it('flags “Emanuel Macron” and fixes it to “Emmanuel Macron”', async () => {
    const diags = await client.diagnostics(doc);
    const d = diags.find((x) => textAt(sample, x.range) === 'Emanuel Macron');
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.code, 'misspelt-name');
    assert.match(messageOf(d), /“Emmanuel Macron”/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] as Diagnostic[], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit);
    assert.equal(fix.title, 'Change to “Emmanuel Macron”');
    assert.deepEqual(fix.diagnostics, [d]);
    const fixed = applyEdits(sample, editsFor(fix.edit, uri, 1));
    assert.equal(fixed, sample.replace('Moreover, Emanuel Macron said', 'Moreover, Emmanuel Macron said'));
  });

  it('hints the speaker after the uncredited continuation quote', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: positionOf(sample, sample.length) },
    });
    const end = sample.indexOf('this process should continue,"') + 'this process should continue,"'.length;
    const hint = hints.find((h) => h.position.line === positionOf(sample, end).line);
    assert.ok(hint, JSON.stringify(hints.map((h) => h.position)));
    assert.deepEqual(hint.position, positionOf(sample, end));
    assert.equal((hint.label as InlayHintLabelPart[]).map((p) => p.value).join(''), `— ${PUTIN}`);
    // Quotes whose sentence names the speaker get none.
    const credited = positionOf(sample, sample.indexOf('Putin told a press conference')).line;
    assert.ok(!hints.some((h) => h.position.line === credited));
  });

  it('shows an appended heading and a quote by a new speaker in the outline and on hover', async () => {
    const end = positionOf(sample, sample.length);
    await client.edit(doc, {
      range: { start: end, end },
      text: '\nTrade Talks Resume\n"We are close to a deal," Commerce Minister Lea Fontaine said.\n',
    });
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const last = symbols[symbols.length - 1];
    assert.equal(last.name, 'Trade Talks Resume');
    assert.equal(last.children?.[0]?.name, 'Lea Fontaine: “We are close to a deal,”');
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: find(doc.text, 'close to a deal'),
    });
    assert.match(hoverText(h), /^\*\*Lea Fontaine\*\* · Commerce Minister/);
    const heading = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: find(doc.text, 'Trade Talks', 2),
    });
    assert.match(hoverText(heading), /\*\*Trade Talks Resume\*\* · section 7 of 7/);
    assert.match(hoverText(heading), /1 quote: Lea Fontaine \(1\)/);
  });
});
