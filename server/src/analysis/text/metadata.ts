// Lines that describe an article or the page around it rather than belong to its text:
// datelines, bylines and credits, photo captions, and page furniture ("Read more", share
// buttons, promotions, editors' notes). Also the all-capitals lead-ins that open a paragraph
// with a dash, which are a dateline ("WASHINGTON —") or a run-in head ("SANDERS HAS ADVANTAGE
// IN NEW HAMPSHIRE - …"). Every pattern is anchored and bounded, and runs on short lines only.
import { isLetter, isUpper } from './chars';
import type { MetadataKind, Span } from '../model';
import { isPlaceName, isStopword } from '../lexicon/names';
import { PLACE_NAME_PARTICLES } from '../lexicon/people';

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DASHES = '—–―‒-';
// The place in capitals, then a state or country, a date, the agency, and a dash: "SPRINGFIELD,
// Ill., March 3 (AP) —".
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'’ -]{1,40})(?:, [A-Z][A-Za-z.' -]{1,30})?(?:, (?:${MONTHS})\\.? \\d{1,2})?(?: \\([A-Za-z. ]{1,30}\\))? ?[${DASHES}]{1,2} `,
);
// A place as written, and a news agency: "Mexico City (AFP) –", "Washington, July 29 (UPI) —".
const AGENCIES = 'AFP|AP|UPI|Reuters|dpa|DPA|Xinhua|IANS|PTI|ANI|EFE|ANSA|Kyodo|Yonhap|TASS|Bloomberg|CNN';
const AGENCY_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’ -]{1,30}(?:, \\p{Lu}[\\p{L}.' -]{1,20})?(?:, (?:${MONTHS})\\.? \\d{1,2})? \\((?:${AGENCIES})\\) ?[${DASHES}]{1,2} `,
  'u',
);
const BYLINE =
  /^(?:By|BY|Written by|Reporting by|From)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von)){0,8}(?:\s*[,|/–—-]\s*[\p{L} ,.'’]{1,60})?$/u;
// Credits: "(Reporting by David Bailey; Editing by Cynthia Osterman.)", "h/t Mediaite",
// "Wolf reported from Washington.", "Amanda Terkel contributed reporting."
const CREDIT =
  /^(?:[—–-] ?)?(?:(?:additional |writing and )?reporting by|writing by|editing by|compiled by|with reporting by|with files from|contributing:|h\/t\b|hat tip\b)/i;
const CREDIT_END =
  /^[^"“”]{0,120}\b(?:reported from|contributed reporting|contributed to this (?:report|story|article))\b[^"“”]{0,120}$/i;
const CAPTION =
  /^(?:\(?(?:photo|picture|image|video|file photo|caption|pictured|above|below|top|left|right|credit|graphic|illustration)s?\b[:)]|.{0,200}\((?:photo|picture|image)s?:[^)]{0,120}\)$|.{0,200}\b(?:Getty Images|AFP(?:\/Getty)?|AP Photo|Reuters\/[\p{L} ]{1,40}|EPA|Shutterstock)\)?\.?$)/iu;
const READ_MORE =
  /^(?:read more|read the rest|related|see also|click here|sign up|subscribe|follow (?:us|@)|share this|advertisement|watch|listen|more:|also read|recommended|editor['’]?s note|download|get the)\b/i;
// A story's last line sending the reader elsewhere: "Follow Pam Key on Twitter @pamkeyNEN.",
// "The full poll can be found here.", "Read the rest here."
const PROMO =
  /^(?:follow\b[^.]{0,60}\bon (?:twitter|facebook|instagram)\b|[^"“”]{0,80}\b(?:can be (?:found|read|seen|watched|viewed)|read the rest|watch the (?:full )?video) (?:here|below|above)\b)/i;
// Editors' notes at the end of a story: "This story has been updated to include…", "An earlier version of this article misstated…".
const UPDATE_NOTE =
  /^(?:this (?:story|post|article|report|piece)|an earlier version of this (?:story|post|article|report))\b[^"“”]{0,60}\b(?:updated|corrected|misstated|misidentified|incorrectly)\b/i;

// A photo credit closing a caption: "(Jane Roe/The Canadian Press)", "(Kali Madej/ Dixon Hall)",
// "(Luis Tato/AFP/Getty Images)". A name of two to four words, a slash, who the picture is from.
const TRAILING_PHOTO_CREDIT =
  /\((\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) ?\/ ?([\p{Lu}][\p{L}&'’. /-]{1,60})\)\.?$/u;
// Agencies and outlets that a credit opening a caption names: "Adrian Wyld / The Canadian Press Andrew Scheer follows…".
const CREDIT_SOURCES =
  '(?:The )?(?:Canadian Press|Associated Press|Press Association|CP|AP|AFP|Reuters|Bloomberg|Getty Images|PA Images(?: via Getty Images)?|EPA|Postmedia|CBC(?: News)?|Global News|Shutterstock|Xinhua)';
const LEADING_PHOTO_CREDIT = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3}) ?\\/ ?${CREDIT_SOURCES}(?:\\/[\\p{L} ]{1,30})?(?= |$)`,
  'u',
);
// A reporter named in a video's blurb: "Albert Delitala has the details.", "Adam MacVicar has more",
// "As Carolyn Kury de Castillo reports,", "The CBC's Richard Cuthbertson tells us about…".
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: (?:de |van |von |da |del |la |le )?\\p{Lu}[\\p{L}'’.-]*){1,3}";
const REPORTER = new RegExp(
  `(?:^|[.!?]["”’]? )(?:(?:As |The [\\p{L}.]{2,12}['’]s )(${NAME}) (?:reports|explains|tells us)\\b|(${NAME}) (?:has|brings us) (?:the (?:details|story)|more)\\b)`,
  'gu',
);

/**
 * Credits inside a paragraph's line, relative to it: a photo credit at the end of a caption or
 * opening one, and a reporter named in a video's blurb. Their names are no people of the story.
 */
export function creditSpans(line: string): Span[] {
  const out: Span[] = [];
  if (line.length > 2000) return out;
  const tail = TRAILING_PHOTO_CREDIT.exec(line.slice(-140));
  if (tail) out.push({ start: line.length - (line.slice(-140).length - tail.index), end: line.length });
  const head = LEADING_PHOTO_CREDIT.exec(line);
  if (head) out.push({ start: 0, end: head[0].length });
  if (line.length < 400) {
    for (const m of line.matchAll(REPORTER)) {
      const name = m[1] ?? m[2];
      const at = m.index + m[0].indexOf(name);
      out.push({ start: at, end: at + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Cheap checks before the caption pattern, which is costly to run on every paragraph.
const CAPTION_START =
  /^\(?(?:photo|picture|image|video|file|caption|pictured|above|below|top|left|right|credit|graphic|illustration)/i;
const CAPTION_END = /(?:\)|Images|AFP|Getty|Photo|EPA|Shutterstock|Reuters\/[\p{L} ]{1,40})\.?$/u;

function mayBeCaption(line: string): boolean {
  return CAPTION_START.test(line) || CAPTION_END.test(line.slice(-60));
}

/**
 * Words run together by a scraper from a page's buttons and labels ("FlagShareLikeReplyPaige"):
 * three or more places where a lower-case letter runs straight into a capital. Names have one
 * or two ("McDonald", "DeSantis", "MacArthur").
 */
export function isGluedWords(line: string): boolean {
  let humps = 0;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isLetter(c)) {
      humps = 0;
      continue;
    }
    if (isUpper(c) && isLower(line.charCodeAt(i - 1)) && ++humps >= 3) return true;
  }
  return false;
}

/** The words inside a line wrapped in parentheses or brackets ("(Subscribe to … )"), or null. */
function parenthesised(line: string): string | null {
  const m = /^[([]\s*(.{1,250}?)\s*[)\]]\.?$/.exec(line);
  return m ? m[1] : null;
}

/** What a line standing alone is, if it describes the article or its page rather than being its text. */
export function metadataKind(line: string): MetadataKind | null {
  // Length first: the patterns only ever run on short lines.
  if (line.length >= 300) return null;
  const inner = parenthesised(line);
  if (inner !== null) {
    if (READ_MORE.test(inner)) return 'readMore';
    if (CREDIT.test(inner) || BYLINE.test(inner)) return 'byline';
  }
  if (
    (line.length < 200 || /^editor/i.test(line)) &&
    (READ_MORE.test(line) || UPDATE_NOTE.test(line) || PROMO.test(line))
  )
    return 'readMore';
  if (line.length < 120 && BYLINE.test(line)) return 'byline';
  if (line.length < 240 && (CREDIT.test(line) || CREDIT_END.test(line))) return 'byline';
  if (mayBeCaption(line) && CAPTION.test(line)) return 'caption';
  if (line.length < 80 && /[—–―‒-]$/.test(line) && datelineEnd(`${line} `) > 0) return 'dateline';
  if (isGluedWords(line)) return 'readMore';
  return null;
}

function isLower(c: number): boolean {
  return isLetter(c) && !isUpper(c);
}

/** Whether words in capitals read like a place: at most four, none a function word but a place's particles. */
export function placeLike(caps: string): boolean {
  const ws = caps
    .trim()
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
  if (ws.length === 0 || ws.length > 4) return false;
  const bare = ws.map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase());
  return bare.every(
    (b, k) =>
      b.length === 0 ||
      PLACE_NAME_PARTICLES.has(b) ||
      !isStopword(b) ||
      isPlaceName(b) ||
      // A First Nation's community is a place of its own ("NESKANTAGA FIRST NATION, Ont. —").
      (b === 'first' && bare[k + 1] === 'nation'),
  );
}

/** Where the dateline opening a line ends (after its dash), or 0 when it has none. */
function datelineEnd(line: string): number {
  const m = DATELINE.exec(line);
  if (m && placeLike(m[1])) return m[0].trimEnd().length;
  const a = AGENCY_DATELINE.exec(line);
  return a ? a[0].trimEnd().length : 0;
}

/**
 * A line that closes a story: a credit ("Reporting by …", "X reported from Washington."), a
 * "Follow … on Twitter" or "Read the rest" line, an editor's update note, or a rule between
 * stories ("* * *", "___"). Where one stands, the next paragraph likely starts another subject.
 */
export function endsStory(line: string): boolean {
  if (isRule(line)) return true;
  if (line.length >= 240) return false;
  const inner = parenthesised(line) ?? line;
  return (
    CREDIT.test(inner) ||
    CREDIT_END.test(line) ||
    PROMO.test(line) ||
    UPDATE_NOTE.test(line) ||
    /^read the rest\b/i.test(line)
  );
}

/** A rule drawn between parts of a text: "* * *", "___", "---", "###". */
export function isRule(line: string): boolean {
  return /^[\s*_\-–—=~#•·.]{3,40}$/.test(line) && !/^\.+$/.test(line.trim());
}

/** Where a dateline opening a paragraph's line ends ("MOSCOW, May 24 (Reuters) — "), 0 when it has none. */
export function datelineLength(line: string): number {
  return datelineEnd(line.slice(0, 120));
}

/** An all-capitals lead-in set off by a dash at the start of a line: the lead-in's end, and where the text after the dash starts. */
export interface LeadIn {
  readonly end: number;
  readonly textStart: number;
  /** Reads like a place (then, alone, it is a dateline). */
  readonly placeLike: boolean;
}

const LEAD_IN = new RegExp(`^(.{4,110}?)\\s*(?:--|[—–―‒]|\\s-)\\s*(?=\\S)`);

/** "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - Since January, …": the lead-in, if the line opens with one. */
export function capsLeadIn(line: string): LeadIn | null {
  const m = LEAD_IN.exec(line.slice(0, 140));
  if (!m) return null;
  const head = m[1];
  let letters = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (isLower(c)) return null;
    if (isLetter(c)) letters++;
  }
  if (letters < 4) return null;
  return { end: head.length, textStart: m[0].length, placeLike: placeLike(head.split(',')[0]) };
}
