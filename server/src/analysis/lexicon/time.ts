// Words of dates and times: never names, and often between a speaker and a speech cue.

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
/** Days named from today: "yesterday", "tonight". */
export const RELATIVE_DAYS = ['today', 'yesterday', 'tonight'];
/** Stretches of time a speaker's words are dated by: "last week", "Monday morning". */
export const TIME_NOUNS = ['week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon'];

export const WEEKDAYS = new Set(WEEKDAY_NAMES);

/** Capitalised words that name times, never people: "said Monday", "In September". */
export const DATE_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS, 'christmas', 'easter']);

/** Time words between a subject and its cue: "Putin on Monday said", "she last week told". */
export const WHEN_WORDS = new Set([...WEEKDAY_NAMES, ...TIME_NOUNS, 'weekend']);

/** A lead's opening words: "Monday at Liberty University…", "On Saturday, Sen. …", "At Tuesday’s debate…". */
export const LEAD_DAYS = new Set([...WEEKDAY_NAMES, 'yesterday', 'today', 'tonight', 'earlier', 'last']);

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A day in a news lead: "Monday", "yesterday", "last week". */
export const DAY_PHRASE = new RegExp(
  `\\b(?:${WEEKDAY_NAMES.map(capital).join('|')}|yesterday|today|tonight|last (?:week|month|year)|this (?:week|month|year))\\b`,
);
