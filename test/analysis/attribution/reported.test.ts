// Reported speech (issue 16, class 7): the clause a verb of saying reports, and where it is not one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SURE } from '../../../server/src/analysis/attribution/confidence';
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

  it('a bare noun or a mass noun with a verb of its own, after "say"', () => {
    assert.deepEqual(reported('Sheriff Ada Boyle said deputies later found the car in a ditch.'), [
      { clause: 'deputies later found the car in a ditch', source: 'Ada Boyle' },
    ]);
    assert.deepEqual(reported('Chief Omar Lind says burnout is common among his crews.'), [
      { clause: 'burnout is common among his crews', source: 'Omar Lind' },
    ]);
    // "said nothing" is what was said, not a clause: nothing is reported.
    assert.deepEqual(reported('Chief Omar Lind said nothing about what happened at the depot.'), []);
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
    // A name before an auxiliary opens it too.
    assert.deepEqual(reported('Lawyer Sandeep Gill told the court Okafor would live with his parents.'), [
      { clause: 'Okafor would live with his parents', source: 'Sandeep Gill' },
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

  it('a clause before its cue, with a listener or a remark of the writer after it', () => {
    assert.deepEqual(reported('The bridge will reopen in May, city engineer Tom Vale told CBC News.'), [
      { clause: 'The bridge will reopen in May', source: 'Tom Vale' },
    ]);
    // "adding that…" is a second statement of its own, not part of the first.
    assert.deepEqual(reported('The plant will close next year, Mayor Ada Lee said, adding that jobs would move.'), [
      { clause: 'The plant will close next year', source: 'Ada Lee' },
      { clause: 'jobs would move', source: 'Ada Lee' },
    ]);
  });

  it('a clause before an inverted cue ("…, adds Ada Lee."), never the name after it', () => {
    assert.deepEqual(reported('The bridge will reopen in May, said Tom Vale.'), [
      { clause: 'The bridge will reopen in May', source: 'Tom Vale' },
    ]);
    // A clause with a verb of its own between two commas is no apposition of "Somehow".
    assert.deepEqual(reported('Somehow, the family will find a way, adds Ada Lee.'), [
      { clause: 'the family will find a way', source: 'Ada Lee' },
    ]);
  });

  it('a clause ends where a second statement with its own cue joins it', () => {
    assert.deepEqual(
      reported('Mayor Ada Lee said the plant would close, while union leader Tom Vale said it would not.'),
      [
        { clause: 'the plant would close', source: 'Ada Lee' },
        { clause: 'it would not', source: 'Tom Vale' },
      ],
    );
    assert.deepEqual(
      reported('Senator Mia Holt said she regretted her remarks and promised to stay out of the race.'),
      [
        { clause: 'she regretted her remarks', source: 'Mia Holt' },
        { clause: 'to stay out of the race', source: 'Mia Holt' },
      ],
    );
    // A cue nested in the clause, with no joint before it, stays inside it.
    assert.deepEqual(reported('Mayor Ada Lee said the engineers told her the bridge was safe.'), [
      { clause: 'the engineers told her the bridge was safe', source: 'Ada Lee' },
    ]);
  });

  it('a statement apart from a partial quote that shares its cue, but none that holds the quote', () => {
    assert.deepEqual(
      reported('Sen. Ray Dunn said the tax plan would cost billions, and called it "the worst idea in years."'),
      [{ clause: 'the tax plan would cost billions', source: 'Ray Dunn' }],
    );
    // The quote is the statement's attribution: "said the plan was “flawed”" reports no more.
    assert.deepEqual(reported('Sen. Ray Dunn said the tax plan was "deeply flawed."'), []);
    // Nor a clause that ends in a quote whose cue is another: the quote is the attribution.
    assert.deepEqual(
      reported(
        '"This is wrong," spokesman Ben Fall said, adding that the review had excluded "nearly 1,700 meetings."',
      ),
      [],
    );
  });

  it('after a dateline the sentence starts again: no name of its first word, and the subject is found', () => {
    assert.deepEqual(reported('VANCOUVER — The family of a Surrey man who died says he was sent home with antacids.'), [
      { clause: 'he was sent home with antacids', source: 'The family' },
    ]);
    const t =
      'WASHINGTON (AP) — A news report published Wednesday said Defense Secretary Al Voss used a personal email account.';
    const a = analyze(t);
    const q = a.quotes.find((x) => x.kind === 'indirect');
    assert.equal(q && a.entities.find((e) => e.id === q.speaker)?.name, 'A news report');
    assert.ok(!a.entities.some((e) => e.name === 'The' || e.name === 'A'));
    // A statement is by whoever spoke just before: "The aid group Gatsby said… A statement said…".
    const g = analyze(
      'The British aid group Gatsby said its director was killed. A statement said the group was shocked.',
    );
    const st = g.quotes.filter((x) => x.kind === 'indirect').pop();
    assert.equal(st && g.entities.find((e) => e.id === st.speaker)?.name, 'Gatsby');
  });

  it('"according to his daughter, Simran Gill": the name in apposition is the source, and a health authority a body', () => {
    const t =
      'Rajinder Gill collapsed at home hours after leaving hospital, according to his daughter, Simran Gill.\n\n' +
      'Fraser Health said it could not comment on a specific case.';
    const a = analyze(t);
    const speakers = a.quotes
      .filter((q) => q.kind === 'indirect')
      .map((q) => a.entities.find((e) => e.id === q.speaker));
    assert.deepEqual(
      speakers.map((e) => `${e?.name}:${e?.kind}`),
      ['Simran Gill:person', 'Fraser Health:organisation'],
    );
  });

  it('"according to" after a clause reports that clause, not the aside after the source', () => {
    assert.deepEqual(
      reported(
        "Nearly all members voted to strike, according to the Saskatchewan Teachers' Federation, which represents 13,500 teachers.",
      ),
      [{ clause: 'Nearly all members voted to strike', source: "Saskatchewan Teachers' Federation" }],
    );
    // A fronted adverbial is no clause: the report goes on after the source.
    assert.deepEqual(reported('Over the long term, according to the budget office, costs will rise.'), [
      { clause: 'costs will rise', source: 'the budget office' },
    ]);
  });

  it('a time phrase after the cue is no part of the clause ("said last week she would…")', () => {
    assert.deepEqual(reported('Sen. Kay Arden said last week she would vote for the bill.'), [
      { clause: 'she would vote for the bill', source: 'Kay Arden' },
    ]);
    assert.deepEqual(reported('Sen. Kay Arden announced this month that she will not run again.'), [
      { clause: 'she will not run again', source: 'Kay Arden' },
    ]);
  });

  it('a setting after a preposition is no clause: the clause opens at the "that" after it, or nowhere', () => {
    assert.deepEqual(reported(`Sen. Ray Dunn said on NBC's "Meet the Press" on Sunday that the bill would pass.`), [
      { clause: 'the bill would pass', source: 'Ray Dunn' },
    ]);
    assert.deepEqual(reported('Mayor Lena Ortiz said in April that the roads would reopen.'), [
      { clause: 'the roads would reopen', source: 'Lena Ortiz' },
    ]);
    assert.deepEqual(reported('As the columnist Ada Boyle noted recently in New York magazine, it rained.'), []);
  });

  it('a setting that opens with a preposition, ended by a bare "that", but not a relative "that"', () => {
    assert.deepEqual(reported('The Dunn Foundation reported to the tax agency that its director was paid $31,000.'), [
      { clause: 'its director was paid $31,000', source: 'Dunn Foundation' },
    ]);
    assert.deepEqual(reported('Mayor Lena Ortiz has said for months that the bridge is unsafe.'), [
      { clause: 'the bridge is unsafe', source: 'Lena Ortiz' },
    ]);
    assert.deepEqual(reported('Mayor Lena Ortiz said in a report that was released on Monday.'), []);
  });

  it('a clause without "that" whose verb is a present tense, a negation, or after a quantifier or a dated noun', () => {
    assert.deepEqual(reported('Mayor Lena Ortiz said voters want change.'), [
      { clause: 'voters want change', source: 'Lena Ortiz' },
    ]);
    assert.deepEqual(reported("Mayor Lena Ortiz said flooding doesn't stop at the city line."), [
      { clause: "flooding doesn't stop at the city line", source: 'Lena Ortiz' },
    ]);
    assert.deepEqual(reported('Professor Ada Boyle suggests any further deals should be gradual.'), [
      { clause: 'any further deals should be gradual', source: 'Ada Boyle' },
    ]);
    assert.deepEqual(reported("Mayor Lena Ortiz said Monday's vote will decide it."), [
      { clause: "Monday's vote will decide it", source: 'Lena Ortiz' },
    ]);
    // A plural noun that could be a verb ends a noun phrase, not a clause.
    assert.deepEqual(reported('Senators have all but stopped confirming his judicial picks.'), []);
    assert.deepEqual(reported('Mayor Lena Ortiz indicated that the bridge would reopen.'), [
      { clause: 'the bridge would reopen', source: 'Lena Ortiz' },
    ]);
  });

  it('a group of a poll or a pronoun-like determiner as the subject: "of voters say", "one suggested"', () => {
    assert.deepEqual(reported('Thirty percent of voters say they would back the plan.'), [
      { clause: 'they would back the plan', source: 'voters' },
    ]);
    assert.deepEqual(
      reported('She met with several lawyers. One suggested she apply again.').map((r) => r.clause),
      ['she apply again'],
    );
    // A noun stays one: "32 percent of Republican claims" reports nothing.
    assert.deepEqual(reported('Fact-checkers rated 32 percent of Republican claims false.'), []);
  });

  it('a listener with a setting after it, then the clause without "that"', () => {
    assert.deepEqual(reported('Mayor Lena Ortiz told The Star-Ledger of Newark last week she would run again.'), [
      { clause: 'she would run again', source: 'Lena Ortiz' },
    ]);
  });

  it("an aside or an adverbial before the clause's subject opens the clause", () => {
    assert.deepEqual(reported('Mayor Lena Ortiz said that, during the storm, the shelters were full.'), [
      { clause: 'during the storm, the shelters were full', source: 'Lena Ortiz' },
    ]);
    assert.deepEqual(reported('Mayor Lena Ortiz says despite the cost, she will rebuild the bridge.'), [
      { clause: 'despite the cost, she will rebuild the bridge', source: 'Lena Ortiz' },
    ]);
  });

  it('a promise or a request: the infinitive, from its "to"', () => {
    assert.deepEqual(reported('Senator Mia Holt vowed last month to take her campaign to the convention.'), [
      { clause: 'to take her campaign to the convention', source: 'Mia Holt' },
    ]);
    assert.deepEqual(reported('Mayor Lena Ortiz urged residents to stay off the roads.'), [
      { clause: 'to stay off the roads', source: 'Lena Ortiz' },
    ]);
    assert.deepEqual(reported('Chief Dan Roy called on the province to pay for the new station.'), [
      { clause: 'to pay for the new station', source: 'Dan Roy' },
    ]);
    assert.deepEqual(reported('Councillor Ray Dunn called for an inquiry into the contract.'), [
      { clause: 'an inquiry into the contract', source: 'Ray Dunn' },
    ]);
  });

  it('a charge or a characterisation, with the one it is about', () => {
    assert.deepEqual(reported('Union leader Kim Park accused the board of hiding the losses.'), [
      { clause: 'the board of hiding the losses', source: 'Kim Park' },
    ]);
  });

  it('"to say" after a subject, a bare plural noun opening the clause', () => {
    assert.deepEqual(reported('Most voters were more likely to say the economy had improved.'), [
      { clause: 'the economy had improved', source: 'Most voters' },
    ]);
    assert.deepEqual(reported('Judge Ann Fox said members of the court should stay out of politics.'), [
      { clause: 'members of the court should stay out of politics', source: 'Ann Fox' },
    ]);
  });

  it('no report when nothing was said or the one asked is the subject', () => {
    assert.deepEqual(reported('Minister Joe Hart declined to say whether the plant would close.'), []);
    assert.deepEqual(reported('Coach Ivo Mann was asked to explain the loss.'), []);
    assert.deepEqual(reported("Others joined the mayor's call for a new bridge."), []);
    // "that" as the object: "said that from day one" reports no phrase.
    assert.deepEqual(reported('Chief Don MacLean has said that from day one.'), []);
    assert.deepEqual(
      reported('Mayor Lena Ortiz said that about 4 million people live in the region.').map((r) => r.clause),
      ['about 4 million people live in the region'],
    );
  });

  it('leaves a dateline out of the clause reported before the cue: "OTTAWA — …, the company said"', () => {
    assert.deepEqual(
      reported('OTTAWA — Shopify Inc. is laying off about 1,000 employees, the company said Tuesday.').map(
        (r) => r.clause,
      ),
      ['Shopify Inc. is laying off about 1,000 employees'],
    );
    assert.deepEqual(
      reported('MONCTON, N.B. — The bridge will close for a month, Mayor Dawn Arnold said.').map((r) => r.clause),
      ['The bridge will close for a month'],
    );
  });

  it('a clause whose subject is an approximate number: "said about 40 people were arrested"', () => {
    assert.deepEqual(
      reported('Police said about 40 people were arrested.').map((r) => r.clause),
      ['about 40 people were arrested'],
    );
    assert.deepEqual(
      reported('Police said at least 12 people were hurt.').map((r) => r.clause),
      ['at least 12 people were hurt'],
    );
    // "at the rally" is still a setting.
    assert.deepEqual(
      reported('Mayor Lena Ortiz said at the rally that taxes would fall.').map((r) => r.clause),
      ['taxes would fall'],
    );
  });

  it('no report of a bare noun phrase cut short by the next statement: "who helped write the framework, called…"', () => {
    assert.deepEqual(
      reported('Sen. Kyrsten Sinema, who helped write the bipartisan framework, called the vote a failure.'),
      [],
    );
    // An infinitive or an object clause needs no verb of its own.
    assert.deepEqual(
      reported('Mayor Lena Ortiz urged residents to stay home, saying the roads were icy.').map((r) => r.clause),
      ['to stay home', 'the roads were icy'],
    );
  });

  it('no report in a source\'s terms of anonymity: "asked not to be named because she…"', () => {
    assert.deepEqual(reported('A neighbour who asked not to be named because she works nearby heard shouting.'), []);
    assert.deepEqual(reported('One guard asked to remain anonymous.'), []);
    // The statement after them is reported as ever.
    assert.deepEqual(
      reported('A witness who asked not to be identified said the fight spilled onto the sidewalk.').map(
        (r) => r.clause,
      ),
      ['the fight spilled onto the sidewalk'],
    );
  });

  it("is sure of a named speaker's report and not of a descriptor's (the fitted calibration)", () => {
    const confidence = (t: string): number => analyze(t).quotes.find((q) => q.kind === 'indirect')!.confidence;
    assert.ok(confidence('Mayor Lena Ortiz said the road would reopen in May.') >= SURE);
    assert.ok(confidence('Officials said the road would reopen in May.') < SURE);
  });

  it('credits the writer, never a person named "I", with a report whose subject opens "What I…"', () => {
    const a = analyze(
      'What I believe the campaign is designed to do is ask us to think about it and have hard conversations.',
    );
    assert.equal(a.entity('I'), undefined);
    assert.equal(a.speakerOf('to think about it'), 'The writer');
  });

  it('the person, not a name in their title, reports ("Trump supporter Linda Harris said…")', () => {
    const a = analyze(
      'Dale Trump spoke first.\n\nTrump supporter Linda Harris, 63, of Clearwater, said she waited four hours.',
    );
    const q = a.quotes.find((x) => x.kind === 'indirect');
    assert.equal(q && a.entities.find((e) => e.id === q.speaker)?.name, 'Linda Harris');
  });

  it('the people a body places report, not the body ("Nurses at Winnipeg\'s Health Sciences Centre say")', () => {
    assert.deepEqual(reported("Nurses at Winnipeg's Health Sciences Centre say patients are waiting up to 20 hours."), [
      { clause: 'patients are waiting up to 20 hours', source: 'Nurses' },
    ]);
    assert.deepEqual(reported('A dozen members of Congress told reporters she thinks the vote is within reach.'), [
      { clause: 'she thinks the vote is within reach', source: 'A dozen members' },
    ]);
  });

  it('a description set off by an aside is the subject, not a name in the aside ("A source, who asked…, said")', () => {
    const t =
      'The recording, obtained by CTV News, was made during a break.\n\nA city hall source, who asked not to be ' +
      'named because they were not authorized to speak, said the recording had been circulating for weeks.';
    assert.deepEqual(reported(t), [
      { clause: 'the recording had been circulating for weeks', source: 'A city hall source' },
    ]);
    // A name in apposition is the subject: "His lawyer, Zhang Wei, said…".
    assert.deepEqual(reported('His lawyer, Zhang Wei, said the appeal would be filed within days.'), [
      { clause: 'the appeal would be filed within days', source: 'Zhang Wei' },
    ]);
  });

  it('a plural subject whose verb is a base form after an adverb ("says companies often focus on…")', () => {
    assert.deepEqual(
      reported('Professor Sarah Kaplan says companies often focus on hiring rather than keeping women.'),
      [{ clause: 'companies often focus on hiring rather than keeping women', source: 'Sarah Kaplan' }],
    );
    assert.deepEqual(reported('Professor Sarah Kaplan says firms hire too few engineers.'), [
      { clause: 'firms hire too few engineers', source: 'Sarah Kaplan' },
    ]);
    // "feels particularly apt" opens with a verb, not a plural subject.
    assert.deepEqual(reported('The host says feels particularly apt this year.'), []);
    // A cue word owned by a possessive past capitals is a noun: "Okafor's Charter Rights claims".
    assert.deepEqual(
      reported(
        "A court may not act because of Okafor's Charter Rights claims, officials rarely pursue such cases, and the board has not used its power in a century.",
      ),
      [],
    );
  });

  it('a noun phrase after the cue that sums the sentence up is no report ("…, a move critics say…")', () => {
    assert.deepEqual(
      reported(
        'Ontario will scrap rent control on new units, Minister Steve Clark announced Thursday, a move critics say will hurt renters.',
      ),
      [{ clause: 'Ontario will scrap rent control on new units', source: 'Steve Clark' }],
    );
    assert.deepEqual(
      reported('Overall, she said, a number of key groups are finding themselves alienated by the party.'),
      [{ clause: 'a number of key groups are finding themselves alienated by the party', source: 'she' }],
    );
  });

  it('no report for a belief, an object, or a noun', () => {
    assert.deepEqual(reported('Analysts think the merger will fail next year.'), []);
    assert.deepEqual(reported('The ministry announced the new budget for schools.'), []);
    assert.deepEqual(reported('The campaign hoped to win delegates in states that award them proportionally.'), []);
  });

  it('an embedded post is its author’s statement, signed "— Name (@handle) Date", links left out', () => {
    const text =
      'The union spoke on Monday.\n\nAmbulances are supposed to arrive in nine minutes but the union says they are too often late. pic.twitter.com/HRlO8uT0x0 — Alicia Dravik (@Alicia_Dravik) January 15, 2019\n\nThe end.';
    assert.deepEqual(reported(text), [
      {
        clause: 'Ambulances are supposed to arrive in nine minutes but the union says they are too often late.',
        source: 'Alicia Dravik',
      },
    ]);
    assert.equal(analyze(text).quotes[0].method, 'dash');
  });

  it('a pull quote is the statement of the name that signs it, after any title; a photo credit is not', () => {
    const text =
      'Lena Brook runs the shelter.\n\n' +
      'It is hard to ask for help when you have nothing left to give. Lena Brook\n\n' +
      'The province will need to act before winter comes to the north. Regional Health Director Omar Vance, Northern Health\n\n' +
      'Volunteers sort donations at the shelter on Monday. Tim Reyes/Reuters';
    assert.deepEqual(reported(text), [
      { clause: 'It is hard to ask for help when you have nothing left to give', source: 'Lena Brook' },
      { clause: 'The province will need to act before winter comes to the north', source: 'Omar Vance' },
    ]);
  });

  it('a word that opens the name of an organisation, speaking alone, is that organisation', () => {
    const a = analyze(
      'The pipeline belongs to Northgate Corp. and runs to the coast.\n\nNorthgate has said it signed agreements with every First Nation on the route.',
    );
    assert.deepEqual(
      reported(a.text).map((r) => r.source),
      ['Northgate'],
    );
    assert.deepEqual(
      a.entities.map((e) => `${e.name}:${e.kind}`),
      ['Northgate Corp:organisation'],
    );
  });

  it('the subject described by its place is the description, not the place ("The chief of a remote First Nation")', () => {
    assert.deepEqual(
      reported('The chief of a remote First Nation in northern Ontario said the water is unsafe to drink.'),
      [{ clause: 'the water is unsafe to drink', source: 'The chief' }],
    );
    assert.deepEqual(reported('A member of the public said the road was closed.'), [
      { clause: 'the road was closed', source: 'A member of the public' },
    ]);
  });

  it('a new finding is nobody\'s statement, and "the city" is no other body ("according to a staff report")', () => {
    const t =
      'Mayor Ann Cole said the lanes would open in June. The pilot will cost $1.8 million, according to a staff ' +
      'report. The Board of Trade said it was disappointed. Construction will begin in May, according to the city.';
    assert.deepEqual(
      reported(t).map((r) => r.source),
      ['Ann Cole', 'a staff report', 'Board of Trade', 'the city'],
    );
    const a = analyze(t);
    const speakers = a.quotes
      .filter((q) => q.kind === 'indirect')
      .map((q) => a.entities.find((e) => e.id === q.speaker)?.name ?? null);
    assert.deepEqual(speakers, ['Ann Cole', 'a staff report', 'Board of Trade', 'city']);
  });

  it('an unnamed source keeps what tells it apart ("a person familiar with the matter")', () => {
    assert.deepEqual(reported('A person familiar with the matter said the cuts would hit Toronto hardest.'), [
      { clause: 'the cuts would hit Toronto hardest', source: 'A person familiar with the matter' },
    ]);
    assert.deepEqual(
      reported('Ottawa and Washington are close to a deal on steel, two people familiar with the talks said.'),
      [{ clause: 'Ottawa and Washington are close to a deal on steel', source: 'two people familiar with the talks' }],
    );
    assert.deepEqual(reported('Officials close to the talks said a deal was near.'), [
      { clause: 'a deal was near', source: 'Officials close to the talks' },
    ]);
  });

  it('a plural subject before a verb that is never a noun ("The researchers say", not "the final say")', () => {
    assert.deepEqual(reported('The researchers say the vaccine cut deaths by half. Voters have the final say on it.'), [
      { clause: 'the vaccine cut deaths by half', source: 'The researchers' },
    ]);
    assert.deepEqual(reported('Their members argue the plant will close.'), [
      { clause: 'the plant will close', source: 'Their members' },
    ]);
  });

  it('bodies in the plural speak ("the groups say"), unless they follow "of"', () => {
    const a = analyze('His remarks feed “a mob mentality” fostered by GOP hopefuls, the groups say.');
    assert.equal(a.speakerOf('a mob mentality'), 'groups');
    assert.deepEqual(reported('The heads of both lobbying firms told AP they did nothing wrong.'), [
      { clause: 'they did nothing wrong', source: 'The heads of both lobbying firms' },
    ]);
  });

  it('a document is by the body that put it out ("data released Tuesday by Nova Scotia Health")', () => {
    const a = analyze(
      'Deaths rose 20 per cent, according to data released Tuesday by Nova Scotia Health. ' +
        'Rents will climb in every city, according to a report published last week by the Fraser Institute. ' +
        'The bill caps prices, according to a draft obtained by the Star.',
    );
    assert.deepEqual(
      a.quotes.filter((q) => q.kind === 'indirect').map((q) => a.entities.find((e) => e.id === q.speaker)?.name),
      ['Nova Scotia Health', 'Fraser Institute', 'a draft obtained by the Star'],
    );
  });

  it('whoever speaks for a person is not that person ("A spokesperson for Housing Minister Paul Calandra said")', () => {
    const a = analyze(
      'A spokesperson for Housing Minister Paul Calandra said the province would review the plan. ' +
        '“We are looking at every option,” the spokesperson said. ' +
        '“Nothing is decided,” said an aide to Premier Doug Ford. ' +
        'A spokesperson for the ministry said the review would end in May.',
    );
    assert.deepEqual(
      a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name),
      [
        'A spokesperson for Housing Minister Paul Calandra',
        'A spokesperson for Housing Minister Paul Calandra',
        'an aide to Premier Doug Ford',
        'ministry',
      ],
    );
  });

  it('", who" after a name past its suffix, home, age or apposition is that name ("Sen. Marco Rubio of Florida, who")', () => {
    const t =
      'The review drew a reply from Donald Trump Jr., who suggested that Lewandowski was trying to "stay relevant." ' +
      'It gave fodder to Sen. Marco Rubio of Florida, who mused that Clinton was "unfit to serve." ' +
      '"I will vote," said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to lead. ' +
      '"It is early," said Scott Reed, the Chamber\'s chief political strategist, who added that local issues come "before anything else."';
    const a = analyze(t);
    assert.deepEqual(
      a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name),
      ['Donald Trump Jr', 'Marco Rubio', 'Nicky Driscoll', 'Nicky Driscoll', 'Scott Reed', 'Scott Reed'],
    );
  });

  it('a name ending in "Jr." is the subject of the verb after its period, and a title word that is its surname is it', () => {
    const a = analyze('Martin Luther King Jr. said the march would go on. King said it was time to go.');
    assert.deepEqual(
      a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name),
      ['Martin Luther King Jr', 'Martin Luther King Jr'],
    );
  });

  it('a body named by its kind speaks for the body of that kind ("the regional district said", "the foundation reported")', () => {
    const a = analyze(
      'The Thompson-Nicola Regional District issued an evacuation order. In a statement, the regional district ' +
        'said residents who refuse to leave “are putting themselves at serious risk.” The IRS audited the ' +
        'Harbour Light Foundation last year. The foundation reported to the IRS that its director earned $31,592. ' +
        'Nova Scotia Health said in a statement that 112 patients are waiting. The health authority said it has ' +
        'opened 30 temporary beds.',
    );
    assert.deepEqual(
      a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name),
      ['Thompson-Nicola Regional District', 'Harbour Light Foundation', 'Nova Scotia Health', 'Nova Scotia Health'],
    );
  });

  it('after a listener, a noun phrase before its auxiliary opens the clause ("told The Canadian Press the two sides were")', () => {
    assert.deepEqual(reported('A union source told The Canadian Press the two sides were two points apart on wages.'), [
      { clause: 'the two sides were two points apart on wages', source: 'A union source' },
    ]);
    assert.deepEqual(
      reported(
        'Smith told the jury a story about his life. Hollande warned of the damage a Trump presidency would do.',
      ),
      [],
    );
    assert.deepEqual(
      reported(
        "Tom Wis told CTV News' Marco Bellini he has been working 70-hour weeks. " +
          'Director Josée Lachance told councillors the 14 routes flagged for cuts were chosen with care. ' +
          'Justice Anjali Mehta reminded jurors that opening statements are not evidence.',
      ),
      [
        { clause: 'he has been working 70-hour weeks', source: 'Tom Wis' },
        { clause: 'the 14 routes flagged for cuts were chosen with care', source: 'Josée Lachance' },
        { clause: 'opening statements are not evidence', source: 'Anjali Mehta' },
      ],
    );
  });

  it('a subject set off by an aside is part of the report ("The strike, called by the union, affects…")', () => {
    assert.deepEqual(
      reported('The strike, called by the Alliance of Educators, affects roughly 11,000 workers, the union said.'),
      [
        {
          clause: 'The strike, called by the Alliance of Educators, affects roughly 11,000 workers',
          source: 'the union',
        },
      ],
    );
  });

  it('a lead\'s unnamed role is the person the next sentences name with it ("a Crown prosecutor told jurors")', () => {
    const a = analyze(
      'A Winnipeg adviser accused of defrauding 40 clients lied to them “again and again,” a Crown prosecutor ' +
        'told jurors Monday. Crown prosecutor Siobhan McAteer said the fund never held a single investment.',
    );
    assert.deepEqual(
      a.quotes.map((q) => [q.kind, a.entities.find((e) => e.id === q.speaker)?.name]),
      [
        ['partial', 'Siobhan McAteer'],
        ['indirect', 'Siobhan McAteer'],
      ],
    );
  });

  it('an adverb of manner between a subject and its cue is skipped ("Democrats successfully argued")', () => {
    assert.deepEqual(
      reported(
        'His district was at the heart of a lawsuit in which Democrats successfully argued that Republicans drew it unfairly.',
      ),
      [{ clause: 'Republicans drew it unfairly', source: 'Democrats' }],
    );
  });

  it('a noun phrase whose only verb is in a clause of time after it is no report ("responded minutes later when…")', () => {
    assert.deepEqual(reported('Halifax responded a couple minutes later when Ada Lowe scored her first goal.'), []);
    // A verb of its own before the clause of time is one.
    assert.deepEqual(reported('The ministry announced the plan would cost more when the budget passed.'), [
      { clause: 'the plan would cost more when the budget passed', source: 'The ministry' },
    ]);
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
