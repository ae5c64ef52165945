// The guard in front of the server's stdin: whole frames pass unchanged, however the bytes are
// cut into chunks, and anything between frames that cannot start one is dropped up to the next.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FrameGuard } from '../../server/src/node/frameGuard';

const frame = (body: string): Buffer =>
  Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`), Buffer.from(body)]);

/** Feeds `chunks` through a guard and returns everything it let through. */
function guard(chunks: Buffer[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const g = new FrameGuard();
    const out: Buffer[] = [];
    g.on('data', (d: Buffer) => out.push(d));
    g.on('end', () => resolve(Buffer.concat(out)));
    g.on('error', reject);
    for (const c of chunks) g.write(c);
    g.end();
  });
}

/** Cuts `bytes` at the given points (taken modulo its length). */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...at, bytes.length]) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  return out;
}

const body = fc.oneof(
  fc.json(),
  fc.string({ unit: 'binary', maxLength: 40 }), // bodies need not be JSON: the reader behind judges that
  fc.constant('{"jsonrpc":"2.0","id":1,"method":"x","params":{"t":"a\\r\\n\\r\\nContent-Length: 3\\r\\n\\r\\n"}}'),
);
// Garbage: anything with no header field name in it (the guard resynchronises on those).
const garbage = fc
  .uint8Array({ minLength: 1, maxLength: 60 })
  .map((a) => Buffer.from(a))
  .filter((b) => !/content-(length|type):/i.test(b.toString('latin1')));

describe('FrameGuard', () => {
  it('passes frames unchanged however they are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(body, { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (bodies, points) => {
          const bytes = Buffer.concat(bodies.map(frame));
          assert.deepEqual(await guard(cut(bytes, points)), bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('drops what lies between frames and is no frame, and only that', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.option(garbage), body), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (items, points) => {
          const sent = Buffer.concat(items.flatMap(([g, b]) => (g ? [g, frame(b)] : [frame(b)])));
          const frames = Buffer.concat(items.map(([, b]) => frame(b)));
          assert.deepEqual(await guard(cut(sent, points)), frames);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('drops headers the reader behind it would choke on', async () => {
    const good = frame('{"jsonrpc":"2.0","method":"initialized"}');
    for (const bad of [
      'Content-Length: -5\r\n\r\n',
      'Content-Length: twelve\r\n\r\n',
      'Content-Length: 99999999999\r\n\r\n',
      'Content-Type: text/plain\r\n\r\n',
      'no colon here\r\n\r\n',
      `Content-Length: 1${' '.repeat(2000)}`,
    ]) {
      assert.deepEqual(await guard([Buffer.from(bad), good]), good, JSON.stringify(bad.slice(0, 30)));
    }
    // Header names in any case and extra fields are fine: the reader accepts them too.
    const odd = Buffer.from('content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}');
    assert.deepEqual(await guard([odd]), odd);
  });
});
