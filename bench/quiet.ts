// How much an editor sees marked in an article: topic tokens per 1,000 words under each
// `newsAnnotator.topics.highlight` value, and the "— Speaker" inlay hints, with the kind of
// mention each hinted quote is credited by. Words are counted as runs of non-spaces.
// Usage: npm run eval:quiet [-- FILE ...]   (default: the sample)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../server/src/analysis/article';
import { inlayHints } from '../server/src/features/inlayHints';
import { articleTokens } from '../server/src/features/semanticTokens';
import { indexOf } from '../server/src/lsp/articleIndex';

const files = process.argv.slice(2);
if (files.length === 0) files.push(join(__dirname, '..', 'samples', 'press-conference.news'));

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const article = analyzeArticle(text);
  const doc = TextDocument.create(`file://${file}`, 'news', 1, text);
  const words = text.split(/\s+/).filter(Boolean).length;
  const per = (n: number): string => ((1000 * n) / words).toFixed(1);
  const topics = (h: 'key' | 'all'): number => articleTokens(article, h).filter((t) => t.type === 'topic').length;
  const hints = inlayHints(article, doc, { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) });
  const ix = indexOf(article);
  // What each hint stands for: the quotes ending in its sentence, by how their source names the speaker.
  const kinds = new Map<string, number>();
  for (const h of hints) {
    const at = doc.offsetAt(h.position);
    const s = ix.sentenceAt(at - 1);
    for (const q of article.quotes) {
      if (!s || q.end <= s.start || q.end > s.end) continue;
      const k = q.source ? (ix.mentionAt(q.source.start)?.kind ?? 'other') : q.method;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
  }
  console.log(`${file.split('/').pop()}: ${words} words`);
  console.log(`  topic tokens, key (default): ${topics('key')} (${per(topics('key'))} per 1,000 words)`);
  console.log(`  topic tokens, all: ${topics('all')} (${per(topics('all'))} per 1,000 words)`);
  console.log(
    `  inlay hints: ${hints.length}, for quotes credited by ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
}
