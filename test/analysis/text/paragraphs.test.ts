import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';

const texts = (t: string): string[] => splitParagraphs(t).map((p) => t.slice(p.start, p.end));

describe('paragraphs', () => {
  it('splits on blank lines', () => {
    assert.deepEqual(texts('First one.\n\nSecond one.\n\n\nThird.'), ['First one.', 'Second one.', 'Third.']);
  });

  it('takes each line as a paragraph when lines are not hard-wrapped', () => {
    assert.deepEqual(texts('Talks End Without Deal\nThe talks ended on Friday.\n"We tried," she said.'), [
      'Talks End Without Deal',
      'The talks ended on Friday.',
      '"We tried," she said.',
    ]);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const t =
      'The minister said the budget would be\nbalanced by next year, and that taxes\nwould not rise.\n\nOpposition leaders disagreed.';
    assert.deepEqual(texts(t), [
      'The minister said the budget would be\nbalanced by next year, and that taxes\nwould not rise.',
      'Opposition leaders disagreed.',
    ]);
  });

  it('handles CRLF and CR line endings and trims spaces', () => {
    assert.deepEqual(texts('  One.\r\n\r\nTwo.\rThree.  '), ['One.', 'Two.', 'Three.']);
  });

  it('gives no paragraphs for empty or blank text', () => {
    assert.deepEqual(texts(''), []);
    assert.deepEqual(texts(' \n\t\n'), []);
  });
});
