// Reported speech (issue 16, class 7): the clause a verb of saying reports, and where it is not one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../helpers';

function reported(t: string): { clause: string; source: string | null }[] {
  return analyze(t)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => ({ clause: t.slice(q.start, q.end), source: q.source && t.slice(q.source.start, q.source.end) }));
}

describe('reported speech', () => {
  it('a clause that opens with a noun phrase, after any verb of saying', () => {
    assert.deepEqual(reported('Mayor Lena Ortiz says some roads will stay closed until spring.'), [
      { clause: 'some roads will stay closed until spring', source: 'Lena Ortiz' },
    ]);
    assert.deepEqual(reported('Councillor Ray Dunn suggested the old bridge was never safe.'), [
      { clause: 'the old bridge was never safe', source: 'Ray Dunn' },
    ]);
  });

  it('a condition or a question reported without "that"', () => {
    assert.deepEqual(reported('Senator Mia Holt said if elected she would cut the tax.'), [
      { clause: 'if elected she would cut the tax', source: 'Mia Holt' },
    ]);
    assert.deepEqual(reported('Engineer Tom Vale explained how the dam would hold back the flood.'), [
      { clause: 'how the dam would hold back the flood', source: 'Tom Vale' },
    ]);
  });

  it('a long setting before ", that"', () => {
    assert.deepEqual(
      reported('Governor Ada Lee said during a town hall in Buffalo, New York, that the ban was wrong.'),
      [{ clause: 'the ban was wrong', source: 'Ada Lee' }],
    );
  });

  it('a group no name stands for, and an adverb before the verb', () => {
    assert.deepEqual(reported('Nearly half said they prefer someone with experience.'), [
      { clause: 'they prefer someone with experience', source: 'Nearly half' },
    ]);
    assert.deepEqual(reported('Chief Olga Marr now says the fire was set.'), [
      { clause: 'the fire was set', source: 'Olga Marr' },
    ]);
  });

  it('a cue set off by commas inside its clause', () => {
    assert.deepEqual(reported('This season, coach Ivo Mann says, will be different.'), [
      { clause: 'This season, coach Ivo Mann says, will be different', source: 'Ivo Mann' },
    ]);
  });

  it('a listener, then the clause without "that"', () => {
    assert.deepEqual(reported('Mayor Joan Pike told reporters she would not run again.'), [
      { clause: 'she would not run again', source: 'Joan Pike' },
    ]);
  });

  it('"according to" a long source, up to its comma', () => {
    const got = reported(
      'According to early results of exit polls conducted for the networks, most voters wanted change.',
    );
    assert.deepEqual(
      got.map((r) => r.clause),
      ['most voters wanted change'],
    );
  });

  it('no report for a belief, an object, or a noun', () => {
    assert.deepEqual(reported('Analysts think the merger will fail next year.'), []);
    assert.deepEqual(reported('The ministry announced the new budget for schools.'), []);
    assert.deepEqual(reported('The campaign hoped to win delegates in states that award them proportionally.'), []);
  });

  it('a province that speaks is its government, never a "she"', () => {
    const a = analyze(
      'Wendy Cole lost her son in 2016. Nova Scotia said it would add the drug to its monitoring program.\n' +
        '"I wanted answers," she said.',
    );
    assert.equal(a.speakerOf('wanted answers'), 'Wendy Cole');
    assert.equal(a.entities.find((e) => e.name === 'Nova Scotia')?.kind, 'organisation');
  });
});
