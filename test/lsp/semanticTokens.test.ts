// Semantic tokens over LSP: the legend matches package.json, tokens land on the right words
// (also after emoji and with CRLF line ends), never overlap or cross a line, and delta and
// range requests agree with full ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type {
  InitializeResult,
  SemanticTokens,
  SemanticTokensDelta,
  SemanticTokensLegend,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis/article';
import { SURE } from '../../server/src/analysis/attribution/confidence';
import type { Article, Topic } from '../../server/src/analysis/model';
import { LEGEND, semanticTokensFull } from '../../server/src/features/semanticTokens';
import { Client, find, offsetOf, type OpenDocument, positionOf } from './harness';

interface Manifest {
  contributes: {
    semanticTokenTypes: { id: string }[];
    semanticTokenModifiers: { id: string }[];
    semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
}
const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;

const ARTICLE = [
  'City Budget Vote Delayed',
  '',
  'The city council postponed its budget vote on Tuesday after a late amendment from Mayor Ana Ruiz.',
  '',
  '"We will keep talking until we have a budget that works," Ruiz told reporters. "Nobody leaves the table."',
  '',
  'What Comes Next',
  '',
  'Councilman Tom Becker disagreed. "This delay costs the city money every week," Becker said.',
  '',
  '"The amendment adds two new parks to the plan.',
  '',
  '"It also cuts the parking budget," he said.',
  '',
  'Becker called the amendment "a stalling tactic".',
].join('\n');

interface Tok {
  line: number;
  char: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

function decode(data: readonly number[], legend: SemanticTokensLegend, text: string): Tok[] {
  const out: Tok[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = offsetOf(text, { line, character: char });
    out.push({
      line,
      char,
      length: data[i + 2],
      type: legend.tokenTypes[data[i + 3]],
      modifiers: legend.tokenModifiers.filter((_, k) => data[i + 4] & (1 << k)),
      text: text.slice(start, start + data[i + 2]),
    });
  }
  return out;
}

function applyTokenEdits(data: number[], delta: SemanticTokensDelta): number[] {
  const out = [...data];
  for (const e of [...delta.edits].sort((a, b) => b.start - a.start))
    out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

/** Tokens are sorted, disjoint, non-empty and never hold a line break. */
function assertWellFormed(tokens: Tok[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    assert.ok(t.length > 0);
    assert.doesNotMatch(t.text, /[\r\n]/);
    const prev = tokens[i - 1];
    if (prev) assert.ok(prev.line < t.line || prev.char + prev.length <= t.char, `token ${i} overlaps the one before`);
  }
}

describe('semantic tokens', () => {
  let client: Client;
  let init: InitializeResult;
  let legend: SemanticTokensLegend;

  before(async () => {
    client = await Client.start();
    init = client.init;
    legend = init.capabilities.semanticTokensProvider!.legend;
  });
  after(() => client.dispose());

  it('announces full, delta and range, with the legend package.json declares and a scope fallback for every type', () => {
    const p = init.capabilities.semanticTokensProvider!;
    assert.deepEqual(p.full, { delta: true });
    assert.equal(p.range, true);
    assert.deepEqual(
      legend.tokenTypes,
      manifest.contributes.semanticTokenTypes.map((t) => t.id),
    );
    assert.deepEqual(
      legend.tokenModifiers,
      manifest.contributes.semanticTokenModifiers.map((t) => t.id),
    );
    const scopes = manifest.contributes.semanticTokenScopes.find((s) => s.language === 'news')?.scopes ?? {};
    for (const type of legend.tokenTypes)
      assert.ok(Array.isArray(scopes[type]) && scopes[type].length > 0, `no scope fallback for ${type}`);
    assert.equal(manifest.contributes.configurationDefaults['[news]']['editor.semanticHighlighting.enabled'], true);
  });

  it('marks quotes, marks, cues, speakers, pronouns and headings on the right words', async () => {
    const doc = await client.open('file:///t/budget.news', ARTICLE);
    const r = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri: doc.uri },
    });
    const tokens = decode(r.data, legend, ARTICLE);
    assertWellFormed(tokens);
    const at = (needle: string, nth = 0): Tok | undefined => {
      const p = find(ARTICLE, needle, 0, nth);
      return tokens.find((t) => t.line === p.line && t.char === p.character);
    };
    assert.deepEqual(at('City Budget Vote Delayed'), {
      ...at('City Budget Vote Delayed')!,
      type: 'heading',
      modifiers: ['headline'],
      text: 'City Budget Vote Delayed',
    });
    assert.equal(at('What Comes Next')?.type, 'heading');
    assert.deepEqual(at('Ana Ruiz')?.modifiers, ['declaration']);
    assert.equal(at('Ana Ruiz')?.type, 'speaker');
    const ruiz = at('Ruiz told');
    assert.equal(ruiz?.text, 'Ruiz');
    assert.deepEqual(ruiz?.modifiers, ['source']);
    assert.equal(at('told')?.type, 'cue');
    assert.equal(at('"We will')?.type, 'quoteMark');
    assert.deepEqual(at('We will keep'), {
      ...at('We will keep')!,
      type: 'quote',
      text: 'We will keep talking until we have a budget that works,',
    });
    assert.equal(at('he said')?.type, 'pronounReference');
    const partial = at('a stalling tactic');
    // Whether it is also `uncertain` is the fitted ranker's call (tested below on set confidences).
    assert.deepEqual([partial?.type, partial?.modifiers.filter((m) => m !== 'uncertain')], ['quote', ['partial']]);
    // Plain words carry no token.
    assert.equal(at('postponed'), undefined);
  });

  it('gives a quote that runs over paragraphs one token per line, the reopening mark included', async () => {
    const r = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri: 'file:///t/budget.news' },
    });
    const tokens = decode(r.data, legend, ARTICLE);
    const first = find(ARTICLE, 'The amendment adds').line;
    const second = find(ARTICLE, 'It also cuts').line;
    assert.ok(
      tokens.some(
        (t) => t.line === first && t.type === 'quote' && t.text === 'The amendment adds two new parks to the plan.',
      ),
    );
    assert.ok(tokens.some((t) => t.line === second && t.type === 'quoteMark' && t.char === 0));
    assert.ok(
      tokens.some((t) => t.line === second && t.type === 'quote' && t.text === 'It also cuts the parking budget,'),
    );
  });

  it('answers a delta request with edits that turn the old tokens into the new', async () => {
    const doc: OpenDocument = { uri: 'file:///t/budget.news', text: ARTICLE, version: 1 };
    const first = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri: doc.uri },
    });
    const where = find(ARTICLE, 'Councilman Tom Becker disagreed.');
    await client.edit(doc, { range: { start: where, end: where }, text: '"Enough," said Mayor Ana Ruiz. ' });
    const delta = await client.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: doc.uri },
      previousResultId: first.resultId,
    });
    assert.ok('edits' in delta, 'a delta, not a full result');
    assert.notEqual(delta.resultId, first.resultId);
    const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri: doc.uri },
    });
    assert.deepEqual(applyTokenEdits(first.data, delta), full.data);
    assert.ok(
      delta.edits.reduce((n, e) => n + (e.data?.length ?? 0), 0) < full.data.length,
      'the edits are smaller than the full result',
    );
    const tokens = decode(full.data, legend, doc.text);
    assert.ok(tokens.some((t) => t.text === 'Enough,' && t.type === 'quote'));
    // A result id the server no longer holds gets a full result.
    const again = await client.request<SemanticTokens | SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: doc.uri },
      previousResultId: 'unknown',
    });
    assert.ok('data' in again);
    assert.deepEqual(again.data, full.data);
  });

  it('answers a range request with exactly the full result’s tokens on those lines', async () => {
    const doc = await client.open('file:///t/range.news', ARTICLE);
    const full = decode(
      (await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } }))
        .data,
      legend,
      ARTICLE,
    );
    const range = { start: { line: 4, character: 0 }, end: { line: 8, character: 0 } };
    const part = decode(
      (
        await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
          textDocument: { uri: doc.uri },
          range,
        })
      ).data,
      legend,
      ARTICLE,
    );
    assert.ok(part.length > 0);
    assert.deepEqual(
      part,
      full.filter((t) => t.line >= 4 && t.line <= 8),
    );
  });

  it('counts UTF-16 code units after emoji and ignores CRLF line ends', async () => {
    const text =
      '🗳️ Vote Day\r\n\r\n🇫🇷 French President Emmanuel Macron said the result was "a clear mandate 🎉" on Sunday.\r\n\r\n"We start tomorrow," 😀 Macron told reporters.\r\n';
    const doc = await client.open('file:///t/emoji.news', text);
    const tokens = decode(
      (await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } }))
        .data,
      legend,
      text,
    );
    assertWellFormed(tokens);
    const name = tokens.find((t) => t.text === 'Emmanuel Macron');
    assert.ok(name);
    // "🇫🇷 French President " is 4 + 1 + 17 code units.
    assert.deepEqual([name.line, name.char, name.length], [2, 22, 15]);
    const quote = tokens.find((t) => t.type === 'quote' && t.text.startsWith('a clear mandate'));
    assert.equal(quote?.text, 'a clear mandate 🎉');
    assert.equal(quote?.length, 18);
    assert.deepEqual(name.modifiers, ['declaration', 'source']);
    const source = tokens.find((t) => t.modifiers.includes('source') && t.line === 4);
    assert.equal(source?.text, 'Macron');
    assert.deepEqual(positionOf(text, text.indexOf('Macron told')), { line: 4, character: source.char });
  });
});

/** The span of the nth occurrence of a word in ARTICLE. */
function at(word: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = ARTICLE.indexOf(word, i + 1);
  return { start: i, end: i + word.length };
}

describe('topic tokens (feature, with a hand-made topic list)', () => {
  it('marks topic mentions outside quotations, keeps a quote whole around its topic words, and lets a name win over a topic', () => {
    const base = analyzeArticle(ARTICLE);
    const topics: Topic[] = [
      {
        name: 'budget',
        kind: 'phrase',
        salience: 0.9,
        mentions: [at('budget'), at('budget', 1)],
        marks: [],
        sections: [],
      },
      { name: 'Ruiz', kind: 'person', salience: 0.5, mentions: [at('Ruiz told')], marks: [], sections: [] },
    ];
    const document = TextDocument.create('file:///t/topics.news', 'news', 1, ARTICLE);
    const tokens = decode(semanticTokensFull({ ...base, topics }, document, 'all'), LEGEND, ARTICLE);
    assertWellFormed(tokens);
    const inQuote = positionOf(ARTICLE, at('budget', 1).start);
    assert.equal(inQuote.line, 4);
    assert.deepEqual(
      tokens
        .filter((t) => t.line === 4)
        .slice(0, 3)
        .map((t) => [t.type, t.text]),
      [
        ['quoteMark', '"'],
        ['quote', 'We will keep talking until we have a budget that works,'],
        ['quoteMark', '"'],
      ],
    );
    assert.equal(tokens.find((t) => t.text === 'budget' && t.line === 2)?.type, 'topic');
    assert.equal(tokens.find((t) => t.text === 'Ruiz' && t.line === 4)?.type, 'speaker');
  });
});

describe('topic tokens follow newsAnnotator.topics.highlight', () => {
  const base = analyzeArticle(ARTICLE);
  const amendment: Topic = {
    name: 'amendment',
    kind: 'phrase',
    salience: 1,
    mentions: [at('amendment'), at('amendment', 2)],
    marks: [at('amendment')],
    sections: [],
  };
  const document = TextDocument.create('file:///t/topic-setting.news', 'news', 1, ARTICLE);
  const topicTexts = (highlight: 'off' | 'key' | 'all'): number =>
    decode(semanticTokensFull({ ...base, topics: [amendment] }, document, highlight), LEGEND, ARTICLE).filter(
      (t) => t.type === 'topic',
    ).length;

  it('draws the key marks by default, every mention with "all", none with "off"', () => {
    assert.equal(topicTexts('key'), 1);
    assert.equal(topicTexts('all'), 2);
    assert.equal(topicTexts('off'), 0);
    assert.equal(
      decode(semanticTokensFull({ ...base, topics: [amendment] }, document), LEGEND, ARTICLE).filter(
        (t) => t.type === 'topic',
      ).length,
      1,
    );
  });
});

describe('uncertain quotes', () => {
  const base = analyzeArticle(ARTICLE);
  const document = TextDocument.create('file:///t/uncertain.news', 'news', 1, ARTICLE);
  const quoteModifiers = (change: Partial<Article['quotes'][number]>): string[] | undefined => {
    const at = ARTICLE.indexOf('This delay');
    const quotes = base.quotes.map((q) => (q.start <= at && at < q.end ? { ...q, ...change } : q));
    return decode(semanticTokensFull({ ...base, quotes }, document), LEGEND, ARTICLE).find((t) =>
      t.text.startsWith('This delay'),
    )?.modifiers;
  };

  it('marks a quote whose attribution is not sure, and no other', () => {
    assert.deepEqual(quoteModifiers({ confidence: SURE - 0.05 }), ['uncertain']);
    assert.deepEqual(quoteModifiers({ confidence: SURE }), []);
    assert.deepEqual(quoteModifiers({ confidence: 0.2, method: 'editor' }), []);
    // No speaker at all is `unattributed`, not uncertain.
    assert.deepEqual(quoteModifiers({ speaker: null, method: 'none', confidence: 0 }), ['unattributed']);
  });
});

describe('metadata tokens', () => {
  it('draws a byline and a dateline as metadata, never as a heading', () => {
    const text = [
      'Harbour Bridge Reopens',
      '',
      'Mara Lind, The Coastal Press',
      '',
      'PORTSMOUTH — The bridge reopened on Monday after a month of repairs.',
      '',
      '"It feels good to drive across again," said Olga Berg.',
    ].join('\n');
    const document = TextDocument.create('file:///t/metadata.news', 'news', 1, text);
    const tokens = decode(semanticTokensFull(analyzeArticle(text), document), LEGEND, text);
    assert.deepEqual(
      tokens.filter((t) => t.type === 'metadata').map((t) => t.text),
      ['Mara Lind, The Coastal Press', 'PORTSMOUTH —'],
    );
    assert.deepEqual(
      tokens.filter((t) => t.type === 'heading').map((t) => t.text),
      ['Harbour Bridge Reopens'],
    );
  });
});
