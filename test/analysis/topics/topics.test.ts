import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../../server/src/analysis/article';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'press-conference.news'), 'utf8');

describe('topics', () => {
  const a = analyzeArticle(sample);
  const topicsOf = (title: string | null): string[] => {
    const s = a.sections.find((x) => x.title === title);
    assert.ok(s, `no section ${title}`);
    return s.topics;
  };

  it("names each section's real subjects in the sample press conference", () => {
    assert.ok(
      topicsOf(null).some((t) => /cyber/i.test(t)),
      `lead: ${topicsOf(null).join()}`,
    );
    assert.ok(topicsOf("Russia's 'Role of Strong Leader' in International Relations").includes('Syria'));
    assert.ok(topicsOf('Normandy Format to Settle Conflict in Donbass').includes('Donbass'));
    const iran = topicsOf('Iran Nuclear Deal Must Be Preserved');
    assert.equal(iran[0], 'Iran');
    assert.ok(iran.includes('nuclear deal'), `Iran section: ${iran.join()}`);
    assert.ok(topicsOf('Peace Process on Korean Peninsula Must Continue').includes('Korean Peninsula'));
    assert.ok(topicsOf('Russia Should Have Access to MH17 Investigation').includes('MH17'));
  });

  it('does not list the speakers quoted in a section among its topics', () => {
    for (const s of a.sections)
      assert.ok(!s.topics.some((t) => /Putin|Macron/.test(t)), `${s.title}: ${s.topics.join()}`);
  });

  it('ranks article topics by salience, each with its mentions and sections', () => {
    assert.ok(a.topics.length > 5);
    assert.equal(a.topics[0].salience, 1);
    for (let i = 1; i < a.topics.length; i++) assert.ok(a.topics[i].salience <= a.topics[i - 1].salience);
    const ids = new Set(a.sections.map((s) => s.id));
    for (const t of a.topics) assert.ok(t.sections.length > 0 && t.sections.every((id) => ids.has(id)), t.name);
    const iran = a.topics.find((t) => t.name === 'Iran');
    assert.ok(iran && iran.kind === 'place');
    assert.deepEqual(iran.sections, [a.sections.find((x) => x.title === 'Iran Nuclear Deal Must Be Preserved')?.id]);
    assert.ok(iran.mentions.every((m) => /^Iran(ian)?$/.test(sample.slice(m.start, m.end))));
  });

  it('counts a demonym as its country and folds "the deal" into the deal the article names', () => {
    const text = [
      'Syrian Talks Resume in Geneva',
      'Negotiators met in Geneva on Monday to revive the stalled Syrian peace talks, the first round since January.',
      'Syria has rejected earlier drafts of a ceasefire deal, and the opposition says the deal offers too little.',
      'Diplomats said the ceasefire deal could be signed by Friday if Damascus accepts monitors.',
      'The United Nations envoy said the deal was "the best chance in years" for Syria.',
    ].join('\n');
    const b = analyzeArticle(text);
    const syria = b.topics.find((t) => t.name === 'Syria');
    assert.ok(syria, JSON.stringify(b.topics.map((t) => t.name)));
    assert.ok(
      syria.mentions.some((m) => text.slice(m.start, m.end) === 'Syrian'),
      'the demonym is a mention of Syria',
    );
    const deal = b.topics.find((t) => t.name === 'ceasefire deal');
    assert.ok(deal, JSON.stringify(b.topics.map((t) => t.name)));
    assert.ok(deal.mentions.length >= 4, 'every "deal" counts for the ceasefire deal');
    assert.ok(!b.topics.some((t) => t.name === 'deal'));
  });

  it('takes no person quoted in the article as its top topic, and no sentence opener as a name', () => {
    const text = [
      'Mayor Anna Berg said on Tuesday that the city would close the swing bridge for repairs.',
      '"The swing bridge is no longer safe," Berg said. "We cannot wait another winter."',
      'And the repairs will cost $4 million, the bridge authority said.',
      'Drivers will use the ferry while the swing bridge is closed.',
    ].join('\n\n');
    const b = analyzeArticle(text);
    assert.notEqual(b.topics[0]?.name, 'Anna Berg');
    assert.ok(
      b.topics.some((t) => t.name === 'swing bridge'),
      JSON.stringify(b.topics.map((t) => t.name)),
    );
    assert.ok(!b.topics.some((t) => /^And\b/.test(t.name)));
  });

  it('makes no topic of a negated auxiliary ("didn\'t"), however often the article uses it', () => {
    const text = [
      "Anna Berg didn't score. She didn't need to, because the Harbour Hawks won the final in overtime.",
      '"We didn\'t play our best," coach Tom Reed said. "We didn\'t quit either."',
      "The Harbour Hawks didn't lose a game in overtime all season.",
    ].join('\n\n');
    const names = analyzeArticle(text).topics.map((t) => t.name);
    assert.ok(!names.some((n) => /n['’]t$/.test(n)), JSON.stringify(names));
  });

  it('makes no topic of a single common noun, however often the article repeats it', () => {
    const text = [
      'Union leaders and the port owners resumed talks on Monday, and the talks went on past midnight.',
      'Both sides said the talks were useful. The changes to the night shift were the main issue in the talks.',
      'Dock workers want the changes written into the contract, and the owners want the changes delayed.',
      'The talks will resume on Thursday, when the owners will answer the demand for a contract clause on the night shift.',
    ].join('\n\n');
    const names = analyzeArticle(text).topics.map((t) => t.name.toLowerCase());
    assert.ok(!names.includes('talks') && !names.includes('changes'), JSON.stringify(names));
    assert.ok(names.includes('night shift'), JSON.stringify(names));
  });

  it("marks each section's key topics at most once a paragraph, and never inside a quotation", () => {
    const a = analyzeArticle(sample);
    const marks = a.topics.flatMap((t) => t.marks.map((m) => ({ ...m, t })));
    assert.ok(marks.length > 0);
    const paragraphOf = (pos: number): number => a.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
    const perParagraph = new Map<number, number>();
    for (const m of marks) perParagraph.set(paragraphOf(m.start), (perParagraph.get(paragraphOf(m.start)) ?? 0) + 1);
    assert.ok([...perParagraph.values()].every((n) => n === 1));
    for (const m of marks) {
      assert.ok(!a.quotes.some((q) => q.kind !== 'indirect' && q.start <= m.start && m.start < q.end));
      const section = a.sections.find((s) => s.range.start <= m.start && m.start < s.range.end)!;
      // Its key topics: the first three it lists that are article topics, not people or organisations (marked as such).
      const key = section.topics
        .filter((name) => a.topics.some((t) => t.name === name && t.kind !== 'person' && t.kind !== 'organisation'))
        .slice(0, 3);
      assert.ok(key.includes(m.t.name), `${m.t.name} is not a key topic of ${section.title}`);
      assert.ok(m.t.mentions.some((x) => x.start === m.start && x.end === m.end));
    }
    // The sample's 1,651 words: at most 15 marks per 1,000 words.
    const words = sample.split(/\s+/).filter(Boolean).length;
    assert.ok((1000 * marks.length) / words <= 15, `${marks.length} marks in ${words} words`);
  });
});
