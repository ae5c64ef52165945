// EntityRegistry: one entity per person or organisation, fed with the mention candidates the
// analysis finds in a text (see ../sentences.ts), in the order analyzeSpeech adds them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EntityRegistry, type PersonName } from '../../../server/src/analysis/people/entities';
import type { Candidate } from '../../../server/src/analysis/people/mentions';
import type { Entity } from '../../../server/src/analysis/model';
import { readSentences } from '../sentences';

/** The mention candidates of a text, by the text of their span (the first of each). */
function candidates(text: string): (span: string, n?: number) => Candidate {
  const all = readSentences(text).infos.flatMap((s) => s.candidates);
  return (span, n = 0) => {
    const c = all.filter((x) => text.slice(x.start, x.end) === span)[n];
    if (!c)
      throw new Error(
        `no candidate ${JSON.stringify(span)}; found ${JSON.stringify(all.map((x) => text.slice(x.start, x.end)))}`,
      );
    return c;
  };
}

/** A name typed by the editor ("Set speaker…"), as attribution builds it: no place in the text. */
function typed(words: string[]): PersonName {
  return { words, start: 0, end: 0, gender: null, role: null };
}

/** An entity's mentions as "kind:text". */
const mentions = (text: string, e: Entity | undefined): string[] =>
  (e?.mentions ?? []).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

describe('EntityRegistry: people', () => {
  it('makes one person per full name, with the gender of the first name and a name mention', () => {
    const t = 'Ada Lowe met Tom Becker at the port.';
    const c = candidates(t);
    const r = new EntityRegistry();
    assert.equal(r.addPerson(c('Ada Lowe')), 'e1');
    assert.equal(r.addPerson(c('Tom Becker')), 'e2');
    const [ada, tom] = r.finish(t);
    assert.deepEqual([ada.name, ada.kind, ada.gender], ['Ada Lowe', 'person', 'female']);
    assert.deepEqual([tom.name, tom.gender], ['Tom Becker', 'male']);
    assert.deepEqual(mentions(t, ada), ['name:Ada Lowe']);
    assert.deepEqual(ada.aliases, []);
  });

  it('joins a lone surname to the full name, as a surname mention and an alias', () => {
    const t = 'John Pike chairs the board. Pike said little.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const id = r.addPerson(c('John Pike'));
    assert.equal(r.addPerson(c('Pike')), id);
    const [pike] = r.finish(t);
    assert.equal(r.all().length, 1);
    assert.deepEqual(mentions(t, pike), ['name:John Pike', 'surname:Pike']);
    assert.deepEqual(pike.aliases, ['Pike']);
  });

  it('completes a person first known by surname when the full name comes, and sorts the mentions by place', () => {
    const t = 'Pike said little. Later that day, John Pike resigned.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const id = r.addPerson(c('Pike'));
    assert.equal(r.addPerson(c('John Pike')), id);
    const [pike] = r.finish(t);
    assert.equal(pike.name, 'John Pike');
    assert.deepEqual(mentions(t, pike), ['surname:Pike', 'name:John Pike']);
  });

  it('keeps apart two people who share a surname, and finds the one named last before a position', () => {
    const t = 'Ada Lowe spoke first. Tom Lowe answered her. Lowe then left.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const ada = r.addPerson(c('Ada Lowe'));
    const tom = r.addPerson(c('Tom Lowe'));
    assert.notEqual(ada, tom);
    assert.equal(r.findPerson('Lowe', c('Tom Lowe').start), ada);
    assert.equal(r.findPerson('Lowe', t.indexOf('Lowe then')), tom);
  });

  it('keeps a son named with "Jr." apart from his father, and joins each to his own name again', () => {
    const t = 'Donald Trump spoke. Donald Trump Jr. answered. Donald Trump Jr. left. Donald Trump stayed.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const father = r.addPerson(c('Donald Trump'));
    const son = r.addPerson(c('Donald Trump Jr'));
    assert.notEqual(father, son);
    assert.equal(r.addPerson(c('Donald Trump Jr', 1)), son);
    assert.equal(r.addPerson(c('Donald Trump', 1)), father);
  });

  it('finds a person by first name when no surname matches, and nobody for an unknown word', () => {
    const c = candidates('Ada Lowe spoke first.');
    const r = new EntityRegistry();
    const id = r.addPerson(c('Ada Lowe'));
    assert.equal(r.findPerson('Ada', 100), id);
    assert.equal(r.findPerson('ada', 100), id);
    assert.equal(r.findPerson('Becker', 100), undefined);
  });

  it('finds a misspelt long surname only when asked to', () => {
    const c = candidates('Pieter Vandermeer spoke first.');
    const r = new EntityRegistry();
    const id = r.addPerson(c('Pieter Vandermeer'));
    assert.equal(r.findPerson('Vandermeir', 100), undefined);
    assert.equal(r.findPerson('Vandermeir', 100, true), id);
    assert.equal(r.findPerson('Vandermeerstraat', 100, true), undefined);
  });

  it('joins a misspelt first name to the person, and the finished entity marks that mention as a misspelling', () => {
    const t = 'Emanuel Okoro arrived. Emmanuel Okoro spoke. Emmanuel Okoro left.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const id = r.addPerson(c('Emanuel Okoro'));
    assert.equal(r.addPerson(c('Emmanuel Okoro')), id);
    assert.equal(r.addPerson(c('Emmanuel Okoro', 1)), id);
    const [okoro] = r.finish(t);
    // The canonical name is the spelling used most.
    assert.equal(okoro.name, 'Emmanuel Okoro');
    assert.deepEqual(mentions(t, okoro), ['misspelling:Emanuel Okoro', 'name:Emmanuel Okoro', 'name:Emmanuel Okoro']);
    assert.deepEqual(okoro.aliases, ['Emanuel Okoro']);
  });

  it('joins a misspelt surname written with the same first name', () => {
    const t = 'Pieter Vandermeer spoke. Pieter Vandermeir replied.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const id = r.addPerson(c('Pieter Vandermeer'));
    assert.equal(r.addPerson(c('Pieter Vandermeir')), id);
    const [p] = r.finish(t);
    assert.equal(p.name, 'Pieter Vandermeer');
    assert.deepEqual(mentions(t, p), ['name:Pieter Vandermeer', 'misspelling:Pieter Vandermeir']);
  });

  it('joins first names spelt with another ending of the same sound: "Jody", "Jodie", "Jodi"', () => {
    const t =
      'Jody Wilson-Raybould spoke. Jodie Wilson-Raybould left. Jodi Wilson-Raybould returned. Jon Wilson-Raybould stayed.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const id = r.addPerson(c('Jody Wilson-Raybould'));
    assert.equal(r.addPerson(c('Jodie Wilson-Raybould')), id);
    assert.equal(r.addPerson(c('Jodi Wilson-Raybould')), id);
    assert.notEqual(r.addPerson(c('Jon Wilson-Raybould')), id);
  });

  it('keeps apart first names that are not near misses: "Jane Pike" and "John Pike"', () => {
    const c = candidates('John Pike spoke. Jane Pike replied.');
    const r = new EntityRegistry();
    assert.notEqual(r.addPerson(c('John Pike')), r.addPerson(c('Jane Pike')));
  });

  it('matches an initial to the first name it abbreviates, and a typed name adds no mention', () => {
    const t = 'John Pike spoke.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const john = r.addPerson(c('John Pike'));
    assert.equal(r.addPerson(typed(['J.', 'Pike']), false), john);
    assert.notEqual(r.addPerson(typed(['K.', 'Pike']), false), john);
    assert.deepEqual(mentions(t, r.get(john)), ['name:John Pike']);
  });

  it('finds a known person by first and last name only', () => {
    const c = candidates('John Pike spoke.');
    const r = new EntityRegistry();
    const id = r.addPerson(c('John Pike'));
    assert.equal(r.findFullName(['John', 'Pike']), id);
    assert.equal(r.findFullName(['Jane', 'Pike']), undefined);
    assert.equal(r.findFullName(['Pike']), undefined);
  });

  it('takes a gender from the title when the first name tells none', () => {
    const c = candidates('Spokeswoman Sam Quist declined to comment.');
    const r = new EntityRegistry();
    const id = r.addPerson(c('Sam Quist'));
    assert.equal(r.get(id)?.gender, 'female');
  });
});

describe('EntityRegistry: roles', () => {
  it('keeps every role of a person, and settles on the one used most', () => {
    const t = 'Mayor Lise Brandt opened the bridge. Councillor Lise Brandt voted. Mayor Lise Brandt left.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const id = r.addPerson(c('Lise Brandt'));
    r.addPerson(c('Lise Brandt', 1));
    r.addPerson(c('Lise Brandt', 2));
    assert.deepEqual(r.roles(id), ['Mayor', 'Councillor']);
    assert.equal(r.roleOf(id), 'Mayor');
    const [e] = r.finish(t);
    assert.equal(e.role, 'Mayor');
    assert.deepEqual(e.aliases, ['Mayor Lise Brandt']);
  });

  it('finds the holders of a role by its words, in the order they were named, and asks again after a new role', () => {
    const t =
      'Prime Minister Ada Lowe met Finance Minister Tom Becker. Later Mayor Lise Brandt and Deputy Mayor Ken Ito joined them.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const ada = r.addPerson(c('Ada Lowe'));
    const tom = r.addPerson(c('Tom Becker'));
    assert.deepEqual(
      r.roleHolders(['minister']).map((e) => e.id),
      [ada, tom],
    );
    assert.deepEqual(
      r.roleHolders(['prime', 'minister']).map((e) => e.id),
      [ada],
    );
    assert.deepEqual(
      r.roleHolders(['minister'], 1).map((e) => e.id),
      [ada],
    );
    assert.deepEqual(r.roleHolders(['mayor']), []);
    const lise = r.addPerson(c('Lise Brandt'));
    const ken = r.addPerson(c('Ken Ito'));
    assert.deepEqual(
      r.roleHolders(['mayor']).map((e) => e.id),
      [lise, ken],
    );
    assert.equal(r.holdsRole(ken, ['deputy', 'mayor']), true);
    assert.equal(r.holdsRole(lise, ['deputy', 'mayor']), false);
  });
});

describe('EntityRegistry: organisations and unnamed sources', () => {
  it('takes a shorter name that ends a longer one for the same organisation: "The Harbour Gazette", "the Gazette"', () => {
    const t = 'The Harbour Gazette broke the story; the Gazette stood by it.';
    const r = new EntityRegistry();
    const full = { start: 0, end: 19 };
    const short = { start: t.indexOf('the Gazette'), end: t.indexOf('the Gazette') + 11 };
    const id = r.addOrganisation(['The', 'Harbour', 'Gazette'], full);
    assert.equal(r.addOrganisation(['the', 'Gazette'], short), id);
    const [e] = r.finish(t);
    assert.deepEqual([e.name, e.kind], ['Harbour Gazette', 'organisation']);
    assert.deepEqual(mentions(t, e), ['name:The Harbour Gazette', 'name:the Gazette']);
  });

  it('renames an organisation first met by a shorter name to the longer one, keeping the shorter as an alias', () => {
    const t = 'The Gazette broke the story; the Harbour Gazette stood by it.';
    const r = new EntityRegistry();
    const id = r.addOrganisation(['The', 'Gazette'], { start: 0, end: 11 });
    assert.equal(r.addOrganisation(['the', 'Harbour', 'Gazette'], { start: 29, end: 48 }), id);
    const [e] = r.finish(t);
    assert.equal(e.name, 'Harbour Gazette');
    assert.deepEqual(e.aliases, ['Gazette']);
  });

  it('takes a company with and without its legal form for one: "Shopify Inc.", "Shopify"', () => {
    const r = new EntityRegistry();
    const id = r.addOrganisation(['Shopify', 'Inc'], { start: 0, end: 12 });
    assert.equal(r.addOrganisation(['Shopify'], { start: 20, end: 27 }), id);
    const other = new EntityRegistry();
    const short = other.addOrganisation(['Breitbart', 'News'], { start: 0, end: 14 });
    assert.equal(other.addOrganisation(['Breitbart', 'News', 'LLC'], { start: 20, end: 38 }), short);
    // Without its legal form a company's name may be another's ending: "News Corp" is not "Fox News".
    const news = new EntityRegistry();
    assert.notEqual(
      news.addOrganisation(['News', 'Corp'], { start: 0, end: 9 }),
      news.addOrganisation(['Fox', 'News'], { start: 20, end: 28 }),
    );
  });

  it('keeps apart organisations that only share a last word with another', () => {
    const t = 'The Harbour Gazette and the Northfield Daily Gazette disagreed.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const a = r.addOrganisation(c('Harbour Gazette').words, c('Harbour Gazette'));
    const b = r.addOrganisation(c('Northfield Daily Gazette').words, c('Northfield Daily Gazette'));
    assert.notEqual(a, b);
  });

  it('keeps a group apart from an organisation of the same name, and records its mentions as descriptors', () => {
    const t = 'The committee met the Harbour Committee.';
    const r = new EntityRegistry();
    const group = r.addOrganisation(['The', 'committee'], { start: 0, end: 13 }, 'group');
    const org = r.addOrganisation(['Harbour', 'Committee'], { start: 22, end: 39 });
    assert.notEqual(group, org);
    const [g] = r.finish(t);
    assert.deepEqual([g.kind, g.name], ['group', 'committee']);
    assert.deepEqual(mentions(t, g), ['descriptor:The committee']);
  });

  it('makes each indefinite unnamed source its own entity, and one of definite ones with the same words', () => {
    const t = 'A source said yes. A source said no. The officials said maybe. The officials left.';
    const r = new EntityRegistry();
    const at = (s: string, n = 0) => {
      let k = -1;
      for (let i = 0; i <= n; i++) k = t.indexOf(s, k + 1);
      return { start: k, end: k + s.length };
    };
    const a = r.addGroup('A source', at('A source'), false);
    const b = r.addGroup('A source', at('A source', 1), false);
    assert.notEqual(a, b);
    const c = r.addGroup('officials', at('officials'), true);
    assert.equal(r.addGroup('officials', at('officials', 1), true), c);
    assert.equal(r.get(c)?.kind, 'group');
    // The same words credited again (a second quote of one cue) are the same source, with its one mention.
    assert.equal(r.addGroup('A source', at('A source'), false), a);
    assert.equal(r.finish(t).filter((e) => e.mentions.length === 0).length, 0);
  });

  it("gives the writer's own voice one entity", () => {
    const t = 'I asked. We waited.';
    const r = new EntityRegistry();
    const id = r.writer({ start: 0, end: 1 });
    assert.equal(r.writer({ start: t.indexOf('We'), end: t.indexOf('We') + 2 }), id);
    const [w] = r.finish(t);
    assert.deepEqual([w.name, w.kind], ['The writer', 'person']);
    assert.deepEqual(mentions(t, w), ['pronoun:I', 'pronoun:We']);
  });

  it('records a span once, whichever entity asks again', () => {
    const t = 'John Pike spoke.';
    const c = candidates(t);
    const r = new EntityRegistry();
    const id = r.addPerson(c('John Pike'));
    const other = r.addGroup('someone', { start: 0, end: 9 }, false);
    assert.equal(r.hasMention({ start: 0, end: 9 }), true);
    assert.equal(r.hasMention({ start: 0, end: 4 }), false);
    r.mention(id, { start: 0, end: 9 }, 'name');
    assert.deepEqual(mentions(t, r.get(id)), ['name:John Pike']);
    assert.deepEqual(mentions(t, r.get(other)), []);
  });
});
