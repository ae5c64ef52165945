import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../helpers';

const LEAD = 'Mayor Jane Ortiz presented the city budget on Monday.\n\n';

describe('terms: quotation marks around a word or a title, not speech', () => {
  it('a scare quote in the writer’s sentence is a term with no speaker', () => {
    const a = analyze(`${LEAD}Many families will take a “staycation” this year.`);
    const q = a.quote('staycation');
    assert.equal(q.kind, 'term');
    assert.equal(q.speaker, null);
  });

  it('a title after a word for a work is a term', () => {
    const a = analyze(`${LEAD}Ortiz said she had watched the film “The Long Road Home” twice this year.`);
    const q = a.quotes.find((x) => x.kind !== 'indirect' && a.text.slice(x.start, x.end).includes('Long Road'));
    assert.equal(q?.kind, 'term');
    assert.equal(q?.speaker, null);
  });

  it('a “so-called” phrase is a term', () => {
    const a = analyze(`${LEAD}The budget also ends the so-called “war on cars” that began a decade ago.`);
    assert.equal(a.quote('war on cars').kind, 'term');
  });

  it('a nickname inside a name is a term', () => {
    const a = analyze(`${LEAD}Councillor Robert C. "Bobby" Scott voted against the budget.`);
    assert.equal(a.quote('Bobby').kind, 'term');
  });

  it('a short fragment a speech cue is bound to stays a quote of its speaker', () => {
    const a = analyze(`${LEAD}Opponents called the plan “a disaster,” Councillor Tom Smith said.`);
    const q = a.quote('a disaster');
    assert.notEqual(q.kind, 'term');
    assert.equal(a.speakerOf('a disaster'), 'Tom Smith');
  });

  it('a sentence of quoted speech after a connective is speech, not a term', () => {
    const a = analyze(
      `${LEAD}“We will not raise taxes,” Ortiz said. Indeed, “we cut the deficit in half without them.”\n\n` +
        'Some residents call the budget a “fantasy.” But “the money is already in the bank,” the mayor said.',
    );
    const q = a.quote('we cut the deficit');
    assert.equal(q.kind, 'direct');
    assert.equal(a.speakerOf('we cut the deficit'), 'Jane Ortiz');
    assert.equal(a.speakerOf('the money is already'), 'Jane Ortiz');
    // A connective before a fragment that the writer's sentence goes on after is no such sentence.
    const b = analyze(`${LEAD}But “the plan” was dead on arrival.`);
    assert.equal(b.quote('the plan').kind, 'term');
  });

  it('terms are left out of the sources and their words out of share of voice', () => {
    const a = analyze(`${LEAD}“We balanced it,” Ortiz said. The budget also ends the so-called “war on cars”.`);
    assert.equal(a.quote('war on cars').kind, 'term');
    const words = a.voices.sources.reduce((n, s) => n + s.words, 0);
    assert.equal(a.voices.words, words);
    assert.equal(a.voices.unattributed.quotes, 0);
  });
});
