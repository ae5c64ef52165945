// Speaker colours: who gets which, and the themable colours and commands the manifest declares.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PALETTE_SIZE, SpeakerColors, speakerColorId } from '../../client/src/speakerColors';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: {
    colors: { id: string; description: string; defaults: Record<string, string> }[];
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string }[];
    views: Record<string, { id: string }[]>;
  };
};

describe('speaker colour assignment', () => {
  const uri = 'file:///tmp/a.news';

  it('gives the first eight speakers eight different colours, in order of their first quote', () => {
    const names = [
      'Ana Ruiz',
      'Tom Hale',
      'Lena Berg',
      'Omar Haddad',
      'Mei Chen',
      'Paul Okafor',
      'Sara Lind',
      'Ivan Petrov',
    ];
    const colours = new SpeakerColors().assign(uri, names);
    assert.deepEqual(
      names.map((n) => colours.get(n)),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
  });

  it('keeps a speaker’s colour when a new speaker is quoted before them', () => {
    const colors = new SpeakerColors();
    colors.assign(uri, ['Ana Ruiz', 'Tom Hale']);
    const after = colors.assign(uri, ['Lena Berg', 'Ana Ruiz', 'Tom Hale']);
    assert.deepEqual([after.get('Ana Ruiz'), after.get('Tom Hale'), after.get('Lena Berg')], [0, 1, 2]);
  });

  it('gives a speaker their colour back after a moment without quotes (while the user retypes a cue)', () => {
    const colors = new SpeakerColors();
    colors.assign(uri, ['Ana Ruiz', 'Tom Hale']);
    colors.assign(uri, ['Ana Ruiz']);
    assert.equal(colors.assign(uri, ['Ana Ruiz', 'Tom Hale']).get('Tom Hale'), 1);
  });

  it('shares colours evenly beyond eight speakers', () => {
    const names = Array.from({ length: PALETTE_SIZE + 3 }, (_, i) => `Speaker ${i}`);
    const colours = new SpeakerColors().assign(uri, names);
    const uses = new Array<number>(PALETTE_SIZE).fill(0);
    for (const n of names) uses[colours.get(n)!] += 1;
    assert.ok(Math.max(...uses) - Math.min(...uses) <= 1, uses.join());
  });

  it('remembers per document, and forgets a closed one', () => {
    const colors = new SpeakerColors();
    colors.assign(uri, ['Ana Ruiz', 'Tom Hale']);
    assert.equal(colors.assign('file:///tmp/b.news', ['Tom Hale']).get('Tom Hale'), 0);
    colors.forget(uri);
    assert.equal(colors.assign(uri, ['Tom Hale']).get('Tom Hale'), 0);
  });
});

describe('the manifest', () => {
  const colors = new Map(manifest.contributes.colors.map((c) => [c.id, c]));
  const kinds = ['light', 'dark', 'highContrast', 'highContrastLight'];
  const hex = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i;

  it(`declares ${PALETTE_SIZE} (at least 8) speaker colours with light, dark and high-contrast defaults`, () => {
    assert.ok(PALETTE_SIZE >= 8);
    for (let i = 0; i < PALETTE_SIZE; i++) {
      for (const part of ['Foreground', 'Background'] as const) {
        const c = colors.get(speakerColorId(i, part));
        assert.ok(c, `${speakerColorId(i, part)} is not in contributes.colors`);
        assert.ok(c.description.length > 10);
        for (const k of kinds) assert.match(c.defaults[k] ?? '', hex, `${c.id} ${k}`);
      }
    }
    assert.equal(
      colors.has(speakerColorId(PALETTE_SIZE, 'Foreground')),
      false,
      'the palette size matches the manifest',
    );
  });

  it('keeps quote backgrounds translucent and speaker colours distinct in every theme kind', () => {
    for (const k of kinds) {
      const fg = Array.from({ length: PALETTE_SIZE }, (_, i) =>
        colors.get(speakerColorId(i, 'Foreground'))!.defaults[k].toLowerCase(),
      );
      assert.equal(new Set(fg).size, PALETTE_SIZE, `${k}: ${fg.join(' ')}`);
      for (let i = 0; i < PALETTE_SIZE; i++) {
        const bg = colors.get(speakerColorId(i, 'Background'))!.defaults[k];
        assert.equal(bg.length, 9, `${speakerColorId(i, 'Background')} ${k} has an alpha`);
        assert.ok(parseInt(bg.slice(7), 16) < 0x80, `${speakerColorId(i, 'Background')} ${k} is translucent`);
      }
    }
  });

  it('declares every colour and command the client uses, and nothing it does not', () => {
    const source = readdirSync(join(root, 'client', 'src'))
      .map((f) => readFileSync(join(root, 'client', 'src', f), 'utf8'))
      .join('\n');
    const used = (re: RegExp): string[] => [...source.matchAll(re)].map((m) => m[1]);
    for (const id of used(/new ThemeColor\('(newsAnnotator\.[\w.]+)'\)/g))
      assert.ok(colors.has(id), `${id} is used but not declared`);
    const registered = new Set(used(/registerCommand\('([\w.]+)'/g));
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    assert.deepEqual([...registered].sort(), [...declared].sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'News Annotator', c.command);
    const views = new Set(
      Object.values(manifest.contributes.views)
        .flat()
        .map((v) => `${v.id}.focus`),
    );
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items)
        assert.ok(declared.has(item.command) || views.has(item.command), `${menu}: ${item.command}`);
    }
    for (const k of manifest.contributes.keybindings) assert.ok(declared.has(k.command), k.command);
  });
});
