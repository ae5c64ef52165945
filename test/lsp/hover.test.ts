// Hovers over LSP: the entity card on names, titles, pronouns and misspellings; a heading's
// speakers; quotes with their attribution; exact ranges after emoji. Topic hovers are checked
// on the feature with a small topic list, since the core does not fill topics yet.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-protocol';
import { analyzeArticle } from '../../server/src/analysis/article';
import { SURE } from '../../server/src/analysis/attribution/confidence';
import type { Article, Topic } from '../../server/src/analysis/model';
import { hover } from '../../server/src/features/hover';
import { Client, find, textAt } from './harness';

const COUNCIL = [
  'Harbour Plan Approved',
  'Mayor Ana Ruiz [pictured] won approval for the harbour plan on Tuesday after a six-hour session.',
  '"This is a good day for the [north] islands," Ruiz told reporters. "We kept our *promise*."',
  'The mayor said the first ferries would sail in May. She thanked Councilman Tom Becker, who had opposed the plan.',
  'Funding and Ferries',
  '"The money is there," Councilman Tom Becker said. Later, Tom Beckker said he would vote for the budget.',
  '“We will watch every euro,” he added.',
].join('\n\n');

const valueOf = (h: Hover | null): string => (h ? (h.contents as { value: string }).value : '');

describe('hover', () => {
  let client: Client;
  const uri = 'file:///news/council.news';
  const hoverAt = async (needle: string, delta = 1, nth = 0): Promise<Hover | null> =>
    client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: find(COUNCIL, needle, delta, nth),
    });

  before(async () => {
    client = await Client.start();
    await client.open(uri, COUNCIL);
  });
  after(() => client.dispose());

  it('shows a quote’s speaker, its rank among the speaker’s quotes, the cue and the sentence it rests on', async () => {
    const h = await hoverAt('good day');
    const v = valueOf(h);
    // The first line is the article's headline, so the quote sits in the lead.
    assert.match(v, /^\*\*Ana Ruiz\*\* · Mayor\n\nQuote 1 of 2 by this speaker · \*Lead\*/);
    assert.match(v, /cue \*\*told\*\* · source \*\*Ruiz\*\* · confidence \d+ %/);
    // The attribution sentence, the quote's words elided.
    assert.match(v, /\n\n> "…" Ruiz told reporters\.$/);
    assert.equal(textAt(COUNCIL, h!.range!), '"This is a good day for the [north] islands,"');
    const second = valueOf(await hoverAt('kept our'));
    assert.match(second, /Quote 2 of 2 by this speaker/);
    assert.match(second, /continuation of the quote before/);
    assert.match(second, /Continues the quote on line 5/);
  });

  it('shows the hover of its quote on a speech cue', async () => {
    const h = await hoverAt('told reporters');
    assert.match(valueOf(h), /^\*\*Ana Ruiz\*\*/);
    assert.equal(textAt(COUNCIL, h!.range!), 'told');
  });

  it('shows the entity card on a name, with aliases, counts and where it is first named', async () => {
    const h = await hoverAt('Ruiz told');
    const v = valueOf(h);
    assert.equal(textAt(COUNCIL, h!.range!), 'Ruiz');
    assert.match(v, /^\*\*Ana Ruiz\*\* · Mayor\n\nperson · \d+ mentions · 2 quotes/);
    assert.match(v, /Also written: Ruiz, Mayor Ana Ruiz/);
    // Article text is escaped: "[pictured]" is not a Markdown link.
    assert.match(v, /First named on line 3: “Mayor Ana Ruiz \\\[pictured\\\] won approval/);
  });

  it('says who a pronoun or a title stands for', async () => {
    assert.match(valueOf(await hoverAt('She thanked', 0)), /^“She” → \*\*Ana Ruiz\*\* · Mayor/);
    assert.match(valueOf(await hoverAt('The mayor said', 5)), /^“mayor” → \*\*Ana Ruiz\*\*/);
  });

  it('names the right spelling on a misspelt name', async () => {
    const v = valueOf(await hoverAt('Tom Beckker'));
    assert.match(v, /^“Tom Beckker” → \*\*Tom Becker\*\* · Councilman\n\nLikely a misspelling of \*\*Tom Becker\*\*/);
  });

  it('prefers a name inside a quote to the quote around it', async () => {
    const text = '"I spoke to [Ruiz] this morning," Councilman Tom Becker said. Mayor Ana Ruiz agreed.';
    const doc = await client.open('file:///news/inner.news', text);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(text, 'Ruiz]'),
    });
    assert.match(valueOf(h), /^\*\*Ana Ruiz\*\*/);
    const outer = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(text, 'spoke'),
    });
    assert.match(valueOf(outer), /^\*\*Tom Becker\*\*/);
  });

  it('lists a section’s speakers on its heading', async () => {
    const h = await hoverAt('Funding and Ferries');
    assert.equal(textAt(COUNCIL, h!.range!), 'Funding and Ferries');
    // "Tom Beckker said he would vote…" is reported speech: told apart in the total, counted with the
    // speaker's quotes as the JSON and the Topic Sections view count them.
    assert.equal(
      valueOf(h),
      '**Funding and Ferries** · section 2 of 2\n\n2 quotes, 1 reported statement: Tom Becker (3)',
    );
  });

  it('answers nothing on plain words', async () => {
    assert.equal(await hoverAt('six-hour session'), null);
  });

  it('counts UTF-16 code units after emoji', async () => {
    const text = '🎉🎉 Mayor Ana Ruiz cheered. "We did it 🚢," Ruiz said.';
    const doc = await client.open('file:///news/emoji.news', text);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: { line: 0, character: 12 },
    });
    assert.deepEqual(h?.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 19 } });
    assert.equal(textAt(text, h.range), 'Ana Ruiz');
    const q = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(text, '🚢', 1),
    });
    assert.equal(textAt(text, q!.range!), '"We did it 🚢,"');
  });
});

describe('topic hover (feature, with a hand-made topic list)', () => {
  const text = COUNCIL;
  const document = TextDocument.create('file:///news/council.news', 'news', 1, text);
  const base = analyzeArticle(text);
  const spans = (word: string): { start: number; end: number }[] => {
    const out: { start: number; end: number }[] = [];
    const lower = text.toLowerCase();
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1))
      out.push({ start: i, end: i + word.length });
    return out;
  };
  const ferries: Topic = {
    name: 'ferries',
    kind: 'phrase',
    salience: 0.5,
    mentions: spans('ferries'),
    marks: [],
    sections: base.sections.map((s) => s.id),
  };
  const euro: Topic = {
    name: 'euro',
    kind: 'phrase',
    salience: 0.2,
    mentions: spans('euro'),
    marks: [],
    sections: [base.sections[1].id],
  };
  const article: Article = { ...base, topics: [ferries, euro] };

  it('shows the topic and the sections it occurs in', () => {
    assert.equal(ferries.mentions.length, 2);
    const h = hover(article, document, document.positionAt(text.indexOf('ferries would') + 2));
    assert.equal(textAt(text, h!.range!), 'ferries');
    assert.equal(valueOf(h), '**ferries** · topic\n\n2 mentions in 2 sections: Lead (1), Funding and Ferries (1)');
    // Inside a quotation the quote's card comes first; the topic shows on its words elsewhere.
    const inQuote = hover(article, document, document.positionAt(text.indexOf('euro')));
    assert.match(valueOf(inQuote), /^\*\*Tom Becker\*\*/);
    const one = hover(
      {
        ...article,
        quotes: article.quotes.filter((q) => !(q.start <= text.indexOf('euro') && text.indexOf('euro') < q.end)),
      },
      document,
      document.positionAt(text.indexOf('euro')),
    );
    assert.equal(valueOf(one), '**euro** · topic\n\n1 mention in 1 section: Funding and Ferries (1)');
  });

  it('shows a section’s topics on its heading', () => {
    const sections = base.sections.map((s, i) => ({ ...s, topics: i === 1 ? ['ferries', 'euro'] : [] }));
    const h = hover({ ...article, sections }, document, document.positionAt(text.indexOf('Funding and') + 2));
    assert.match(valueOf(h), /\n\nTopics: ferries, euro$/);
  });
});

describe('quote hover: sure and not sure (feature, confidence set on the model)', () => {
  const text = COUNCIL;
  const document = TextDocument.create('file:///news/council.news', 'news', 1, text);
  const base = analyzeArticle(text);
  const at = text.indexOf('good day');
  const withQuote = (change: Partial<Article['quotes'][number]>): string => {
    const quotes = base.quotes.map((q) => (q.start <= at && at < q.end ? { ...q, ...change } : q));
    return valueOf(hover({ ...base, quotes }, document, document.positionAt(at)));
  };

  it('asks to check an attribution whose confidence is below "sure", with the confidence', () => {
    const v = withQuote({ confidence: SURE - 0.1 });
    assert.match(v, /^\*\*Ana Ruiz\*\*/);
    assert.match(
      v,
      new RegExp(
        `\n\n⚠ \\*\\*Check\\*\\*: the attribution is not sure \\(confidence ${Math.round(100 * (SURE - 0.1))} %\\)`,
      ),
    );
    assert.doesNotMatch(v, / · confidence/);
  });

  it('shows the confidence alone at and above "sure"', () => {
    const v = withQuote({ confidence: SURE });
    assert.match(v, new RegExp(`source \\*\\*Ruiz\\*\\* · confidence ${Math.round(100 * SURE)} %`));
    assert.doesNotMatch(v, /Check/);
  });

  it('never asks to check a speaker set by hand', () => {
    assert.doesNotMatch(withQuote({ confidence: 0.1, method: 'editor' }), /Check|confidence/);
  });
});
