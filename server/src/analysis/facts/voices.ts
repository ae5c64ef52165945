// Who gets a voice in the article: each source's quotes, words quoted, share of voice, kind, role
// and gender, worked out once, here, for the JSON, the sources report, the hovers and the client's
// Sources view alike.
//
// The rules: a source is a speaker credited with at least one quote of any kind. Quotes and words
// count direct and partial quotes (what stands inside quotation marks); reported speech is counted
// apart. A quote nested in another counts as a quote, but its words only once, in the outer quote.
// Share of voice is a source's words among all the words quoted, unattributed quotes included.
import type { Entity, Quote, Source, SourceKind, Voices } from '../model';
import { findGenders, type GenderSentence } from '../people/gender';
import { isApostrophe, isWordChar } from '../text/chars';
import { AGENT_ENDINGS, descriptionHead, UNNAMED_PERSON_NOUNS } from '../lexicon/people';

/** Words in text[start, end): runs of letters and digits, inner apostrophes and hyphens kept ("don't", "Jong-un"). */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (isApostrophe(c) || c === 0x2d) && i + 1 < end && isWordChar(text.charCodeAt(i + 1))))
      inWord = false;
  }
  return n;
}

/**
 * A person, an organisation, or an anonymous source: an unnamed description whose head is a person
 * or people ("a senior official", "sources close to the talks"). A body or a document named by a
 * common noun ("the ministry", "the report") counts with the organisations.
 */
function sourceKind(e: Entity): SourceKind {
  if (e.kind === 'person' || e.kind === 'organisation') return e.kind;
  const head = descriptionHead(e.name.split(/\s+/));
  return UNNAMED_PERSON_NOUNS.has(head) || AGENT_ENDINGS.some((x) => head.endsWith(x)) ? 'anonymous' : 'organisation';
}

/** The article's sources and every person's gender, from its sentences, quotes and entities. */
export function findVoices(
  text: string,
  sentences: readonly GenderSentence[],
  quotes: readonly Quote[],
  entities: readonly Entity[],
): Voices {
  const genders = findGenders(text, sentences, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const tally = new Map<string, { quotes: number; reported: number; words: number; first: number }>();
  const unattributed = { quotes: 0, words: 0 };
  let total = 0;
  // The end of the quote that holds the current one: a nested quote's words are already counted.
  let outerEnd = -1;
  for (const q of [...quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (q.kind === 'term') continue; // a word or a title: nobody's voice
    const marked = q.kind !== 'indirect';
    const nested = marked && q.start < outerEnd;
    const words = marked && !nested ? countWords(text, q.content.start, q.content.end) : 0;
    if (marked && !nested) outerEnd = q.end;
    total += words;
    if (q.speaker === null || !byId.has(q.speaker)) {
      if (marked) {
        unattributed.quotes++;
        unattributed.words += words;
      }
      continue;
    }
    let t = tally.get(q.speaker);
    if (!t) tally.set(q.speaker, (t = { quotes: 0, reported: 0, words: 0, first: q.start }));
    if (marked) t.quotes++;
    else t.reported++;
    t.words += words;
  }
  const sources: Source[] = [...tally]
    .sort((a, b) => b[1].words - a[1].words || a[1].first - b[1].first)
    .map(([id, t]) => {
      const e = byId.get(id) as Entity;
      return {
        entity: id,
        kind: sourceKind(e),
        quotes: t.quotes,
        reported: t.reported,
        words: t.words,
        share: total ? t.words / total : 0,
        role: e.role,
        gender: e.kind === 'person' ? (genders.get(id) ?? null) : null,
      };
    });
  return { sources, genders, unattributed, words: total };
}
