// The HTML sources report as a reader opens it: the built CLI writes it for a folder of our own
// articles, headless Chromium opens the file with the network cut off, and every chart and total is
// found and agrees with the CLI's JSON.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium } from 'playwright-core';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARTICLES: Record<string, string> = {
  'harbour.news': [
    'Harbour Repairs Begin',
    '',
    '"We will rebuild the pier before summer," Mayor Lena Hart said on Monday. "Every plank of it."',
    '',
    'Harbour master Owen Pratt said the pier was safe. "It held in the storm," he said.',
    '',
    '"Nobody has told us when the ferry returns," said a resident who asked not to be named.',
  ].join('\n'),
  'council.news': [
    'Council Votes on Budget',
    '',
    '"Who knows what comes next."',
    '',
    'The vote passed late on Tuesday.',
    '',
    '"The numbers do not add up," Councillor Margaret Olsen said. She voted against it.',
    '',
    '"We had no choice," a senior official said.',
  ].join('\n'),
};

interface Totals {
  articles: number;
  sources: number;
  people: number;
  women: number;
  men: number;
  unknownGender: number;
  anonymous: number;
  unattributed: number;
  words: number;
}

describe('the HTML sources report', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let browser: Browser;
  let report: string;
  let totals: Totals;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-sources-'));
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(folder, name), text);
    report = join(dir, 'report.html');
    // Run in the folder above the articles, so the report names them as a reader would see them.
    execFileSync(process.execPath, [cli, 'sources', '--format', 'html', '--output', report, 'articles'], { cwd: dir });
    const json = execFileSync(process.execPath, [cli, 'sources', '--format', 'json', folder], { encoding: 'utf8' });
    totals = (JSON.parse(json.trim().split('\n').pop() ?? '{}') as { totals: Totals }).totals;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
  });

  it('shows every chart and total, offline, and agrees with the JSON', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(report).href);
    assert.deepEqual(requests, [], 'the report loads nothing from the network');

    const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => s.getAttribute('data-chart')));
    assert.deepEqual(charts, ['gender-balance', 'voice-by-group', 'share-of-voice', 'share-of-voice']);
    for (const svg of await page.$$('svg.chart')) {
      const box = await svg.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 20, 'each chart is drawn');
    }
    const shown: Record<string, string> = await page.$$eval('[data-total]', (dds) =>
      Object.fromEntries(dds.map((d) => [d.getAttribute('data-total') ?? '', d.textContent ?? ''])),
    );
    for (const k of [
      'articles',
      'sources',
      'people',
      'women',
      'men',
      'unknownGender',
      'anonymous',
      'unattributed',
      'words',
    ] as const)
      assert.equal(Number.parseInt(shown[k], 10), totals[k], `total ${k}`);
    assert.equal(totals.articles, 2);
    assert.ok(totals.women >= 2, 'Lena Hart and Margaret Olsen are women');
    assert.ok(totals.anonymous >= 1 && totals.unattributed >= 1);

    const segments = await page.$$eval('svg[data-chart="gender-balance"] rect.segment', (rs) =>
      rs.map((r) => r.getAttribute('data-label')),
    );
    assert.ok(segments.includes('Women') && segments.includes('Men'));
    const rows = await page.$$eval('table.articles tbody tr', (trs) => trs.length);
    assert.equal(rows, 2);
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results', 'sources-report.png'), fullPage: true });
    await page.close();
  });
});
