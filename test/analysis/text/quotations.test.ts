import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { findQuotations } from '../../../server/src/analysis/text/quotations';

function quotes(t: string): string[] {
  return findQuotations(t, splitParagraphs(t)).map((q) => t.slice(q.start, q.end));
}

describe('quotation marks', () => {
  it('finds straight and typographic double quotes', () => {
    assert.deepEqual(quotes('"Straight," he said. “Curly,” she said.'), ['"Straight,"', '“Curly,”']);
  });

  it('finds guillemets, low-high and single-guillemet quotes', () => {
    assert.deepEqual(quotes('Il a dit « nous verrons » hier.'), ['« nous verrons »']);
    assert.deepEqual(quotes('Er sagte „wir schaffen das“ gestern.'), ['„wir schaffen das“']);
    assert.deepEqual(quotes('Danish style »vi ses« ends here.'), ['»vi ses«']);
    assert.deepEqual(quotes('Swiss ‹ single › marks.'), ['‹ single ›']);
  });

  it('finds British single quotes but not apostrophes', () => {
    assert.deepEqual(quotes("The mayor said 'we will rebuild' on Monday."), ["'we will rebuild'"]);
    assert.deepEqual(quotes("It's the peoples' choice in the '90s, rock 'n' roll."), []);
    assert.deepEqual(quotes('Its ’90s hits and O’Brien’s band.'), []);
  });

  it('keeps nested quotes inside their quotation', () => {
    const t = '“He told me ‘never again’ and left,” she said.';
    const [q] = findQuotations(t, splitParagraphs(t));
    assert.equal(t.slice(q.start, q.end), '“He told me ‘never again’ and left,”');
    assert.deepEqual(
      q.nested.map((n) => t.slice(n.start, n.end)),
      ['‘never again’'],
    );
  });

  it('does not let an unclosed quote run past its paragraph', () => {
    const t = '"This never closes, he said.\nThe next paragraph has "its own" quote.';
    const qs = findQuotations(t, splitParagraphs(t));
    assert.equal(qs.length, 2);
    assert.equal(qs[0].unclosed, true);
    assert.equal(t.slice(qs[0].start, qs[0].end), '"This never closes, he said.');
    assert.equal(t.slice(qs[1].start, qs[1].end), '"its own"');
  });

  it("makes each paragraph of a speaker's quote a quotation when the first opens after the writer's words", () => {
    const t =
      '“We won,” Ada Lowe said. “We played our best.\n\n“The third period was hard.\n\n“We will rest now.”\n\nThe team flew home.';
    const qs = findQuotations(t, splitParagraphs(t));
    assert.deepEqual(
      qs.map((q) => [t.slice(q.start, q.end), q.firstParagraph, q.lastParagraph, q.unclosed, q.marks.length]),
      [
        ['“We won,”', 0, 0, false, 2],
        ['“We played our best.', 0, 0, false, 1],
        ['“The third period was hard.', 1, 1, false, 1],
        ['“We will rest now.”', 2, 2, false, 2],
      ],
    );
  });

  it('joins a quote that opens its paragraph and the next paragraph reopens: a block excerpt', () => {
    const t = '“The first paragraph of the statement.\n\n“The second paragraph ends it,” she wrote.';
    const qs = findQuotations(t, splitParagraphs(t));
    assert.equal(qs.length, 1);
    assert.equal(qs[0].firstParagraph, 0);
    assert.equal(qs[0].lastParagraph, 1);
    assert.equal(qs[0].marks.length, 3);
    assert.equal(t.slice(qs[0].start, qs[0].end), t.slice(0, t.indexOf('she') - 1));
  });

  it('keeps a quote found after an apostrophe that looked like an opening mark', () => {
    assert.deepEqual(quotes("Voters' 'anger' is real, and 'he said \"no deal\" twice"), ["'anger'", '"no deal"']);
  });

  it('reads two apostrophes as a double mark, and three as a single and a double nested', () => {
    assert.deepEqual(quotes("''We will see,'' he said."), ["''We will see,''"]);
    // Closing both the inner quote and the outer one, then a new quotation after the cue.
    const t = "''We are told, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''";
    const qs = findQuotations(t, splitParagraphs(t));
    assert.deepEqual(
      qs.map((q) => t.slice(q.start, q.end)),
      ["''We are told, 'Kosovo is a special case,'''", "''It is all lies.''"],
    );
    assert.deepEqual(
      qs[0].nested.map((n) => t.slice(n.start, n.end)),
      ["'Kosovo is a special case,'"],
    );
    // Opening both: the outer mark first.
    const u = "He recalled: '''Sir, we are staying.'.'' Then he left.";
    const [q] = findQuotations(u, splitParagraphs(u));
    assert.equal(u.slice(q.start, q.end), "'''Sir, we are staying.'.''");
    assert.deepEqual(
      q.nested.map((n) => u.slice(n.start, n.end)),
      ["'Sir, we are staying.'"],
    );
    assert.deepEqual(quotes("Four '''' apostrophes are no mark."), []);
  });
});
