// What the Sources view and its chart show, from an article answer: nodes, wording, the balance
// for the status bar, and the chart page (no script, speaker colours as CSS variables).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleResult, QuoteInfo } from '../../common/protocol';
import { balanceText, chartPage, NO_SPEAKER_ID, quoteNodes, sourceNodes } from '../../client/src/sourceList';

const at = (line: number) => ({
  start: { line, character: 0 },
  end: { line, character: 10 },
});

function quote(id: string, speaker: string | null, line: number, kind: QuoteInfo['kind'] = 'direct'): QuoteInfo {
  return {
    id,
    range: at(line),
    kind,
    speaker,
    cue: null,
    source: null,
    confidence: 0.9,
    sure: true,
    excerpt: `“quote ${id}”`,
    section: 's0',
    method: 'cue',
    unclosed: false,
  };
}

const ARTICLE: ArticleResult = {
  uri: 'file:///pier.news',
  version: 1,
  title: null,
  sections: [],
  speakers: [],
  topics: [],
  metadata: [],
  quotes: [quote('q1', 'e1', 2), quote('q2', 'e2', 4), quote('q3', 'e1', 6), quote('q4', null, 8)],
  sources: [
    {
      id: 'e1',
      name: 'Lena Hart',
      kind: 'person',
      role: 'Mayor',
      quotes: 2,
      reported: 1,
      words: 12,
      share: 0.6,
      gender: 'female',
      genderEvidence: 'she, ¶3',
    },
    { id: 'e2', name: 'a resident', kind: 'anonymous', role: null, quotes: 1, reported: 0, words: 4, share: 0.2 },
  ],
  balance: { people: 1, women: 1, men: 0, unknown: 0 },
  sourceCharts: { shareOfVoice: '<svg class="chart" data-chart="share-of-voice"></svg>' },
};

describe('Sources view data', () => {
  it('lists sources most words first with voice, kind and gender, then the quotes with no speaker', () => {
    const nodes = sourceNodes(ARTICLE);
    assert.deepEqual(
      nodes.map((n) => [n.label, n.description, n.quotes.map((q) => q.id)]),
      [
        ['Lena Hart', '60 % · 2 quotes · woman', ['q1', 'q3']],
        ['a resident', '20 % · 1 quote · anonymous source', ['q2']],
        ['No speaker found', '1 quote', ['q4']],
      ],
    );
    assert.equal(nodes[2].id, NO_SPEAKER_ID);
    assert.match(nodes[0].tooltip, /Mayor[\s\S]*woman \(from “she, ¶3”\)[\s\S]*1 reported statement/);
    assert.deepEqual(
      quoteNodes(nodes[0]).map((q) => q.id),
      ['source:Lena Hart/q1', 'source:Lena Hart/q3'],
    );
  });

  it('words the balance for the status bar, and says nothing when gender is off', () => {
    assert.equal(balanceText(ARTICLE), 'women: 1 of 1 source');
    assert.equal(
      balanceText({ ...ARTICLE, balance: { people: 7, women: 2, men: 4, unknown: 1 } }),
      'women: 2 of 7 sources',
    );
    assert.equal(balanceText({ ...ARTICLE, balance: undefined }), null);
  });

  it('draws the chart page with the speaker colours and no script', () => {
    const html = chartPage(ARTICLE, 'Who gets a voice: pier.news', (s) =>
      s.id === 'e1' ? 'newsAnnotator.speaker3Foreground' : undefined,
    );
    assert.match(html, /--news-source-e1: var\(--vscode-newsAnnotator-speaker3Foreground\);/);
    assert.match(html, /--news-source-e2: var\(--vscode-descriptionForeground\);/);
    assert.match(html, /default-src 'none'; style-src 'unsafe-inline';/);
    assert.match(html, /data-chart="share-of-voice"/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /Gender balance/, 'no gender chart when the server sends none');
  });
});
