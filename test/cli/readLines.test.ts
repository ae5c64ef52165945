// The line reader under --jsonl: the same lines however the bytes are cut into chunks, line
// endings and byte-order mark dropped, over-long lines reported by number and not kept.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Line, NotUtf8Error, readLines } from '../../server/src/node/io/readLines';

async function collect(chunks: Uint8Array[], maxChars = 1000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of readLines(Readable.from(chunks), maxChars)) out.push(l);
  return out;
}

/** The bytes cut at the given places. */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const points = [...new Set(at.map((x) => x % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    if (p > from) chunks.push(bytes.subarray(from, p));
    from = Math.max(from, p);
  }
  return chunks;
}

describe('readLines', () => {
  it('gives the lines of the text however it is chunked, multi-byte characters split included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '“', '😀', ' ', '"') }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (lines, crlf, at) => {
          const text = lines.join(crlf ? '\r\n' : '\n');
          const got = await collect(cut(new TextEncoder().encode(text), at));
          const expected = text ? lines.map((t, i) => ({ line: i + 1, text: t })) : [];
          // A final empty line (text ending in a newline) is no line.
          if (expected.length && expected.at(-1)!.text === '') expected.pop();
          assert.deepEqual(got, expected);
        },
      ),
    );
  });

  it('drops a byte-order mark, and reports an over-long line by number without keeping it', async () => {
    const bytes = new TextEncoder().encode(`\uFEFFshort\n${'x'.repeat(50)}\nlast`);
    assert.deepEqual(await collect(cut(bytes, [3, 9, 20, 40]), 10), [
      { line: 1, text: 'short' },
      { line: 2, tooLong: true },
      { line: 3, text: 'last' },
    ]);
  });

  it('throws NotUtf8Error with the line of a bad byte', async () => {
    await assert.rejects(
      collect([new TextEncoder().encode('ok\nfine\n'), Uint8Array.from([0x61, 0xe9, 0x0a])]),
      (err) => err instanceof NotUtf8Error && err.line === 3,
    );
  });
});
