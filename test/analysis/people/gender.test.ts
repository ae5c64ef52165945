// Gender from evidence (people/gender.ts): pronouns read without gender, honorifics and role words,
// first names; the strongest kind decides, a tie or none is unknown. Sentences of our own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GenderEvidence, GenderFinding } from '../../../server/src/analysis/model';
import { decide } from '../../../server/src/analysis/people/gender';
import { firstNameEvidence } from '../../../server/src/analysis/lexicon/names';
import { analyze } from '../helpers';

/** The gender finding of the person whose canonical name is `name`. */
function finding(text: string, name: string): GenderFinding {
  const a = analyze(text);
  const e = a.entity(name);
  assert.ok(e, `no entity ${name}; entities: ${a.entities.map((x) => x.name).join(', ')}`);
  const f = a.voices.genders.get(e.id);
  assert.ok(f, `no gender finding for ${name}`);
  return f;
}

const said = (f: GenderFinding): string[] => f.evidence.map((x) => `${x.kind}:${x.tells}:${x.text}`);

describe('gender evidence: pronouns', () => {
  it('counts a pronoun whose sentence before it, and the sentence before, name only that person', () => {
    const f = finding(
      'Dana Whitfield opened the new clinic on Monday.\n\nShe said the wait was over.',
      'Dana Whitfield',
    );
    assert.equal(f.gender, 'female');
    assert.equal(f.decidedBy?.kind, 'pronoun');
    assert.equal(f.decidedBy?.text, 'She');
    assert.equal(f.decidedBy?.paragraph, 1);
  });

  it('counts none where a reading without gender finds two people', () => {
    const text = 'Dana Whitfield met Casey Pike at the clinic on Monday. She said the wait was over.';
    for (const name of ['Dana Whitfield', 'Casey Pike'])
      assert.deepEqual(
        finding(text, name).evidence.filter((x) => x.kind === 'pronoun'),
        [],
      );
  });

  it('reads "she" after the reporting verb of a named subject as hers, whoever else is in reach', () => {
    const text =
      'Audrey Parker died in November.\n\nBut Zyxwer Gokool said she has met many others like Parker. In her statement on Sunday, Zyxwer Tane said that he has every confidence in the courts.';
    assert.deepEqual(said(finding(text, 'Zyxwer Gokool')), ['pronoun:female:she']);
    assert.deepEqual(said(finding(text, 'Zyxwer Tane')), ['pronoun:male:he']);
    // Not after "told": the listener comes between ("told Parker she").
    assert.deepEqual(
      said(finding('Zyxwer Gokool met Audrey Parker. Zyxwer Gokool told reporters she was fine.', 'Zyxwer Gokool')),
      [],
    );
  });

  it("reads a possessive that opens a phrase after the reporting clause as its subject's, whoever else is in reach", () => {
    const text =
      'Premier Alan Forbes held a town hall in Miramichi.\n\n"I came here to thank you," Dana Whitfield told Alan Forbes in a soft voice, her words met with applause.';
    const f = finding(text, 'Dana Whitfield');
    assert.equal(f.gender, 'female');
    assert.deepEqual(
      said(f).filter((x) => x.startsWith('pronoun')),
      ['pronoun:female:her'],
    );
    // Not after the comma of a list inside the clause: no reading without gender is sure.
    const g = finding('Dana Whitfield told Alan Forbes and her aides the news.', 'Dana Whitfield');
    assert.deepEqual(
      said(g).filter((x) => x.startsWith('pronoun')),
      [],
    );
  });

  it('counts none where a pronoun before the name already stands for someone named earlier', () => {
    const f = finding(
      'She had waited years for the vote that Peter Ashgrove called. She said it was overdue.',
      'Peter Ashgrove',
    );
    assert.deepEqual(said(f), ['firstName:male:Peter']);
  });

  it('never reads an object pronoun as the subject of its own clause', () => {
    const f = finding('Terry Vance thanked her for the report.', 'Terry Vance');
    assert.deepEqual(
      f.evidence.filter((x) => x.kind === 'pronoun'),
      [],
    );
  });

  it('reads a possessive her as the person named before it', () => {
    const f = finding('Terry Vance closed her shop early.', 'Terry Vance');
    assert.deepEqual(said(f), ['firstName:unisex:Terry', 'pronoun:female:her']);
  });

  it('reads a pronoun after quoted sentences that name no one as the person the writer named before them', () => {
    const f = finding(
      '"The crews wait for hours," said Terry Vance.\n\n"They are stuck at the hospitals."\n\nHe said the shifts run long.',
      'Terry Vance',
    );
    assert.deepEqual(said(f), ['firstName:unisex:Terry', 'pronoun:male:He']);
    // Not where the pronoun's own sentence names someone after it: the pronoun may look ahead.
    const g = finding(
      '"The crews wait for hours," said Terry Vance.\n\n"They are stuck."\n\nIn an email to her staff, Dana Whitfield wrote back.',
      'Terry Vance',
    );
    assert.deepEqual(said(g), ['firstName:unisex:Terry']);
  });

  it('counts none where "he" and "she" are both in reach of one named person: someone unnamed is meant', () => {
    const f = finding(
      'Terry Vance sat by the bed all night. She lay down beside him and held his hand.',
      'Terry Vance',
    );
    assert.deepEqual(said(f), ['firstName:unisex:Terry']);
  });

  it('counts none for a possessive in an opening phrase that may look ahead to the subject', () => {
    const f = finding(
      'Terry Vance asked for a delay.\n\nGiven his earlier views, Dana Whitfield agreed to one.',
      'Terry Vance',
    );
    assert.deepEqual(said(f), ['firstName:unisex:Terry']);
  });

  it('ignores pronouns inside quotations (the speaker’s voice, not the writer’s)', () => {
    const f = finding('"He never listens," Terry Vance said.', 'Terry Vance');
    assert.deepEqual(
      f.evidence.filter((x) => x.kind === 'pronoun'),
      [],
    );
  });

  it('lets “they” for a named person leave the gender unknown, whatever the first name says', () => {
    const f = finding('Peter Ashgrove opened the bakery on Monday. They said it was a dream.', 'Peter Ashgrove');
    assert.deepEqual(said(f), ['firstName:male:Peter', 'pronoun:neutral:They']);
    assert.equal(f.gender, 'unknown');
  });

  it('does not read “they” as a person where a plural could be meant', () => {
    const f = finding('Peter Ashgrove said the bakers would keep their prices.', 'Peter Ashgrove');
    assert.equal(f.gender, 'male');
    assert.deepEqual(said(f), ['firstName:male:Peter']);
  });
});

describe('gender evidence: honorifics and role words', () => {
  it('reads an honorific before the name', () => {
    const f = finding('Terry Vance runs the ferry. Ms. Vance said the fares would rise.', 'Terry Vance');
    assert.equal(f.gender, 'female');
    assert.deepEqual([f.decidedBy?.kind, f.decidedBy?.text], ['honorific', 'Ms']);
  });

  it('reads a gendered title before the name', () => {
    const f = finding('Council spokesman Terry Vance said the fares would rise.', 'Terry Vance');
    assert.deepEqual([f.gender, f.decidedBy?.kind, f.decidedBy?.text], ['male', 'role', 'spokesman']);
  });

  it('reads the head of an apposition after the name, not a possessor in it', () => {
    const f = finding("Terry Vance, the mayor's spokeswoman, said the fares would rise.", 'Terry Vance');
    assert.deepEqual([f.gender, f.decidedBy?.text], ['female', 'spokeswoman']);
  });

  it('reads an apposition before the name', () => {
    const f = finding('His brother, Terry Vance, said the fares would rise.', 'Terry Vance');
    assert.deepEqual([f.gender, f.decidedBy?.text], ['male', 'brother']);
  });

  it('does not take a role word about someone else', () => {
    const f = finding('Terry Vance, whose mother ran the ferry, said the fares would rise.', 'Terry Vance');
    assert.deepEqual(
      f.evidence.filter((x) => x.kind === 'role'),
      [],
    );
  });
});

describe('gender evidence: first names', () => {
  it('reads a first name the lists give one gender', () => {
    const f = finding('Margaret Olsen said the fares would rise.', 'Margaret Olsen');
    assert.deepEqual([f.gender, f.decidedBy?.kind, f.decidedBy?.text], ['female', 'firstName', 'Margaret']);
  });

  it('reads French first names, with or without their accents', () => {
    assert.equal(finding('Geneviève Lapointe said the fares would rise.', 'Geneviève Lapointe').gender, 'female');
    assert.equal(firstNameEvidence('genevieve'), 'female');
    assert.equal(firstNameEvidence('mélanie'), 'female');
    assert.equal(firstNameEvidence('françois'), 'male');
  });

  it('reads a French compound first name by its first name, "Jean-" a man\'s', () => {
    assert.equal(finding('Jean-Luc Fortier said the fish were sampled.', 'Jean-Luc Fortier').gender, 'male');
    assert.equal(firstNameEvidence('jean-françois'), 'male');
    assert.equal(firstNameEvidence('marie-claude'), 'female');
    assert.equal(firstNameEvidence('pierre-luc'), 'male');
    assert.equal(firstNameEvidence('al-jazeera'), null);
  });

  it('takes names used for both genders across languages as unisex, which tells nothing', () => {
    assert.equal(firstNameEvidence('andrea'), 'unisex');
    assert.equal(firstNameEvidence('jean'), 'unisex');
    const f = finding('Andrea Castellano said the fares would rise.', 'Andrea Castellano');
    assert.deepEqual(said(f), ['firstName:unisex:Andrea']);
    assert.equal(f.gender, 'unknown');
    assert.equal(f.decidedBy, null);
  });

  it('reads every spelling of a first name, and a unisex one gives way to one that tells', () => {
    const f = finding(
      'Jody Wilson-Raybould introduced the law.\n\nMinister Jodie Wilson-Raybould attends a ceremony.',
      'Jody Wilson-Raybould',
    );
    assert.deepEqual(said(f), ['firstName:unisex:Jody', 'firstName:female:Jodie']);
    assert.equal(f.gender, 'female');
  });

  it('takes a name the curated and the long lists disagree on as unisex', () => {
    // Stdlib's English list has Andrei as a woman's name; every long list as a man's.
    assert.equal(firstNameEvidence('andrei'), 'unisex');
    assert.equal(firstNameEvidence('avery'), 'unisex');
  });

  it('reads no first name in a Chinese or Korean name written family name first', () => {
    assert.deepEqual(said(finding('Xi Jinping said the talks went well.', 'Xi Jinping')), []);
    assert.deepEqual(said(finding('Kim Yong-chol said the talks went well.', 'Kim Yong-chol')), []);
    // "Kim" first, then a given name of no such shape: a first name still.
    assert.deepEqual(said(finding('Kim Campbell said the talks went well.', 'Kim Campbell')), ['firstName:female:Kim']);
  });

  it('knows nothing of a name no list has, nor of an initial', () => {
    assert.equal(finding('Zyxwer Maddox said the fares would rise.', 'Zyxwer Maddox').gender, 'unknown');
    assert.deepEqual(said(finding('J. Maddox said the fares would rise.', 'Maddox')), []);
  });
});

describe('gender: the strongest evidence decides', () => {
  it('puts pronouns from two paragraphs above an honorific and a first name', () => {
    const f = finding(
      'Mr. Margaret Olsen opened the depot.\n\nShe said the buses were late.\n\nOn Monday, Olsen rode one. She said it was full.',
      'Margaret Olsen',
    );
    assert.deepEqual(said(f), [
      'honorific:male:Mr',
      'firstName:female:Margaret',
      'pronoun:female:She',
      'pronoun:female:She',
    ]);
    assert.deepEqual([f.gender, f.decidedBy?.kind], ['female', 'pronoun']);
  });

  it('lets the pronouns of one paragraph give way to weaker evidence against them, not to none', () => {
    // The victim is not named: "she" is read as the prosecutor's, and the first name outweighs it.
    const f = finding(
      'Prosecutor Tim Olsen spoke on Monday.\n\nOlsen said the victim was shot. She was taken to hospital.',
      'Tim Olsen',
    );
    assert.deepEqual(said(f), ['firstName:male:Tim', 'pronoun:female:She']);
    assert.deepEqual([f.gender, f.decidedBy?.kind], ['male', 'firstName']);
    const g = finding(
      'Prosecutor Terry Olsen spoke on Monday.\n\nShe said the trial would start in May.',
      'Terry Olsen',
    );
    assert.deepEqual([g.gender, g.decidedBy?.kind], ['female', 'pronoun']);
  });

  it('puts an honorific above a first name', () => {
    const f = finding('Margaret Olsen runs the depot. Mr. Olsen said the buses were late.', 'Margaret Olsen');
    assert.deepEqual([f.gender, f.decidedBy?.kind], ['male', 'honorific']);
  });

  it('leaves the gender unknown when evidence of the same strength disagrees', () => {
    const f = finding("Ms. Terry Vance, the council's spokesman, said the fares would rise.", 'Terry Vance');
    assert.deepEqual(said(f), ['honorific:female:Ms', 'firstName:unisex:Terry', 'role:male:spokesman']);
    assert.equal(f.gender, 'unknown');
  });

  it('decides by majority within a kind, and a tie is unknown', () => {
    const ev = (tells: GenderEvidence['tells'], start: number): GenderEvidence => ({
      kind: 'pronoun',
      tells,
      start,
      end: start + 2,
      text: tells === 'male' ? 'he' : 'she',
      paragraph: 0,
    });
    assert.equal(decide([ev('female', 0), ev('female', 10), ev('male', 20)]).gender, 'female');
    assert.equal(decide([ev('female', 0), ev('male', 20)]).gender, 'unknown');
    assert.equal(decide([]).gender, 'unknown');
  });
});
