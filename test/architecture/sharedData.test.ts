// The data the core reads (dist/data/lexicon.json) ships once, beside the bundles that load it,
// with its licences: no bundle carries a copy of its own.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const dist = join(__dirname, '..', '..', 'dist');

describe('one shared data file', () => {
  it('is beside the bundles with its notice, and no bundle holds a copy', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data', 'lexicon.json'), 'utf8')) as { source: string };
    assert.match(readFileSync(join(dist, 'data', 'NOTICE'), 'utf8'), /GeoNames[^]*CC BY 4\.0/);
    for (const bundle of ['cli.js', 'server.js', join('browser', 'server.js')]) {
      assert.ok(existsSync(join(dist, bundle)), bundle);
      assert.ok(!readFileSync(join(dist, bundle), 'utf8').includes(data.source), bundle);
    }
  });
});
