// The Article model: what the analysis core computes once per version of a document.
// Every offset is a UTF-16 code unit index into the analysed text (JavaScript string
// index, the same unit as LSP positions); `end` is exclusive.
import type { Correction } from '../../../common/corrections';
import type { Span } from '../../../common/span';

export type { Span };

/** A block of text: blank-line separated, or one per line where the article has no blank lines. */
export interface Paragraph extends Span {
  readonly index: number;
}

export interface Sentence extends Span {
  readonly paragraph: number;
}

/**
 * Lines that describe the article rather than belong to its body; `credit` is a photo credit or a
 * reporter named in a caption or video blurb, inside a paragraph of text.
 */
export type MetadataKind = 'headline' | 'dateline' | 'byline' | 'caption' | 'readMore' | 'credit';

export interface MetadataLine extends Span {
  readonly kind: MetadataKind;
  readonly paragraph: number;
}

export interface Section {
  readonly id: string;
  /**
   * Heading text; null for the lead (the text before the first heading). An inferred section's
   * title is its label, its key terms ("Syria · Constitutional Committee"), set by the topics pass.
   */
  title: string | null;
  /** The heading line, null for the lead and for inferred sections. */
  readonly headingRange: Span | null;
  /** From the heading (or first paragraph) to the next section's start. */
  readonly range: Span;
  /** 1 for top-level headings; 2 for headings in an article's second heading style. */
  readonly level: number;
  /** True when the section was inferred from a topic shift rather than read from a heading. */
  readonly inferred: boolean;
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  /** Key subjects of the section, most salient first (filled by the topics pass). */
  topics: string[];
  /**
   * The speakers of the quotes (of every kind) that start in the section's range, subsections
   * included: most quoted first, ties by first quote (set by sectionFacts.ts).
   */
  speakers: readonly SectionSpeaker[];
}

/** A speaker quoted in a section. */
export interface SectionSpeaker {
  readonly id: string;
  /** How many of the section's quotes are the speaker's. */
  readonly quotes: number;
  /** Where the section first quotes the speaker (the quote's start). */
  readonly first: number;
}

export type EntityKind = 'person' | 'organisation' | 'group';
export type Gender = 'male' | 'female';

/**
 * How a mention names its entity: the full `name` ("Emmanuel Macron"), a `surname` or other
 * part of it ("Macron"), a `title` alone ("the French president"), a `pronoun` ("he"), a
 * `misspelling` of the name ("Emanuel Macron"), or a `descriptor` for unnamed sources ("a source").
 */
export type MentionKind = 'name' | 'surname' | 'title' | 'pronoun' | 'misspelling' | 'descriptor';

export interface Mention extends Span {
  readonly entity: string;
  readonly kind: MentionKind;
}

export interface Entity {
  readonly id: string;
  /** Canonical name: the fullest spelling used for the entity. */
  name: string;
  /** Role from a pre-modifying title or an apposition ("French President"), if any. */
  role: string | null;
  kind: EntityKind;
  gender: Gender | null;
  /** Other spellings the article uses for it (surname, full title and name, misspellings). */
  aliases: string[];
  /** Every mention, in text order, pronouns that refer to it included. */
  mentions: Mention[];
}

/** `direct`: a full quotation; `partial`: a quoted fragment in the writer's sentence; `indirect`: reported speech. */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'term';

/** Which rule credited the quote: kept so hovers can explain and confidence can be calibrated. */
export type AttributionMethod =
  | 'cue' // a speech cue in the quote's own sentence names the speaker
  | 'according' // "according to X"
  | 'colon' // the sentence before ends with "X said:" or similar
  | 'dash' // a dash and a name after the quote: “…” — Jorge Falcon
  | 'subject' // a fragment in the writer's sentence, credited to the sentence's subject
  | 'continuation' // a cue-less quote continuing the previous quote's speaker
  | 'nearest' // last resort: the nearest salient speaker
  | 'editor' // set by a person with "Set speaker…"
  | 'none';

export interface Quote extends Span {
  readonly id: string;
  kind: QuoteKind;
  /** The text inside the quotation marks (the reported clause for indirect quotes). */
  readonly content: Span;
  /** The quotation marks, including the marks that reopen a multi-paragraph quote. */
  readonly marks: Span[];
  /** True when the closing mark is missing and the quote was cut at the end of its paragraph. */
  readonly unclosed: boolean;
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  speaker: string | null;
  /** The speech cue ("said", "told reporters", "according to"). */
  cue: Span | null;
  /** The mention the attribution rests on ("he", "the ministry", "Putin"). */
  source: Span | null;
  confidence: number;
  method: AttributionMethod;
  /** Id of the innermost section holding the quote's start; null outside every section (a headline). Set by sectionFacts.ts. */
  section: string | null;
}

/** `event`: a named or described happening ("summit", "MH17", "nuclear deal"); `phrase`: any other subject. */
export type TopicKind = 'place' | 'organisation' | 'person' | 'event' | 'phrase';

/** A key subject of the article. */
export interface Topic {
  readonly name: string;
  readonly kind: TopicKind;
  /** Relative weight in the article: 1 for the most salient topic. */
  readonly salience: number;
  /** Every mention, in text order. */
  readonly mentions: Span[];
  /**
   * The mentions marked by default, in text order: where it is one of a section's key topics,
   * its first mention outside quotations in each paragraph of that section.
   */
  readonly marks: Span[];
  /** Ids of the sections it occurs in. */
  readonly sections: string[];
}

/**
 * Evidence of a person's gender, strongest first: a pronoun that refers to them where a reading
 * that ignores gender is unambiguous ("she"); an honorific or a gendered role word next to their
 * name ("Ms.", "spokeswoman", "mother"); their first name. Set by people/gender.ts.
 */
export type GenderEvidenceKind = 'pronoun' | 'honorific' | 'role' | 'firstName';

export interface GenderEvidence extends Span {
  readonly kind: GenderEvidenceKind;
  /** What the words tell: `neutral` for "they", `unisex` for a first name used for both genders. */
  readonly tells: Gender | 'neutral' | 'unisex';
  /** The words, as written ("she", "Ms.", "spokeswoman", "Andrea"). */
  readonly text: string;
  readonly paragraph: number;
}

/** A person's gender as the evidence decides it: never a guess. */
export interface GenderFinding {
  readonly gender: Gender | 'unknown';
  /** Every piece of evidence, in text order. */
  readonly evidence: readonly GenderEvidence[];
  /** The evidence that decided it (the first of the deciding kind that agrees); null when unknown. */
  readonly decidedBy: GenderEvidence | null;
}

/** Who a source is: a named person, an organisation, or an anonymous or unnamed source ("a senior official"). */
export type SourceKind = 'person' | 'organisation' | 'anonymous';

/** A speaker credited with at least one quote, direct, partial or reported. */
export interface Source {
  readonly entity: string;
  readonly kind: SourceKind;
  /** Direct and partial quotes. */
  readonly quotes: number;
  /** Reported speech (no quotation marks). */
  readonly reported: number;
  /** Words inside the source's quotation marks (a quote nested in another counts once, in the outer). */
  readonly words: number;
  /** Share of voice: the source's words among all the words quoted in the article (0 to 1). */
  readonly share: number;
  readonly role: string | null;
  /** For a person, their gender; null for organisations and anonymous sources. */
  readonly gender: GenderFinding | null;
}

/** Who gets a voice in the article (facts/voices.ts). */
export interface Voices {
  /** Most words quoted first; ties by first quote. */
  readonly sources: readonly Source[];
  /** Every person the article names, quoted or not, by entity id. */
  readonly genders: ReadonlyMap<string, GenderFinding>;
  /** Direct and partial quotes with no speaker found, and their words. */
  readonly unattributed: { readonly quotes: number; readonly words: number };
  /** Words inside every direct and partial quote. */
  readonly words: number;
}

/** Editor corrections as analysis found them (see corrections.ts). */
export interface CorrectionsState {
  /** Applied corrections and the quote they apply to (null for a "Not a quote" that removed one). */
  readonly applied: readonly { readonly correction: Correction; readonly quote: string | null; readonly span: Span }[];
  /** Corrections whose quote is gone from the text, or is no longer a quote: reported, never silently dropped. */
  readonly stale: readonly Correction[];
}

export interface Article {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** The article's own headline, when its first line is one. */
  readonly title: MetadataLine | null;
  readonly metadata: readonly MetadataLine[];
  readonly sections: readonly Section[];
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly topics: readonly Topic[];
  readonly corrections: CorrectionsState;
  readonly voices: Voices;
}
