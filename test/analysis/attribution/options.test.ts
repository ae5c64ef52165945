// The options the source ranker weighs for a quotation (options.ts), read through the analysis'
// explain hook: which mentions and descriptions it is given, and what each is said to be.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../../server/src/analysis/article';
import type { ExplainedOption } from '../../../server/src/analysis/attribution/context';
import { FEATURES } from '../../../server/src/analysis/attribution/options';

/** The options of the quotation holding `fragment`: each as "kind:words", with the features set. */
function optionsOf(text: string, fragment: string): { what: string; features: Set<string> }[] {
  let found: readonly ExplainedOption[] | null = null;
  analyzeArticle(text, {
    explain: (q) => {
      if (text.slice(q.start, q.end).includes(fragment)) found = q.options;
    },
  });
  assert.ok(found, `no options for ${JSON.stringify(fragment)}`);
  return (found as readonly ExplainedOption[]).map((o) => ({
    what: `${o.kind}:${o.span ? text.slice(o.span.start, o.span.end) : ''}`,
    features: new Set(FEATURES.filter((_, i) => o.x[i] !== 0)),
  }));
}

describe('source options', () => {
  it('weighs a sentence-initial description ("Aides say") as the description its cue rests on, not as a new name', () => {
    const text = [
      'Jo Park backed the plan on Monday. “It is a coup,” the analyst Ed Vance said.',
      'Aides say the former governor plans to "actively support" the plan.',
    ].join('\n\n');
    const options = optionsOf(text, 'actively support');
    const aides = options.filter((o) => o.what.endsWith(':Aides'));
    assert.deepEqual(
      aides.map((o) => o.what),
      ['descriptor:Aides'],
    );
    for (const f of ['cueSource', 'bestCueSource', 'subject']) assert.ok(aides[0].features.has(f), f);
  });
});
