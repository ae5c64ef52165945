// One test per pattern family of news attribution, on sentences written for the purpose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, slice } from '../helpers';

describe('cues and where the speaker stands', () => {
  it('cue after the quote, with the name before or after the verb', () => {
    const a = analyze(
      '"The dam will hold," engineer Sara Quist said.\n"We checked every bolt," said Omar Haddad, her deputy.',
    );
    assert.equal(a.speakerOf('dam will hold'), 'Sara Quist');
    assert.equal(a.speakerOf('every bolt'), 'Omar Haddad');
  });

  it('cue before the quote with a colon or a comma', () => {
    const a = analyze(
      'Mayor Lise Brandt told the council: "The budget is balanced."\nCouncillor Tom Reyes replied, "Not for the schools."',
    );
    assert.equal(a.speakerOf('budget is balanced'), 'Lise Brandt');
    assert.equal(a.speakerOf('Not for the schools'), 'Tom Reyes');
  });

  it('a cue in another tense, with adverbs between the subject and the verb', () => {
    const a = analyze('Chancellor Ute Maier has repeatedly warned, "Debt is not a plan."');
    assert.equal(a.speakerOf('Debt is not a plan'), 'Ute Maier');
  });

  it('a question or exclamation keeps its attribution in the same sentence', () => {
    const a = analyze(
      'Senator Rita Moss rose to speak.\n"Who pays for this?" Moss asked. "Nobody has told us!" shouted Dan Kerr, a farmer.',
    );
    assert.equal(a.speakerOf('Who pays'), 'Rita Moss');
    assert.equal(a.speakerOf('Nobody has told'), 'Dan Kerr');
  });

  it('a name after a dash, and a transcript speaker label', () => {
    const a = analyze(
      'Readers wrote in.\n“The new park is a gift.” — Helen Wirth\n"HOST: Welcome back to the programme."',
    );
    assert.equal(a.speakerOf('new park'), 'Helen Wirth');
    assert.equal(a.speakerOf('Welcome back'), 'Host');
  });

  it('a participle or a coordinated verb shares the main subject', () => {
    const a = analyze(
      'Governor Ada Lowe signed the bill on Friday, calling it "a turning point."\nAda Lowe smiled and added, "It took years."',
    );
    assert.equal(a.speakerOf('turning point'), 'Ada Lowe');
    assert.equal(a.speakerOf('It took years'), 'Ada Lowe');
  });

  it('a speech noun names its possessor as the speaker', () => {
    const a = analyze('Critics mocked Minister Paul Okafor’s claim that "nobody will notice the cuts."');
    assert.equal(a.speakerOf('nobody will notice'), 'Paul Okafor');
  });

  it('an introductory phrase is not the subject', () => {
    const a = analyze(
      'Speaking in Lyon, France, on Monday, Prime Minister Claire Dubois said the reform was "overdue."',
    );
    assert.equal(a.speakerOf('overdue'), 'Claire Dubois');
  });

  it('a name before an unknown past-tense verb after the quote', () => {
    const a = analyze(
      '"France will stay France," an angry Marc Leroy retorted.\n"That is enough," Judge Ina Holt interjected.',
    );
    assert.equal(a.speakerOf('stay France'), 'Marc Leroy');
    assert.equal(a.speakerOf('That is enough'), 'Ina Holt');
  });
});

describe('who the source is', () => {
  it('organisations and documents speak: "the ministry said", "the report says"', () => {
    const t =
      '"Prices will fall," the Finance Ministry said in a statement.\n"Emissions rose by 4 percent," the report says.';
    const a = analyze(t);
    assert.equal(slice(t, a.quote('Prices will fall').source), 'Finance Ministry');
    assert.equal(a.entities.find((e) => e.id === a.quote('Prices will fall').speaker)?.kind, 'organisation');
    assert.equal(slice(t, a.quote('Emissions rose').source), 'the report');
  });

  it('people named by what they do speak as a group: "the ferry operators said", "economists say"', () => {
    const t = 'The ferry operators said they were "relieved" by the ruling.\nEconomists say the plan is "a gamble."';
    const a = analyze(t);
    assert.equal(a.speakerOf('relieved'), 'ferry operators');
    assert.equal(slice(t, a.quote('a gamble').source), 'Economists');
  });

  it('a statement someone released speaks for them', () => {
    const t = 'The city council released a statement saying the strike was "regrettable."';
    const a = analyze(t);
    assert.match(slice(t, a.quote('regrettable').source) ?? '', /city council/);
  });

  it('"who" after a name is a mention of that person', () => {
    const t = 'Glen Porter, who has called the plan "reckless," spoke last.';
    const a = analyze(t);
    const glen = a.entity('Glen Porter');
    assert.equal(a.speakerOf('reckless'), 'Glen Porter');
    assert.ok(glen?.mentions.some((m) => t.slice(m.start, m.end) === 'who'));
  });

  it('a title standing alone refers to the person who holds it', () => {
    const a = analyze(
      'Brazilian President Lucas Prado met Chilean President Ana Soto.\n"Trade is up," the Chilean president said.',
    );
    assert.equal(a.speakerOf('Trade is up'), 'Ana Soto');
  });

  it('she and he agree with the gender of the name', () => {
    const a = analyze('Maria Lopez and John Baker led the talks.\n"We are close," she said.\n"Not yet," he said.');
    assert.equal(a.speakerOf('We are close'), 'Maria Lopez');
    assert.equal(a.speakerOf('Not yet'), 'John Baker');
  });

  it('the writer\'s own "I" is a source of its own', () => {
    const a = analyze('"You are late," I said to the guard.');
    assert.equal(a.speakerOf('You are late'), 'The writer');
  });

  it('a pronoun with no name before it keeps its span as the source', () => {
    const t = '"Leave him alone," she shouted.';
    const a = analyze(t);
    assert.equal(slice(t, a.quote('Leave him').source), 'she');
  });
});

describe('what is not speech', () => {
  it('titles of shows and works are terms, not quotes', () => {
    const a = analyze(
      'Senator Ray Cole spoke on NBC’s "Meet the Press" and in the documentary "Cold Water," then left.',
    );
    assert.deepEqual(
      a.quotes.map((q) => q.kind),
      ['term', 'term'],
    );
    assert.ok(a.quotes.every((q) => q.speaker === null));
  });

  it('a nickname inside a name is a term, not a quote', () => {
    const a = analyze('Rep. Robert "Bobby" Vance opened the fair.');
    assert.deepEqual(
      a.quotes.map((q) => [a.text.slice(q.start, q.end), q.kind]),
      [['"Bobby"', 'term']],
    );
  });

  it('quotes in the headline are not attributed', () => {
    const a = analyze(
      'Mayor says bridge is \'safe\'.\n\nThe mayor inspected the bridge on Monday.\n\n"It is safe," Mayor Ken Ito said.',
    );
    assert.deepEqual(a.quoteTexts(), ['"It is safe,"']);
  });

  it('a cue-less quote after another speaker continues, but a lone scare quote does not', () => {
    const a = analyze(
      '"We will appeal," said lawyer Nina Berg.\n"The ruling ignores the facts."\nThe so-called "compromise" collapsed.',
    );
    assert.equal(a.speakerOf('ruling ignores'), 'Nina Berg');
    assert.equal(a.quote('ruling ignores').method, 'continuation');
    assert.equal(a.quote('compromise').kind, 'term');
    assert.equal(a.quote('compromise').speaker, null);
  });
});

describe('reported speech', () => {
  it('"X said (that) CLAUSE" is an indirect quote of the clause', () => {
    const t = 'Finance Minister Jo Kang said Tuesday that the deficit would shrink next year.';
    const a = analyze(t);
    const q = a.quotes.find((x) => x.kind === 'indirect');
    assert.equal(slice(t, q ?? null), 'the deficit would shrink next year');
    assert.equal(a.entities.find((e) => e.id === q?.speaker)?.name, 'Jo Kang');
  });

  it('"CLAUSE, X said." and "according to X, CLAUSE"', () => {
    const t =
      'Meanwhile, the port will reopen in May, harbour chief Ola Berg said.\nAccording to the coast guard, two ships ran aground.';
    const a = analyze(t);
    const ind = a.quotes.filter((x) => x.kind === 'indirect').map((x) => t.slice(x.start, x.end));
    assert.deepEqual(ind, ['the port will reopen in May', 'two ships ran aground']);
  });

  it('does not report a verb without a clause', () => {
    const a = analyze('The spokesman said nothing. She told reporters about the weather.');
    assert.equal(a.quotes.filter((x) => x.kind === 'indirect').length, 0);
  });
});
