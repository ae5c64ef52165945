// The sources report's data: one row per article (read from the core's voices, never worked out
// again) and running totals over many articles, so a folder of any size keeps only its rows.
import type { Article, GenderEvidence, Source } from '../analysis/model';

/** Where a gender was read: "she, ¶4", "Ms, ¶2", "first name Lena, ¶1". */
export function evidenceLabel(e: GenderEvidence): string {
  return `${e.kind === 'firstName' ? 'first name ' : ''}${e.text}, ¶${e.paragraph + 1}`;
}

/** Gender words for people to read. */
export const GENDER_WORD = { female: 'woman', male: 'man', unknown: 'gender unknown' } as const;

export interface SourceLine {
  /** The speaker's entity id. */
  readonly id: string;
  readonly name: string;
  readonly kind: Source['kind'];
  /** Null for organisations and anonymous sources, and for everyone when gender is off. */
  readonly gender: 'female' | 'male' | 'unknown' | null;
  /** What decided the gender ("she, ¶4"), if anything. */
  readonly evidence: string | null;
  readonly role: string | null;
  readonly quotes: number;
  readonly reported: number;
  readonly words: number;
  readonly share: number;
}

/** Counts one article adds to the totals: sources by kind and gender, quotes, words by who said them. */
export interface SourceCounts {
  sources: number;
  people: number;
  women: number;
  men: number;
  unknownGender: number;
  organisations: number;
  anonymous: number;
  quotes: number;
  reported: number;
  /** Direct and partial quotes with no speaker found. */
  unattributed: number;
  words: number;
  womenWords: number;
  menWords: number;
  unknownWords: number;
  organisationWords: number;
  anonymousWords: number;
  unattributedWords: number;
}

export interface SourcesRow extends SourceCounts {
  readonly file: string;
  /** The article's sources, most words quoted first. */
  readonly list: readonly SourceLine[];
}

export function emptyCounts(): SourceCounts {
  return {
    sources: 0,
    people: 0,
    women: 0,
    men: 0,
    unknownGender: 0,
    organisations: 0,
    anonymous: 0,
    quotes: 0,
    reported: 0,
    unattributed: 0,
    words: 0,
    womenWords: 0,
    menWords: 0,
    unknownWords: 0,
    organisationWords: 0,
    anonymousWords: 0,
    unattributedWords: 0,
  };
}

/** One article's row. With `gender` false nobody's gender is read: people are only counted. */
export function sourcesRow(article: Article, file: string, gender: boolean): SourcesRow {
  const v = article.voices;
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const c = emptyCounts();
  const list: SourceLine[] = v.sources.map((s) => {
    const g = gender && s.gender ? s.gender.gender : null;
    c.sources++;
    c.quotes += s.quotes;
    c.reported += s.reported;
    if (s.kind === 'person') {
      c.people++;
      if (g === 'female') {
        c.women++;
        c.womenWords += s.words;
      } else if (g === 'male') {
        c.men++;
        c.menWords += s.words;
      } else {
        c.unknownGender++;
        c.unknownWords += s.words;
      }
    } else if (s.kind === 'organisation') {
      c.organisations++;
      c.organisationWords += s.words;
    } else {
      c.anonymous++;
      c.anonymousWords += s.words;
    }
    return {
      id: s.entity,
      name: names.get(s.entity) ?? s.entity,
      kind: s.kind,
      gender: g,
      evidence: g && s.gender?.decidedBy ? evidenceLabel(s.gender.decidedBy) : null,
      role: s.role,
      quotes: s.quotes,
      reported: s.reported,
      words: s.words,
      share: s.share,
    };
  });
  c.quotes += v.unattributed.quotes;
  c.unattributed = v.unattributed.quotes;
  c.unattributedWords = v.unattributed.words;
  c.words = v.words;
  return { file, list, ...c };
}

/** Running totals over the articles of a run. */
export class SourcesTotals {
  readonly counts = emptyCounts();
  articles = 0;

  add(row: SourcesRow): void {
    this.articles++;
    for (const k of Object.keys(this.counts) as (keyof SourceCounts)[]) this.counts[k] += row[k];
  }
}

/** A share as a whole percentage ("48 %"); "–" of nothing. */
export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)} %` : '–';
}
