// People's names as news writes them: titles and portfolios split from the name, initials,
// particles and double surnames, a surname joined to its full name in either order, names the
// lists do not know confirmed by the article's own use of them, and list lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../helpers';

/** The article's people as "Name (role)", in the order they were found. */
function people(text: string): string[] {
  return analyze(text)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => (e.role ? `${e.name} (${e.role})` : e.name));
}

describe('titles split from names', () => {
  it('splits a title with its portfolio from the name after it', () => {
    const text = 'Minister of Northern Affairs Dana Whitfield said the road would open. Whitfield left.';
    assert.deepEqual(people(text), ['Dana Whitfield (Minister of Northern Affairs)']);
  });

  it('splits a portfolio of several words when the name starts with a first name', () => {
    const text = 'Minister of Crown-Indigenous Relations Carolyn Bennett met the council on Tuesday.';
    assert.deepEqual(people(text), ['Carolyn Bennett (Minister of Crown-Indigenous Relations)']);
  });

  it('takes a title and portfolio with no name after it for a title, not a person', () => {
    const text = 'The Minister of Innovation spoke at the opening.';
    assert.deepEqual(people(text), []);
  });

  it('keeps an honorific out of the role: "lead author Dr. Jane Orr"', () => {
    const text = 'The study was led by lead author Dr. Jane Orr of the institute. Orr said more work is needed.';
    assert.deepEqual(people(text), ['Jane Orr (lead author)']);
  });
});

describe('initials, particles and double surnames', () => {
  it('keeps a middle initial in the name and joins the surname to it', () => {
    const text = '"It is a warning," said Harry J. Kellan, a fellow at the centre. Kellan added that talks may resume.';
    const a = analyze(text);
    assert.deepEqual(
      a.entities.filter((e) => e.kind === 'person').map((e) => e.name),
      ['Harry J. Kellan'],
    );
    assert.equal(a.speakerOf('a warning'), 'Harry J. Kellan');
  });

  it('joins a surname with a particle to the full name written first', () => {
    const text = 'Samira Al Haddad opened the shop in May. Al Haddad said business was slow at first.';
    const a = analyze(text);
    const samira = a.entity('Samira Al Haddad');
    assert.ok(samira, JSON.stringify(a.entities.map((e) => e.name)));
    assert.deepEqual(samira.aliases, ['Al Haddad']);
    assert.equal(a.entities.filter((e) => e.kind === 'person').length, 1);
  });

  it('joins a surname with a particle written first to the full name that follows', () => {
    const text = 'Van der Berg said the dikes would hold. Engineer Ben van der Berg has studied them for years.';
    assert.deepEqual(people(text), ['Ben van der Berg (Engineer)']);
  });

  it('joins "de la" surnames both ways', () => {
    const text = 'Maria de la Fuente runs the clinic. De la Fuente said it is full every night.';
    assert.deepEqual(people(text), ['Maria de la Fuente']);
  });

  it('joins a double surname to the full name, in either order', () => {
    const first = 'Lucia Paz Ortega chairs the board. Paz Ortega said the vote was close.';
    const later = 'Paz Ortega said the vote was close. Lucia Paz Ortega chairs the board.';
    assert.deepEqual(people(first), ['Lucia Paz Ortega']);
    assert.deepEqual(people(later), ['Lucia Paz Ortega']);
  });

  it('tells no gender from a particle that opens a name', () => {
    const text = 'Al Haddad said business was slow.';
    assert.equal(analyze(text).entities.find((e) => e.kind === 'person')?.gender ?? null, null);
  });
});

describe('names the lists do not know', () => {
  it('takes a name of two unknown words for a person when the article uses its surname alone', () => {
    const text = 'Darian Okonkwo-Vale is new to advocacy work. Okonkwo-Vale said she started because of her own life.';
    assert.deepEqual(people(text), ['Darian Okonkwo-Vale']);
  });

  it('does not take a plural common noun used alone for a surname', () => {
    const text = 'The Silver Lanterns were handed out on Sunday. Lanterns went to three films.';
    assert.deepEqual(people(text), []);
  });

  it('reads a list line "Name, Work" as a person even in title case', () => {
    const text = [
      'Best Actress in a Comedy',
      '',
      'Nadia Brennan, The Harbour Lights',
      '',
      '** WINNER: Olive Markham, Quiet Roads',
      '',
      'The ceremony ran long.',
    ].join('\n');
    assert.deepEqual(people(text), ['Nadia Brennan', 'Olive Markham']);
  });

  it('names no organisation after an everyday word in capitals', () => {
    const a = analyze('WATCH: The mayor speaks. She said it was OK to wait.');
    assert.deepEqual(
      a.entities.filter((e) => e.kind === 'organisation').map((e) => e.name),
      [],
    );
  });

  it('ends a sentence after "no." before a name, but not in "No. 5"', () => {
    const a = analyze('The mayor said no. Fatima Rahal said yes. Route No. 5 stays closed.');
    assert.deepEqual(
      a.sentences.map((s) => a.text.slice(s.start, s.end)),
      ['The mayor said no.', 'Fatima Rahal said yes.', 'Route No. 5 stays closed.'],
    );
  });
});
