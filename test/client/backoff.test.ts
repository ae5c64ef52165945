import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restartDelay } from '../../client/src/backoff';

describe('restarting a dead language server', () => {
  it('waits longer after each crash, up to a minute', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 10].map(restartDelay),
      [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000],
    );
  });
});
