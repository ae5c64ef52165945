// Who gets a voice, over LSP: the article request's sources, balance and chart, the hover's gender
// line with the evidence that decided it, and `newsAnnotator.sources.gender` turning gender off.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { ArticleRequestMethod, type ArticleResult } from '../../common/protocol';
import { Client, find } from './harness';

const TEXT = [
  'Pier Reopens',
  '',
  'Mayor Lena Hart reopened the pier on Friday.',
  '',
  'She said the repairs had cost less than planned. "We kept every plank we could," she said.',
  '',
  '"It held in the storm," Mr. Owen Pratt said.',
  '',
  '"Nobody told us," a resident said.',
].join('\n');

const valueOf = (h: Hover | null): string => (h ? (h.contents as { value: string }).value : '');

describe('sources over LSP', () => {
  let client: Client;
  const uri = 'file:///news/pier.news';
  const hoverAt = (needle: string): Promise<Hover | null> =>
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: find(TEXT, needle, 1) });

  before(async () => {
    client = await Client.start();
    await client.open(uri, TEXT);
  });
  after(() => client.dispose());

  it('lists the sources with their voice and gender, the balance and the charts', async () => {
    const r = await client.request<ArticleResult>(ArticleRequestMethod, { uri });
    assert.deepEqual(
      r.sources?.map((s) => [s.name, s.kind, s.quotes, s.gender, s.genderEvidence]),
      [
        ['Lena Hart', 'person', 1, 'female', 'She, ¶3'],
        ['Owen Pratt', 'person', 1, 'male', 'Mr, ¶4'],
        ['a resident', 'anonymous', 1, undefined, undefined],
      ],
    );
    assert.deepEqual(r.balance, { people: 2, women: 1, men: 1, unknown: 0 });
    assert.match(r.sourceCharts?.shareOfVoice ?? '', /data-chart="share-of-voice"/);
    const hart = r.sources?.[0].id ?? '';
    assert.ok(r.sourceCharts?.shareOfVoice.includes(`var(--news-source-${hart})`), 'bars in the speaker colours');
    assert.match(r.sourceCharts?.genderBalance ?? '', /data-chart="gender-balance"/);
  });

  it('tells a person’s gender on hover, with the evidence that decided it, and their share of voice', async () => {
    const v = valueOf(await hoverAt('Hart reopened'));
    assert.match(v, /Woman, from the pronoun “She” \(¶3\)/);
    assert.match(v, /Share of voice \d+ % · 6 words quoted/);
    assert.match(valueOf(await hoverAt('Owen')), /Man, from the honorific “Mr” \(¶4\)/);
  });

  it('tells no gender anywhere when newsAnnotator.sources.gender is off', async () => {
    await client.configure({ sources: { gender: false } });
    const r = await client.request<ArticleResult>(ArticleRequestMethod, { uri });
    assert.ok(r.sources?.length);
    assert.ok(r.sources?.every((s) => s.gender === undefined && s.genderEvidence === undefined));
    assert.equal(r.balance, undefined);
    assert.equal(r.sourceCharts?.genderBalance, undefined);
    assert.doesNotMatch(valueOf(await hoverAt('Hart reopened')), /Woman|Gender/);
    await client.configure({});
    assert.match(valueOf(await hoverAt('Hart reopened')), /Woman/);
  });
});
