// The `newsAnnotator/article` request the client's views and decorations are built on: every
// field in LSP ranges, compatible with what the client reads today.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ArticleRequestMethod, type ArticleResult } from '../../common/protocol';
import { Client, textAt } from './harness';

const TEXT = [
  'Ferry Service Resumes',
  'Mayor Ana Ruiz reopened the harbour on Friday.',
  '"We are back in business," Ruiz said.',
  'Timetable',
  '"Two boats a day," harbour master Tom Becker said. "Three in summer.',
].join('\r\n\r\n');

describe('newsAnnotator/article', () => {
  let client: Client;
  const uri = 'file:///news/ferry-service.news';

  before(async () => {
    client = await Client.start();
    await client.open(uri, TEXT);
  });
  after(() => client.dispose());

  it('returns sections, quotes, speakers and topics in LSP ranges', async () => {
    const r = await client.request<ArticleResult>(ArticleRequestMethod, { uri });
    assert.equal(r.uri, uri);
    assert.equal(r.version, 1);
    assert.equal(r.title, 'Ferry Service Resumes');
    assert.equal(r.skipped, undefined);
    assert.deepEqual(
      r.sections.map((s) => [s.title, s.headingRange && textAt(TEXT, s.headingRange)]),
      [
        [null, null],
        ['Timetable', 'Timetable'],
      ],
    );
    const ruiz = r.speakers.find((s) => s.name === 'Ana Ruiz')!;
    assert.deepEqual([ruiz.role, ruiz.kind, ruiz.quotes], ['Mayor', 'person', 1]);
    assert.deepEqual(
      ruiz.mentions.map((m) => [textAt(TEXT, m.range), m.kind]),
      [
        ['Ana Ruiz', 'name'],
        ['Ruiz', 'surname'],
      ],
    );
    assert.deepEqual(ruiz.aliases, ['Ruiz', 'Mayor Ana Ruiz']);
    assert.deepEqual(
      r.quotes.map((q) => [
        textAt(TEXT, q.range),
        q.kind,
        r.speakers.find((s) => s.id === q.speaker)?.name,
        q.method,
        q.unclosed,
        q.excerpt,
      ]),
      [
        ['"We are back in business,"', 'direct', 'Ana Ruiz', 'cue', false, '“We are back in business,”'],
        ['"Two boats a day,"', 'direct', 'Tom Becker', 'cue', false, '“Two boats a day,”'],
        ['"Three in summer.', 'direct', 'Tom Becker', 'continuation', true, '“Three in summer.”'],
      ],
    );
    const first = r.quotes[0];
    assert.equal(textAt(TEXT, first.cue!), 'said');
    assert.equal(textAt(TEXT, first.source!), 'Ruiz');
    assert.equal(first.section, r.sections[0].id);
    assert.deepEqual(r.sections[1].speakers, [{ id: r.quotes[1].speaker, quotes: 2 }]);
    // Topics come in LSP ranges too, each on the words it names.
    const ruizTopic = r.topics.find((t) => t.name === 'Ana Ruiz');
    assert.deepEqual(
      ruizTopic?.mentions.map((m) => textAt(TEXT, m)),
      ['Ana Ruiz', 'Ruiz'],
    );
    assert.deepEqual(ruizTopic?.sections, [r.sections[0].id]);
  });

  it('answers null for a document that is not open', async () => {
    assert.equal(await client.request(ArticleRequestMethod, { uri: 'file:///news/closed.news' }), null);
  });
});
