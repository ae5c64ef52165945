// When an attribution is "sure": one threshold on the calibrated confidence (ranker.ts `calibrated`)
// that every view reads — the editor's dashed border and "check" hover, the semantic token
// modifier, the quote sheet's check column — so they never disagree about which quotes to verify.
import type { AttributionMethod } from '../model';

/**
 * The calibrated confidence at and above which an attribution is sure. Chosen with
 * `npm run eval:confidence` (README, Accuracy: Confidence): at 0.8 nearly nine in ten attributions
 * are sure, and on ggt-dev about half of the others are right; a higher line flags mostly right ones.
 */
export const SURE = 0.8;

/** Whether a quote's speaker needs no checking: set by hand, or credited with confidence ≥ SURE. */
export function isSure(q: { readonly confidence: number; readonly method: AttributionMethod }): boolean {
  if (q.method === 'editor') return true;
  return q.method !== 'none' && q.confidence >= SURE;
}
