// The properties every text must satisfy, as fast-check properties: used by the fast sample
// in `npm test` (test/reliability/adversarialProperties.test.ts) and by `npm run fuzz`.
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/analysis/article';
import { toContract } from '../../server/src/formats/json';
import { renderReport } from '../../server/src/formats/report';
import { anyText } from './arbitraries';
import { articleProblems } from './invariants';

/**
 * Analyses `text` and throws on the first thing wrong: an exception, an unsound span, a view
 * that fails on the model, or a second analysis that differs from the first (the previous
 * case analysed in between, so state leaking from one document into the next shows too).
 */
export function checkText(text: string): void {
  const article = analyzeArticle(text);
  const problems = articleProblems(text, article);
  if (problems.length) throw new Error(`unsound article:\n  ${problems.join('\n  ')}`);
  const json = JSON.stringify(toContract(article, 'fuzz.news'));
  renderReport(article, 'fuzz.news', { color: true });
  const again = JSON.stringify(toContract(analyzeArticle(text), 'fuzz.news'));
  if (again !== json) throw new Error('a second analysis of the same text differs from the first');
}

export const soundAndDeterministic = fc.property(anyText, (text) => {
  checkText(text);
});
