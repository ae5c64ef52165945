// The Topic Sections tree the client builds from the server's `newsAnnotator/article` answer.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  buildSectionTree,
  deepestAt,
  describeNode,
  labelOf,
  type SectionNode,
  type TreeNode,
} from '../../client/src/sectionTree';
import { analyzeArticle } from '../../server/src/analysis/article';
import { articleInfo } from '../../server/src/features/articleInfo';
import { toContract } from '../../server/src/formats/json';
import type { ArticleResult, Range, SectionInfo } from '../../common/protocol';

/** What the server answers for a document holding `text`. */
function answer(text: string, uri = 'file:///tmp/council.news'): ArticleResult {
  return articleInfo(analyzeArticle(text), TextDocument.create(uri, 'news', 1, text));
}

/** The tree as indented "label — description" lines. */
function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => {
    const line = `${'  '.repeat(depth)}${labelOf(n)} — ${describeNode(n)}`;
    const children: TreeNode[] =
      n.kind === 'section' ? [...n.speakers, ...n.subsections] : n.kind === 'speaker' ? n.quotes : [];
    return [line, ...outline(children, depth + 1)];
  });
}

const council = [
  'City Council Approves Budget',
  '',
  "The city council approved next year's budget on Monday after a long debate.",
  '',
  '"This is a fair budget for every neighbourhood," Mayor Ana Ruiz said.',
  '',
  '"We cut nothing that matters," she added.',
  '',
  'Parks and Libraries',
  '',
  '"The parks will stay open all summer," council member Tom Hale told reporters.',
  '',
  '"Libraries too," Ruiz said.',
  '',
].join('\n');

describe('Topic Sections tree', () => {
  it('lists sections, the speakers quoted in each (most quoted first), and their quotes', () => {
    const tree = buildSectionTree(answer(council), { speaker: null, showInferred: true });
    assert.deepEqual(outline(tree.roots), [
      'Lead — 2 quotes',
      '  Ana Ruiz — 2 quotes · Mayor',
      '    “This is a fair budget for every neighbourhood,” — ',
      '    “We cut nothing that matters,” — ',
      'Parks and Libraries — 2 quotes',
      '  Tom Hale — 1 quote',
      '    “The parks will stay open all summer,” — ',
      '  Ana Ruiz — 1 quote · Mayor',
      '    “Libraries too,” — ',
    ]);
    assert.deepEqual(
      tree.roots.map((s) => s.style),
      ['lead', 'headed'],
    );
  });

  it('targets the heading line of a headed section and the first character of the lead', () => {
    const [lead, parks] = buildSectionTree(answer(council), { speaker: null, showInferred: true }).roots;
    const line = council.split('\n').indexOf('Parks and Libraries');
    assert.deepEqual(parks.target, {
      start: { line, character: 0 },
      end: { line, character: 'Parks and Libraries'.length },
    });
    assert.deepEqual(lead.target.start, lead.range.start);
    assert.deepEqual(lead.target.end, lead.range.start);
  });

  it("shows only one speaker's sections and quotes when filtered", () => {
    const hale = buildSectionTree(answer(council), { speaker: 'Tom Hale', showInferred: true });
    assert.deepEqual(outline(hale.roots), [
      'Parks and Libraries — 1 quote',
      '  Tom Hale — 1 quote',
      '    “The parks will stay open all summer,” — ',
    ]);
    const ruiz = buildSectionTree(answer(council), { speaker: 'Ana Ruiz', showInferred: true });
    assert.deepEqual(
      ruiz.roots.map((s) => [s.label, s.speakers.map((p) => p.label)]),
      [
        ['Lead', ['Ana Ruiz']],
        ['Parks and Libraries', ['Ana Ruiz']],
      ],
    );
    assert.deepEqual(buildSectionTree(answer(council), { speaker: 'Nobody Known', showInferred: true }).roots, []);
  });

  it('keeps its signature while edits only move text, and changes it when a quote appears', () => {
    const before = buildSectionTree(answer(council), { speaker: null, showInferred: true });
    const moved = council.replace(
      'after a long debate.',
      'after a long and heated debate.\n\nThe vote was seven to two.',
    );
    const after = buildSectionTree(answer(moved), { speaker: null, showInferred: true });
    assert.notDeepEqual(after.roots[1].range, before.roots[1].range);
    assert.equal(after.signature, before.signature);
    const added = `${council}\n"We will publish every line of it," Ruiz said.\n`;
    const grown = buildSectionTree(answer(added), { speaker: null, showInferred: true });
    assert.notEqual(grown.signature, before.signature);
    assert.equal(describeNode(grown.roots[1]), '3 quotes');
  });

  it('gives every node a unique id that survives a rebuild', () => {
    const a = buildSectionTree(answer(council), { speaker: null, showInferred: true });
    const b = buildSectionTree(answer(council.replace('Monday', 'Tuesday')), { speaker: null, showInferred: true });
    assert.equal(a.byId.size, 2 + 3 + 4);
    assert.deepEqual([...a.byId.keys()], [...b.byId.keys()]);
  });

  it('finds the section a position is in, the gap after a section included', () => {
    const tree = buildSectionTree(answer(council), { speaker: null, showInferred: true });
    const line = (text: string): number => council.split('\n').indexOf(text);
    assert.equal(
      deepestAt(tree.roots, { line: line('"We cut nothing that matters," she added.'), character: 3 })?.label,
      'Lead',
    );
    assert.equal(deepestAt(tree.roots, { line: line('Parks and Libraries') - 1, character: 0 })?.label, 'Lead');
    assert.equal(
      deepestAt(tree.roots, { line: line('"Libraries too," Ruiz said.'), character: 0 })?.label,
      'Parks and Libraries',
    );
    assert.equal(
      deepestAt(tree.roots, { line: 0, character: 0 }),
      undefined,
      'the headline comes before every section',
    );
  });

  it("carries the server's terminal report, so the client need not render one", () => {
    const report = answer(council).report ?? '';
    assert.match(report, /council\.news/);
    assert.match(report, /Parks and Libraries/);
    assert.match(report, /Tom Hale/);
  });
});

// Inferred sections come from the topics pass, which other articles exercise; here the tree's
// handling of them is tested on an answer written out by hand.
describe('Topic Sections tree with inferred sections', () => {
  const at = (line: number): Range['start'] => ({ line, character: 0 });
  const section = (
    id: string,
    title: string | null,
    from: number,
    to: number,
    extra: Partial<SectionInfo> = {},
  ): SectionInfo => ({
    id,
    title,
    headingRange: null,
    range: { start: at(from), end: at(to) },
    level: 1,
    inferred: false,
    topics: [],
    speakers: [],
    ...extra,
  });
  const quote = (id: string, line: number, speaker: string | null, sectionId: string) => ({
    id,
    range: { start: at(line), end: { line, character: 20 } },
    kind: 'direct' as const,
    speaker,
    cue: null,
    source: null,
    confidence: 0.9,
    sure: true,
    excerpt: `“quote ${id}”`,
    section: sectionId,
    method: 'cue' as const,
    unclosed: false,
  });
  const speaker = (id: string, name: string) => ({
    id,
    name,
    role: null,
    kind: 'person' as const,
    quotes: 1,
    mentions: [],
    aliases: [],
  });
  const article = (sections: SectionInfo[], quotes: ReturnType<typeof quote>[]): ArticleResult => ({
    uri: 'file:///tmp/x.news',
    version: 1,
    title: null,
    sections,
    quotes,
    speakers: [speaker('e1', 'Lena Berg'), speaker('e2', 'Omar Haddad')],
    topics: [],
    metadata: [],
  });

  const mixed = article(
    [
      section('s0', null, 0, 4),
      section('s1', null, 5, 9, { inferred: true, topics: ['harbour', 'ferries'] }),
      section('s2', 'Harbour Tolls', 10, 14, { headingRange: { start: at(10), end: { line: 10, character: 13 } } }),
      section('s3', null, 15, 20, { inferred: true, topics: ['tourism'] }),
    ],
    [quote('q1', 2, 'e1', 's0'), quote('q2', 6, 'e2', 's1'), quote('q3', 12, 'e1', 's2'), quote('q4', 16, null, 's3')],
  );

  it('labels inferred sections by their topics and tells them apart', () => {
    const tree = buildSectionTree(mixed, { speaker: null, showInferred: true });
    assert.deepEqual(
      tree.roots.map((s) => [s.label, s.style, describeNode(s)]),
      [
        ['Lead', 'lead', '1 quote'],
        ['harbour, ferries', 'inferred', 'inferred · 1 quote'],
        ['Harbour Tolls', 'headed', '1 quote'],
        ['tourism', 'inferred', 'inferred · 1 quote'],
      ],
    );
    assert.equal(tree.roots[3].speakers[0].label, 'No speaker found');
  });

  it('folds hidden inferred sections into the section before them', () => {
    const tree = buildSectionTree(mixed, { speaker: null, showInferred: false });
    assert.deepEqual(outline(tree.roots), [
      'Lead — 2 quotes · +1 inferred section',
      '  Lena Berg — 1 quote',
      '    “quote q1” — ',
      '  Omar Haddad — 1 quote',
      '    “quote q2” — ',
      'Harbour Tolls — 2 quotes · +1 inferred section',
      '  Lena Berg — 1 quote',
      '    “quote q3” — ',
      '  No speaker found — 1 quote',
      '    “quote q4” — ',
    ]);
    assert.deepEqual(tree.roots[1].range, { start: at(10), end: at(20) });
    assert.equal(deepestAt(tree.roots, at(18))?.label, 'Harbour Tolls');
  });

  it('shows one node for the whole article when every section is inferred and they are hidden', () => {
    const onlyInferred = article(
      [
        section('s0', null, 0, 4, { inferred: true, topics: ['harbour'] }),
        section('s1', null, 5, 9, { inferred: true, topics: ['tourism'] }),
      ],
      [quote('q1', 2, 'e1', 's0'), quote('q2', 6, 'e2', 's1')],
    );
    const tree = buildSectionTree(onlyInferred, { speaker: null, showInferred: false });
    assert.deepEqual(
      tree.roots.map((s: SectionNode) => [s.label, s.quotes, s.range]),
      [['Whole article', 2, { start: at(0), end: at(9) }]],
    );
  });

  it('nests second-level sections under the section before them', () => {
    const nested = article(
      [
        section('s0', null, 0, 4),
        section('s1', 'Harbour Tolls', 5, 14, { headingRange: { start: at(5), end: at(5) } }),
        section('s2', 'Night Ferries', 10, 14, { level: 2, headingRange: { start: at(10), end: at(10) } }),
      ],
      [quote('q1', 7, 'e1', 's1'), quote('q2', 12, 'e2', 's2')],
    );
    const tree = buildSectionTree(nested, { speaker: null, showInferred: true });
    assert.deepEqual(
      tree.roots.map((s) => s.label),
      ['Lead', 'Harbour Tolls'],
    );
    assert.deepEqual(
      tree.roots[1].subsections.map((s) => [s.label, s.speakers.map((p) => p.label)]),
      [['Night Ferries', ['Omar Haddad']]],
    );
    assert.equal(deepestAt(tree.roots, at(12))?.label, 'Night Ferries');
    assert.equal(deepestAt(tree.roots, at(7))?.label, 'Harbour Tolls');
    // Filtered to the speaker of the subsection only: its parent stays, to hold it.
    const omar = buildSectionTree(nested, { speaker: 'Omar Haddad', showInferred: true });
    assert.deepEqual(outline(omar.roots), [
      'Harbour Tolls — no quotes',
      '  Night Ferries — 1 quote',
      '    Omar Haddad — 1 quote',
      '      “quote q2” — ',
    ]);
  });
});

// The CLI's JSON and the editor's Topic Sections view read the same section facts: they must name
// the same speakers, with the same counts, for every section.
describe('Topic Sections tree and the CLI JSON', () => {
  const root = join(__dirname, '..', '..');
  const polnear = join(root, '..', 'shared', 'eval', 'corpora', 'polnear-dev.jsonl');

  /** Each section's speakers with their quote counts ("id n", sorted): from the JSON, and from the tree (a section node and its subsections). */
  function bothSides(text: string): { json: string[][]; tree: string[][] } {
    const article = analyzeArticle(text);
    const json = toContract(article, 'x.news').sections.map((s) => {
      assert.deepEqual(
        [...s.speakers].sort(),
        s.speakerQuotes.map((x) => x.id).sort(),
        'speakers and speakerQuotes name the same ids',
      );
      return s.speakerQuotes.map((x) => `${x.id} ${x.quotes}`).sort();
    });
    const tree = buildSectionTree(articleInfo(article, TextDocument.create('file:///tmp/x.news', 'news', 1, text)), {
      speaker: null,
      showInferred: true,
    });
    const counts = (n: SectionNode, into = new Map<string, number>()): Map<string, number> => {
      for (const p of n.speakers)
        if (p.speaker) into.set(p.speaker.id, (into.get(p.speaker.id) ?? 0) + p.quotes.length);
      for (const sub of n.subsections) counts(sub, into);
      return into;
    };
    // With inferred sections shown, the tree has one node per section, in order.
    const nodes = (list: readonly SectionNode[]): SectionNode[] => list.flatMap((n) => [n, ...nodes(n.subsections)]);
    return { json, tree: nodes(tree.roots).map((n) => [...counts(n)].map(([id, k]) => `${id} ${k}`).sort()) };
  }

  const agree = (text: string, label: string): void => {
    const { json, tree } = bothSides(text);
    assert.deepEqual(tree, json, label);
  };

  it('agree on the sample', () => {
    agree(readFileSync(join(root, 'samples', 'press-conference.news'), 'utf8'), 'press-conference.news');
  });

  it('agree on nested headings, and on second-level headings with no first level above them', () => {
    const nested =
      'Harbour Plan Approved\n\n# Funding\n\n"We found the money," Councilman Tom Becker said.\n\n## Ferries\n\n"Two boats a day," Becker said. Mayor Ana Ruiz said the ferries would run all year.\n\n# Parks\n\n"Open," Ruiz said.\n';
    agree(nested, 'nested');
    const { json } = bothSides(nested);
    assert.deepEqual(
      json.map((s) => s.length),
      [2, 2, 1],
      "the first section counts its subsection's speakers",
    );
    // The lead (level 1) ends where the first "##" section (level 2) starts: it holds none of its quotes.
    const secondOnly =
      'Harbour Plan Approved\n\n"A good day," Mayor Ana Ruiz said.\n\n## Funding\n\n"We found the money," Councilman Tom Becker said.\n';
    assert.deepEqual(
      analyzeArticle(secondOnly).sections.map((s) => s.level),
      [1, 2],
    );
    agree(secondOnly, 'second level only');
  });

  it('agree on every article of PolNeAR dev', { skip: existsSync(polnear) ? false : 'no ../shared/eval here' }, () => {
    const lines = readFileSync(polnear, 'utf8').split('\n').filter(Boolean);
    assert.ok(lines.length > 0);
    for (const line of lines) {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      agree(text, id);
    }
  });
});
