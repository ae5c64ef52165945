// A fast sample of the properties `npm run fuzz` checks a million times: for mutated
// articles, news word salad and random strings, analysis never throws, every span is sound,
// and a second analysis gives the same result. Also checks that the checker catches what it
// is meant to catch, since a property is only as good as its checker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/analysis/article';
import type { Article } from '../../server/src/analysis/model';
import { applyEdit, BASES, render } from '../fuzz/arbitraries';
import { articleProblems, splitsPair } from '../fuzz/invariants';
import { checkText, soundAndDeterministic } from '../fuzz/properties';

describe('properties of the analysis (fast sample)', () => {
  it('holds for 400 generated texts', () => {
    fc.assert(soundAndDeterministic, { numRuns: 400 });
  });

  it('holds for every base article as written', () => {
    for (const text of BASES) checkText(text);
  });
});

describe('the mutations', () => {
  it('apply at any offset, wrapping around the text', () => {
    assert.equal(applyEdit('abc', { op: 'insert', at: 5, text: '“' }), 'a“bc');
    assert.equal(applyEdit('abcdef', { op: 'delete', at: 2, length: 2 }), 'abef');
    assert.equal(applyEdit('one\n\ntwo\n\nthree', { op: 'shuffle', keys: [2, 0, 1] }), 'two\n\nthree\n\none');
    assert.equal(applyEdit('a\nb\r\nc', { op: 'lineEndings', eol: '\r' }), 'a\rb\rc');
    assert.equal(applyEdit('"a" "b"', { op: 'restyle', from: '"', to: '«' }), '«a« «b«');
    assert.equal(render({ base: 0, edits: [] }), BASES[0]);
  });
});

describe('the checker', () => {
  const text = 'Mayor Ann Cole said: “Go 😀 now.” Then she said “stop.”';
  const good = analyzeArticle(text);

  it('passes a sound article', () => {
    assert.equal(good.quotes.length, 2);
    assert.deepEqual(articleProblems(text, good), []);
  });

  it('finds offsets between the halves of a surrogate pair', () => {
    const emoji = text.indexOf('😀');
    assert.equal(splitsPair(text, emoji), false);
    assert.equal(splitsPair(text, emoji + 1), true);
    const bad: Article = { ...good, sentences: [{ start: 0, end: emoji + 1, paragraph: 0 }] };
    assert.match(articleProblems(text, bad).join('\n'), /sentence 0: 0–\d+ splits a surrogate pair/);
  });

  it('finds spans outside the text and quotes that cross', () => {
    const [a, b] = good.quotes;
    const outside: Article = { ...good, quotes: [{ ...a, end: text.length + 3 }] };
    assert.match(articleProblems(text, outside).join('\n'), /outside the text/);
    const crossing: Article = { ...good, quotes: [a, { ...b, id: 'q3', start: a.end - 2 }] };
    assert.match(articleProblems(text, crossing).join('\n'), /quotes \d+–\d+ and \d+–\d+ cross/);
    const nested: Article = {
      ...good,
      quotes: [
        a,
        { ...a, id: 'q3', start: a.start + 1, end: a.end - 1, marks: [{ start: a.start + 1, end: a.start + 2 }] },
      ],
    };
    assert.doesNotMatch(articleProblems(text, nested).join('\n'), /cross/);
  });
});
