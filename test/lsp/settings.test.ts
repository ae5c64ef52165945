// The server's settings: package.json declares what the server reads, with the same defaults;
// bad values fall back with a message; the size limit counts UTF-8 bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, readSettings, sizeRefusal, utf8Length } from '../../server/src/settings';

type Declared = Record<string, { default: unknown; scope: string; markdownDescription: string; enum?: string[] }>;
const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { title: string; properties: Declared }[] };
};
// Settings come in titled groups, one section each in the Settings editor.
const declared = Object.assign({}, ...manifest.contributes.configuration.map((g) => g.properties)) as Declared;

describe('settings', () => {
  it('declares every setting the server reads in package.json, with the server’s defaults', () => {
    assert.equal(declared['newsAnnotator.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(
      declared['newsAnnotator.workspaceSymbols.fileExtensions'].default,
      DEFAULT_SETTINGS.fileExtensions,
    );
    for (const [kind, severity] of Object.entries(DEFAULT_SETTINGS.diagnostics)) {
      const d = declared[`newsAnnotator.diagnostics.${kind}`];
      assert.ok(d, `newsAnnotator.diagnostics.${kind} is declared`);
      assert.equal(d.default, severity);
      assert.deepEqual(d.enum, ['error', 'warning', 'information', 'hint', 'off']);
    }
    assert.equal(declared['newsAnnotator.sources.gender'].default, DEFAULT_SETTINGS.gender);
    assert.equal(declared['newsAnnotator.topics.highlight'].default, DEFAULT_SETTINGS.topicHighlight);
    assert.deepEqual(declared['newsAnnotator.topics.highlight'].enum, ['off', 'key', 'all']);
    assert.equal(declared['newsAnnotator.inlayHints.enabled'].default, DEFAULT_SETTINGS.inlayHints);
    for (const [key, d] of Object.entries(declared)) {
      assert.ok(d.scope && d.markdownDescription, `${key} has a scope and a description`);
    }
    for (const g of manifest.contributes.configuration)
      assert.match(g.title, /^News Annotator/, 'every group is titled');
  });

  it('reads what the client sends and falls back on each bad value, naming it', () => {
    const { settings, problems } = readSettings({
      maxFileSize: -3,
      diagnostics: { pronounOnly: 'information', noSpeaker: 42 },
      workspaceSymbols: { fileExtensions: ['txt', '.MD', 7] },
    });
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(settings.diagnostics.pronounOnly, 'information');
    assert.equal(settings.diagnostics.noSpeaker, DEFAULT_SETTINGS.diagnostics.noSpeaker);
    assert.deepEqual(settings.fileExtensions, ['.txt', '.md']);
    assert.equal(problems.length, 3);
    assert.match(problems[0], /maxFileSize must be a positive number of megabytes, not -3/);
    assert.deepEqual(readSettings(null), { settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads which topics to mark, and the boolean it replaced (true is "key", false is "off")', () => {
    assert.equal(readSettings({ topics: { highlight: 'all' } }).settings.topicHighlight, 'all');
    assert.equal(readSettings({ decorations: { topics: false } }).settings.topicHighlight, 'off');
    assert.equal(readSettings({ decorations: { topics: true } }).settings.topicHighlight, 'key');
    // The new setting wins where both are set.
    assert.equal(
      readSettings({ topics: { highlight: 'all' }, decorations: { topics: false } }).settings.topicHighlight,
      'all',
    );
    const bad = readSettings({ topics: { highlight: 'loud' }, inlayHints: { enabled: 'no' } });
    assert.equal(bad.settings.topicHighlight, 'key');
    assert.equal(bad.settings.inlayHints, true);
    assert.equal(bad.problems.length, 2);
    assert.equal(readSettings({ inlayHints: { enabled: false } }).settings.inlayHints, false);
  });

  it('counts UTF-8 bytes as Node does, surrogate pairs and lone surrogates included', () => {
    for (const s of ['', 'plain ascii', 'é€', '🇫🇷 Macron', 'a\ud800b', '\udc00', 'Ω'.repeat(1000)]) {
      assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
    }
  });

  it('refuses only text over the limit, and says by how much', () => {
    const limit = { ...DEFAULT_SETTINGS, maxFileSize: 0.01 }; // 10,486 bytes
    assert.equal(sizeRefusal('x'.repeat(10_000), limit), null);
    assert.equal(
      sizeRefusal('x'.repeat(11_000), limit),
      'it is 11 KB, over the 10 KB limit set by newsAnnotator.maxFileSize',
    );
    assert.match(sizeRefusal('€'.repeat(4000), limit) ?? '', /it is 12 KB/);
    assert.equal(
      sizeRefusal('x'.repeat(3 * 1024 * 1024), { ...DEFAULT_SETTINGS, maxFileSize: 2 }),
      'it is 3 MB, over the 2 MB limit set by newsAnnotator.maxFileSize',
    );
  });
});
