// collectTerms: each paragraph's content words (for cohesion) and the candidate topics with their
// mentions, on the sentences, candidates and entities analyzeSpeech makes of a short text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeSpeech, type SpeechAnalysis } from '../../../server/src/analysis/article';
import {
  type ArticleTerms,
  collectTerms,
  spanWords,
  type TermOptions,
} from '../../../server/src/analysis/topics/terms';
import { type Group, nameOf, STRIDE } from '../../../server/src/analysis/topics/topicGroups';
import { WordTable } from '../../../server/src/analysis/topics/topicWords';

/** The word table of this file's analyses (one for the run, as the command line keeps one). */
const words = new WordTable();
const intern = (s: string): number => words.intern(s);
const interned = (id: number): string => words.interned(id);
const lookUp = (lower: string): number => words.lookUp(lower);

/** The one call of collectTerms in this file. */
function collect(read: SpeechAnalysis, opts: Partial<TermOptions> = {}): ArticleTerms {
  words.begin();
  return collectTerms(
    read.text,
    read.paragraphs.length,
    read.infos,
    { skip: new Set(), headings: new Set(), people: new Set(), runIns: new Map(), ...opts },
    words,
  );
}

/** The words people are named by, as topicSections.prepare reads them from the entities. */
function peopleWords(read: SpeechAnalysis): Set<number> {
  const out = new Set<number>();
  for (const e of read.entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions)
      if (m.kind === 'name' || m.kind === 'surname' || m.kind === 'misspelling')
        spanWords(words, read.text, m.start, m.end, out);
  }
  return out;
}

/** Terms of a text read as the analysis reads it, with its people's words. */
function termsOf(text: string, opts: Partial<TermOptions> = {}): { read: SpeechAnalysis; terms: ArticleTerms } {
  const read = analyzeSpeech(text);
  return { read, terms: collect(read, { people: peopleWords(read), ...opts }) };
}

/** The stems of paragraph p's content words, in order. */
function stems(terms: ArticleTerms, p: number): string[] {
  return [...terms.termIds.subarray(terms.termStart[p], terms.termStart[p + 1])].map(interned);
}

interface SeenMention {
  text: string;
  start: number;
  paragraph: number;
  weight: number;
}

/** Each group as "kind:name" with its mentions. */
function groups(text: string, terms: ArticleTerms): Map<string, { group: Group; mentions: SeenMention[] }> {
  const out = new Map<string, { group: Group; mentions: SeenMention[] }>();
  for (const g of terms.groups.all) {
    const mentions: SeenMention[] = [];
    for (let i = 0; i < g.mentions.length; i += STRIDE) {
      mentions.push({
        text: text.slice(g.mentions[i], g.mentions[i + 1]),
        start: g.mentions[i],
        paragraph: g.mentions[i + 2],
        weight: g.mentions[i + 3],
      });
    }
    out.set(`${g.kind}:${nameOf(g, text)}`, { group: g, mentions });
  }
  return out;
}

const keys = (text: string, terms: ArticleTerms): string[] => [...groups(text, terms).keys()];

describe('collectTerms: the words of each paragraph', () => {
  it('gives each paragraph its content words as stems, in order, and counts its words', () => {
    const t = 'The ferry crossed the fjord. Two ferries sank near Tromsvik.\n\nThe vote in Thornbury was close.';
    const { terms } = termsOf(t);
    assert.deepEqual(stems(terms, 0), ['ferri', 'cross', 'fjord', 'ferri', 'sank', 'near', 'tromsvik']);
    assert.deepEqual(stems(terms, 1), ['vote', 'thornburi', 'close']);
    assert.deepEqual([...terms.wordCounts], [10, 6]);
    assert.equal(terms.termStart[2], terms.termIds.length);
  });

  it('leaves out stopwords, words of two letters and speech verbs', () => {
    const { terms } = termsOf('She said it was up to us.');
    assert.deepEqual(stems(terms, 0), []);
    assert.equal(terms.wordCounts[0], 7);
    assert.deepEqual(stems(termsOf('The crews insisted, warned and explained.').terms, 0), ['crew']);
  });

  it('weights a word by how specific it is: a rare word fully, a common one less', () => {
    const { terms } = termsOf('The plan needs a fjord.');
    const weight = (stem: string) => terms.termWeights[stems(terms, 0).indexOf(stem)];
    assert.equal(weight('fjord'), 1);
    assert.ok(weight('plan') < 0.9 && weight('plan') >= 0.3, String(weight('plan')));
  });

  it('reads nothing of a skipped paragraph', () => {
    const t = 'By Ada Lowe, harbour correspondent\n\nThe ferry crossed the fjord.';
    const { terms } = termsOf(t, { skip: new Set([0]) });
    assert.deepEqual(stems(terms, 0), []);
    assert.equal(terms.wordCounts[0], 0);
    assert.deepEqual(stems(terms, 1), ['ferri', 'cross', 'fjord']);
    assert.ok(keys(t, terms).every((k) => !k.includes('correspondent')));
  });

  it("keeps a heading's stems apart, as no terms and no mentions", () => {
    const t = 'Ferry Strike\n\nThe crews walked out on Friday.';
    const { terms } = termsOf(t, { headings: new Set([0]) });
    assert.deepEqual([...(terms.headings.get(0) ?? [])].map(interned).sort(), ['ferri', 'strike']);
    assert.deepEqual(stems(terms, 0), []);
    assert.equal(terms.wordCounts[0], 0);
    assert.deepEqual(keys(t, terms), ['phrase:crews']);
  });

  it("reads the words before a run-in head's end as a heading's", () => {
    const t = 'FERRY STRIKE — The crews walked out on Friday.';
    const { terms } = termsOf(t, { runIns: new Map([[0, t.indexOf(' —')]]) });
    assert.deepEqual([...(terms.headings.get(0) ?? [])].map(interned).sort(), ['ferri', 'strike']);
    assert.deepEqual(stems(terms, 0), ['crew', 'walk', 'friday']);
  });
});

describe('collectTerms: candidate topics', () => {
  it('makes noun phrases of lower-case runs: the head alone and the last two and three words', () => {
    const t = 'The old toll bridge repair crews left.';
    const { terms } = termsOf(t);
    assert.deepEqual(keys(t, terms), ['phrase:crews', 'phrase:repair crews', 'phrase:bridge repair crews']);
    const g = groups(t, terms);
    assert.deepEqual(g.get('phrase:bridge repair crews')?.mentions, [
      { text: 'bridge repair crews', start: t.indexOf('bridge'), paragraph: 0, weight: 1 },
    ]);
    assert.equal(g.get('phrase:repair crews')?.group.words, 2);
  });

  it('groups the inflections of a head noun: "ferry" and "ferries"', () => {
    const t = 'The ferry crossed the fjord. Two ferries sank.';
    const { terms } = termsOf(t);
    assert.deepEqual(
      groups(t, terms)
        .get('phrase:ferry')
        ?.mentions.map((m) => m.text),
      ['ferry', 'ferries'],
    );
  });

  it('takes a place or organisation right before a phrase as its modifier: "Norway fishing quota talks"', () => {
    const t = 'Crews met at the Norway fishing quota talks.';
    const { terms } = termsOf(t);
    const g = groups(t, terms);
    assert.ok(g.has('event:Norway fishing quota talks'), JSON.stringify(keys(t, terms)));
    // A modifying place is kept under its name's id, negated.
    assert.equal(g.get('event:Norway fishing quota talks')?.group.first, -intern('norway'));
    assert.ok(g.has('place:Norway'));
  });

  it('makes a phrase headed by an event noun an event, and any other a phrase', () => {
    const t = 'The crews went on strike over the repair plan.';
    assert.deepEqual(keys(t, termsOf(t).terms), ['phrase:crews', 'event:strike', 'phrase:plan', 'phrase:repair plan']);
  });

  it('makes no topic of where something was said: "a press conference", "a statement"', () => {
    const t = 'The mayor spoke at a press conference and in a statement.';
    assert.deepEqual(keys(t, termsOf(t).terms), []);
  });

  it("groups a country with its demonym and its other spellings, under the country's name", () => {
    const t = 'The Iranian border opened and Iran welcomed it. The U.S. and the United States agreed.';
    const g = groups(t, termsOf(t).terms);
    assert.deepEqual(
      g.get('place:Iran')?.mentions.map((m) => m.text),
      ['Iranian', 'Iran'],
    );
    assert.equal(g.get('place:Iran')?.group.label, 'Iran');
    assert.deepEqual(
      g.get('place:United States')?.mentions.map((m) => m.text),
      ['U.S.', 'United States'],
    );
  });

  it('groups an organisation\'s mentions with and without "The", each mention without it', () => {
    const t = 'He reads The Harbour Gazette, and the Harbour Gazette reads him.';
    const g = groups(t, termsOf(t).terms);
    assert.deepEqual(keys(t, termsOf(t).terms), ['organisation:Harbour Gazette']);
    assert.deepEqual(
      g.get('organisation:Harbour Gazette')?.mentions.map((m) => [m.text, m.start]),
      [
        ['Harbour Gazette', t.indexOf('Harbour')],
        ['Harbour Gazette', t.lastIndexOf('Harbour')],
      ],
    );
  });

  it('takes a code inside a name for an event: "Flight NK204"', () => {
    const t = 'The crew said Flight NK204 was late.';
    const g = groups(t, termsOf(t).terms);
    assert.deepEqual(
      g.get('event:NK204')?.mentions.map((m) => m.text),
      ['NK204'],
    );
    assert.ok(![...g.keys()].some((k) => k.includes('Flight')));
  });

  it('makes an unknown capitalised name a topic, an event if its head is one', () => {
    const t = 'The ferry to Lower Thornbury left before the Harbour Summit opened.';
    assert.deepEqual(keys(t, termsOf(t).terms).sort(), [
      'event:Harbour Summit',
      'phrase:Lower Thornbury',
      'phrase:ferry',
    ]);
  });

  it("makes no topic of a name made of people's words", () => {
    const t = 'The ferry to Lower Thornbury left.';
    const read = analyzeSpeech(t);
    assert.ok(keys(t, collect(read)).includes('phrase:Lower Thornbury'));
    const people = new Set([lookUp('lower'), lookUp('thornbury')]);
    assert.ok(!keys(t, collect(read, { people })).includes('phrase:Lower Thornbury'));
  });

  it('makes no topic of a person', () => {
    const t = 'Captain Ada Lowe sailed to Tromsvik.';
    assert.deepEqual(keys(t, termsOf(t).terms), ['phrase:Tromsvik']);
  });

  it('takes a lone capitalised word that opens a sentence for no name, but the same word inside one', () => {
    const t = 'Thornbury voted. The vote in Thornbury was close.';
    const g = groups(t, termsOf(t).terms);
    assert.deepEqual(
      g.get('phrase:Thornbury')?.mentions.map((m) => m.start),
      [t.lastIndexOf('Thornbury')],
    );
  });

  it("weighs words inside a quotation less than the writer's", () => {
    const t = 'The toll bridge opened. "The toll bridge is a disgrace," said Ada Lowe.';
    const g = groups(t, termsOf(t).terms);
    assert.deepEqual(
      g.get('phrase:toll bridge')?.mentions.map((m) => m.weight),
      [1, 0.6],
    );
    assert.deepEqual(
      g.get('phrase:disgrace')?.mentions.map((m) => m.weight),
      [0.6],
    );
  });

  it('gives a group the mean specificity of its mentions', () => {
    const t = 'The toll bridge opened. The new toll bridge closed.';
    const g = groups(t, termsOf(t).terms).get('phrase:bridge');
    assert.ok(g);
    assert.equal(g.mentions.length, 2);
    assert.ok(g.group.specificity > 0.3 && g.group.specificity < 1, String(g.group.specificity));
  });

  // "OK" once passed mentions.ts's acronym test as an organisation, and in a whole analysis became
  // the article's most salient topic; an everyday word in capitals is now no candidate at all.
  it('makes no topic of "OK"', () => {
    const t = 'Captain Ada Lowe said it was OK to wait.';
    assert.ok(!keys(t, termsOf(t).terms).some((k) => k.endsWith(':OK')));
  });
});

describe('spanWords', () => {
  it('gives the word indexes of a span, trimmed of quotation marks and punctuation', () => {
    const t = 'He thanked “Ada Lowe,” and left.';
    const out: number[] = [];
    spanWords(words, t, t.indexOf('“'), t.indexOf(' and'), out);
    assert.deepEqual(out, [lookUp('ada'), lookUp('lowe')]);
  });
});
