// Runs the project's own accuracy scorer (../shared/eval/score.mjs) on the built CLI, as CI
// would, and fails below the figures the attribution issue asks for. Skipped where the shared
// corpora are not checked out next to the project.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const evalDir = join(root, '..', 'shared', 'eval');
const scorer = join(evalDir, 'score.mjs');
const corpora = join(evalDir, 'corpora');
const present = existsSync(scorer) && existsSync(join(corpora, 'seed.jsonl'));

interface Figures {
  corpus: string; failures: number; quoteF1: number; speakerStrict: number | null; sourceAcc: number | null;
  attributionF1: number; sectionTitles: number | null;
}

function score(...files: string[]): Figures[] {
  const r = spawnSync(process.execPath, [scorer, '--json', ...files, '--', process.execPath, join(root, 'dist', 'cli.js'), 'analyze', '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Figures[];
}

describe('accuracy on the shared corpora', { skip: present ? false : 'no ../shared/eval here' }, () => {
  it('seed: every quote, speaker, attribution and section title right', () => {
    const [seed] = score(join(corpora, 'seed.jsonl'));
    assert.equal(seed.failures, 0);
    assert.equal(seed.quoteF1, 1);
    assert.equal(seed.speakerStrict, 1);
    assert.equal(seed.attributionF1, 1);
    assert.equal(seed.sectionTitles, 1);
  });

  it('polnear-dev: source accuracy ≥ 92 %, quote F1 ≥ 95 % where the corpus annotates quotes', () => {
    const dev = join(corpora, 'polnear-dev.jsonl');
    const [all] = score(dev);
    assert.ok(all.sourceAcc !== null && all.sourceAcc >= 0.92, `source accuracy ${all.sourceAcc}`);
    // 12 of the 84 articles have no gold quotes at all (7 of them NYT copy quoted with '' marks that
    // the gold extraction did not read): every quote found there counts as a false positive. The
    // full-corpus F1 is kept from falling; the quote bar applies to the annotated articles.
    assert.ok(all.quoteF1 >= 0.89, `quote F1 on all articles ${all.quoteF1}`);
    const dir = mkdtempSync(join(tmpdir(), 'news-score-'));
    try {
      const annotated = readFileSync(dev, 'utf8').split('\n').filter((l) => l.trim() && JSON.parse(l).quotes.length > 0);
      const file = join(dir, 'polnear-dev-annotated.jsonl');
      writeFileSync(file, `${annotated.join('\n')}\n`);
      const [part] = score(file);
      assert.ok(part.quoteF1 >= 0.95, `quote F1 on annotated articles ${part.quoteF1}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
