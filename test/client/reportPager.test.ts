// The pager that shows the server's coloured report in a terminal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Pager, visibleWidth } from '../../client/src/reportPager';

/** What a terminal of `rows` rows shows: each positioned write put on its row, colours dropped. */
function screen(output: string, rows: number): string[] {
  const lines = new Array<string>(rows).fill('');
  for (const m of output.matchAll(/\x1b\[(\d+);1H([^\x1b]*(?:\x1b\[[0-9;]*m[^\x1b]*)*)/g)) {
    lines[Number(m[1]) - 1] = m[2].replace(/\x1b\[[0-9;]*m/g, '');
  }
  return lines;
}

const report = Array.from({ length: 30 }, (_, i) => `\x1b[1mline ${i + 1}\x1b[0m`).join('\n') + '\n';

describe('report pager', () => {
  it('measures lines without their colour codes', () => {
    assert.equal(visibleWidth('\x1b[1;33mEmmanuel Macron\x1b[0m · 2 quotes'), 'Emmanuel Macron · 2 quotes'.length);
    assert.equal(visibleWidth('“I believe…”'), 12);
  });

  it('opens at the top, with a status line at the bottom', () => {
    const pager = new Pager(report);
    pager.setSize(40, 10);
    const s = screen(pager.render(), 10);
    assert.deepEqual(
      s.slice(0, 9),
      Array.from({ length: 9 }, (_, i) => `line ${i + 1}`),
    );
    assert.match(s[9], /lines 1–9 of 30/);
  });

  it('pages down and up, and stops at either end', () => {
    const pager = new Pager(report);
    pager.setSize(40, 10);
    assert.equal(pager.key('\x1b[A'), 'none', 'already at the top');
    assert.equal(pager.key(' '), 'redraw');
    assert.equal(screen(pager.render(), 10)[0], 'line 9', 'a page keeps one line of the previous one');
    assert.equal(pager.key('G'), 'redraw');
    const end = screen(pager.render(), 10);
    assert.equal(end[8], 'line 30');
    assert.match(end[9], /lines 22–30 of 30/);
    assert.equal(pager.key('\x1b[B'), 'none', 'already at the end');
    assert.equal(pager.key('\x1b[H'), 'redraw');
    assert.equal(screen(pager.render(), 10)[0], 'line 1');
  });

  it('counts the rows a long line wraps onto', () => {
    const pager = new Pager(`${'x'.repeat(25)}\nshort\n${'y'.repeat(5)}\n`);
    pager.setSize(10, 6);
    const s = screen(pager.render(), 6);
    assert.equal(s[0], 'x'.repeat(25), 'three rows from the first');
    assert.equal(s[3], 'short');
    assert.equal(s[4], 'yyyyy');
  });

  it('keeps the reader’s place when the report changes, within the new length', () => {
    const pager = new Pager(report);
    pager.setSize(40, 10);
    pager.key('G');
    pager.setText(Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n'));
    const s = screen(pager.render(), 10);
    assert.equal(s[8], 'line 12');
    assert.match(s[9], /lines 4–12 of 12/);
  });

  it('closes on q, Escape or Ctrl+C, and ignores other keys', () => {
    const pager = new Pager(report);
    for (const k of ['q', '\x1b', '\x03']) assert.equal(pager.key(k), 'close');
    assert.equal(pager.key('x'), 'none');
  });
});
