import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { metadataKind } from '../../../server/src/analysis/text/metadata';
import { isHeading } from '../../../server/src/analysis/text/sections';

const titles = (t: string): (string | null)[] => analyzeArticle(t).sections.map((s) => s.title);

describe('sections', () => {
  const article = [
    'City Council Approves New Budget',
    'By Jane Doe',
    'SPRINGFIELD, March 3 (Reuters) —',
    'The council approved the budget on Tuesday after a long debate.',
    '"This is a good day for the city," Mayor Tom Reed said.',
    'Schools Get More Money',
    'Schools will receive an extra $2 million next year.',
    'Photo: Council members vote on the budget. (Getty Images)',
    'Roads Wait Another Year',
    'Road repairs were postponed again.',
    'Read more: How the budget was made',
  ].join('\n');

  it('reads headings, and the lead before them', () => {
    assert.deepEqual(titles(article), [null, 'Schools Get More Money', 'Roads Wait Another Year']);
  });

  it('keeps the headline as the title, not a section', () => {
    const a = analyzeArticle(article);
    assert.equal(a.title && article.slice(a.title.start, a.title.end), 'City Council Approves New Budget');
  });

  it('takes a sentence-case headline with an initialism or abbreviation for the title, not two sentences', () => {
    const title = (t: string): string | null => {
      const a = analyzeArticle(t);
      return a.title && t.slice(a.title.start, a.title.end);
    };
    const body = '\n\nHundreds of residents were allowed to return on Thursday, officials said.';
    assert.equal(
      title(`B.C. wildfire evacuees allowed home as crews gain ground${body}`),
      'B.C. wildfire evacuees allowed home as crews gain ground',
    );
    assert.equal(title(`Gov. Abbott signs border bill${body}`), 'Gov. Abbott signs border bill');
    assert.equal(title(`Police arrest man. Woman hurt in crash near the river${body}`), null);
  });

  it('recognises bylines, datelines, captions and read-more lines as metadata', () => {
    const kinds = analyzeArticle(article).metadata.map((m) => `${m.kind}:${article.slice(m.start, m.end)}`);
    assert.deepEqual(kinds, [
      'byline:By Jane Doe',
      'dateline:SPRINGFIELD, March 3 (Reuters) —',
      'caption:Photo: Council members vote on the budget. (Getty Images)',
      'readMore:Read more: How the budget was made',
    ]);
  });

  it('takes the writer\'s block under the headline for a byline, without "By" ("Aisha Mohammed · CBC News", a time)', () => {
    const body =
      'HALIFAX — Patients waited nine hours, the health authority said.\n\n"It is too long," said Dr. Ana Ruiz.';
    const read = (head: string) => {
      const a = analyzeArticle(`ER waits hit a record\n\n${head}\n\n${body}`);
      return { sections: a.sections.map((s) => s.title), meta: a.metadata.map((m) => m.kind) };
    };
    for (const head of [
      'Aisha Mohammed · CBC News',
      'Nadia Ferreira The Canadian Press',
      'Marcus Delaney\nQueen’s Park reporter\nToronto',
      'Sophie Lachance\n\nCTV News Montreal Reporter',
      'By Natalie Okonjo\n\n03/12/2025 05:00 AM EDT',
      'Published Dec. 4, 2026 5:00 a.m. ET',
    ])
      assert.deepEqual(read(head).sections, [null], head);
    assert.deepEqual(read('Marcus Delaney\nQueen’s Park reporter\nToronto').meta, [
      'byline',
      'byline',
      'byline',
      'dateline',
    ]);
    // Further down, a name on its own line is a heading.
    const later = analyzeArticle(
      `ER waits hit a record\n\n${body}\n\nAna Ruiz\n\nShe has worked there since 2009, she said.`,
    );
    assert.deepEqual(
      later.sections.map((s) => s.title),
      [null, 'Ana Ruiz'],
    );
  });

  it('takes a signature line ("Name, Outlet") for a byline, never a heading', () => {
    const t = [
      'Ferry Service Returns to the Islands',
      'Mara Lind, The Coastal Press',
      'The ferry to the outer islands sailed again on Monday after a month in dry dock.',
      '"We missed it every day," said Olga Berg, who runs the island shop.',
      'Fares Stay the Same',
      'The operator said fares would not rise this year.',
    ].join('\n\n');
    const a = analyzeArticle(t);
    assert.deepEqual(
      a.sections.map((s) => s.title),
      [null, 'Fares Stay the Same'],
    );
    assert.deepEqual(
      a.metadata.map((m) => `${m.kind}:${t.slice(m.start, m.end)}`),
      ['byline:Mara Lind, The Coastal Press'],
    );
    // A heading with a comma stays a heading.
    assert.equal(isHeading('Syria, Iran Top the Agenda'), 'title');
  });

  it('takes a list of "Name (Work)" or "Name, Work" lines for a list, not headings, and reads its names', () => {
    const text = [
      'The awards were handed out on Sunday.',
      'Best Actress in a Drama',
      'Caitriona Vell (Outland)',
      'Julia Rivers (Homecoming)',
      'Charlize Tarn, Tully',
      'Best Actor in a Drama',
      'The prize went to a newcomer.',
    ].join('\n\n');
    assert.deepEqual(titles(text), [null, 'Best Actress in a Drama', 'Best Actor in a Drama']);
    assert.deepEqual(
      analyzeArticle(text)
        .entities.filter((e) => e.kind === 'person')
        .map((e) => e.name),
      ['Caitriona Vell', 'Julia Rivers', 'Charlize Tarn'],
    );
    // Sentences with a comma, one after another, are no list: their people are the story's.
    const prose = 'Maria Lund said the war was lost, and more.\n\nPeter Holm said the rest, and left.\n\nThe end.';
    assert.deepEqual(
      analyzeArticle(prose)
        .entities.filter((e) => e.kind === 'person')
        .map((e) => e.name),
      ['Maria Lund', 'Peter Holm'],
    );
  });

  it('gives each section its heading range and a range up to the next heading', () => {
    const a = analyzeArticle(article);
    const schools = a.sections[1];
    assert.equal(article.slice(schools.headingRange!.start, schools.headingRange!.end), 'Schools Get More Money');
    assert.ok(article.slice(schools.range.start, schools.range.end).endsWith('(Getty Images)'));
    assert.equal(a.sections[0].headingRange, null);
  });

  it('nests a second heading style under the first', () => {
    const t =
      'Weekly Briefing: What Changed\nECONOMY\nGrowth slowed in the third quarter.\nExports Fall\nExports fell by 3 percent.\nPOLITICS\nThe vote is next week.';
    const a = analyzeArticle(t);
    assert.deepEqual(
      a.sections.map((s) => `${s.level}:${s.title}`),
      ['1:ECONOMY', '2:Exports Fall', '1:POLITICS'],
    );
  });

  it('does not take sentences, quotes or attributions for headings', () => {
    assert.equal(isHeading('The talks ended on Friday.'), null);
    assert.equal(isHeading('"We Will Win"'), null);
    assert.equal(isHeading('Merkel Said Talks Went Well'), null);
    assert.equal(isHeading('the minister left without a word'), null);
    assert.equal(isHeading('Iran Nuclear Deal Must Be Preserved'), 'title');
    assert.equal(isHeading('TRADE WAR'), 'caps');
  });

  it('takes no headline, dateline or byline for a section, whichever comes first', () => {
    const body =
      'The council approved the budget on Tuesday after a long debate over police overtime.\n' +
      '"This is a good day for the city," Mayor Tom Reed said after the vote.';
    for (const head of [
      'Council Passes Budget',
      'By Jane Doe',
      'SPRINGFIELD, March 3 (Reuters) —',
      'WASHINGTON (AP) —',
    ]) {
      const a = analyzeArticle(`${head}\n${body}`);
      assert.deepEqual(
        a.sections.map((x) => x.title),
        [null],
        head,
      );
      assert.ok(a.sections.every((x) => !x.inferred));
    }
  });

  it('tells metadata lines from body text', () => {
    assert.equal(metadataKind('By JANE DOE and Tom Lee, Associated Press'), 'byline');
    assert.equal(metadataKind('By the end of the year, prices had doubled.'), null);
    assert.equal(metadataKind('WASHINGTON (AP) —'), 'dateline');
    // A First Nation's community is a place ("first" is otherwise a function word).
    assert.equal(metadataKind('NESKANTAGA FIRST NATION, Ont. —'), 'dateline');
    assert.equal(metadataKind('THE FIRST DAY —'), null);
  });

  it('takes credits, promotions, update notes and rules for no text', () => {
    assert.equal(metadataKind('(Reporting by David Bailey; Editing by Cynthia Osterman)'), 'byline');
    assert.equal(metadataKind('Amanda Terkel contributed reporting.'), 'byline');
    assert.equal(metadataKind('Follow Pam Key on Twitter @pamkeyNEN'), 'readMore');
    assert.equal(metadataKind('This story has been updated to include comment from the campaign.'), 'readMore');
    assert.equal(metadataKind('The senator reported from Washington that the vote had failed.'), 'byline');
    assert.equal(metadataKind('The campaign said the full poll can be released next week.'), null);
    const a = analyzeArticle(
      [
        'Rates Rise Again',
        'The bank raised rates on Tuesday, its third rise this year.',
        '* * *',
        'Markets fell after the decision was announced.',
        'Traders said they had expected it.',
      ].join('\n\n'),
    );
    assert.ok(a.sections.every((s) => s.title !== '* * *'));
  });

  it('reads subheads between dashes and run-in heads, whose capitals name no speaker', () => {
    assert.equal(isHeading('– Ready to quiz Trump –'), 'dashed');
    assert.equal(isHeading('- Bernie Sanders won 84 percent of the vote'), null, 'a list item');
    assert.equal(isHeading('(BEGIN VIDEO CLIP)'), null);
    const text = [
      'Doctor Under Fire',
      'NEW YORK — The television doctor has faced questions for years about the advice he gives.',
      'QUESTIONABLE MEDICAL CLAIMS — For years, Oz has been dogged by charges that he promoted unproven therapies. "I stand by my show," Oz said.',
      'Critics say the claims mislead viewers who trust him with their health.',
      'CONGRESS HAS INVESTIGATED HIM — Oz appeared at a 2014 Senate hearing. "We need to be careful," Senator Claire McCaskill told him.',
      'The hearing drew wide attention to weight-loss supplements.',
    ].join('\n\n');
    const a = analyzeArticle(text);
    assert.deepEqual(
      a.sections.map((s) => s.title),
      [null, 'QUESTIONABLE MEDICAL CLAIMS', 'CONGRESS HAS INVESTIGATED HIM'],
    );
    const run = a.sections[1];
    assert.equal(text.slice(run.headingRange!.start, run.headingRange!.end), 'QUESTIONABLE MEDICAL CLAIMS');
    // The opening dateline stays a dateline, not a head.
    assert.ok(a.metadata.some((m) => m.kind === 'dateline' && text.slice(m.start, m.end).startsWith('NEW YORK')));
    assert.ok(
      !a.entities.some((e) => /CLAIMS|CONGRESS|INVESTIGATED/.test(e.name)),
      JSON.stringify(a.entities.map((e) => e.name)),
    );
  });

  it("reads a quoted phrase standing alone as a subhead, nobody's speech", () => {
    assert.equal(isHeading("'Not a lot of units available'"), 'title');
    assert.equal(isHeading('‘I’m not a robot, but I am tired’'), 'title', 'an apostrophe inside');
    assert.equal(isHeading("'We will not give up.'"), null, 'a quotation ends with a stop');
    assert.equal(isHeading("''We will not give up''"), null, 'double apostrophes open a quotation');
    assert.equal(isHeading("'Yes' and 'no'"), null, 'two quotations');
    assert.equal(isHeading('"Just listen to us"'), null, 'double marks: a quotation');
    const text = [
      'Tenants struggle to find homes as rents climb',
      'Rents rose again this year, Dana Myers said on Monday.',
      '"You can see that there\'s financial motivation for them to do so," Myers said.',
      "'Not a lot of units available'",
      'Vacancy rates fell to their lowest in a decade, the report found.',
    ].join('\n\n');
    const a = analyzeArticle(text);
    assert.deepEqual(
      a.sections.map((s) => s.title),
      [null, "'Not a lot of units available'"],
    );
    const subhead = text.indexOf("'Not");
    assert.ok(
      !a.quotes.some((q) => q.start === subhead),
      JSON.stringify(a.quotes.map((q) => text.slice(q.start, q.end))),
    );
  });
});
