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

  it('keeps an adjective between title words in the role: "chief financial officer"', () => {
    const text = '"We are pleased," chief financial officer Jeff Hoffmeister said. Hoffmeister left.';
    assert.deepEqual(people(text), ['Jeff Hoffmeister (chief financial officer)']);
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

  it('takes a first name with an "s" for a surname, not a plural ("Auston Matthews", then "Matthews said")', () => {
    const text = 'Auston Matthews scored in overtime. "It was great," Matthews said.';
    assert.deepEqual(people(text), ['Auston Matthews']);
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

describe('what tells a person', () => {
  it('takes a name with an age or "who" after it for a person', () => {
    const text =
      'A jogger found Tavin Osei, 17, near the river. Prayers were said for Ilse Varga, who drowned in 2019.';
    assert.deepEqual(people(text), ['Tavin Osei', 'Ilse Varga']);
  });

  it('takes names listed with a person for people', () => {
    const text = 'The club traded Chris Holm and Teodor Vasko to Boston for cash.';
    assert.deepEqual(people(text), ['Chris Holm', 'Teodor Vasko']);
  });

  it('reads initials in capitals as a first name: "T.J. Renwick"', () => {
    const text = 'The coach praised T.J. Renwick after the game. Renwick scored twice.';
    assert.deepEqual(people(text), ['T.J. Renwick']);
  });

  it('reads a first name that is also a country as a first name before a surname', () => {
    const text = 'The court heard from Jordan Mbeki on Friday. Mbeki said he was at home.';
    assert.deepEqual(people(text), ['Jordan Mbeki']);
  });

  it('splits a compound title from the name: "Sergeant-at-Arms Kevin Rourke"', () => {
    const text = 'Sergeant-at-Arms Kevin Rourke closed the doors. Rourke said nothing.';
    assert.deepEqual(people(text), ['Kevin Rourke (Sergeant-at-Arms)']);
  });

  it('drops an opening word that is no name: "Unlike Al Mnajer", "Knowing Varga"', () => {
    const text = 'Unlike Al Mnajer, his brother stayed. Knowing Varga, the crew waited.';
    const names = analyze(text).entities.map((e) => e.name);
    assert.ok(!names.some((n) => /^(Unlike|Knowing) /.test(n)), JSON.stringify(names));
  });

  it('takes a title of a work for no person: "A Star Is Born"', () => {
    assert.deepEqual(people('Her song from A Star Is Born won the prize.'), []);
  });
});

describe('what is no person', () => {
  it('takes a team named with "the" elsewhere for an organisation, not a person', () => {
    const text = 'The Calgary Flames lost on Friday. Coach Ryan Holt said the Flames played well.';
    const a = analyze(text);
    assert.deepEqual(
      a.entities.filter((e) => e.kind === 'person').map((e) => e.name),
      ['Ryan Holt'],
    );
  });

  it('takes "the Montreal Canadiens" for a team, though Montreal is also a rare first name', () => {
    const a = analyze(
      'The Toronto Maple Leafs beat the Montreal Canadiens 4-3. Canadiens coach Martin Lalonde said his team played well.',
    );
    assert.equal(a.entity('Montreal Canadiens')?.kind, 'organisation');
    assert.deepEqual(people('Dallas Roberts said the film was finished.'), ['Dallas Roberts']);
  });

  it('reads a name in apposition to a body\'s noun as that body: "the aid group Gatsby"', () => {
    const a = analyze('The British aid group Gatsby said its director was among those killed.');
    assert.deepEqual(
      a.entities.map((e) => `${e.kind}:${e.name}`),
      ['organisation:Gatsby'],
    );
    assert.deepEqual(people('The company Jane Doe founded said it would grow.'), ['Jane Doe']);
  });

  it('reads "the House of Commons" whole, though "House" may open a title', () => {
    const a = analyze('The sergeant-at-arms of the House of Commons said Monday he is considering a run.');
    assert.deepEqual(
      a.entities.map((e) => `${e.kind}:${e.name}`),
      ['organisation:House of Commons'],
    );
  });

  it('keeps an institution named with "for" and "and" whole', () => {
    const text = 'Nora Eliot, a fellow at the Centre for Urban Research and Land Development, said so.';
    const a = analyze(text);
    assert.deepEqual(people(text), ['Nora Eliot (fellow)']);
    assert.ok(
      a.entities.some((e) => e.kind === 'organisation' && e.name === 'Centre for Urban Research and Land Development'),
    );
  });

  it('keeps a body whose field is two common words joined by "and" whole', () => {
    const text =
      'The Food and Drug Administration said "no." The U.S. Fish and Wildlife Service said "yes." ' +
      'Mara Vell, who chaired the Truth and Reconciliation Commission, spoke. ' +
      'Doug Ford and Toronto Police Services Board chair Jim Hart met. The Immigration and Refugee Board ruled.';
    const orgs = analyze(text)
      .entities.filter((e) => e.kind === 'organisation')
      .map((e) => e.name)
      .sort();
    assert.deepEqual(orgs, [
      'Food and Drug Administration',
      'Immigration and Refugee Board',
      'Toronto Police Services Board',
      'Truth and Reconciliation Commission',
      'U.S. Fish and Wildlife Service',
    ]);
    assert.deepEqual(people(text), ['Mara Vell', 'Doug Ford', 'Jim Hart (Toronto Police Services Board chair)']);
  });

  it('keeps a department named for its country whole across its fields ("Fisheries and Oceans Canada")', () => {
    const text =
      'Environment and Climate Change Canada said it was reviewing the study. A spokesperson for Fisheries and ' +
      'Oceans Canada said "no." The Securities and Exchange Commission declined to comment. Colleges and Institutes ' +
      'Canada said it was "deeply concerned."';
    const orgs = analyze(text)
      .entities.filter((e) => e.kind === 'organisation')
      .map((e) => e.name)
      .sort();
    assert.deepEqual(orgs, [
      'Colleges and Institutes Canada',
      'Environment and Climate Change Canada',
      'Fisheries and Oceans Canada',
      'Securities and Exchange Commission',
    ]);
  });

  it('keeps every portfolio of a minister and of a ministry ("Children, Community and Social Services")', () => {
    const text =
      '"Families have waited too long," Children, Community and Social Services Minister Lisa MacLeod said. ' +
      'Public Safety and Emergency Preparedness Minister Bill Blair agreed. Justin Trudeau and Finance Minister ' +
      'Mara Bell said nothing. The Ministry of Children, Community and Social Services said the money would flow.';
    assert.deepEqual(people(text), [
      'Lisa MacLeod (Children, Community and Social Services Minister)',
      'Bill Blair (Public Safety and Emergency Preparedness Minister)',
      'Justin Trudeau',
      'Mara Bell (Finance Minister)',
    ]);
    const orgs = analyze(text).entities.filter((e) => e.kind === 'organisation');
    assert.deepEqual(
      orgs.map((e) => e.name),
      ['Ministry of Children Community and Social Services'],
    );
  });

  it('reads ranks without their period, co- titles and critics as titles ("Cmdr Ahmed Farouk")', () => {
    const text =
      'Cmdr Ahmed Farouk said two people were hurt. Co-author Jean-Luc Fortier agreed. ' +
      'Opposition health critic Kwame Mensah said the plan was late.';
    assert.deepEqual(people(text), [
      'Ahmed Farouk (Cmdr)',
      'Jean-Luc Fortier (Co-author)',
      'Kwame Mensah (Opposition health critic)',
    ]);
  });

  it('takes no place that opens with a title or a first name for a person ("Prince Albert", "Queen Street")', () => {
    const text =
      'Buses took elders to Prince Albert on Tuesday, Mayor Ann Cole said. A crash closed Queen Street near ' +
      'Port Dover, police said.';
    assert.deepEqual(people(text), ['Ann Cole (Mayor)']);
  });

  it('takes a Nation for a body, and its chief for a person ("Chief Marlene Bird of the Nisto Lake Cree Nation")', () => {
    const text =
      'Chief Marlene Bird of the Nisto Lake Cree Nation said buses began taking elders out. She was compared ' +
      'to the prohibitionist Carry Nation.';
    const a = analyze(text);
    assert.deepEqual(people(text), ['Marlene Bird (Chief)', 'Carry Nation']);
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.name === 'Nisto Lake Cree Nation'));
    assert.equal(
      a.quotes.find((q) => q.kind === 'indirect')?.speaker,
      a.entities.find((e) => e.name === 'Marlene Bird')?.id,
    );
  });

  it('takes no initialism of a thing for a body ("GDP", "the GST", "AI", "(D-N.M.)")', () => {
    const a = analyze(
      'GDP grew 2 per cent, the bank said. The GST cut ends Friday. AI will change the ICU, the CBC reported. ' +
        'Sen. Maria Ortiz (D-N.M.) said the bill would pass.',
    );
    assert.deepEqual(
      a.entities.filter((e) => e.kind === 'organisation').map((e) => e.name),
      ['CBC'],
    );
  });

  it('takes "Name of Body" for a person and the body they belong to ("Lori Williams of Mount Royal University")', () => {
    const text =
      'Political scientist Lori Williams of Mount Royal University said so. "Voters forget," Williams said. ' +
      'Analyst Irene Nattel of RBC Dominion Securities agreed.';
    const a = analyze(text);
    assert.deepEqual(people(text), ['Lori Williams (Political scientist)', 'Irene Nattel (Analyst)']);
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.name === 'Mount Royal University'));
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.name === 'RBC Dominion Securities'));
    assert.equal(a.speakerOf('Voters forget'), 'Lori Williams');
  });

  it('takes a name set off after a possessed role for a person, whatever the name lists know ("his daughter, Simran Gill")', () => {
    const text =
      'Rajinder Gill, 67, collapsed at home, according to his daughter, Simran Gill. ' +
      "Gill's son, Harpreet, said the family wants answers. The Fraser River, Harpreet noted, was high.";
    const a = analyze(text);
    for (const name of ['Simran Gill', 'Harpreet'])
      assert.ok(
        a.entities.some((e) => e.kind === 'person' && e.name === name),
        JSON.stringify(a.entities.map((e) => e.name)),
      );
    assert.equal(a.entities.find((e) => e.name === 'Simran Gill')?.gender, 'female');
  });

  it('takes a judge named after her court for a person, whatever the court\'s name holds ("Court of King\'s Bench Justice")', () => {
    const a = analyze(
      "Court of King's Bench Justice Anjali Mehta reminded jurors that opening statements are not evidence.",
    );
    assert.deepEqual(
      a.entities.map((e) => [e.name, e.kind, e.gender]),
      [['Anjali Mehta', 'person', 'female']],
    );
  });

  it('takes a regional or school district for a body, not a congressional one, and keeps "Lord & Taylor" whole', () => {
    const a = analyze(
      'Voters in the Fifth Congressional District backed him, the District said. The Capital Regional District ' +
        'said the water is safe to drink. Lord & Taylor said sales fell sharply.',
    );
    assert.deepEqual(
      a.entities.map((e) => [e.name, e.kind]),
      [
        ['Capital Regional District', 'organisation'],
        ['Lord & Taylor', 'organisation'],
      ],
    );
  });

  it('knows an accented first name the lists hold without its accent ("Étienne", "Geneviève")', () => {
    const a = analyze('The plan was drafted by Étienne Brassard and Geneviève Roy in Quebec City.');
    assert.deepEqual(
      a.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.gender]),
      [
        ['Étienne Brassard', 'male'],
        ['Geneviève Roy', 'female'],
      ],
    );
  });

  it('takes an everyday role before a name as a title ("Neighbour Tanya Flett"), and alone as no one', () => {
    const text =
      'Neighbour Tanya Flett said she woke up. Shopkeeper Aisha Khan said "we closed." Shopper traffic fell. ' +
      'Parent Kim Hamilton said she supports the teachers.';
    assert.deepEqual(people(text), ['Tanya Flett (Neighbour)', 'Aisha Khan (Shopkeeper)', 'Kim Hamilton (Parent)']);
  });

  it('leaves a plural noun that opens the sentence out of the body after "of" ("Shares of Shopify Inc.")', () => {
    const orgs = (text: string): string[] =>
      analyze(text)
        .entities.filter((e) => e.kind === 'organisation')
        .map((e) => e.name);
    assert.deepEqual(orgs('Shares of Shopify Inc. rose 5 per cent on Monday.'), ['Shopify Inc']);
    assert.deepEqual(orgs('Members of Parliament said "no" on Monday.'), ['Members of Parliament']);
  });

  it('takes names ending as investment firms do for organisations ("RBC Capital Markets", "Bain Capital")', () => {
    const a = analyze('Bain Capital said "no." RBC Capital Markets called the results "impressive" in a note.');
    assert.deepEqual(
      a.entities.map((e) => `${e.kind} ${e.name}`),
      ['organisation Bain Capital', 'organisation RBC Capital Markets'],
    );
  });

  it('keeps a firm named with an ampersand whole, and "Q&A" names no body', () => {
    const text = 'AT&T said "no." Procter & Gamble said "yes." In a Q&A, Ernst & Young Inc. said "maybe."';
    const a = analyze(text);
    assert.deepEqual(
      a.entities.map((e) => `${e.kind} ${e.name}`),
      ['organisation AT&T', 'organisation Procter & Gamble', 'organisation Ernst & Young Inc'],
    );
    assert.deepEqual(
      a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name),
      ['AT&T', 'Procter & Gamble', 'Ernst & Young Inc'],
    );
  });

  it('names no person in a photo credit or a video blurb', () => {
    const text = [
      'Residents cleared snow on Elm Street on Tuesday. (Dana Krall/The Canadian Press)',
      '',
      'Ivo Brandt / The Canadian Press Mayor Rita Lowe walks past the shelter.',
      '',
      'The city will open two more shelters. Marta Kiel has the details.',
      '',
      '— With files from Oren Pask and Lia Moss',
    ].join('\n');
    assert.deepEqual(people(text), ['Rita Lowe (Mayor)']);
    const credits = analyze(text)
      .metadata.filter((m) => m.kind === 'credit')
      .map((m) => text.slice(m.start, m.end));
    assert.deepEqual(credits, ['Ivo Brandt / The Canadian Press', 'Marta Kiel']);
  });

  it('finds a photo credit closing a paragraph of text', () => {
    const text = 'Crews worked through the night to restore power, and the lights came back at dawn. (Dana Krall/CBC)';
    const a = analyze(text);
    assert.deepEqual(
      a.metadata.filter((m) => m.kind === 'credit').map((m) => text.slice(m.start, m.end)),
      ['(Dana Krall/CBC)'],
    );
    assert.deepEqual(people(text), []);
  });
});

describe('places from the gazetteer', () => {
  it('reads a province and a city of two words as places, not people', () => {
    const text = 'Crews in Nova Scotia and Red Deer worked overnight. Mayor Lena Osei said power was back.';
    assert.deepEqual(people(text), ['Lena Osei (Mayor)']);
  });

  it('reads a name that a spokesperson speaks for as an organisation, wherever the article names it', () => {
    const a = analyze(
      'Freedom Mobile donated the phones.\n\nA Freedom Mobile spokesperson said the company was pleased.',
    );
    assert.deepEqual(
      a.entities.filter((e) => e.name === 'Freedom Mobile').map((e) => e.kind),
      ['organisation'],
    );
    assert.deepEqual(people('Freedom Mobile donated the phones. Freedom Mobile said so.'), ['Freedom Mobile']);
  });

  it('reads where a person works as an organisation ("a researcher at Talos"), but not a name after "earlier at"', () => {
    const a = analyze(
      'Talos said in a statement that the threats were old.\n\nJason Schultz, technical researcher at Talos, agreed.',
    );
    assert.deepEqual(
      a.entities.filter((e) => e.name === 'Talos').map((e) => e.kind),
      ['organisation'],
    );
    assert.deepEqual(people('Bernie Sanders lashed out seconds earlier at Clinton. Clinton said she was fine.'), [
      'Bernie Sanders',
      'Clinton',
    ]);
    const b = analyze('Ana Ruiz, an analyst at Clinton headquarters, left. Clinton said she was fine.');
    assert.equal(b.entity('Clinton')?.kind, 'person');
  });

  it('reads a name that ends as companies do as an organisation ("Adam Smith International"), only at its end', () => {
    const a = analyze('Adam Smith International said the contract was fine.');
    assert.deepEqual(
      a.entities.map((e) => `${e.kind}:${e.name}`),
      ['organisation:Adam Smith International'],
    );
    const b = analyze(
      '"The yield is low," said David Albright of the Institute for Science and International Security.',
    );
    assert.ok(b.entity('Institute for Science and International Security'));
  });

  it('reads a team named for its city as an organisation', () => {
    const a = analyze('"We were beaten," the Edmonton Oilers said after the game.');
    assert.deepEqual(
      a.entities.map((e) => `${e.kind}:${e.name}`),
      ['organisation:Edmonton Oilers'],
    );
  });

  it('reads a body named after its country as an organisation, and a region named by directions as a place', () => {
    const text =
      'Snow fell across West Central Alberta, Environment Canada said.\n\n"It is flawed," Rally Canada said.';
    const a = analyze(text);
    assert.deepEqual(
      a.entities.map((e) => `${e.kind}:${e.name}`),
      ['organisation:Environment Canada', 'organisation:Rally Canada'],
    );
    // The place stays one, and a person named for a state stays a person.
    const b = analyze('"We lost," Kelly Georgia said. "It rained," New Mexico said.');
    assert.deepEqual(
      b.entities.map((e) => `${e.kind}:${e.name}`),
      ['person:Kelly Georgia', 'organisation:New Mexico'],
    );
  });

  it('reads a province that is also a first name, before a head noun, as a body', () => {
    const a = analyze('"We sit on Monday," the Alberta Legislature said.');
    assert.deepEqual(
      a.entities.map((e) => `${e.kind}:${e.name}`),
      ['organisation:Alberta Legislature'],
    );
  });

  it('lets a capital speak for its government', () => {
    const a = analyze('"We will not accept this," Ottawa said in a statement.');
    assert.equal(a.entities.find((e) => e.id === a.quote('We will not').speaker)?.kind, 'organisation');
  });
});
