// Who gets a voice (facts/voices.ts): each source's quotes, words quoted, share of voice and kind,
// computed once in the core.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { countWords } from '../../../server/src/analysis/facts/voices';
import type { Article, Source } from '../../../server/src/analysis/model';
import { analyze } from '../helpers';

const nameOf = (a: Article, s: Source): string => a.entities.find((e) => e.id === s.entity)?.name ?? '?';
const row = (a: Article, s: Source): string =>
  `${nameOf(a, s)} ${s.kind} q${s.quotes} r${s.reported} w${s.words} ${Math.round(s.share * 100)}%`;

describe('voices: sources', () => {
  it('counts quotes, reported speech and words quoted, and shares the voice by words', () => {
    const text = [
      '"We will rebuild the pier before summer," Mayor Lena Hart said. "Every plank of it."',
      '',
      'Harbour master Owen Pratt said the pier was safe. "It held in the storm," he said.',
    ].join('\n');
    const a = analyze(text);
    assert.deepEqual(
      a.voices.sources.map((s) => row(a, s)),
      ['Lena Hart person q2 r0 w11 69%', 'Owen Pratt person q1 r1 w5 31%'],
    );
    assert.equal(a.voices.words, 16);
    assert.deepEqual(a.voices.unattributed, { quotes: 0, words: 0 });
  });

  it('flags unnamed sources as anonymous, and a body named by a common noun as an organisation', () => {
    const text = [
      '"The talks have stalled," said a source familiar with the negotiations.',
      '',
      '"We are not ready," a senior official said.',
      '',
      'The bridge will close in May, officials said.',
      '',
      '"Nothing has been decided," the ministry said in a statement.',
    ].join('\n');
    const a = analyze(text);
    const kinds = Object.fromEntries(a.voices.sources.map((s) => [nameOf(a, s), s.kind]));
    assert.deepEqual(kinds, {
      'a source familiar with the negotiations': 'anonymous',
      'a senior official': 'anonymous',
      officials: 'anonymous',
      ministry: 'organisation',
    });
    for (const s of a.voices.sources) assert.equal(s.gender, null, 'only people have a gender');
  });

  it('counts quotes with no speaker apart, in the share of voice', () => {
    const a = analyze('"Who knows what comes next."\n\nThe storm passed.\n\n"Not again," Lena Hart said.');
    assert.deepEqual(a.voices.unattributed, { quotes: 1, words: 5 });
    assert.equal(a.voices.words, 7);
    assert.equal(a.voices.sources[0].share, 2 / 7);
  });

  it('counts a quote nested in another once, in the outer quote', () => {
    const a = analyze('"She told me \'leave now\' and I did," Owen Pratt said.');
    assert.equal(a.voices.words, 8);
  });

  it('gives each person their gender finding, quoted or not', () => {
    const a = analyze('Lena Hart met Owen Pratt at the pier. "It held," Mr. Pratt said.');
    const hart = a.entity('Lena Hart');
    assert.ok(hart);
    assert.equal(a.voices.genders.get(hart.id)?.gender, 'female');
    assert.deepEqual(
      a.voices.sources.map((s) => [nameOf(a, s), s.gender?.gender, s.gender?.decidedBy?.kind]),
      [['Owen Pratt', 'male', 'honorific']],
    );
  });

  it('finds the sample’s two sources, Macron and Putin, male from their pronouns', () => {
    const text = readFileSync(new URL('../../../samples/press-conference.news', import.meta.url), 'utf8');
    const a = analyze(text);
    assert.deepEqual(
      a.voices.sources.map((s) => [nameOf(a, s), s.quotes, s.gender?.gender, s.gender?.decidedBy?.kind]),
      [
        ['Emmanuel Macron', 12, 'male', 'pronoun'],
        ['Vladimir Putin', 11, 'male', 'pronoun'],
      ],
    );
    const [macron, putin] = a.voices.sources;
    assert.ok(macron.words > putin.words && putin.words > 0);
    assert.equal(macron.share + putin.share + a.voices.unattributed.words / a.voices.words, 1);
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits, keeping inner apostrophes and hyphens', () => {
    const t = "Don't touch the 2019 Jong-un file — it’s théirs.";
    assert.equal(countWords(t, 0, t.length), 8);
    assert.equal(countWords(t, 6, 11), 1);
  });
});
