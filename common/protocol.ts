// Custom requests between the client and the server. Imported by both sides, so it holds
// types and names only (no runtime dependencies): the client never parses an article, it asks.
import type { Correction } from './corrections';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** `newsAnnotator/article`: everything the client's views and decorations need for one document. */
export const ArticleRequestMethod = 'newsAnnotator/article';

export interface ArticleParams {
  uri: string;
}

export interface SectionInfo {
  id: string;
  title: string | null;
  /** The heading line; null for the lead and inferred sections. */
  headingRange: Range | null;
  range: Range;
  level: number;
  inferred: boolean;
  topics: string[];
  /**
   * The speakers quoted in the section, subsections included (every kind of quote, reported speech
   * too), most quoted first (ties: first quoted first), with their counts.
   */
  speakers: { id: string; quotes: number }[];
}

export interface QuoteInfo {
  id: string;
  range: Range;
  kind: 'direct' | 'partial' | 'indirect';
  speaker: string | null;
  cue: Range | null;
  source: Range | null;
  confidence: number;
  /** The first words of the quote, for lists. */
  excerpt: string;
  /** Id of the innermost section holding the quote's start; null outside every section (a headline). */
  section: string | null;
  /** Which rule credited the speaker: cue, according, colon, continuation, nearest (a guess) or none. */
  method: 'cue' | 'according' | 'dash' | 'subject' | 'colon' | 'continuation' | 'nearest' | 'editor' | 'none';
  /** The closing quotation mark is missing; the quote was cut at the end of its paragraph. */
  unclosed: boolean;
}

export interface SpeakerInfo {
  id: string;
  name: string;
  role: string | null;
  kind: 'person' | 'organisation' | 'group';
  quotes: number;
  /** Name, title and pronoun mentions. */
  mentions: { range: Range; kind: string }[];
  /** Other spellings the article uses (surname, title and name, misspellings). */
  aliases: string[];
}

export interface TopicInfo {
  name: string;
  kind: string;
  mentions: Range[];
  /** The mentions marked by default (`newsAnnotator.topics.highlight` `key`): each section's key topics, once a paragraph. */
  marks: Range[];
  sections: string[];
}

/** A line about the article rather than of it: dateline, byline, credit, caption, "Read more". */
export interface MetadataInfo {
  range: Range;
  kind: string;
}

export interface ArticleResult {
  uri: string;
  version: number;
  title: string | null;
  sections: SectionInfo[];
  quotes: QuoteInfo[];
  speakers: SpeakerInfo[];
  topics: TopicInfo[];
  metadata: MetadataInfo[];
  /** Set when the document was not analysed (too large): the reason, for the user. */
  skipped?: string;
  /** The `analyze` command's terminal report of this document (ANSI colours), for the client's report view. */
  report?: string;
}

/** `newsAnnotator/export`: the article in one of the export formats, for the client to save. */
export const ExportRequestMethod = 'newsAnnotator/export';
export type ExportFormat = 'json' | 'csv' | 'webannotation' | 'markdown';

export interface ExportParams {
  uri: string;
  format: ExportFormat;
  /** CSV only: start with a UTF-8 byte-order mark (for Excel). */
  bom?: boolean;
}

export interface ExportResult {
  text: string;
}

/**
 * `newsAnnotator/setCorrections` (client → server notification): the editor corrections kept
 * beside an article. The client owns the file (it can read and write it in desktop and web
 * alike); the server applies the corrections before anything else.
 */
export const SetCorrectionsMethod = 'newsAnnotator/setCorrections';

export interface SetCorrectionsParams {
  uri: string;
  corrections: Correction[];
}
