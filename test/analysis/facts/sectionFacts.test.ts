// The section facts the views read: each quote's own section, and each section's speakers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { innermostSection } from '../../../server/src/analysis/facts/sectionFacts';

const text = [
  'Harbour Plan Approved',
  '',
  '"A good day," Mayor Ana Ruiz said.',
  '',
  '# Funding',
  '',
  '"We found the money," Councilman Tom Becker said.',
  '',
  '## Ferries',
  '',
  '"Two boats a day," Becker said. "Three in summer," he added.',
  '',
  'Ruiz said the ferries would run all year.',
  '',
  '# Parks',
  '',
  '"The parks stay open," Ruiz said. "And the pools," Becker said.',
  '',
].join('\n');

describe('section facts', () => {
  const a = analyzeArticle(text);
  const name = (id: string): string => a.entities.find((e) => e.id === id)!.name;
  const title = (id: string | null): string | null => a.sections.find((s) => s.id === id)?.title ?? null;
  const speakers = (t: string | null) =>
    a.sections.find((s) => s.title === t)!.speakers.map((x) => `${name(x.id)} ${x.quotes}`);

  it('places each quote in the innermost section holding its start', () => {
    assert.deepEqual(
      a.sections.map((s) => `${s.level}:${s.title}`),
      ['1:null', '1:Funding', '2:Ferries', '1:Parks'],
    );
    assert.deepEqual(
      a.quotes.map((q) => [text.slice(q.start, q.end), title(q.section)]),
      [
        ['"A good day,"', null],
        ['"We found the money,"', 'Funding'],
        ['"Two boats a day,"', 'Ferries'],
        ['"Three in summer,"', 'Ferries'],
        ['the ferries would run all year', 'Ferries'],
        ['"The parks stay open,"', 'Parks'],
        ['"And the pools,"', 'Parks'],
      ],
    );
    assert.equal(a.quotes[0].section, a.sections[0].id, 'the lead is a section');
    for (const q of a.quotes) assert.equal(q.section, innermostSection(a.sections, q.start)?.id);
  });

  it("counts a section's speakers over its subsections and every kind of quote, most quoted first, ties by first quote", () => {
    assert.deepEqual(speakers(null), ['Ana Ruiz 1']);
    assert.deepEqual(speakers('Funding'), ['Tom Becker 3', 'Ana Ruiz 1']);
    assert.deepEqual(speakers('Ferries'), ['Tom Becker 2', 'Ana Ruiz 1']);
    assert.deepEqual(speakers('Parks'), ['Ana Ruiz 1', 'Tom Becker 1']);
  });

  it('finds no section outside every section', () => {
    assert.equal(innermostSection(a.sections, 0), undefined, 'the headline comes before every section');
    assert.deepEqual(analyzeArticle('').sections, [], 'an empty text has none at all');
  });
});
