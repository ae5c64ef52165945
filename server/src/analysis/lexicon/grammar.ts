// Function words of English that the core reads sentences with: determiners, prepositions,
// auxiliaries, contractions, abbreviations, discourse openers.

/** Determiners and quantifiers that may open a source description. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'several', 'some', 'many',
  'most', 'other', 'both', 'these', 'those', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'few', 'numerous', 'multiple', 'various']);

/** Determiners that make the next word a noun: "a comment", "the claims". */
export const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'my', 'your', 'another']);

/** Prepositions: a mention after one is no subject ("in Salem", "with the Kremlin"). */
export const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'to', 'with', 'for', 'of', 'by', 'after', 'during', 'than',
  'about', 'against', 'before', 'into', 'over', 'under', 'like', 'between', 'among', 'toward', 'towards', 'near',
  'since', 'until', 'via', 'per', 'as', 'behind', 'across', 'through', 'without', 'within', 'following', 'including']);

/** Words that open an apposition: "Hill, a doctor, said", "Beck, who…". */
export const APPOSITION_STARTS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'who', 'whose', 'which', 'one',
  'another', 'former', 'now', 'then', 'also', 'himself', 'herself', 'both', 'each', 'like']);

// Words that open an introductory phrase ("Speaking in Salem, Trump said…", "As Trump spoke, …").
export const INTRODUCERS = new Set(['as', 'after', 'before', 'while', 'when', 'since', 'although', 'though', 'if', 'because',
  'in', 'at', 'on', 'during', 'following', 'despite', 'unlike', 'like', 'with', 'for', 'from', 'amid', 'asked',
  'earlier', 'later', 'last', 'speaking', 'appearing', 'writing', 'addressing', 'responding', 'according']);

/** Prepositions that open the setting of a speech: "said on Monday", "in a statement". */
export const PREPOSITIONS_OF_SETTING = new Set(['on', 'in', 'at', 'during', 'via']);

/** Determiners of such a setting: "in a statement", "at his rally". */
export const DETERMINERS_OF_SETTING = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'last']);

/** Auxiliaries: "said that would…" makes "that" a subject, not a conjunction. */
export const AUXILIARIES = new Set(['would', 'will', 'is', 'was', 'could', 'has', 'had', 'can', 'may', 'might', 'should',
  'must', 'does', 'did', 'are', 'were', 'wo']);

/** Words that can open a clause without "that": "said he would…". */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those']);

// Words whose 's is "is" or "has", not a possessive.
export const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'what', 'who', 'there', 'here', 'where', 'how', 'let', 'this']);

/** What follows an apostrophe in a contraction: it's, he'd, we'll, they've, you're, I'm. */
export const CLITICS = ['s', 'd', 'll', 've', 're', 'm'];

// Words that begin with an elided letter: ’em, ’n’, ’tis, ’cause, ’til.
export const ELISIONS = new Set(['em', 'n', 'tis', 'twas', 'cause', 'til', 'bout', 'round', 'nuff', 'ol', 'ere']);

// Abbreviations after which a period does not end a sentence.
export const SENTENCE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'prof', 'jr', 'sr',
  'inc', 'corp', 'ltd', 'co', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'd.c', 'a.m', 'p.m', 'ph.d', 'i.e', 'e.g', 'mt', 'ft', 'ave', 'adm',
  'maj', 'cmdr', 'supt', 'insp', 'hon', 'messrs', 'mme', 'mlle', 'fig', 'approx', 'dept', 'univ', 'assn', 'bros',
  'est', 'vol', 'pres', 'gov.-elect',
]);

// Words a title-case heading leaves in lower case.
export const TITLE_CASE_MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of',
  'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'than', 'that', 'amid', 'after',
  'before', 'about', 'v', 'de', 'la', 'le', 'is', 'are', 'be']);

/** Words that carry on the paragraph before: a paragraph opening with one continues its topic. */
export const CONTINUATIONS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'this', 'these', 'that',
  'those', 'such', 'but', 'and', 'also', 'yet', 'so', 'still', 'then', 'instead', 'both', 'neither', 'nor']);

// Openers that turn to another subject: "Meanwhile, …", "Separately, …", "As for …".
export const SHIFTS = new Set(['meanwhile', 'separately', 'elsewhere', 'regarding', 'turning', 'as for', 'in other',
  'asked about', 'speaking about', 'speaking on', 'on another', 'in a separate', 'in another']);
