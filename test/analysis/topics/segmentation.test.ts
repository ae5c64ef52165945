import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { toContract } from '../../../server/src/formats/json';

// Two stories on one page, no headings: a city budget, then a wildfire.
const budget = [
  'SPRINGFIELD, Ill. (AP) — The Springfield city council approved a $310 million budget on Tuesday after a six-hour debate over police overtime and library hours.',
  'The budget raises property taxes by 2 percent and adds money for road repairs, according to the finance committee.',
  '"This budget keeps our libraries open and our streets paved," Mayor Lena Ortiz said after the vote.',
  'Council member Dave Price voted against the budget, arguing that the property tax increase would hurt retirees on fixed incomes.',
  'The finance committee will publish a line-by-line breakdown of the budget next week, and the new taxes take effect in July.',
];
const fire = [
  'BEND, Ore. (AP) — A wildfire in central Oregon forced hundreds of families to evacuate on Wednesday as strong winds pushed flames toward rural homes.',
  'Firefighters said the blaze had burned more than 12,000 acres of dry pine forest and was only 5 percent contained.',
  '"The wind is our biggest enemy right now," fire chief Marcus Webb told reporters at an evacuation shelter.',
  'Smoke from the wildfire closed Highway 97, and air quality warnings were issued for Deschutes County.',
  'Crews from three states are expected to arrive by Thursday, and forecasters see little chance of rain before the weekend.',
];

describe('inferred sections', () => {
  it('finds where a second story begins in text without headings, and labels each part by its key terms', () => {
    const text = [...budget, ...fire].join('\n\n');
    const a = analyzeArticle(text);
    assert.equal(a.sections.length, 2, JSON.stringify(a.sections.map((s) => s.title)));
    assert.ok(a.sections.every((s) => s.inferred && s.headingRange === null));
    assert.equal(a.sections[1].firstParagraph, budget.length);
    assert.equal(a.sections[0].range.start, 0);
    assert.equal(a.sections[1].range.end, text.length);
    // "budget" alone is too common a word to be a topic: the committee that runs it names the part.
    assert.match(a.sections[0].title ?? '', /budget|tax|Springfield|finance committee/i);
    assert.match(a.sections[1].title ?? '', /wildfire|fire|Oregon/i);
  });

  it('marks inferred sections in the JSON, with their topics and speakers', () => {
    const text = [...budget, ...fire].join('\n\n');
    const out = toContract(analyzeArticle(text), 'two.txt');
    assert.ok(out.sections.every((s) => s.inferred && s.headingStart === null));
    assert.ok(out.sections[1].topics.length > 0);
    assert.ok(out.sections.every((s) => s.title && s.title.length > 0));
    assert.ok(out.topics.length > 0);
  });

  it('leaves one short story whole, as its lead', () => {
    const a = analyzeArticle(budget.join('\n\n'));
    assert.equal(a.sections.length, 1);
    assert.equal(a.sections[0].inferred, false);
    assert.equal(a.sections[0].title, null);
  });

  it('keeps the headings of a headed article rather than inferring sections', () => {
    const text = ['City Budget', ...budget, 'Wildfire Near Bend', ...fire].join('\n\n');
    const a = analyzeArticle(text);
    assert.ok(a.sections.every((s) => !s.inferred));
    // The first heading-like line is the article's headline: the text under it is the lead.
    assert.equal(a.title && text.slice(a.title.start, a.title.end), 'City Budget');
    assert.deepEqual(
      a.sections.map((s) => s.title),
      [null, 'Wildfire Near Bend'],
    );
  });

  it("finds most of the sample press conference's turns again without its five headings, labelled by their subjects", () => {
    const sample = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'press-conference.news'), 'utf8');
    const headed = analyzeArticle(sample);
    const headings = headed.sections.filter((s) => s.headingRange).map((s) => s.title);
    assert.equal(headings.length, 5);
    // The text without the heading lines, and the paragraph each heading opened there.
    const kept: string[] = [];
    const starts: number[] = [];
    for (const line of sample.split('\n')) {
      if (headings.includes(line.trim())) starts.push(kept.filter((l) => l.trim()).length);
      else kept.push(line);
    }
    const a = analyzeArticle(kept.join('\n'));
    assert.ok(a.sections.every((s) => s.inferred));
    const found = a.sections.slice(1);
    const near = (p: number): (typeof found)[number] | undefined =>
      found.find((s) => Math.abs(s.firstParagraph - p) <= 1);
    assert.ok(
      starts.filter((p) => near(p)).length >= 3,
      `starts ${starts.join()}; found ${found.map((s) => s.firstParagraph).join()}`,
    );
    // Each section found is labelled by what its part of the press conference is about.
    const subjects = [
      /cyber|security/i,
      /Syria|Russia/,
      /Donbass|Ukraine|Normandy/,
      /Iran|nuclear/,
      /Korea|Kim/,
      /MH17|Malaysia/,
    ];
    for (const s of found) {
      const i = [0, ...starts].filter((p) => p <= s.firstParagraph + 1).length - 1;
      assert.match(s.title ?? '', subjects[i], `section at ¶${s.firstParagraph}: ${s.title}`);
    }
  });
});
