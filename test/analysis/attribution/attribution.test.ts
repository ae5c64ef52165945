import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, slice } from '../helpers';

describe('attribution', () => {
  it('credits a quote followed by "X said" and keeps the cue and source spans', () => {
    const t = 'Mayor Anna Lindqvist opened the bridge on Monday.\n"It took ten years," Lindqvist said.';
    const a = analyze(t);
    const q = a.quote('ten years');
    assert.equal(a.speakerOf('ten years'), 'Anna Lindqvist');
    assert.equal(slice(t, q.cue), 'said');
    assert.equal(slice(t, q.source), 'Lindqvist');
    assert.equal(q.kind, 'direct');
    assert.ok(q.confidence > 0.8);
  });

  it('credits a surname that is also a place word or a demonym to the person named before', () => {
    const t =
      'Mayor Lena Park said the city would review its plan.\n\n"We were not ready," Park told reporters.\n\n' +
      'Businessman Mark Cuban spoke next.\n\n"I would not vote for him," Cuban said.';
    const a = analyze(t);
    assert.equal(a.speakerOf('not ready'), 'Lena Park');
    assert.equal(a.speakerOf('not vote'), 'Mark Cuban');
    assert.deepEqual(
      a.entities.filter((e) => e.kind !== 'person').map((e) => e.name),
      [],
    );
  });

  it('credits inverted attribution: "…," said X', () => {
    const a = analyze('“The numbers do not add up,” said Tom Becker, a budget analyst at the institute.');
    assert.equal(a.speakerOf('numbers'), 'Tom Becker');
    assert.equal(a.entity('Tom Becker')?.kind, 'person');
  });

  it('never credits the listener of a passive cue ("are still advised to") when the sentence names the speaker', () => {
    const a = analyze(
      'The ministry says on its website that travellers are still advised to “exercise a high degree of caution” there.',
    );
    assert.equal(a.speakerOf('exercise'), 'ministry');
  });

  it('credits nobody for words the subject of a passive verb of speech heard, and keeps them a quote', () => {
    const t =
      'Flood warning for the valley\n\n' +
      'Residents are advised to "stay indoors" until the water recedes.\n\n' +
      '"Stay off the roads," drivers were told on Tuesday.\n\n' +
      'Mayor Lena Park spoke on Monday.\n\n' +
      'In an interview with the Daily Ledger, Park was asked, "Was the city ready?"';
    const a = analyze(t);
    assert.equal(a.quote('stay indoors').kind, 'partial');
    assert.equal(a.speakerOf('stay indoors'), null);
    assert.equal(a.speakerOf('Stay off'), null);
    assert.notEqual(a.speakerOf('city ready'), 'Lena Park');
    assert.ok(!a.entities.some((e) => e.name === 'Residents' || e.name === 'drivers'));
  });

  it('takes the name after a possessive subject ("Her neighbour, Rick Stahl") for the subject a pronoun refers to', () => {
    const t =
      'Flood\n\nSpeaking to reporters, Premier Doug Ford said the province would help. "Nobody will be left behind," Ford said.\n\n' +
      '"It is a disaster," said Maria Gomez, whose basement flooded. Her neighbour, Rick Stahl, disagreed. "It is just water," he said.';
    assert.equal(analyze(t).speakerOf('just water'), 'Rick Stahl');
  });

  it('credits a statement "from" or "by" a named body to that body, not to the last speaker', () => {
    const t =
      'Flood\n\n"Nobody will be left behind," Premier Doug Ford said.\n\n' +
      'According to a statement from Environment Canada, "more rain is expected."\n\n' +
      'A report by the Ontario Energy Board called the outage "avoidable."';
    const a = analyze(t);
    assert.equal(a.speakerOf('more rain'), 'Environment Canada');
    assert.equal(a.speakerOf('avoidable'), 'Ontario Energy Board');
  });

  it('takes "the neighbour" for the neighbour the article introduced as "a neighbour"', () => {
    const t =
      'Fire\n\nA neighbour who saw the fire said the family got out in time.\n\nMayor Jo Lee said "we will help."\n\n' +
      '"It was terrifying," the neighbour said.';
    const a = analyze(t);
    assert.equal(a.speakerOf('terrifying'), 'A neighbour');
    assert.equal(a.entities.filter((e) => e.kind === 'group').length, 1);
  });

  it('credits the person named before "of the Court of King\'s Bench", not the body that places them', () => {
    const t =
      'Hill sentenced\n\nJustice Karen Wong of the Court of King\'s Bench said Mark Hill showed "no remorse."\n\n' +
      'Kent Moore at the University of Toronto says "the pattern is unusual."';
    const a = analyze(t);
    assert.equal(a.speakerOf('no remorse'), 'Karen Wong');
    assert.equal(a.speakerOf('unusual'), 'Kent Moore');
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.name === "Court of King's Bench"));
  });

  it('lets "X said she…" tell the gender of a first name that suggested the other one', () => {
    const t =
      'Tyler Brandt chairs the youth council and has met with Mayor Helen Ostrowski twice.\n' +
      'Brandt said she joined the council after her brother was arrested.\n' +
      '"I wanted a seat at the table," she said.';
    const a = analyze(t);
    assert.equal(a.speakerOf('seat at the table'), 'Tyler Brandt');
    assert.equal(a.entity('Tyler Brandt')?.gender, 'female');
  });

  it('credits a cue before the quote: X said: "…"', () => {
    const a = analyze('Foreign Minister Karl Weber said: "We will not negotiate under threat."');
    assert.equal(a.speakerOf('negotiate'), 'Karl Weber');
    assert.equal(a.entity('Karl Weber')?.role, 'Foreign Minister');
  });

  it('resolves a pronoun source to the person named before it', () => {
    const t = 'Senator Maria Gonzalez left the chamber early.\n"This vote was rigged," she told reporters.';
    const a = analyze(t);
    assert.equal(a.speakerOf('rigged'), 'Maria Gonzalez');
    assert.equal(slice(t, a.quote('rigged').source), 'she');
    const maria = a.entity('Maria Gonzalez');
    assert.ok(maria?.mentions.some((m) => m.kind === 'pronoun'));
  });

  it('prefers the subject over the object for a pronoun', () => {
    const a = analyze(
      'Prime Minister John Harlow met Chancellor Peter Vogel in Berlin.\n"The talks were frank," he said.',
    );
    assert.equal(a.speakerOf('frank'), 'John Harlow');
  });

  it('takes no name after a preposition for the subject that a later pronoun means', () => {
    const a = analyze(
      [
        'Jason Schultz, a researcher at Talos, wrote that the threats came from the same addresses.',
        'Director of security response at cybersecurity firm Symantec, Kevin Haley, agreed with this finding.',
        '"We believe it is the same group," he confirmed.',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('same group'), 'Kevin Haley');
  });

  it('takes the person, not the body in their title, as the subject a pronoun refers to', () => {
    const a = analyze(
      [
        "Toronto lost to the Boston Celtics. Asked about the Celtics' late run, Adam Quill shrugged.",
        '"It is frustrating," he said. "But we will figure it out."',
        'Celtics coach Joe Marlow praised his bench. "Those guys changed the game," he said.',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('changed the game'), 'Joe Marlow');
  });

  it('credits "the Vermont senator" to the person named just before, but not "the Nova Scotia judge"', () => {
    const a = analyze(
      [
        'Bram Tolliver attacked his rival on Wednesday night.',
        '"I do not believe she is qualified," the Vermont senator said.',
        'Dale Murtagh was declared a dangerous offender on Friday.',
        'In his ruling, the Nova Scotia judge said he saw "no realistic prospect" of managing the risk.',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('she is qualified'), 'Bram Tolliver');
    assert.notEqual(a.speakerOf('no realistic prospect'), 'Dale Murtagh');
  });

  it('takes the name in apposition, not the possessor before it, as the subject ("Sanders\' campaign manager, Jeff Weaver")', () => {
    const a = analyze(
      [
        'Bram Tolliver spoke in Ohio. "We will win," he said.',
        'Tolliver\'s campaign manager, Jeff Weaver, defended the senator. He told CNN that the rival had "started this."',
        'Myra Oswin was at the rally. "It was loud," she said.',
        'Oswin\'s advice earned her a hearing, where she said the cure was "magic for every body."',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('started this'), 'Jeff Weaver');
    assert.equal(a.speakerOf('magic for every'), 'Myra Oswin');
  });

  it('credits a description that only a named person fits to the person named just before', () => {
    const a = analyze(
      [
        'Senator Dana Whitfield met voters in Louisville on Monday.',
        '"We will win this state," the Kentucky Republican said.',
        'Senator Hal Brandt spoke in Reno. "He is undermining the vote," the Nevada Democrat told reporters.',
        'Ryan Holt returned to the lineup.',
        '"I felt ready," said the veteran goaltender.',
        'The game went to overtime.',
        'Nino Kessler scored twice for the Sharks on Friday.',
        '"It was fun," the 26-year-old said.',
        'Mara Quist spoke on Tuesday. Asked why, the 34-year-old mother of three replied, "It is meant to help."',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('meant to help'), 'Mara Quist');
    assert.equal(a.speakerOf('win this state'), 'Dana Whitfield');
    assert.equal(a.speakerOf('undermining the vote'), 'Hal Brandt');
    assert.equal(a.speakerOf('was fun'), 'Nino Kessler');
    assert.equal(a.speakerOf('felt ready'), 'Ryan Holt');
  });

  it('credits a description by what a person is ("the shipping magnate") to the person it renames', () => {
    const a = analyze(
      [
        'Harbour club finds a buyer',
        'Club owner Walter Brennan met fans on Sunday, and they asked about his plans.',
        '"It is a family now," the shipping tycoon told the Herald in a rare interview.',
        'Rep. Alma Ruiz thanked Pietro Valli at the dinner after the real estate mogul announced that the hospital would get a new wing.',
        'Reporters waited outside. "Look up!" a young boy shouted.',
        'A "flip" is when a landlord tells a tenant the rent will double.',
      ].join('\n\n'),
    );
    // Anyone of the kind, in the present of a clause of when or if, is nobody who spoke.
    assert.equal(a.quote('flip').kind, 'term');
    assert.ok(
      a.quotes.every((q) => q.speaker === null || a.entities.find((e) => e.id === q.speaker)?.name !== 'a landlord'),
    );
    assert.equal(a.speakerOf('a family now'), 'Walter Brennan');
    assert.equal(slice(a.text, a.quote('a family now').source), 'the shipping tycoon');
    assert.equal(a.speakerOf('the hospital would get'), 'Pietro Valli');
    assert.equal(a.speakerOf('Look up'), 'a young boy');
  });

  it('takes a name no list knows for a person when its sentence says so: an apposition, or "he" taking it up', () => {
    const a = analyze(
      [
        'Mayor Anna Lindqvist spoke about the ferry on Monday.',
        'Tavita Okonjo was on a business trip from Lagos when he ended up stuck at the terminal.',
        '"We waited for nine hours," he said.',
        'Mayor Anna Lindqvist thanked the crews.',
        'Farhiya Obure, president of the Harbour Tenants Union, is hopeful the city will pay.',
        '"Our members have waited long enough," she said.',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('nine hours'), 'Tavita Okonjo');
    assert.equal(a.speakerOf('waited long enough'), 'Farhiya Obure');
    // The pronoun that took the name up tells the person's gender.
    assert.equal(a.entities.find((e) => e.name === 'Tavita Okonjo')?.gender, 'male');
  });

  it('takes a name no list knows for a person after an apposition that says what a person is: "the nominee, X."', () => {
    const a = analyze(
      'Voters are moving behind the mayor, despite holdouts such as the party’s 2012 nominee, Tavita Okonjo.\n\n' +
        'Okonjo went after the mayor over her refusal to release her taxes, calling it “disqualifying.”',
    );
    assert.equal(a.entities.find((e) => e.name === 'Tavita Okonjo')?.kind, 'person');
    assert.equal(a.speakerOf('disqualifying'), 'Tavita Okonjo');
  });

  it('takes no word right after a participle of speech for the sentence\'s subject: "…, saying she\'s experienced “on paper”"', () => {
    const a = analyze(
      'Mayor Ada Lowe spoke on Monday, and Tom Becker’s campaign answered.\n\n' +
        "His chief aide doubled down on attacks on Lowe’s record, saying she's experienced “on paper” but suggesting that might not be enough.",
    );
    assert.equal(a.speakerOf('on paper'), 'His chief aide');
  });

  it('takes no adjective before a noun that is also a verb of speech for a source: "a terrorist attack"', () => {
    const a = analyze(
      'Local authorities were treating the incident as a terrorist attack and urging people to stay home, the broadcaster reported.',
    );
    const q = a.quotes.find((x) => a.text.slice(x.start, x.end).includes('to stay home'));
    assert.ok(q, 'the reported speech is found');
    assert.notEqual(a.speakerOf('to stay home'), 'a terrorist');
  });

  it('carries a quotation with no cue on with whoever spoke last, reported or quoted', () => {
    const a = analyze(
      [
        'Tom Reyes met Maria Okafor at a support group in 2012.',
        'Before he met Okafor, Reyes said he would worry about the future. Now, Reyes said he is able to live in the moment.',
        '"She made me a better person, very quickly," he said.',
        'At 40, Okafor said she has defied the odds thanks to a new therapy. But knowing her time is finite, she was forced to decide what she could live without.',
        '"I feel like, in a way, it is a gift that I learned that at 30."',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('it is a gift'), 'Maria Okafor');
  });

  it('credits no named person for a description of many, or of someone the story has not named', () => {
    const a = analyze(
      [
        'Senator Dana Whitfield met voters in Louisville on Monday.',
        '"I will vote for her," the lifelong Republican said.',
        'Whitfield spoke for an hour.',
        '"We are all behind her," the two Republican delegates from Ohio said.',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('vote for her'), 'lifelong Republican');
    assert.notEqual(a.speakerOf('all behind'), 'Dana Whitfield');
  });

  it('credits "another" who speaks to someone new, not to the speaker before', () => {
    const t = [
      '“The bridge was late again,” Dana Whitfield wrote on Tuesday.',
      'Another wrote, “Nobody in this town trusts the ferry.”',
      '“It is a scandal,” tweeted another.',
    ].join('\n\n');
    const a = analyze(t);
    assert.equal(a.speakerOf('late again'), 'Dana Whitfield');
    for (const [quote, source] of [
      ['trusts the ferry', 'Another'],
      ['a scandal', 'another'],
    ]) {
      assert.equal(slice(t, a.quote(quote).source), source);
      assert.notEqual(a.speakerOf(quote), 'Dana Whitfield');
    }
  });

  it('resolves a pronoun to the subject named last when two people are as salient', () => {
    const a = analyze(
      [
        'In an email, official Dana Whitfield wrote that "the full range of services is not offered."',
        "Mary Holt, a director at the agency, agreed with Whitfield's approach.",
        '"I am sure it is part of your messaging," she wrote in an email.',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('part of your messaging'), 'Mary Holt');
  });

  it('gives both halves of a split quote to the same speaker', () => {
    const t = '“We are ready,” said Coach Linda Park, “but the season is long.”';
    const a = analyze(t);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.speakerOf('ready'), 'Linda Park');
    assert.equal(a.speakerOf('season'), 'Linda Park');
  });

  it('carries the speaker on to a quote paragraph with no cue', () => {
    const t =
      '"The plant will close in May," said Richard Moss, the company\'s chief executive.\n"We looked at every alternative."';
    const a = analyze(t);
    const q = a.quote('alternative');
    assert.equal(a.speakerOf('alternative'), 'Richard Moss');
    assert.equal(q.method, 'continuation');
    // No surer than the quote its cue credits (the ranker weighs every way of naming the speaker).
    assert.ok(q.confidence <= a.quote('plant').confidence);
  });

  it('credits a quote introduced by a colon sentence', () => {
    const a = analyze(
      'Doctor Helen Marsh explained the risk to the committee. Marsh continued:\n"The virus spreads before symptoms show."',
    );
    assert.equal(a.speakerOf('virus'), 'Helen Marsh');
  });

  it("marks a fragment in the writer's sentence as partial and credits its subject", () => {
    const t = 'Governor Ben Ortiz said the storm response was "a disaster" for the coast.';
    const a = analyze(t);
    const q = a.quote('disaster');
    assert.equal(q.kind, 'partial');
    assert.equal(a.speakerOf('disaster'), 'Ben Ortiz');
  });

  it('credits "according to" sources', () => {
    const a = analyze('The deal is "dead in the water", according to Paul Nkemelu, a trade negotiator.');
    assert.equal(a.speakerOf('dead in the water'), 'Paul Nkemelu');
  });

  it('credits unnamed sources and organisations', () => {
    const t =
      '"We have seen no evidence," a senior official said.\n"Production will resume on Monday," the company said in a statement.';
    const a = analyze(t);
    assert.equal(slice(t, a.quote('no evidence').source), 'a senior official');
    assert.equal(slice(t, a.quote('Production').source), 'the company');
  });

  it('reads "the report" after "A staff report … estimated" as that report, not the last speaker\'s', () => {
    const t = [
      '"We will ask staff for a study of rural routes," Coun. Priya Raman said.',
      'A staff report released last week estimated that ridership would grow by 18 per cent.',
      'The report warned, however, that "the benefits depend on service reaching new areas."',
    ].join('\n\n');
    const a = analyze(t);
    assert.equal(a.speakerOf('rural routes'), 'Priya Raman');
    assert.notEqual(a.speakerOf('benefits depend'), 'Priya Raman');
    assert.equal(slice(t, a.quote('benefits depend').source), 'The report');
    // A report whose author the sentence names, or a document the last speaker sent, stays theirs.
    const sent = analyze(
      'Mayor Dan Okoro sent out an email on Friday.\n\n"We are ready for the storm," the email said.',
    );
    assert.equal(sent.speakerOf('ready for the storm'), 'Dan Okoro');
  });

  it('reads "Elder" before a name as a title of respect, not a man\'s first name', () => {
    const a = analyze('"I remember when we could drink from the lake," said Elder Mary Sakanee, 82.');
    assert.equal(a.speakerOf('drink from the lake'), 'Mary Sakanee');
    assert.equal(a.entity('Mary Sakanee')?.gender, 'female');
  });

  it('credits the councillor, the constable and the detective, not their abbreviated titles', () => {
    const t = [
      '"This is the hardest vote I have taken," said Coun. Marisol Vega, who chairs the committee.',
      '"Someone may have seen something," Cst. Hans Ouellette said.',
      '"People should feel safe," said Det. Sgt. Marie Arsenault.',
      '"The bridge is safe," Cllr. Ann Howe said.',
    ].join('\n\n');
    const a = analyze(t);
    assert.equal(a.speakerOf('hardest vote'), 'Marisol Vega');
    assert.equal(a.speakerOf('seen something'), 'Hans Ouellette');
    assert.equal(a.speakerOf('feel safe'), 'Marie Arsenault');
    assert.equal(a.speakerOf('bridge is safe'), 'Ann Howe');
    assert.deepEqual(
      a.entities.map((e) => e.name),
      ['Marisol Vega', 'Hans Ouellette', 'Marie Arsenault', 'Ann Howe'],
    );
  });

  it('reads a chamber of commerce as an organisation', () => {
    const a = analyze('The Halifax Chamber of Commerce said in a statement that it was disappointed by the vote.');
    assert.equal(a.entity('Halifax Chamber of Commerce')?.kind, 'organisation');
  });

  it('never credits a province where the speaker is: "The chief of a remote community in Ontario said"', () => {
    const a = analyze('The chief of a remote community in northern Ontario said the water plant failed again.');
    assert.equal(a.speakerOf('water plant'), 'chief');
    assert.ok(!a.entities.some((e) => e.name === 'Ontario'));
    // A body that speaks from a place is still the body: "a statement from the EU said".
    const eu = analyze('A statement from the EU said, “the motive raises concerns.”');
    assert.equal(eu.speakerOf('motive raises'), 'EU');
  });

  it('never takes "the provincial government" for a body of another kind named lately', () => {
    const t = [
      'Demand at the Calgary Food Bank has reached a record.',
      'The provincial government says it has increased funding for food programs by $5 million.',
    ].join('\n\n');
    const a = analyze(t);
    assert.notEqual(a.speakerOf('increased funding'), 'Calgary Food Bank');
    // A ministry is a body that governs: "the government" may stand for it.
    const m = analyze(
      'The Ministry of Health released its figures on Monday.\n\nThe government says waiting times have fallen.',
    );
    assert.equal(m.speakerOf('waiting times'), 'Ministry of Health');
  });

  it('credits "the budget office" to the organisation whose name holds its words, not the one named last', () => {
    const t = [
      'The Congressional Budget Office released its outlook on Monday.',
      'Harbor Capital Partners disputed the figures.',
      '"The deficit will double by 2030," the budget office said.',
      '"Growth will slow," the group said.',
    ].join('\n');
    const a = analyze(t);
    assert.equal(a.speakerOf('deficit will double'), 'Congressional Budget Office');
    // No organisation holds "group": the most salient one, as before.
    assert.notEqual(a.speakerOf('Growth will slow'), null);
  });

  it('takes "the Indigenous community" for no organisation: an adjective in s is no team', () => {
    const t =
      'The board failed the Indigenous community, the report found.\n"We will act now," the Thunder Bay Police Services Board said.';
    const a = analyze(t);
    assert.equal(a.entity('Indigenous'), undefined);
    assert.equal(a.speakerOf('act now'), 'Thunder Bay Police Services Board');
  });

  it('names an unnamed source without the pronoun and verb before it: "he heard students shout"', () => {
    const t = 'But Phillips said he heard students shout, "Build that wall!"';
    const a = analyze(t);
    const q = a.quotes.find((x) => x.kind === 'direct');
    assert.equal(a.entities.find((e) => e.id === q?.speaker)?.name, 'students');
    assert.equal(slice(t, q?.source ?? null), 'students');
  });

  it('reads "the Calgary-based railway" as a description of the railway named long before, never a person', () => {
    const t = [
      'The Canadian Pacific Railway ran 40 trains through the pass.',
      'Snow fell for a week.',
      'Crews cleared the line twice.',
      'A train derailed near Field, B.C. on Monday.',
      'The Calgary-based railway said in the report that it places locomotives along a train in the winter.',
    ].join('\n\n');
    const a = analyze(t);
    assert.equal(a.speakerOf('it places locomotives'), 'Canadian Pacific Railway');
    assert.equal(
      a.entities.some((e) => e.kind === 'person'),
      false,
    );
    const b = analyze('"Carson is cratering," Texas-based strategist Matt Mackowiak said.');
    assert.equal(b.speakerOf('cratering'), 'Matt Mackowiak');
  });

  it('credits no person named by an event after "a": "A Rally for Resources"', () => {
    const a = analyze('A Rally for Resources encouraged trucks of "all shapes and sizes" to come.');
    assert.equal(a.speakerOf('all shapes'), null);
    assert.equal(
      a.entities.some((e) => e.kind === 'person'),
      false,
    );
  });

  it('reads a one-word name after "the" as a body\'s, never a surname: "The Hill reported"', () => {
    const a = analyze('The Hill reported that the bill would pass.');
    assert.equal(a.speakerOf('bill would pass'), 'Hill');
    assert.equal(a.entity('Hill')?.kind, 'organisation');
  });

  it('reads "the Times" as the newspaper the article named in full, though it writes "times" too', () => {
    const t =
      'The New York Times covered the story in 1995, after hard times.\n\n"Trump pulled it off," the Times wrote.';
    const a = analyze(t);
    assert.equal(a.speakerOf('pulled it off'), 'New York Times');
    assert.deepEqual(
      a.entity('New York Times')?.mentions.map((m) => t.slice(m.start, m.end)),
      ['New York Times', 'Times'],
    );
  });

  it('names an unnamed source with its complement: "a member of the public", "a member of the team"', () => {
    const a = analyze(
      [
        'Another member of the public, whose name is redacted, wrote: "It is an outrage."',
        '"No," a member of the team said.',
      ].join('\n\n'),
    );
    assert.equal(a.speakerOf('outrage'), 'Another member of the public');
    assert.equal(a.speakerOf('No,'), 'a member of the team');
  });

  it('names an unnamed source as the text writes it: "school’s defenders", not "school ’s defenders"', () => {
    const a = analyze('But the school’s defenders said it was unfair.\n\n"He is gone," Spindler\'s father said.');
    assert.equal(a.speakerOf('it was unfair'), 'school’s defenders');
    assert.equal(a.speakerOf('He is gone'), "Spindler's father");
  });

  it('makes scare quotes that nobody says terms, credited to nobody', () => {
    const a = analyze('The so-called "reform" package passed the lower house on Tuesday.');
    assert.deepEqual(
      a.quotes.map((q) => [q.kind, q.speaker]),
      [['term', null]],
    );
  });
});

describe('entities', () => {
  it('merges full name, surname, title and misspelling into one entity', () => {
    const t = [
      'German Chancellor Olaf Brenner arrived in Rome on Sunday.',
      '"Europe must act together," Brenner said.',
      "The German chancellor later met Olf Brenner's critics.",
      'Olaf Brenner left on Monday.',
    ].join('\n');
    const a = analyze(t);
    const people = a.entities.filter((e) => e.kind === 'person');
    assert.equal(people.length, 1, JSON.stringify(people.map((p) => p.name)));
    const e = people[0];
    assert.equal(e.name, 'Olaf Brenner');
    assert.equal(e.role, 'German Chancellor');
    assert.ok(e.aliases.includes('Brenner'));
    const kinds = e.mentions.map((m) => `${m.kind}:${t.slice(m.start, m.end)}`);
    assert.ok(kinds.includes('surname:Brenner'), kinds.join());
    assert.ok(kinds.includes('title:German chancellor'), kinds.join());
    assert.ok(kinds.includes('misspelling:Olf Brenner'), kinds.join());
  });

  it('keeps people who share a surname apart', () => {
    const a = analyze(
      'Hillary Clinton spoke first. Bill Clinton spoke later.\n"We are grateful," Hillary Clinton said.',
    );
    assert.ok(a.entity('Hillary Clinton'));
    assert.ok(a.entity('Bill Clinton'));
    assert.equal(a.speakerOf('grateful'), 'Hillary Clinton');
  });

  it('takes no one named in a link line or a caption for whom a later "he" stands', () => {
    const a = analyze(
      'Premier Lars Ingram tabled the budget on Friday.\n\n' +
        'Opposition leader Tom Becker said he would vote against it.\n\n' +
        'WATCH: Budget shows Ingram’s ‘naive approach’ to the deficit: Becker\n\n' +
        '“We will cut the tax on day one,” he said.',
    );
    assert.equal(a.speakerOf('cut the tax'), 'Tom Becker');
  });

  it('keeps a possessor in a description that opens with it, though the word may be a verb: "State’s inspector general"', () => {
    const a = analyze(
      'The agency released the emails on Friday.\n\nState’s inspector general also found 12 messages deemed "top secret" by the agency.',
    );
    assert.equal(a.speakerOf('top secret'), 'State’s inspector general');
  });

  it('credits a quote after ", saying," to the main clause\'s subject, not a relative clause\'s', () => {
    const t =
      'Mayor Ada Lowe spoke on Monday.\n\n' +
      'Lowe was defensive when forced to defend not paying an architect who said he was cheated, saying, “Maybe he did a bad job.”';
    const a = analyze(t);
    assert.equal(a.speakerOf('bad job'), 'Ada Lowe');
    // The builder's own statement stays his.
    assert.equal(a.speakerOf('he was cheated'), 'an architect');
  });

  it('credits a quotation to a credit line after it: “…” ¶ – Sanders.', () => {
    const t =
      'The two rivals sparred over the economy on Sunday.\n\n' +
      '"I went to Wall Street before the crash and warned them."\n\n- Ada Lowe.\n\n' +
      'Lowe tends to overstate her visit.\n\n' +
      '"Nobody wrote more of that bill than I did."\n\n- Tom Becker.\n\n' +
      'The record says otherwise. He once called it "my proudest vote."\n\n- Reuters.';
    const a = analyze(t);
    assert.equal(a.speakerOf('Wall Street'), 'Ada Lowe');
    assert.equal(a.speakerOf('more of that bill'), 'Tom Becker');
    // A line after a paragraph that only ends in a quotation is a photo credit.
    assert.notEqual(a.speakerOf('proudest vote'), 'Reuters');
  });

  it('takes a demonym that is a known surname for that person as a subject, and "the investor" for a person', () => {
    const t =
      'On Monday, billionaire Mark Cuban spoke in Austin.\n\n' +
      'Cuban seemed to rely on an attack against Cruz by Sen. Lindsey Graham. Cuban officials did not comment.\n\n' +
      '“If nobody in the Senate would come to your aid,” the investor said, “that is even worse.”';
    const a = analyze(t);
    const cuban = a.entity('Mark Cuban');
    const at = (frag: string): number => t.indexOf(frag);
    assert.ok(cuban?.mentions.some((m) => m.start === at('Cuban seemed')));
    assert.ok(!cuban?.mentions.some((m) => m.start === at('Cuban officials')));
    assert.equal(a.speakerOf('your aid'), 'Mark Cuban');
    assert.equal(slice(t, a.quote('your aid').source), 'the investor');
  });

  it('takes no one a comparison sets a pronoun against for its antecedent: "Unlike Al Mnajer, he…"', () => {
    const t =
      'Mohammad Al Mnajer found work at a bakery in 2017.\n\n' +
      'In Halifax, Ragheb Al Turkmani, 49, arrived the same year. Unlike Al Mnajer, he has been unable to find work.';
    const a = analyze(t);
    const he = t.indexOf('he has');
    const owner = a.entities.find((e) => e.mentions.some((m) => m.start === he));
    assert.equal(owner?.name, 'Ragheb Al Turkmani');
  });

  it('tells gender from first names and honorifics', () => {
    const a = analyze('Mrs. Jordan Blake met James Okafor in Lagos.');
    assert.equal(a.entity('Jordan Blake')?.gender, 'female');
    assert.equal(a.entity('James Okafor')?.gender, 'male');
  });
});
