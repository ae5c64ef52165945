// Analysis off the language-server thread. With an analyser that runs elsewhere (here one whose
// analyses finish only when the test lets them, then the built server's worker thread): a hover
// sent while a newer analysis computes answers from the last one, at the right place in the new
// text; an older result never replaces a newer one; and a worker that runs out of memory gives
// the size notice while the server keeps answering, from a fresh worker.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { type Analyser, Analyses, type AnalysisRequest, Superseded } from '../../server/src/analyser';
import type { Article } from '../../server/src/analysis/model';
import { workerAnalyser } from '../../server/src/node/workerAnalyser';
import { Client, find, type OpenDocument, positionOf, textAt } from './harness';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

const ARTICLE =
  'Mayor Ana Ruiz opened the new pier on Friday.\n\n"It took ten years, but the islands finally have a harbour," Ruiz told reporters.\n\nLater, Ana Ruiz thanked the engineers.';

/**
 * An off-thread analyser whose analyses finish when the test releases them, in any order; with
 * `supersede`, a new request drops the held ones of its document, as the worker drops queued ones.
 */
class HeldAnalyser implements Analyser {
  readonly offThread = true;
  readonly held: { request: AnalysisRequest; release(): void; drop(): void }[] = [];
  hold = false;
  supersede = false;
  private readonly analyses = new Analyses();
  private waiters: (() => void)[] = [];

  analyse(request: AnalysisRequest): Promise<Article> {
    const run = (): Article => this.analyses.run(request);
    if (this.supersede)
      for (const h of this.held.filter((x) => x.request.uri === request.uri)) {
        this.held.splice(this.held.indexOf(h), 1);
        h.drop();
      }
    if (!this.hold) return Promise.resolve(run());
    return new Promise((resolve, reject) => {
      this.held.push({ request, release: () => resolve(run()), drop: () => reject(new Superseded()) });
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Resolves once `n` analyses are held. */
  async heldCount(n: number): Promise<void> {
    while (this.held.length < n) await new Promise<void>((r) => this.waiters.push(r));
  }

  forget(uri: string): void {
    this.analyses.forget(uri);
  }

  dispose(): void {}
}

const valueOf = (h: Hover | null): string => (h ? (h.contents as { value: string }).value : '');

describe('analysis off the server thread', { timeout: 30_000 }, () => {
  const analyser = new HeldAnalyser();
  let client: Client;
  let doc: OpenDocument;
  const tokens = (): Promise<SemanticTokens> =>
    client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } });
  const hover = (needle: string): Promise<Hover | null> =>
    client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: find(doc.text, needle, 1),
    });

  before(async () => {
    client = await Client.start({ deps: { analyser } });
    doc = await client.open('file:///news/pier.news', ARTICLE);
    assert.ok((await tokens()).data.length > 0);
  });
  after(() => client.dispose());

  it('answers a hover sent while a newer analysis computes from the last one, mapped to the new text', async () => {
    analyser.hold = true;
    // A new first paragraph moves everything after it.
    await client.edit(doc, {
      range: { start: positionOf(doc.text, 0), end: positionOf(doc.text, 0) },
      text: 'HARBOUR NEWS\n\n',
    });
    const pending = tokens();
    await analyser.heldCount(1);
    const h = await hover('took ten');
    assert.match(valueOf(h), /Ana Ruiz/);
    assert.equal(textAt(doc.text, h!.range!).startsWith('"It took ten years'), true);
    const symbols = client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    assert.equal(analyser.held.length, 1, 'the hover started no second analysis of the same version');
    for (const h of analyser.held.splice(0)) h.release();
    await pending;
    await symbols;
  });

  it('answers the outline from the analysis that superseded its own, of the same version under new settings', async () => {
    analyser.hold = true;
    analyser.supersede = true;
    await client.edit(doc, {
      range: { start: positionOf(doc.text, doc.text.length), end: positionOf(doc.text, doc.text.length) },
      text: '\n\n"The ferry runs hourly," said Lena Holt.',
    });
    // The editor asks for the outline once per version: an error would leave it empty.
    const symbols = client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    await analyser.heldCount(1);
    const first = analyser.held[0];
    await client.configure({ ...client.settings, updateDelay: 301 });
    const fresh = tokens();
    // The new settings' analysis of the same version drops the held one.
    while (analyser.held[0] === first || analyser.held.length === 0) await new Promise((r) => setTimeout(r, 5));
    assert.equal(analyser.held[0].request.version, first.request.version);
    analyser.supersede = false; // (analyses stay held, as the test before left them)
    for (const h of analyser.held.splice(0)) h.release();
    await fresh;
    const outline = await symbols;
    assert.ok(outline.length > 0, 'the outline has its sections');
  });

  it('never replaces a newer analysis by an older one that finishes later', async () => {
    await client.edit(doc, {
      range: { start: positionOf(doc.text, doc.text.length), end: positionOf(doc.text, doc.text.length) },
      text: '\n\n"We start on Monday," said Tom Berg.',
    });
    const older = tokens().catch((err: unknown) => err);
    await analyser.heldCount(1);
    await client.edit(doc, {
      range: { start: positionOf(doc.text, doc.text.length), end: positionOf(doc.text, doc.text.length) },
      text: ' It was sunny.',
    });
    const newer = tokens();
    await analyser.heldCount(2);
    const [v2, v3] = analyser.held.splice(0);
    assert.deepEqual([v2.request.version, v3.request.version], [doc.version - 1, doc.version]);
    v3.release();
    await newer;
    v2.release();
    await older;
    // The current version's analysis is the one kept: answering needs no new one.
    analyser.hold = true;
    const h = await hover('start on');
    assert.match(valueOf(h), /Tom Berg/);
    const first = await Promise.race([
      tokens().then(() => 'answered'),
      analyser.heldCount(1).then(() => 'analysed again'),
    ]);
    analyser.hold = false;
    for (const held of analyser.held.splice(0)) held.release();
    assert.equal(first, 'answered');
  });
});

describe('the worker thread analyser', { timeout: 60_000 }, () => {
  const big = `${ARTICLE}\n\n`.repeat(Math.ceil(1_000_000 / ARTICLE.length));

  it('drops a request waiting its turn when a newer version of the same document comes', async () => {
    const a = workerAnalyser({ script: SERVER });
    try {
      const first = a.analyse({ uri: 'file:///a.news', version: 1, text: ARTICLE, maxFileSize: 1 });
      const second = a.analyse({ uri: 'file:///a.news', version: 2, text: `${ARTICLE} Two.`, maxFileSize: 1 });
      const third = a.analyse({ uri: 'file:///a.news', version: 3, text: `${ARTICLE} Three.`, maxFileSize: 1 });
      await assert.rejects(second, Superseded);
      assert.equal((await first).text, ARTICLE);
      const last = await third;
      assert.equal(last.text, `${ARTICLE} Three.`);
      assert.deepEqual(
        last.entities.map((e) => e.name),
        ['Ana Ruiz'],
      );
    } finally {
      a.dispose();
    }
  });

  it('says how much heap its worker uses, and that none runs before the first analysis', async () => {
    const a = workerAnalyser({ script: SERVER });
    try {
      assert.equal(await a.workerHeapUsed(false), null);
      await a.analyse({ uri: 'file:///a.news', version: 1, text: ARTICLE, maxFileSize: 1 });
      // Asked together with an analysis, the figure comes after it, in order.
      const next = a.analyse({ uri: 'file:///a.news', version: 2, text: `${ARTICLE} Two.`, maxFileSize: 1 });
      const used = await a.workerHeapUsed(true);
      assert.ok(used !== null && used > 1_000_000, `worker heap ${used}`);
      assert.equal((await next).text, `${ARTICLE} Two.`);
      a.dispose();
      assert.equal(await a.workerHeapUsed(false), null);
    } finally {
      a.dispose();
    }
  });

  it('turns running out of memory into the size notice and answers from a fresh worker', async () => {
    // Enough for a short article, not for a 1 MB one (bench/heap.ts: about 110 MB).
    const analyser = workerAnalyser({ script: SERVER, heapLimitMB: () => 48 });
    const client = await Client.start({ settings: { maxFileSize: 4 }, deps: { analyser } });
    try {
      const large = await client.open('file:///news/large.news', big);
      assert.deepEqual(await client.diagnostics(large), []);
      const notice = await client.messages.wait((m) => m.message.includes('large.news'));
      assert.match(
        notice.message,
        /large\.news is not analysed: it needs more than the 48 MB of memory that newsAnnotator\.maxFileSize allows its analysis\./,
      );
      const small = await client.open('file:///news/small.news', ARTICLE);
      const h = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: small.uri },
        position: find(ARTICLE, 'took ten', 1),
      });
      assert.match(valueOf(h), /Ana Ruiz/);
      // The large one is not tried again until it shrinks.
      assert.deepEqual(await client.diagnostics(large), []);
    } finally {
      client.dispose();
      analyser.dispose();
    }
  });
});
