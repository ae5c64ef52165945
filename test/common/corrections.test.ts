import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/article';
import { anchorOf, type Correction } from '../../common/corrections';
import { type CorrectionsDocument, parseCorrections, serializeCorrections } from '../../common/correctionsFile';
import type { ContractArticle } from '../../server/src/formats/json';

const TEXT = [
  'Mayor Ana Ruiz and Councilman Tom Becker met on Monday.',
  '"The bridge opens in June," Ruiz said.',
  '"We will pay for it out of the harbour fund."',
  'The so-called "plan" was not discussed.',
].join('\n');

function quoteSpan(text: string, needle: string): { start: number; end: number } {
  const a = analyzeArticle(text);
  const q = a.quotes.find((x) => text.slice(x.start, x.end).includes(needle));
  assert.ok(q, `a quote containing ${needle}`);
  return { start: q.start, end: q.end };
}

const speakerOf = (text: string, needle: string, corrections: Correction[]): string | null => {
  const a = analyzeArticle(text, { corrections });
  const q = a.quotes.find((x) => text.slice(x.start, x.end).includes(needle));
  return a.entities.find((e) => e.id === q?.speaker)?.name ?? null;
};

describe('editor corrections', () => {
  const setBecker: Correction = {
    id: 'c1',
    kind: 'setSpeaker',
    anchor: anchorOf(TEXT, quoteSpan(TEXT, 'bridge opens')),
    speaker: 'Tom Becker',
  };

  it('"Set speaker…" replaces the analysis and the next quote follows it', () => {
    assert.equal(speakerOf(TEXT, 'bridge opens', []), 'Ana Ruiz');
    assert.equal(speakerOf(TEXT, 'bridge opens', [setBecker]), 'Tom Becker');
    assert.equal(
      speakerOf(TEXT, 'harbour fund', [setBecker]),
      'Tom Becker',
      'the continuation follows the corrected speaker',
    );
    const a = analyzeArticle(TEXT, { corrections: [setBecker] });
    const q = a.quotes.find((x) => x.method === 'editor');
    assert.equal(q?.confidence, 1);
    assert.equal(q?.source, null, '"Ruiz" no longer credits it');
    assert.deepEqual(
      a.corrections.applied.map((c) => [c.correction.id, c.quote]),
      [['c1', q?.id]],
    );
  });

  it('"Set speaker…" with a name the article does not know creates that speaker', () => {
    const a = analyzeArticle(TEXT, { corrections: [{ ...setBecker, speaker: 'Lina Park' }] });
    const q = a.quotes.find((x) => x.method === 'editor');
    const e = a.entities.find((x) => x.id === q?.speaker);
    assert.equal(e?.name, 'Lina Park');
    assert.deepEqual(e?.mentions, [], 'a typed name is not a mention in the text');
  });

  it('"Not a quote" removes the quote', () => {
    const notQuote: Correction = {
      id: 'c2',
      kind: 'notAQuote',
      anchor: anchorOf(TEXT, quoteSpan(TEXT, 'bridge opens')),
    };
    const a = analyzeArticle(TEXT, { corrections: [notQuote] });
    assert.ok(!a.quotes.some((q) => TEXT.slice(q.start, q.end).includes('bridge opens')));
  });

  it('survives edits before and after the quote', () => {
    const edited = `Breaking: a new paragraph at the top.\n${TEXT.replace('met on Monday', 'met on Monday at noon')}\nAnd one more line at the end.`;
    assert.equal(speakerOf(edited, 'bridge opens', [setBecker]), 'Tom Becker');
  });

  it('finds the right one of two identical quotes by its context', () => {
    const twice = `${TEXT}\n"The bridge opens in June," Ruiz said again.`;
    const second = twice.lastIndexOf('"The bridge opens');
    const fix: Correction = {
      id: 'c3',
      kind: 'setSpeaker',
      anchor: anchorOf(twice, { start: second, end: second + '"The bridge opens in June,"'.length }),
      speaker: 'Tom Becker',
    };
    const a = analyzeArticle(`Intro.\n${twice}`, { corrections: [fix] });
    const credited = a.quotes.filter((q) => q.method === 'editor').map((q) => q.start);
    assert.deepEqual(credited, [`Intro.\n${twice}`.lastIndexOf('"The bridge opens')]);
  });

  it('reports a correction whose quote is gone as stale, instead of dropping it', () => {
    const gone = TEXT.replace('"The bridge opens in June," Ruiz said.', 'Ruiz said nothing.');
    const a = analyzeArticle(gone, { corrections: [setBecker] });
    assert.deepEqual(
      a.corrections.stale.map((c) => c.id),
      ['c1'],
    );
    assert.equal(a.corrections.applied.length, 0);
  });

  it('writes corrections as W3C Web Annotations and reads them back', () => {
    const notQuote: Correction = {
      id: 'c2',
      kind: 'notAQuote',
      anchor: anchorOf(TEXT, quoteSpan(TEXT, 'harbour fund')),
      created: '2026-11-28T10:00:00Z',
    };
    const json = serializeCorrections([setBecker, notQuote], 'file:///news/bridge.news', TEXT);
    const doc = JSON.parse(json) as CorrectionsDocument;
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.first.items[0].target.selector[0].type, 'TextQuoteSelector');
    assert.equal(doc.first.items[0].body[0].value, 'Tom Becker');
    const back = parseCorrections(json, TEXT);
    assert.ok(back.ok);
    assert.deepEqual(back.corrections, [setBecker, notQuote]);
  });

  it('explains a corrections file it cannot read', () => {
    assert.match((parseCorrections('{nope', TEXT) as { reason: string }).reason, /^not valid JSON/);
    assert.match(
      (parseCorrections('{"type":"Annotation"}', TEXT) as { reason: string }).reason,
      /not a Web Annotation collection/,
    );
  });
});

describe('the command line applies corrections kept beside the article', () => {
  it('credits the corrected speaker, leaves the article untouched, and reports stale ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-corr-'));
    const file = join(dir, 'bridge.news');
    writeFileSync(file, TEXT);
    const fix: Correction = {
      id: 'c1',
      kind: 'setSpeaker',
      anchor: anchorOf(TEXT, quoteSpan(TEXT, 'bridge opens')),
      speaker: 'Tom Becker',
    };
    const gone: Correction = {
      id: 'c9',
      kind: 'notAQuote',
      anchor: { exact: '"A quote that was deleted."', prefix: '', suffix: '' },
    };
    writeFileSync(`${file}.annotations.json`, serializeCorrections([fix, gone], 'file://bridge', TEXT));
    const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, 'analyze', '--json', ...args, file], { encoding: 'utf8' });
    const withFix = JSON.parse(run().stdout) as ContractArticle;
    const q = withFix.quotes.find((x) => x.method === 'editor');
    assert.equal(withFix.speakers.find((s) => s.id === q?.speaker)?.name, 'Tom Becker');
    assert.match(run().stderr, /1 editor correction\(s\) no longer find their quote/);
    const without = JSON.parse(run('--no-corrections').stdout) as ContractArticle;
    assert.ok(!without.quotes.some((x) => x.method === 'editor'));
    assert.equal(readFileSync(file, 'utf8'), TEXT, 'the article is byte-identical');
  });
});
