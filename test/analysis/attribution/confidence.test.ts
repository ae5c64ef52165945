// "Sure": one threshold on the calibrated confidence, a speaker set by hand always sure, a quote
// with no speaker never.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSure, SURE } from '../../../server/src/analysis/attribution/confidence';

describe('isSure', () => {
  it('is sure at and above the threshold, not below it', () => {
    assert.ok(SURE > 0.5 && SURE < 1);
    assert.equal(isSure({ confidence: SURE, method: 'cue' }), true);
    assert.equal(isSure({ confidence: 0.99, method: 'continuation' }), true);
    assert.equal(isSure({ confidence: SURE - 0.01, method: 'cue' }), false);
  });

  it('is always sure of a speaker set by hand, never of a quote with no speaker', () => {
    assert.equal(isSure({ confidence: 0.1, method: 'editor' }), true);
    assert.equal(isSure({ confidence: 1, method: 'none' }), false);
  });
});
