// The analysis core keeps no state between analyses of its own: no module-level variables, no
// module-level maps or weak maps filled as it runs. What a caller wants kept (the incremental
// cache, the word table) is an object the caller holds. Checked by reading the source, and by
// behaviour: an article analysed after others gives what it gives alone.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis/article';
import { WordTable } from '../../server/src/analysis/topics/topicWords';
import { toContract } from '../../server/src/formats/json';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : name.endsWith('.ts') ? [p] : [];
  });
}

// A module-level `let`, or a collection created empty at module level (to be filled as analyses run).
const MUTABLE =
  /^(?:export )?(?:let|var) |^(?:export )?const \w+(?::[^=]+)? = new (?:WeakMap|WeakSet|WeakRef)\b|^(?:export )?const \w+(?::[^=]+)? = new (?:Map|Set)(?:<[^>]*>)?\(\);/;

describe('no hidden state in the analysis core', () => {
  it('declares no module-level variables or empty module-level collections', () => {
    const found: string[] = [];
    for (const file of [...sources(join(root, 'server', 'src', 'analysis')), ...sources(join(root, 'common'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (MUTABLE.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(found, []);
  });

  it('gives an article the same analysis after others, with one word table for the run, as alone', () => {
    const first = [
      'CHINA SENDS ENVOY',
      '',
      'China said on Monday that talks with Canada would resume. “We are ready,” said Foreign Minister Lin Wei.',
    ].join('\n');
    const second = [
      'Trade talks resume',
      '',
      'Officials from CHINA and Canada met in Ottawa. “It went well,” said Canadian trade minister Rhea Dunn.',
      '',
      'CHINA has sent envoys to Ottawa twice this year, Dunn said.',
    ].join('\n');
    const words = new WordTable();
    analyzeArticle(first, { words });
    const after = toContract(analyzeArticle(second, { words }), 'b.txt');
    const alone = toContract(analyzeArticle(second), 'b.txt');
    assert.deepEqual(after, alone);
  });
});
