// Document symbols and folding ranges over LSP: sections with their quotes nested under them,
// a multi-paragraph quote (a quotation per paragraph) folded whole, exact lines with CRLF line ends.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { Client, find, textAt } from './harness';

const LINES = [
  'Storm Closes Schools', // 0: headline
  '', // 1
  'Schools across the county closed on Thursday as the storm reached the coast.', // 2
  '', // 3
  '"Nobody should be on the roads tonight," Sheriff Mark Ellis said.', // 4
  '', // 5
  'Power Cuts', // 6
  '', // 7
  'About 40,000 homes lost power overnight, utility spokeswoman Joanna Reyes said.', // 8
  '', // 9
  '"Crews are out in every district," Reyes said. "They will work through the night.', // 10
  '', // 11
  '"We expect most homes back by Saturday."', // 12
  '', // 13
  'Roads', // 14
  '', // 15
  'Two bridges remain closed.', // 16
];

describe('outline and folding', () => {
  let client: Client;
  const uri = 'file:///news/storm.news';
  const text = LINES.join('\r\n');

  before(async () => {
    client = await Client.start();
    await client.open(uri, text);
  });
  after(() => client.dispose());

  it('lists the sections, each with its quotes as “Speaker: “first words…””', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, (s.children ?? []).map((c) => c.name)]),
      [
        ['Lead', '1 quote', ['Mark Ellis: “Nobody should be on the roads tonight,”']],
        [
          'Power Cuts',
          '3 quotes',
          [
            'Joanna Reyes: “Crews are out in every district,”',
            // A quote over two paragraphs: a quotation per paragraph, as news gold reads it.
            'Joanna Reyes: “They will work through the night.”',
            'Joanna Reyes: “We expect most homes back by Saturday.”',
          ],
        ],
        ['Roads', '0 quotes', []],
      ],
    );
    const power = symbols[1];
    assert.equal(textAt(text, power.selectionRange), 'Power Cuts');
    assert.deepEqual(power.range.start, { line: 6, character: 0 });
    assert.deepEqual(power.range.end, { line: 12, character: LINES[12].length });
    const [, first, second] = power.children!;
    assert.deepEqual([first.range.start.line, first.range.end.line], [10, 10]);
    assert.equal(textAt(text, first.range), LINES[10].slice(LINES[10].indexOf('"They')));
    assert.equal(textAt(text, second.range), LINES[12]);
  });

  it('folds each headed section from its heading to its last line, and a quote that runs over paragraphs', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds, [
      { startLine: 6, endLine: 12, kind: 'region' },
      { startLine: 10, endLine: 12 },
      { startLine: 14, endLine: 16, kind: 'region' },
    ]);
  });

  it('follows the outline when a heading is typed in', async () => {
    const doc = { uri, text, version: 1 };
    const at = find(text, 'Two bridges');
    await client.edit(doc, { range: { start: at, end: at }, text: 'Closed Bridges\r\n\r\n' });
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Lead', 'Power Cuts', 'Roads', 'Closed Bridges'],
    );
  });
});
