// Words the topic passes read: what is never a topic, which head nouns name events or the setting
// of a speech, the spellings of a few places.
import { MONTH_NAMES, WEEKDAY_NAMES } from './time';

/** Endings of adjectives: a word with one modifies a noun but heads no phrase. */
export const ADJECTIVE_SUFFIXES = ['ous', 'ive', 'ful', 'less', 'able', 'ible', 'ical'];

/** Never a topic on its own: a day, a month, an honorific's remnant. */
export const NOT_TOPICS = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'madam',
  'god',
  'ok',
  'okay',
  'tv',
  'am',
  'pm',
  'a.m.',
  'p.m.',
]);

// Nouns naming events, by stem: phrases headed by them are events ("nuclear deal", "summit").
export const EVENT_HEADS = [
  'summit',
  'talk',
  'deal',
  'agreement',
  'accord',
  'treati',
  'elect',
  'vote',
  'referendum',
  'war',
  'conflict',
  'crisi',
  'attack',
  'crash',
  'investig',
  'probe',
  'trial',
  'sanction',
  'negoti',
  'confer',
  'forum',
  'debat',
  'campaign',
  'protest',
  'strike',
  'ceasefir',
  'shoot',
  'explos',
  'scandal',
  'hear',
  'impeach',
  'inquiri',
  'meet',
  'visit',
  'bomb',
  'invas',
  'annex',
  'ralli',
  'convent',
  'primari',
  'caucus',
  'olymp',
  'cup',
  'game',
  'festiv',
  'disast',
  'earthquak',
  'flood',
  'hurrican',
  'pandem',
  'outbreak',
  'coup',
  'riot',
  'massacr',
];

// Where something was said, not what it was about ("told a press conference"), by stem.
export const SETTING_HEADS = [
  'confer',
  'brief',
  'statement',
  'interview',
  'remark',
  'speech',
  'releas',
  'report',
  'journalist',
  'comment',
  'tweet',
  'post',
];

// Other spellings of a few places that news writes in many ways.
export const PLACE_ALIASES = new Map([
  ['us', 'United States'],
  ['u.s.', 'United States'],
  ['u.s', 'United States'],
  ['usa', 'United States'],
  ['u.s.a.', 'United States'],
  ['america', 'United States'],
  ['united states of america', 'United States'],
  ['uk', 'United Kingdom'],
  ['u.k.', 'United Kingdom'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['eu', 'European Union'],
  ['e.u.', 'European Union'],
]);

// Last words that make a capitalised name an address or a venue ("Harbour Road", "Maple Hall"):
// places, which label a section only when it is about them.
export const ADDRESS_HEADS = new Set([
  'road',
  'street',
  'avenue',
  'boulevard',
  'drive',
  'lane',
  'highway',
  'crescent',
  'square',
  'plaza',
  'hall',
  'park',
]);
