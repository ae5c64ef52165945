// Words of speech: the verbs that credit a quote (said, told, according to) with their lemmas,
// the nouns of things said, the adverbs between a speaker and a cue, documents that speak.
// Open word classes (first names, countries, demonyms, US states, stopwords) come from data
// packages: see names.ts.
import { RELATIVE_DAYS, TIME_NOUNS, WEEKDAY_NAMES } from './time';

/** Regular verb forms: lemma, -s, -ed, -ing. */
function regular(lemma: string, stem = lemma): string[] {
  const ed = stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
  const ing = stem.endsWith('e') && !stem.endsWith('ee') ? `${stem.slice(0, -1)}ing` : `${stem}ing`;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, ed, ing];
}

/**
 * Verbs that introduce speech or writing. Each maps a word form to its lemma so callers
 * can tell tense (says/said) and the cue's strength.
 */
const CUE_LIST: string[][] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted', 'posting'],
  ...[
    'add', 'state', 'stress', 'note', 'explain', 'ask', 'reply', 'respond', 'continue', 'argue', 'insist', 'claim',
    'declare', 'warn', 'urge', 'acknowledge', 'admit', 'announce', 'remark', 'recall', 'suggest', 'conclude',
    'observe', 'comment', 'emphasize', 'emphasise', 'reiterate', 'confirm', 'complain', 'predict', 'vow', 'joke',
    'concede', 'counter', 'maintain', 'contend', 'report', 'describe', 'call', 'assert', 'boast', 'caution',
    'charge', 'deny', 'exclaim', 'quip', 'scoff', 'shout', 'snap', 'yell', 'whisper', 'lament', 'mourn', 'muse',
    'pledge', 'plead', 'promise', 'reason', 'recount', 'retort', 'reveal', 'sigh', 'tout', 'underline', 'underscore',
    'allege', 'answer', 'agree', 'affirm', 'demand', 'disclose', 'indicate', 'mention', 'point', 'proclaim',
    'propose', 'protest', 'clarify', 'cite', 'elaborate', 'interject', 'opine', 'query', 'question', 'recommend',
    'remind', 'repeat', 'testify', 'thunder', 'marvel', 'wonder', 'advise', 'blast', 'slam', 'fume', 'gush',
    'chime', 'hail', 'praise', 'criticize', 'criticise', 'accuse', 'mock', 'quote', 'preach', 'summarize',
    'summarise', 'express', 'welcome', 'regret',
  ].map((v) => regular(v)),
  ['reply', 'replies', 'replied', 'replying'],
  ['deny', 'denies', 'denied', 'denying'],
  ['query', 'queries', 'queried', 'querying'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['clarify', 'clarifies', 'clarified', 'clarifying'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['snap', 'snaps', 'snapped', 'snapping'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['regret', 'regrets', 'regretted', 'regretting'],
  ['put', 'puts', 'put', 'putting'],
  ['go', 'goes', 'went', 'going'],
  ['write', 'wrote'],
  ['think', 'thinks', 'thought'],
  ['believe', 'believes', 'believed'],
  ['feel', 'feels', 'felt'],
  ['hope', 'hopes', 'hoped'],
  ['read', 'reads'],
  // Speech only with their particle (see NEEDS_PARTICLE): "shot back", "weighed in".
  ['shoot', 'shoots', 'shot', 'shooting'],
  ['fire', 'fires', 'fired', 'firing'],
  ['hit', 'hits', 'hitting'],
  ['push', 'pushes', 'pushed', 'pushing'],
  ['weigh', 'weighs', 'weighed', 'weighing'],
  ['pipe', 'pipes', 'piped', 'piping'],
  ...['condemn', 'brand', 'liken', 'attack', 'chant', 'reference', 'characterize', 'characterise', 'label', 'dub',
    'term', 'deem', 'decry', 'denounce', 'lambaste', 'tease', 'taunt', 'pledge', 'argue', 'contend', 'dismiss',
    'insist', 'highlight', 'mention', 'sing', 'vow', 'promise', 'rate', 'rule', 'conclude', 'find', 'add', 'refer',
    'assure', 'shout', 'scream', 'cry', 'lament', 'chide', 'scold', 'rebuke', 'mock', 'joke', 'muse', 'bark', 'beam',
    'gasp', 'growl', 'hiss', 'snarl', 'sneer', 'laugh', 'chuckle', 'murmur', 'mutter', 'mumble', 'stammer', 'wail',
    'roar', 'bellow', 'confess', 'interrupt', 'venture', 'reassure', 'recite', 'rant', 'rave', 'concur', 'whine',
    'holler', 'thank', 'apologize', 'apologise', 'inform', 'inquire', 'enquire', 'instruct', 'implore', 'exult', 'fret',
    'groan', 'grumble', 'smirk', 'pronounce', 'stipulate', 'acknowledge', 'attest', 'aver', 'avow', 'posit',
    'theorize', 'speculate', 'surmise', 'tout', 'trumpet', 'chirp', 'plead', 'demur', 'scoff', 'jeer', 'taunt',
    'quote', 'retaliate', 'remember', 'press', 'persist', 'marvel'].map((v) => regular(v)),
  ['beg', 'begs', 'begged', 'begging'],
  ['sob', 'sobs', 'sobbed', 'sobbing'],
  ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  ['refer', 'refers', 'referred', 'referring'],
  ['cry', 'cries', 'cried', 'crying'],
  ['sing', 'sings', 'sang', 'singing', 'sung'],
  ['find', 'finds', 'found'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
];

/** Every form of a cue verb → its lemma. */
function lemmas(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const l of CUE_LIST) for (const w of l) if (!out.has(w)) out.set(w, l[0]);
  // Forms the regular rule gets wrong.
  for (const [w, lemma] of [['stressed', 'stress'], ['pointed', 'point'], ['regretted', 'regret']] as const) out.set(w, lemma);
  for (const bad of ['presss', 'ribed', 'ribing', 'beted', 'beting', 'refered', 'refering', 'cryed', 'crys', 'dubed', 'dubing',
    'labeled', 'finded', 'singed', 'replys', 'replyed', 'denys', 'denyed', 'querys', 'queryed', 'testifys', 'testifyed', 'clarifys',
    'clarifyed', 'quiped', 'snaped', 'admited', 'regreted']) out.delete(bad);
  return out;
}

const CUE_LEMMA = lemmas();

/** Lemmas that need a particle or object to be speech: "pointed out", "went on", "put it". */
const NEEDS_PARTICLE = new Map<string, string[]>([
  ['point', ['out']],
  ['go', ['on']],
  ['put', ['it']],
  ['chime', ['in']],
  ['shoot', ['back']],
  ['fire', ['back']],
  ['hit', ['back']],
  ['push', ['back']],
  ['weigh', ['in']],
  ['pipe', ['up']],
  ['speak', ['up', 'out']],
]);

/** Lemmas that report belief or feeling rather than words: speech only before a quotation or "that". */
export const WEAK_CUES = new Set(['laugh', 'chuckle', 'beam', 'smirk', 'thank', 'refer', 'assure', 'chide', 'scold', 'rebuke', 'read', 'condemn', 'brand', 'liken', 'attack', 'chant', 'reference', 'characterize',
  'characterise', 'label', 'dub', 'term', 'deem', 'decry', 'denounce', 'lambaste', 'tease', 'taunt', 'dismiss',
  'highlight', 'sing', 'rate', 'rule', 'find', 'think', 'believe', 'feel', 'hope', 'express', 'welcome', 'regret', 'call', 'describe',
  'quote', 'cite', 'praise', 'criticize', 'criticise', 'accuse', 'mock', 'hail', 'slam', 'blast', 'agree', 'post',
  'report', 'speak', 'continue', 'ask', 'answer', 'question', 'repeat', 'mention', 'indicate', 'propose', 'recommend']);

export function cueLemma(lower: string): string | undefined {
  return CUE_LEMMA.get(lower);
}

export function cueParticles(lemma: string): string[] | undefined {
  return NEEDS_PARTICLE.get(lemma);
}

/** Nouns of statements that carry a cue: "in a statement", "in an interview", "at a press briefing". */
export const STATEMENT_NOUNS = new Set(['statement', 'interview', 'briefing', 'conference', 'speech', 'address',
  'tweet', 'post', 'letter', 'email', 'e-mail', 'memo', 'op-ed', 'editorial', 'column', 'remarks', 'release',
  'appearance', 'rally', 'debate', 'hearing', 'testimony', 'podcast', 'broadcast', 'video', 'message', 'blog',
  'town', 'event', 'call', 'meeting', 'session']);

/** Nouns for something said, whose possessor is its speaker: "Trump’s claim that …", "Clinton’s remark". */
export const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'statements', 'assertion', 'assertions', 'remark',
  'remarks', 'comment', 'comments', 'promise', 'promises', 'pledge', 'warning', 'warnings', 'vow', 'suggestion',
  'argument', 'insistence', 'prediction', 'description', 'characterization', 'words', 'message', 'tweet', 'tweets',
  'declaration', 'admission', 'accusation', 'accusations', 'charge', 'charges', 'boast', 'quip', 'response', 'reply',
  'retort', 'demand', 'demands', 'plea', 'threat', 'threats', 'criticism', 'complaint', 'allegation', 'allegations',
  'slogan', 'motto', 'mantra', 'catchphrase', 'refrain', 'speech', 'testimony', 'contention', 'insinuation',
  'pronouncement', 'announcement', 'explanation', 'answer', 'denial', 'apology', 'question', 'joke', 'jab', 'barb',
  'dig', 'attack', 'attacks', 'insult', 'insults', 'nickname', 'label', 'description', 'phrase', 'line']);

/** Lowercase words that sit between a subject and its cue: "Putin has also said", "she later told". */
export const CUE_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'again', 'once', 'reportedly', 'further',
  'recently', 'repeatedly', 'has', 'had', 'have', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not', 'never', 'just', 'already', 'often', 'frequently',
  'publicly', 'privately', 'bluntly', 'flatly', 'quickly', 'simply', 'only', 'even', 'still', 'finally',
  'earlier', 'yesterday', 'today', 'tonight', 'separately', 'similarly', 'likewise', 'angrily', 'calmly', 'proudly',
  'openly', 'explicitly', 'specifically', 'reportedly', 'allegedly', 'apparently', 'famously', 'once', 'twice',
  'last', 'week', 'year', 'month', 'night', 'morning', 'afternoon', 'evening', 'day', 'shall', 'should', 'must',
  'can', 'going', 'to', 'in', 'turn', 'so', 'too', 'however', 'though', 'notably', 'memorably', 'jokingly']);

/** Lemmas whose object is the listener, not the speaker: "told Y", "asked Y". */
export const TO_LISTENER = new Set(['tell', 'ask', 'remind', 'urge', 'warn', 'advise', 'assure', 'promise', 'call', 'describe', 'accuse', 'praise', 'criticize', 'criticise', 'mock', 'blast', 'slam', 'hail', 'welcome', 'quote', 'cite']);

// Verbs that report what someone said or wrote (not "called", "described": those take objects).
export const REPORTING_CUES = new Set(['say', 'tell', 'add', 'state', 'claim', 'argue', 'insist', 'warn', 'announce', 'explain',
  'note', 'stress', 'acknowledge', 'admit', 'confirm', 'deny', 'predict', 'promise', 'vow', 'suggest', 'assert',
  'contend', 'maintain', 'report', 'write', 'tweet', 'emphasize', 'emphasise', 'reiterate', 'concede', 'allege',
  'according', 'declare', 'point', 'reply', 'respond', 'recall', 'complain', 'conclude', 'believe', 'think']);

// Words that may stand between a cue and its clause: "said Thursday that", "said in a statement that".
export const REPORT_SETTING_WORDS = new Set([...RELATIVE_DAYS, ...WEEKDAY_NAMES, 'earlier', 'later', 'recently', 'previously',
  'again', 'also', 'repeatedly', 'publicly', 'privately', 'last', 'this', ...TIME_NOUNS, 'on', 'in',
  'at', 'during', 'via', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'statement', 'interview', 'briefing',
  'conference', 'press', 'news', 'speech', 'post', 'tweet', 'letter', 'email', 'rally', 'event', 'hearing',
  'debate', 'call', 'release', 'twitter', 'facebook', 'television', 'radio']);

// Documents that speak for whoever issued them.
export const DOCUMENTS = new Set(['statement', 'letter', 'report', 'memo', 'release', 'email', 'tweet', 'post', 'ad',
  'video', 'message', 'note', 'op-ed', 'editorial', 'filing', 'complaint', 'petition']);

// Words that introduce the title of a work or an event, not a quotation.
export const WORK_WORDS = new Set(['show', 'program', 'programme', 'documentary', 'film', 'movie', 'book', 'novel', 'album',
  'song', 'series', 'episode', 'column', 'podcast', 'segment', 'forum', 'titled', 'entitled', 'on', 'magazine',
  'newspaper', 'play', 'musical', 'memoir', 'report', 'headline', 'hashtag', 'slogan', 'motto', 'banner', 'sign']);
