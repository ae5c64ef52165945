// findCues, rankCues and bestCue: the speech cues of a sentence and which of them governs a
// quotation, on sentences split and tokenised as the analysis does (see ../sentences.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SentenceInfo } from '../../../server/src/analysis/attribution/context';
import { bestCue, type Cue, findCues, rankCues } from '../../../server/src/analysis/attribution/cues';
import type { QuoteKind } from '../../../server/src/analysis/model';
import { oneSentence, readSentences, tokenIndex } from '../sentences';

/** A cue as "lemma:text", with "(weak)", "(according)" and "(of X)" for a possessor. */
function show(text: string, s: SentenceInfo, c: Cue): string {
  let out = `${c.lemma}:${text.slice(s.tokens[c.first].start, s.tokens[c.last].end)}`;
  if (c.weak) out += ' (weak)';
  if (c.according) out += ' (according)';
  if (c.possessor !== undefined) out += ` (of ${s.tokens[c.possessor].text})`;
  return out;
}

/** The cues of each sentence of a text. */
function cuesOf(text: string): string[][] {
  return readSentences(text, { candidates: false }).infos.map((s) => findCues(s).map((c) => show(text, s, c)));
}

/** The cues of a one-sentence text. */
const cues = (text: string): string[] => {
  const all = cuesOf(text);
  assert.equal(all.length, 1, `one sentence expected in ${JSON.stringify(text)}`);
  return all[0];
};

/** The tokens of a sentence's first quotation, opening mark to closing mark. */
function quotation(s: SentenceInfo): [number, number] {
  const marks = s.tokens.filter((t) => t.kind === 'quote').map((t) => t.i);
  assert.ok(marks.length >= 2, 'a quotation expected');
  return [marks[0], marks[1]];
}

/** The sentence's cues ranked for its quotation, as "text@token". */
function ranked(text: string, kind: QuoteKind = 'direct'): string[] {
  const s = oneSentence(text, { candidates: false });
  const [qa, qb] = quotation(s);
  return rankCues(s, findCues(s), qa, qb, kind).map((c) => `${s.tokens[c.first].text}@${c.first}`);
}

describe('findCues', () => {
  it('finds speech verbs in any tense with their lemma, strong or weak', () => {
    assert.deepEqual(cues('The mayor said the harbour wall had failed, and the engineers explained why.'), [
      'say:said',
      'explain:explained',
    ]);
    assert.deepEqual(cues('She wrote to the council and told reporters it was time.'), ['write:wrote', 'tell:told']);
    assert.deepEqual(cues('The fans laughed at it.'), ['laugh:laughed (weak)']);
  });

  it('finds "according to" as one cue of two words', () => {
    assert.deepEqual(cues('The ferry, according to the coast guard, ran aground.'), [
      'according:according to (according)',
    ]);
  });

  it('takes a verb that needs a particle only with it: "pointed out", "spoke up", not "pointed at"', () => {
    assert.deepEqual(cues('She pointed out the flaw.'), ['point:pointed out']);
    assert.deepEqual(cues('The voters spoke up.'), ['speak:spoke up (weak)']);
    assert.deepEqual(cues('He pointed at the map.'), []);
    assert.deepEqual(cues('He spoke for an hour.'), []);
  });

  it('takes a cue word after "the", "a" or "to" for no cue: "the said agreement", "a comment", "to report"', () => {
    assert.deepEqual(cues('The said agreement was a comment on the plan.'), []);
    assert.deepEqual(cues('He plans to report back.'), []);
    // "to say" is speech all the same.
    assert.deepEqual(cues('He wanted to say more.'), ['say:say']);
  });

  it('takes a word of a person\'s title for no cue: "White House press secretary Josh Earnest said"', () => {
    const text = '"We will not comment," City Hall press secretary Dana Ruiz said on Monday.';
    const [s] = readSentences(text).infos;
    assert.deepEqual(
      findCues(s).map((c) => show(text, s, c)),
      ['say:said'],
    );
  });

  it('takes a cue word inside a noun phrase for a noun: "32% of Republican claims", but "She claims" for a verb', () => {
    assert.deepEqual(cues('Only 32% of Republican claims were false.'), []);
    assert.deepEqual(cues('She claims the count is wrong.'), ['claim:claims']);
  });

  it('takes a participle between a determiner or possessive and a noun for an adjective: "his previously stated views"', () => {
    assert.deepEqual(cues('Given his previously stated views, Roe is hopeful.'), []);
    assert.deepEqual(cues("Lee's stated goal is growth."), []);
    // A verb still: after "that", or before what it reports.
    assert.deepEqual(cues('It issued a statement that claimed victory.'), ['claim:claimed']);
    assert.deepEqual(cues('Roe has previously stated that taxes rose.'), ['state:stated']);
  });

  it('takes idioms for no speech: "let\'s say", "so to speak"', () => {
    assert.deepEqual(cues("Let's say it works, so to speak."), []);
  });

  it('takes a capitalised cue word inside a sentence for a name: "Said Hamdan told reporters"', () => {
    assert.deepEqual(cues('The plan, Said Hamdan told reporters, is dead.'), ['tell:told']);
  });

  it("skips the words inside a quotation: they are the speaker's, not the writer's", () => {
    assert.deepEqual(cues('"We said no and we told them so," she explained.'), ['explain:explained']);
  });

  it('finds the possessor of a speech noun before a quotation: "Okafor’s claim that “…”", "Her remark: “…”"', () => {
    assert.deepEqual(cues('Critics mocked Okafor’s claim that "nobody will notice."'), [
      'mock:mocked (weak)',
      'noun:claim (weak) (of Okafor)',
    ]);
    assert.deepEqual(cues('Her remark: "Enough is enough."'), ['noun:remark (weak) (of Her)']);
    // A plural's apostrophe is a possessive too.
    assert.deepEqual(cues('It won because, in Forbes’ words, "they are the most entrepreneurial."'), [
      'noun:words (weak) (of Forbes)',
    ]);
  });

  it('reaches a speech noun\'s possessor past a word of time, and a comma after "that"', () => {
    assert.deepEqual(cues('The union balked at her March comment that, "Coal is over."'), [
      'noun:comment (weak) (of her)',
    ]);
    assert.deepEqual(cues('Critics mocked Okafor’s recent claim that "nobody will notice."'), [
      'mock:mocked (weak)',
      'noun:claim (weak) (of Okafor)',
    ]);
  });

  it('reads "in the words of" as "according to", and "in her words" as her remark', () => {
    assert.deepEqual(cues('The mayor was, in the words of one aide, "the last word" on it.'), [
      'words:in the words of (according)',
    ]);
    assert.deepEqual(cues('The office had, in her words, become "unhealthy."'), ['noun:words (weak) (of her)']);
  });

  it('takes a verb with its particle for a verb after a determiner: "as an American diplomat put it"', () => {
    assert.deepEqual(cues('He was, as an American diplomat put it, an "extreme makeover" artist.'), ['put:put it']);
  });

  it('finds no speaker in a speech noun without a possessor', () => {
    assert.deepEqual(cues('The claim that "nobody will notice" was false.'), []);
  });

  // With no quotation after it, "claim" after a possessive once fell through to the verb test: in a
  // whole analysis, 'Minister Paul Okafor’s claim that taxes rose by a third was wrong, the auditors
  // found.' became a report credited to a group entity named "Minister".
  it('takes a speech noun after a possessive for a noun when no quotation follows', () => {
    assert.deepEqual(cues('Okafor’s claim that taxes rose was wrong.'), []);
    assert.deepEqual(cues("The minister's claims about taxes were wrong."), []);
    assert.deepEqual(cues('Okafor claims that taxes rose.'), ['claim:claims']);
  });

  it("finds a sentence's cues once: asking again gives the same list", () => {
    const s = oneSentence('The mayor said so.', { candidates: false });
    assert.equal(findCues(s), findCues(s));
  });
});

describe('rankCues and bestCue', () => {
  it('ranks a near cue before a far one', () => {
    assert.deepEqual(ranked('Tom Becker said he doubted it, but "We won," Ada said.'), ['said@14', 'said@2']);
  });

  it('ranks a strong cue before a nearer weak one', () => {
    assert.deepEqual(ranked('He laughed: "Not again," the coach said later.'), ['said@10', 'laughed@1']);
  });

  it('ranks a participle behind a finite verb: "Holding signs calling him “…”, the protesters chanted"', () => {
    assert.deepEqual(ranked('Holding signs calling him "a thief," the protesters chanted.'), [
      'chanted@11',
      'calling@2',
    ]);
  });

  it("ranks a cue in another clause behind a further one in the quotation's own clause", () => {
    assert.deepEqual(ranked('Ada said so, "the bridge is safe," the young engineer wrote.'), ['said@1', 'wrote@14']);
    assert.deepEqual(ranked('Ada said so; "the bridge is safe," the young engineer wrote.'), ['wrote@14', 'said@1']);
  });

  it('takes "and" or "but" before a subject and a verb of speech for a clause break', () => {
    // "accuses" is weak and further; "says" is nearer but opens a clause of its own.
    const t = 'Ada Lowe accuses the mayor of "hiding the costs" and Tom Becker says he is right.';
    assert.deepEqual(ranked(t, 'partial'), ['accuses@2', 'says@14']);
    // The main clause after an introductory one.
    assert.deepEqual(ranked('As Ada Lowe argued, "the bridge is safe," the engineer wrote.'), ['wrote@14', 'argued@3']);
    // No subject of its own after "and": no break.
    assert.deepEqual(ranked('Ada Lowe laughed and said "the costs are hidden" today.', 'partial'), [
      'said@4',
      'laughed@2',
    ]);
    // A clause of another time after the quotation: "“That makes me smart,” when Clinton blasted him".
    const clip =
      'The clip ends with footage of Becker saying during the debate last week, "That makes me smart," when Lowe blasted him for it.';
    assert.deepEqual(ranked(clip, 'partial'), ['saying@7', 'blasted@23']);
  });

  it("counts a quotation after an introductory clause ending in a verb of speech as that verb's", () => {
    assert.deepEqual(ranked('When someone in the crowd shouted, "Lower taxes," Ada Lowe joked.'), [
      'shouted@5',
      'joked@14',
    ]);
  });

  it('takes a comma before a participle of speech for a clause break: "…, calling him “…”"', () => {
    const t = 'Ada Lowe repeated that Tom Becker recites the same lines, calling him a "talented guy" today.';
    assert.deepEqual(ranked(t, 'partial'), ['calling@11', 'recites@6', 'repeated@2']);
  });

  it('counts a cue far after a partial quotation as unlikely, but not after a direct one', () => {
    const t = 'The coach called the loss "a lesson" on a cold night as reporters said.';
    assert.deepEqual(ranked(t, 'partial'), ['called@2', 'said@15']);
    assert.deepEqual(ranked(t, 'direct'), ['said@15', 'called@2']);
  });

  it('picks with bestCue the cue rankCues puts first, and none in a sentence without cues', () => {
    const texts = [
      'Tom Becker said he doubted it, but "We won," Ada said.',
      'He laughed: "Not again," the coach said later.',
      'Holding signs calling him "a thief," the protesters chanted.',
      'Ada said so; "the bridge is safe," the young engineer wrote.',
      'The coach called the loss "a lesson" on a cold night as reporters said.',
      'She said, "We knew," and he said, "We did not," and they both said nothing more.',
      'The banner read "No more tolls" in red.',
      'Nobody on the pier expected "a storm like this" at all.',
    ];
    for (const t of texts) {
      for (const kind of ['direct', 'partial'] as const) {
        const s = oneSentence(t, { candidates: false });
        const [qa, qb] = quotation(s);
        const all = findCues(s);
        assert.equal(bestCue(s, all, qa, qb, kind), rankCues(s, all, qa, qb, kind)[0] ?? null, `${t} (${kind})`);
      }
    }
    const s = oneSentence('Nobody on the pier expected "a storm like this" at all.', { candidates: false });
    assert.equal(bestCue(s, findCues(s), ...quotation(s), 'direct'), null);
  });

  it('breaks a tie of scores for the earlier cue', () => {
    const s = oneSentence('Ada said, "Yes," Tom said.', { candidates: false });
    const [qa, qb] = quotation(s);
    const best = bestCue(s, findCues(s), qa, qb, 'direct');
    assert.equal(best?.first, tokenIndex(s, 'said'));
  });
});
