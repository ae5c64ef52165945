import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/article';
import { toContract } from '../../server/src/views/json';

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
    assert.match(a.sections[0].title ?? '', /budget|tax|Springfield/i);
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
    assert.deepEqual(a.sections.map((s) => s.title), [null, 'Wildfire Near Bend']);
  });
});
