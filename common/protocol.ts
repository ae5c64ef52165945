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
  /** `term`: a scare quote, a title or a word as a word, credited to nobody. */
  kind: 'direct' | 'partial' | 'indirect' | 'term';
  speaker: string | null;
  cue: Range | null;
  source: Range | null;
  confidence: number;
  /**
   * The speaker needs no checking: set by hand, or credited with a calibrated confidence at or above
   * the one threshold every view uses (server/src/analysis/attribution/confidence.ts). The editor
   * draws a quote that is not sure with a dashed border.
   */
  sure: boolean;
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

/** A speaker credited with at least one quote: who gets a voice (the core's facts, read once). */
export interface SourceInfo {
  /** The speaker's id (SpeakerInfo.id). */
  id: string;
  name: string;
  /** `anonymous`: an unnamed source ("a senior official"). */
  kind: 'person' | 'organisation' | 'anonymous';
  role: string | null;
  /** Direct and partial quotes. */
  quotes: number;
  /** Reported speech. */
  reported: number;
  /** Words inside the source's quotation marks. */
  words: number;
  /** Share of voice: the source's words among all the words quoted (0 to 1). */
  share: number;
  /** A person's gender from evidence in the text; absent for others, and for everyone when `newsAnnotator.sources.gender` is off. */
  gender?: 'female' | 'male' | 'unknown';
  /** What decided it ("she, ¶4"); null when unknown. */
  genderEvidence?: string | null;
}

/** The gender balance of the people quoted; absent when gender is off. */
export interface SourcesBalance {
  people: number;
  women: number;
  men: number;
  unknown: number;
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
  /** Most words quoted first. */
  sources?: SourceInfo[];
  balance?: SourcesBalance;
  /**
   * The Sources chart view's SVG charts, coloured with the theme's CSS variables; each source's bar is
   * `var(--news-source-<id>)`, which the view sets to that speaker's colour.
   */
  sourceCharts?: { shareOfVoice: string; genderBalance?: string };
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

/**
 * `newsAnnotator/memory`: the V8 heap in use by the server thread and by its analysis worker, for
 * the soak benchmark and for diagnosing a report of a server that grows. With `gc` the server
 * first runs a full collection in each thread, when Node was started with --expose-gc (`collected`
 * says whether it could).
 */
export const MemoryRequestMethod = 'newsAnnotator/memory';

export interface MemoryParams {
  gc?: boolean;
}

export interface MemoryResult {
  collected: boolean;
  /** V8 heap used by the language-server thread, bytes. */
  serverHeapUsed: number;
  /** V8 heap used by the analysis worker thread, bytes; null when no worker is running. */
  workerHeapUsed: number | null;
}
