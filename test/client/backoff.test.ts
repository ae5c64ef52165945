import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restartDelay, retryDelay } from '../../client/src/backoff';

describe('restarting a dead language server', () => {
  it('waits longer after each crash, up to a minute', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 10].map(restartDelay),
      [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000],
    );
  });
});

describe('asking again for an article the server failed on', () => {
  it('waits longer after each failure, then gives up', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelay), [
      250,
      500,
      1000,
      2000,
      4000,
      8000,
      15000,
      15000,
      null,
      null,
    ]);
  });
});
