// findSource and the subject finders of sources.ts: the mention a speech cue rests on, on
// sentences split, tokenised and given their mention candidates as the analysis does (see
// ../sentences.ts). Attribution is not run: candidates carry no entity unless a test sets one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SentenceInfo } from '../../../server/src/analysis/attribution/context';
import { type Cue, findCues } from '../../../server/src/analysis/attribution/cues';
import {
  findSource,
  mainClauseStart,
  possessedHead,
  sentenceSubject,
  type Source,
  sourceSpan,
  subjectAfterIntro,
  verbAfterQuote,
} from '../../../server/src/analysis/attribution/sources';
import { oneSentence, tokenIndex } from '../sentences';

/** A source as "kind:text": the candidate's kind, or "descriptor" / "definite descriptor". */
function show(text: string, s: SentenceInfo, src: Source | null): string | null {
  if (!src) return null;
  const span = sourceSpan(s, src);
  const kind = src.candidate ? src.candidate.kind : src.descriptor?.definite ? 'definite descriptor' : 'descriptor';
  return `${kind}:${span ? text.slice(span.start, span.end) : ''}`;
}

/** The cue of a one-sentence text that starts at the word `word`. */
function cueAt(s: SentenceInfo, word: string): Cue {
  const k = tokenIndex(s, word);
  const c = findCues(s).find((x) => x.first === k);
  if (!c) throw new Error(`no cue at ${JSON.stringify(word)}`);
  return c;
}

/** The source of the cue starting at `word` in a one-sentence text. */
function sourceOf(text: string, word: string): string | null {
  const s = oneSentence(text);
  return show(text, s, findSource(s, cueAt(s, word)));
}

/** The subject of a one-sentence text's main clause. */
function subjectOf(text: string): string | null {
  const s = oneSentence(text);
  return show(text, s, sentenceSubject(s, s.tokens.length));
}

/** The tokens of a sentence's first quotation, opening mark to closing mark. */
function quotation(s: SentenceInfo): [number, number] {
  const marks = s.tokens.filter((t) => t.kind === 'quote').map((t) => t.i);
  return [marks[0], marks[1]];
}

describe('findSource: the subject before the cue', () => {
  it('takes the mention right before the cue: "Mayor Lise Brandt said"', () => {
    assert.equal(sourceOf('Mayor Lise Brandt said the talks would go on.', 'said'), 'person:Lise Brandt');
    assert.equal(sourceOf('Putin said the talks would go on.', 'said'), 'unknown:Putin');
  });

  it('walks back over auxiliaries, adverbs and a day: "has also repeatedly said", "on Monday said"', () => {
    assert.equal(sourceOf('Ada Lowe has also repeatedly said the budget was balanced.', 'said'), 'person:Ada Lowe');
    assert.equal(sourceOf('Ada Lowe on Monday said the budget was balanced.', 'said'), 'person:Ada Lowe');
  });

  it('gives a coordinated cue the subject of the first verb: "Ada Lowe laughed and said"', () => {
    assert.equal(sourceOf('Ada Lowe laughed and said the budget was balanced.', 'said'), 'person:Ada Lowe');
  });

  it('walks back over an apposition or a party label to the name: "Hugh Tarrant, a doctor at the clinic, said"', () => {
    assert.equal(
      sourceOf('Hugh Tarrant, a doctor at the clinic, said the wait was long.', 'said'),
      'person:Hugh Tarrant',
    );
    assert.equal(sourceOf('Tess Grady, 41, said the harbour was ready.', 'said'), 'person:Tess Grady');
    assert.equal(
      sourceOf('The director of provincial operations for Harbour Health, Jeff Fraser, said the system works.', 'said'),
      'person:Jeff Fraser',
    );
    assert.equal(sourceOf('Gov. Ada Lowe (D-OR), said the budget was balanced.', 'said'), 'person:Ada Lowe');
  });

  it('walks back over two appositions in a row: "Hugh Tarrant, a doctor in Dallas, who runs a clinic, said"', () => {
    assert.equal(
      sourceOf('Hugh Tarrant, a doctor in Dallas, who runs a small clinic, said the wait was long.', 'said'),
      'person:Hugh Tarrant',
    );
  });

  it('takes the plural of a title in -men for a source: "the committee chairmen wrote"', () => {
    assert.equal(
      sourceOf('The committee chairmen wrote that the testimony was false.', 'wrote'),
      'definite descriptor:The committee chairmen',
    );
  });

  it('walks back over a relative clause to the one it describes: "Two officials who spoke to the Herald said"', () => {
    assert.equal(
      sourceOf('Two officials who spoke to The Harbour Herald said the plan was dead.', 'said'),
      'descriptor:Two officials',
    );
    assert.equal(
      sourceOf('A woman who answered the phone at the office said the mayor was out.', 'said'),
      'descriptor:A woman',
    );
    // "who" is a person's, not the body that places them.
    assert.equal(
      sourceOf('An official with Harbour Foods who was in court said the plan was dead.', 'said'),
      'descriptor:An official',
    );
    // A description in apposition gives way to the name it follows.
    assert.equal(
      sourceOf(
        'Ada Lowe, the Ohio Republican who heads the Senate Finance Committee, said the talks would go on.',
        'said',
      ),
      'person:Ada Lowe',
    );
    // The cue's own subject after the pronoun, a participle's subject, a pronoun: the clause is no aside.
    assert.equal(sourceOf('It was a clip that Judge Ada Lowe called offensive.', 'called'), 'person:Ada Lowe');
    assert.equal(
      sourceOf('The group posted a video that showed two Harbour Party members warning of defeat.', 'warning'),
      'descriptor:two Harbour Party members',
    );
    assert.equal(sourceOf('The mayor who took office when she said the talks would go on.', 'said'), 'pronoun:she');
  });

  it('takes a relative pronoun before the cue for its source, standing for the phrase before it', () => {
    /** The relative pronoun a source rests on, and what it stands for. */
    const relativeOf = (text: string, word: string): [string, string | null] | null => {
      const s = oneSentence(text);
      const src = findSource(s, cueAt(s, word));
      if (src?.relative === undefined) return null;
      const span = sourceSpan(s, src)!;
      return [
        text.slice(span.start, span.end),
        show(text, s, { candidate: src.candidate, descriptor: src.descriptor }),
      ];
    };
    // No comma: the body "which" follows reported it.
    assert.deepEqual(
      relativeOf('They asked the Harlow Police Department which reported a rise in thefts.', 'reported'),
      ['which', 'organisation:Harlow Police Department'],
    );
    // A description of an unnamed source, or a name set off by a dash.
    assert.deepEqual(
      relativeOf(
        'It was no argument, said one aide familiar with the talks, who added that the plan was dead.',
        'added',
      ),
      ['who', 'descriptor:one aide familiar with the talks'],
    );
    assert.deepEqual(relativeOf('Ada Lowe – who said the ward was full – left early.', 'said'), [
      'who',
      'person:Ada Lowe',
    ]);
    // "who" after a description set beside a name, across its asides, is the name's.
    assert.deepEqual(
      relativeOf('The ward is full, reported Ada Lowe, 52, a nurse in Dayton who said the wait was long.', 'said'),
      ['who', 'person:Ada Lowe'],
    );
    // An aside between the pronoun and its cue: "who, after a long night, said".
    assert.equal(
      sourceOf('It ended with the editor Ada Lowe, who, after a long night at the paper, said it was over.', 'said'),
      'pronoun:who',
    );
    // After a comma, "that" opens no relative clause.
    assert.equal(relativeOf('The shirts were printed, that said the party had won.', 'said'), null);
  });

  it('takes a description of an unnamed source: "a senior official said", "the 34-year-old mother of three said"', () => {
    assert.equal(sourceOf('The plan was leaked, a senior official said.', 'said'), 'descriptor:a senior official');
    assert.equal(
      sourceOf('The bridge is closed, the 34-year-old mother of three said.', 'said'),
      'definite descriptor:the 34-year-old mother of three',
    );
    // A compound whose last part is a person noun the lexicon has ("surgeon", "teacher").
    assert.equal(
      sourceOf('"Stop," the retired neurosurgeon told reporters.', 'told'),
      'definite descriptor:the retired neurosurgeon',
    );
    assert.equal(sourceOf('"Stop," a schoolteacher said.', 'said'), 'descriptor:a schoolteacher');
  });

  it('takes a person noun after an inverted cue, and an inverted "asked" right after the quotation: "“…?” asked the boy"', () => {
    assert.equal(
      sourceOf('"How big is that wall?" asked the boy, who wore a hat.', 'asked'),
      'definite descriptor:the boy',
    );
    assert.equal(sourceOf('"How big is that wall?" asked Tom Smith.', 'asked'), 'person:Tom Smith');
    assert.equal(sourceOf('"They will find a way," wrote one commenter.', 'wrote'), 'descriptor:one commenter');
    // Not a phrase through a preposition ("her record as secretary"), nor a listener after "told".
    assert.equal(sourceOf('"Terrible," denounced her record as secretary of state.', 'denounced'), null);
    assert.equal(sourceOf('The plan failed, told the boy.', 'told'), null);
  });

  it('takes whoever "put it" for the source: "as an American diplomat put it"', () => {
    assert.equal(
      sourceOf('He was, as an American diplomat put it, an "extreme makeover" artist.', 'put'),
      'descriptor:an American diplomat',
    );
  });

  it('takes a demonym alone after an inverted cue for a source, which may be a surname: "“…,” said Cuban, who…"', () => {
    assert.equal(sourceOf('"It is too early," said Cuban, who hosts a show.', 'said'), 'place:Cuban');
    // Not a demonym before a noun.
    assert.equal(sourceOf('"It is too early," said Cuban officials.', 'said'), 'descriptor:Cuban officials');
  });

  it('takes a singular noun of one who does something, after a determiner, before a verb of speech: "the heckler yelled"', () => {
    assert.equal(
      sourceOf('As the mayor spoke, the heckler yelled: "Go home!"', 'yelled'),
      'definite descriptor:the heckler',
    );
    assert.equal(
      sourceOf('Later, one questioner claimed that the plan failed.', 'claimed'),
      'descriptor:one questioner',
    );
  });

  it('credits a statement to whoever released it: "The Harbour Authority released a statement saying"', () => {
    assert.equal(
      sourceOf('The Harbour Authority released a statement saying the bridge was closed.', 'saying'),
      'organisation:Harbour Authority',
    );
    assert.equal(
      sourceOf('The council released a statement saying the bridge was closed.', 'saying'),
      'definite descriptor:The council',
    );
  });

  // When the subject's head is not a source noun ("town"), the unnamed source once ran from the
  // sentence's start over the verb and its object: a group entity "town released a statement".
  it('credits a statement to a town that released it', () => {
    assert.equal(
      sourceOf('The town released a statement saying the bridge was closed.', 'saying'),
      'definite descriptor:The town',
    );
    assert.equal(
      sourceOf('On Monday, the school board issued a statement saying classes would resume.', 'saying'),
      'definite descriptor:the school board',
    );
    assert.equal(
      sourceOf('The family sent out a statement saying he was safe.', 'saying'),
      'definite descriptor:The family',
    );
  });

  it('names the possessor of a speech noun: "Minister Paul Okafor’s claim that “…”"', () => {
    assert.equal(
      sourceOf('Minister Paul Okafor’s claim that "nobody will notice" was mocked.', 'claim'),
      'person:Paul Okafor',
    );
  });
});

describe('findSource: the source after the cue', () => {
  it('takes the name after a cue that follows a quotation: "“…,” said Lena Caddell"', () => {
    assert.equal(sourceOf('"It is over," said Lena Caddell.', 'said'), 'person:Lena Caddell');
    assert.equal(
      sourceOf('"It is closed," said a senior official at the port.', 'said'),
      'descriptor:a senior official',
    );
  });

  it('takes the name set off after a description as the subject: "The mayor\'s aunt, Ann Lee, said"', () => {
    assert.equal(sourceOf("The mayor's aunt, Ann Lee, said the family would appeal.", 'said'), 'person:Ann Lee');
    assert.equal(sourceOf('His lawyer, Lin Bao, said the client would appeal.', 'said'), 'person:Lin Bao');
  });

  it('takes the name the title words lead to, not the team or firm before them: "said Falcons head coach Rita Moss"', () => {
    assert.equal(sourceOf('"We were beaten," said Falcons head coach Rita Moss.', 'said'), 'person:Rita Moss');
    assert.equal(sourceOf('"We shipped it," said Quillon CEO Dara Voss.', 'said'), 'person:Dara Voss');
  });

  it('takes the name after a noun and a title: "“…,” said election lawyer Joe Birkenstock"', () => {
    assert.equal(sourceOf('"The fees are too high," said election lawyer Ada Lowe.', 'said'), 'person:Ada Lowe');
  });

  it('walks past a possessive title set off by commas: "Tom Becker, New Jersey’s sitting governor, repeated"', () => {
    assert.equal(
      sourceOf('Tom Becker, New Jersey’s sitting governor, repeated that the plan was "sound."', 'repeated'),
      'person:Tom Becker',
    );
    // Not a clause that opens after an introductory phrase and a comma.
    assert.equal(
      sourceOf(
        'In reply to a plan to close the Harbour Authority, Ada Lowe’s right-hand woman rallied supporters, saying: "No."',
        'saying',
      ),
      null,
    );
  });

  it('takes the agent of a passive verb whose object listens for the source: "was asked by moderator Ada Lowe"', () => {
    assert.equal(
      sourceOf('Tom Becker was asked by moderator Ada Lowe whether it would "cost too much."', 'asked'),
      'person:Ada Lowe',
    );
    // Naming is no speech: "was called by the party".
    assert.equal(sourceOf('The "Harbour Plan" was called by the Green Party.', 'called'), null);
  });

  it('walks past an apposition after an unnamed source: "an intelligence source, who was not authorized to speak, told"', () => {
    assert.equal(
      sourceOf(
        '"It is bad," an intelligence source, who was not authorized to speak, told the Harbour Herald.',
        'told',
      ),
      'descriptor:an intelligence source',
    );
    // Not after a document: "An expert cited in the report, which looked at rents, said".
    assert.notEqual(
      sourceOf('An expert cited in the report, which looked at rents, said prices will rise.', 'said'),
      'definite descriptor:the report',
    );
  });

  it('takes any noun phrase between a quotation and its verb for the source: "“…,” the suit reads"', () => {
    assert.equal(sourceOf('"It was all planned," the suit reads.', 'reads'), 'definite descriptor:the suit');
    assert.equal(
      sourceOf('"It is a scandal," the progressive heavyweights wrote in a joint letter.', 'wrote'),
      'definite descriptor:the progressive heavyweights',
    );
    // Not a participle's agent phrase: "“Harbour Nights,” a novel written by Ada Lowe".
    assert.equal(sourceOf('He read "Harbour Nights," a novel written by a friend.', 'written'), null);
  });

  it('walks past an adverb set off by commas: "Ada Lowe, however, said"', () => {
    assert.equal(sourceOf('Ada Lowe, however, said the plan was "sound."', 'said'), 'person:Ada Lowe');
  });

  it('takes no phrase after a participle for its source: "…, saying the majority of voters…"', () => {
    assert.equal(sourceOf('Ada Lowe backed the plan, saying the majority of voters wanted it.', 'saying'), null);
  });

  it('takes no phrase before the comma of a participle for its source: "thanked Tom Becker, the mayor, calling him"', () => {
    // Its subject is the main clause's, which attribution finds (mainSubject).
    assert.equal(sourceOf('Ada Lowe thanked Tom Becker, the mayor, calling him "a friend."', 'calling'), null);
  });

  it('takes the name after a description or an adjective before a title: "said local business owner Ada Lowe"', () => {
    assert.equal(sourceOf('"The fees are too high," said local business owner Ada Lowe.', 'said'), 'person:Ada Lowe');
    assert.equal(
      sourceOf('"The fees are too high," said undecided Republican voter Ada Lowe of Derry.', 'said'),
      'person:Ada Lowe of Derry',
    );
  });

  it('takes no phrase after a quotation and a cue for the source when it opens a clause: "“…,” said the candidate could"', () => {
    assert.equal(sourceOf('Ada Lowe, citing "the magic of it," said the candidate could win.', 'said'), null);
    assert.equal(
      sourceOf('"It was the magic of it," said the candidate.', 'said'),
      'definite descriptor:the candidate',
    );
  });

  it('takes the name after "…, said" only when it ends its clause', () => {
    assert.equal(
      sourceOf('The bridge is closed for good, said Ada Lowe, director of the port.', 'said'),
      'person:Ada Lowe',
    );
    assert.equal(sourceOf('The bridge is closed, said Ada Lowe is wrong.', 'said'), null);
  });

  it('never takes the listener after "told" for the source', () => {
    assert.equal(
      sourceOf('"We are done," the strikers told Lena Caddell.', 'told'),
      'definite descriptor:the strikers',
    );
    assert.equal(sourceOf('"We are done," told Lena Caddell.', 'told'), null);
    assert.equal(sourceOf('Mayor Lise Brandt told Tom Becker the plan was dead.', 'told'), 'person:Lise Brandt');
  });

  // The cue scan makes no cue of a passive, so its subject, who heard the words, is never asked for
  // as their source (attribution.test.ts: the quote is then credited to nobody).
  it('never takes the listener of a passive "was told" for the source', () => {
    assert.throws(() => sourceOf('"Go home," Tom Becker was told.', 'told'), /no cue at "told"/);
    assert.throws(() => sourceOf('Residents were repeatedly told to "stay indoors."', 'told'), /no cue/);
    assert.equal(sourceOf('"Go home," the police told Tom Becker.', 'told'), 'definite descriptor:the police');
  });

  it('takes the organisation or the phrase after "according to"', () => {
    assert.equal(
      sourceOf('According to the Harbour Authority, the bridge is closed.', 'According'),
      'organisation:Harbour Authority',
    );
    assert.equal(
      sourceOf('The ferry ran aground, according to the coast guard, near the pier.', 'according'),
      'definite descriptor:the coast guard',
    );
  });
});

describe('the subject of a sentence', () => {
  it('starts the main clause after an introductory phrase, a place\'s state included: "Speaking in Salem, Oregon, Mayor …"', () => {
    const t = 'Speaking in Salem, Oregon, Mayor Lise Brandt said the bridge was "safe."';
    const s = oneSentence(t);
    assert.equal(mainClauseStart(s), tokenIndex(s, 'Mayor'));
    assert.equal(subjectOf(t), 'person:Lise Brandt');
    assert.equal(mainClauseStart(oneSentence('Mayor Lise Brandt said the bridge was "safe."')), 0);
  });

  it('takes no mention in a prepositional phrase for the subject', () => {
    assert.equal(subjectOf('In a letter to Ada Lowe, Tom Becker called the plan "a disgrace."'), 'person:Tom Becker');
    assert.equal(subjectOf('At the meeting with Ada Lowe the council called the plan "a disgrace."'), null);
  });

  it('takes a possessed phrase, not its possessor, for the subject: "Ada Lowe’s chief spokesman rallied…"', () => {
    const t = 'Ada Lowe’s chief spokesman rallied the crowd with "a promise."';
    const s = oneSentence(t);
    assert.equal(subjectOf(t), 'definite descriptor:Ada Lowe’s chief spokesman');
    assert.equal(possessedHead(s, tokenIndex(s, 'chief')), tokenIndex(s, 'spokesman'));
    const claim = oneSentence('Ada Lowe’s claim that "nobody will notice" was mocked.');
    assert.equal(possessedHead(claim, tokenIndex(claim, 'claim')), -1);
  });

  it('takes a description right before its verb, not a name in the clause it reports: "Aides say the governor…"', () => {
    assert.equal(subjectOf('Aides say the former governor plans to "actively support" Cruz.'), 'descriptor:Aides');
    assert.equal(subjectOf('Critics have argued that Mayor Ada Lowe was "reckless."'), 'descriptor:Critics');
    // A participle after its noun is no verb of the clause: the name is still the subject.
    assert.equal(
      subjectOf('A statement posted on the website ShopLane.com said the listing was "removed."'),
      'unknown:ShopLane',
    );
  });

  it('reads only the mentions before the given token', () => {
    const t = 'Mayor Lise Brandt said the bridge was "safe."';
    const s = oneSentence(t);
    assert.equal(show(t, s, sentenceSubject(s, tokenIndex(s, 'said'))), 'person:Lise Brandt');
    assert.equal(sentenceSubject(s, 0), null);
  });

  it('takes a sentence-initial word nobody is known by for the subject only once it has an entity', () => {
    const t = 'Putin said the talks were "over."';
    const s = oneSentence(t);
    assert.equal(sentenceSubject(s, s.tokens.length), null);
    (s.candidates[0] as { entity?: string }).entity = 'e1';
    assert.equal(show(t, s, sentenceSubject(s, s.tokens.length)), 'unknown:Putin');
  });

  // The possessor is skipped (its phrase, "claim", has no source noun); the title word "Minister"
  // that opens the name was then taken alone for an unnamed source, a group entity "Minister".
  it('takes no title word of a named person for an unnamed source', () => {
    const t = 'Minister Paul Okafor’s claim that "nobody will notice" was mocked.';
    assert.equal(subjectOf(t), null);
    assert.equal(subjectOf('The minister said the road was "closed."'), 'title:minister');
    assert.equal(subjectOf('Officials said the road was "closed."'), 'descriptor:Officials');
  });

  it('gives a cue that opens an introductory phrase the subject of the main clause: "After saying …, Ada Lowe …"', () => {
    const t = 'After saying the bridge was "unsafe," Ada Lowe closed it.';
    const s = oneSentence(t);
    const cue = cueAt(s, 'saying');
    assert.equal(findSource(s, cue), null);
    assert.equal(show(t, s, subjectAfterIntro(s, cue, quotation(s)[1])), 'person:Ada Lowe');
  });
});

describe('verbAfterQuote', () => {
  it('reads "“…,” X verbed." with a past-tense verb ending the sentence', () => {
    const t = '"It is closed," Ada Lowe conceded.';
    const s = oneSentence(t);
    const found = verbAfterQuote(s, quotation(s)[1]);
    assert.ok(found);
    assert.equal(show(t, s, found.src), 'person:Ada Lowe');
    assert.equal(found.verb, tokenIndex(s, 'conceded'));
  });

  it('reads a description for X: "“…,” the two lawyers insisted."', () => {
    const t = '"It is over," the two lawyers insisted.';
    const s = oneSentence(t);
    assert.equal(show(t, s, verbAfterQuote(s, quotation(s)[1])?.src ?? null), 'definite descriptor:the two lawyers');
  });

  it('reads nothing when the verb has an object or X is followed by no verb', () => {
    for (const t of ['"It is closed," Ada Lowe conceded the point.', '"It is closed," Ada Lowe at the port.']) {
      const s = oneSentence(t);
      assert.equal(verbAfterQuote(s, quotation(s)[1]), null, t);
    }
  });
});
