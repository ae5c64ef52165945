// Who Set Speaker… offers: people and quoted organisations, most mentioned first, from the
// server's answer for an article of our own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { speakerChoices } from '../../client/src/speakerChoices';
import { analyzeArticle } from '../../server/src/analysis/article';
import { articleInfo } from '../../server/src/features/articleInfo';

const TEXT = [
  'Harbour Authority Delays Ferry Contract',
  'The Harbour Authority said on Monday that it would delay the ferry contract by a month.',
  '"We need more time to read the bids," the Harbour Authority said in a statement.',
  'Mayor Ana Ruiz said the delay was a mistake. Ruiz said the islands had waited long enough.',
  '"Every week costs the islanders money," Ruiz said.',
  'Councilman Tom Becker, who sits on the Transport Committee, backed the delay.',
  'A senior official said the bids were "far apart".',
].join('\n\n');

describe('the speakers Set Speaker… offers', () => {
  const info = articleInfo(analyzeArticle(TEXT), TextDocument.create('file:///t/harbour.news', 'news', 1, TEXT));
  const offered = speakerChoices(info.speakers);

  it('offers people and the organisations the article quotes, most mentioned first', () => {
    const names = offered.map((s) => s.name);
    assert.ok(names.includes('Ana Ruiz') && names.includes('Tom Becker'), names.join(', '));
    assert.ok(names.indexOf('Ana Ruiz') < names.indexOf('Tom Becker'), names.join(', '));
    for (let i = 1; i < offered.length; i++)
      assert.ok(offered[i - 1].mentions.length >= offered[i].mentions.length, names.join(', '));
    const quotedOrgs = info.speakers.filter((s) => s.kind === 'organisation' && s.quotes > 0).map((s) => s.name);
    for (const o of quotedOrgs) assert.ok(names.includes(o), `${o} is quoted: ${names.join(', ')}`);
  });

  it('leaves out organisations that are only named, and unnamed sources', () => {
    const left = info.speakers.filter((s) => !offered.includes(s));
    assert.ok(left.every((s) => s.kind === 'group' || (s.kind === 'organisation' && s.quotes === 0)));
    assert.ok(!offered.some((s) => /Transport Committee|senior official/i.test(s.name)));
  });
});
