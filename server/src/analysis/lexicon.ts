// Closed word classes of news English that the core reads text with: speech cues, titles,
// honorifics, pronouns, source descriptors. Open classes (first names, countries,
// demonyms, US states, stopwords) come from data packages, see names.ts and places.ts.

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

const CUE_LEMMA = new Map<string, string>();
for (const l of CUE_LIST) for (const w of l) if (!CUE_LEMMA.has(w)) CUE_LEMMA.set(w, l[0]);
// Forms the regular rule gets wrong.
for (const [w, lemma] of [['stressed', 'stress'], ['pointed', 'point'], ['regretted', 'regret']] as const) CUE_LEMMA.set(w, lemma);
for (const bad of ['presss', 'ribed', 'ribing', 'beted', 'beting', 'refered', 'refering', 'cryed', 'crys', 'dubed', 'dubing', 'labeled', 'finded', 'singed', 'replys', 'replyed', 'denys', 'denyed', 'querys', 'queryed', 'testifys', 'testifyed', 'clarifys', 'clarifyed', 'quiped', 'snaped', 'admited', 'regreted']) CUE_LEMMA.delete(bad);

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

/** Honorifics written before a name; value: the gender they tell, if any. */
export const HONORIFICS = new Map<string, 'male' | 'female' | null>([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mx', null], ['dr', null], ['prof', null],
  ['sir', 'male'], ['dame', 'female'], ['lord', 'male'], ['lady', 'female'], ['rev', null], ['hon', null],
  ['messrs', null], ['mme', 'female'], ['mlle', 'female'], ['herr', 'male'], ['frau', 'female'],
]);

/**
 * Title words that pre-modify a person's name ("President Emmanuel Macron", "Sen. Tom Udall")
 * or stand for the person alone ("the president"). Value: gender told by the title, if any.
 */
export const TITLES = new Map<string, 'male' | 'female' | null>([
  ...[
    'president', 'minister', 'secretary', 'chancellor', 'director', 'leader', 'chair', 'chairperson', 'senator',
    'sen', 'representative', 'rep', 'governor', 'gov', 'mayor', 'ambassador', 'judge', 'justice', 'pope', 'sheikh',
    'emir', 'ayatollah', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'captain', 'capt', 'sergeant', 'sgt',
    'admiral', 'adm', 'commander', 'chief', 'ceo', 'cfo', 'coo', 'founder', 'professor', 'prof', 'dr', 'doctor',
    'rev', 'reverend', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'speaker', 'premier', 'attorney',
    'counsel', 'commissioner', 'coach', 'manager', 'executive', 'officer', 'analyst', 'adviser', 'advisor',
    'strategist', 'pollster', 'host', 'anchor', 'correspondent', 'editor', 'nominee', 'candidate', 'delegate',
    'envoy', 'diplomat', 'official', 'lawmaker', 'sheriff', 'superintendent', 'inspector', 'director-general',
    'secretary-general', 'head', 'spokesperson', 'economist', 'lawyer', 'historian', 'scientist', 'researcher',
    'activist', 'author', 'columnist', 'commentator', 'journalist', 'reporter', 'producer', 'actor', 'actress',
    'singer', 'comedian', 'musician', 'artist', 'player', 'star', 'owner', 'partner', 'agent', 'aide', 'staffer',
    'operative', 'consultant', 'organizer', 'organiser', 'volunteer', 'donor', 'supporter', 'voter', 'resident',
    'student', 'teacher', 'physician', 'surgeon', 'nurse', 'detective', 'prosecutor', 'magistrate', 'trustee',
    'administrator', 'deputy', 'mp', 'mep', 'councillor', 'councilor', 'alderman', 'treasurer', 'comptroller',
    'auditor', 'whip', 'majority', 'minority', 'moderator', 'panelist', 'anchorwoman', 'anchorman', 'founder',
    'co-founder', 'cofounder', 'ceo', 'chairman-elect', 'president-elect', 'vice-president', 'premier', 'monarch',
    'dictator', 'prosecutor', 'solicitor', 'barrister', 'pastor', 'priest', 'chaplain', 'coordinator', 'director',
    'chief-of-staff', 'specialist', 'expert', 'fellow', 'scholar', 'lecturer', 'dean', 'provost', 'principal',
    'coach', 'captain', 'skipper', 'referee', 'umpire', 'campaigner', 'challenger', 'incumbent', 'contender',
    'front-runner', 'frontrunner', 'hopeful', 'rival', 'opponent',
  ].map((t) => [t, null] as [string, null]),
  ...['chairman', 'spokesman', 'congressman', 'assemblyman', 'councilman', 'businessman', 'king', 'prince', 'father',
    'brother', 'duke', 'baron', 'count', 'emperor', 'sultan', 'tsar', 'czar', 'frontman', 'husband', 'son', 'grandfather',
    'uncle', 'nephew', 'boyfriend', 'widower', 'congressman-elect', 'lord', 'sir', 'mr']
    .map((t) => [t, 'male'] as [string, 'male']),
  ...['chairwoman', 'spokeswoman', 'congresswoman', 'assemblywoman', 'councilwoman', 'businesswoman', 'queen',
    'princess', 'mother', 'sister', 'duchess', 'baroness', 'countess', 'empress', 'tsarina', 'wife', 'daughter',
    'grandmother', 'aunt', 'niece', 'girlfriend', 'widow', 'actress', 'first lady', 'dame', 'lady', 'mrs', 'ms']
    .map((t) => [t, 'female'] as [string, 'female']),
]);

/** Words that extend a title: "Vice President", "Director General", "Secretary of State", "Prime Minister". */
export const TITLE_MODIFIERS = new Set(['vice', 'deputy', 'acting', 'assistant', 'associate', 'executive', 'senior',
  'chief', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'justice', 'education', 'trade',
  'economy', 'energy', 'labor', 'labour', 'home', 'state', 'general', 'former', 'then', 'longtime', 'long-time',
  'interim', 'outgoing', 'incoming', 'presumptive', 'presidential', 'top', 'first', 'lead', 'managing', 'press',
  'communications', 'campaign', 'national', 'federal', 'regional', 'local', 'supreme', 'high', 'grand', 'lord',
  'majority', 'minority', 'ranking', 'special', 'principal', 'ex', 'late', 'retired', 'veteran', 'current', 'new',
  'democratic', 'republican', 'gop', 'conservative', 'liberal', 'progressive', 'independent', 'labour', 'tory',
  'socialist', 'green', 'house', 'senate', 'white', 'district', 'county', 'city', 'attorney', 'solicitor', 'crown',
  'security', 'intelligence', 'military', 'army', 'navy', 'air', 'force', 'police', 'fire', 'cabinet', 'party',
  'political', 'policy', 'public', 'foreign-policy', 'economic', 'legal', 'medical', 'senior', 'junior', 'co']);

export const PRONOUNS = new Map<string, { gender: 'male' | 'female' | 'neuter' | 'plural' | 'first'; subject: boolean }>([
  ['he', { gender: 'male', subject: true }], ['him', { gender: 'male', subject: false }],
  ['his', { gender: 'male', subject: false }], ['himself', { gender: 'male', subject: false }],
  ['she', { gender: 'female', subject: true }], ['her', { gender: 'female', subject: false }],
  ['hers', { gender: 'female', subject: false }], ['herself', { gender: 'female', subject: false }],
  ['it', { gender: 'neuter', subject: true }], ['its', { gender: 'neuter', subject: false }],
  ['they', { gender: 'plural', subject: true }], ['them', { gender: 'plural', subject: false }],
  ['their', { gender: 'plural', subject: false }],
  // The writer's own voice, outside quotations: an op-ed's "I said", an editorial's "we".
  ['i', { gender: 'first', subject: true }], ['we', { gender: 'first', subject: true }],
]);

/** Nouns for something said, whose possessor is its speaker: "Trump’s claim that …", "Clinton’s remark". */
export const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'statements', 'assertion', 'assertions', 'remark',
  'remarks', 'comment', 'comments', 'promise', 'promises', 'pledge', 'warning', 'warnings', 'vow', 'suggestion',
  'argument', 'insistence', 'prediction', 'description', 'characterization', 'words', 'message', 'tweet', 'tweets',
  'declaration', 'admission', 'accusation', 'accusations', 'charge', 'charges', 'boast', 'quip', 'response', 'reply',
  'retort', 'demand', 'demands', 'plea', 'threat', 'threats', 'criticism', 'complaint', 'allegation', 'allegations',
  'slogan', 'motto', 'mantra', 'catchphrase', 'refrain', 'speech', 'testimony', 'contention', 'insinuation',
  'pronouncement', 'announcement', 'explanation', 'answer', 'denial', 'apology', 'question', 'joke', 'jab', 'barb',
  'dig', 'attack', 'attacks', 'insult', 'insults', 'nickname', 'label', 'description', 'phrase', 'line']);

/**
 * Nouns that name an unnamed source or a body that speaks: "a source said", "officials
 * said", "the ministry said in a statement", "the report says".
 */
export const SOURCE_NOUNS = new Set(['source', 'sources', 'official', 'officials', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'analyst',
  'analysts', 'expert', 'experts', 'critic', 'critics', 'supporter', 'supporters', 'resident', 'residents',
  'witness', 'witnesses', 'police', 'statement', 'report', 'poll', 'survey', 'study', 'letter', 'lawsuit',
  'complaint', 'filing', 'memo', 'ministry', 'department', 'company', 'campaign', 'group', 'government',
  'administration', 'agency', 'office', 'committee', 'commission', 'council', 'party', 'court', 'judge',
  'prosecutors', 'prosecutor', 'investigators', 'authorities', 'organizers', 'organisers', 'protesters',
  'protestors', 'demonstrators', 'voters', 'voter', 'people', 'person', 'man', 'woman', 'men', 'women', 'member',
  'members', 'leader', 'leaders', 'lawmakers', 'lawmaker', 'senator', 'senators', 'diplomat', 'diplomats',
  'insider', 'insiders', 'observer', 'observers', 'activist', 'activists', 'doctor', 'doctors', 'staffer',
  'staffers', 'operative', 'operatives', 'strategist', 'strategists', 'donor', 'donors', 'delegate',
  'delegates', 'economist', 'economists', 'scientists', 'researchers', 'researcher', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'representative', 'representatives', 'executive', 'executives', 'manager', 'owner',
  'website', 'site', 'newspaper', 'paper', 'magazine', 'network', 'outlet', 'release', 'document', 'documents',
  'email', 'emails', 'tweet', 'post', 'article', 'story', 'editorial', 'memo', 'bill', 'ad', 'advertisement',
  'video', 'message', 'note', 'book', 'transcript', 'kremlin', 'pentagon', 'board', 'union', 'firm', 'bank',
  'team', 'club', 'school', 'university', 'hospital', 'army', 'military', 'president', 'minister', 'governor',
  'mayor', 'candidate', 'nominee', 'chairman', 'chairwoman', 'chair', 'secretary', 'director', 'host', 'anchor',
  'moderator', 'reporter', 'reporters', 'journalist', 'journalists', 'friend', 'friends', 'neighbor', 'neighbour',
  'neighbors', 'parent', 'parents', 'mother', 'father', 'student', 'students', 'teacher', 'teachers', 'worker',
  'workers', 'employee', 'employees', 'customer', 'customers', 'fan', 'fans', 'audience', 'crowd', 'someone',
  'somebody', 'one', 'others', 'many', 'some', 'both', 'all', 'ruling', 'decision', 'order', 'verdict', 'opinion',
  'indictment', 'analysis', 'clip', 'narrator', 'announcer', 'commercial', 'headline', 'piece', 'column', 'resolution',
  'law', 'page', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'text', 'card', 'caption', 'post',
  'petition', 'manifesto', 'platform', 'guidelines', 'agreement', 'treaty', 'contract', 'proposal', 'plan',
  'spokesmen', 'spokeswomen', 'aide', 'campaigners', 'organizer', 'organiser', 'protester', 'demonstrator',
  'chairman', 'panel', 'jury', 'commentator', 'commentators', 'pundit', 'pundits', 'veteran', 'veterans',
  'official', 'insider', 'participant', 'participants', 'attendee', 'attendees', 'caller', 'callers', 'user', 'users',
  'republican', 'republicans', 'democrat', 'democrats', 'conservative', 'conservatives', 'liberal', 'liberals',
  'progressive', 'progressives', 'independent', 'independents', 'lawmaker', 'legislator', 'legislators']);

/** Determiners and quantifiers that may open a source description. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'several', 'some', 'many',
  'most', 'other', 'both', 'these', 'those', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'few', 'numerous', 'multiple', 'various']);

/** Head nouns that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set(['ministry', 'department', 'agency', 'committee', 'commission', 'council', 'party',
  'campaign', 'administration', 'office', 'bureau', 'service', 'court', 'senate', 'house', 'congress', 'parliament',
  'government', 'kremlin', 'pentagon', 'university', 'institute', 'foundation', 'association', 'union', 'bank',
  'fund', 'company', 'corp', 'corporation', 'inc', 'group', 'times', 'post', 'news', 'journal', 'press', 'network',
  'channel', 'radio', 'tv', 'television', 'herald', 'tribune', 'guardian', 'telegraph', 'daily', 'weekly', 'magazine',
  'review', 'gazette', 'observer', 'examiner', 'chronicle', 'monitor', 'center', 'centre', 'organization',
  'organisation', 'federation', 'league', 'club', 'society', 'board', 'authority', 'police', 'army', 'navy', 'force',
  'forces', 'command', 'council', 'assembly', 'cabinet', 'ministry', 'secretariat', 'alliance', 'coalition',
  'movement', 'front', 'brigade', 'brigades', 'commission', 'tribunal', 'academy', 'school', 'college', 'hospital',
  'clinic', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'partners', 'holdings', 'ltd', 'llc', 'plc',
  'co', 'foundation', 'trust', 'reserve', 'exchange', 'media', 'studios', 'records', 'pictures', 'project', 'initiative',
  'caucus', 'pac', 'watch', 'labs', 'industries', 'group']);

/** Head nouns of places and geographic names: not speakers. */
export const PLACE_HEADS = new Set(['peninsula', 'east', 'west', 'north', 'south', 'sea', 'ocean', 'river', 'island',
  'islands', 'mountain', 'mountains', 'valley', 'county', 'province', 'region', 'street', 'avenue', 'square', 'city',
  'republic', 'kingdom', 'gulf', 'strait', 'bay', 'lake', 'park', 'airport', 'state', 'states', 'coast', 'desert',
  'canal', 'bridge', 'road', 'station', 'hall', 'tower', 'building', 'stadium', 'arena', 'garden', 'gardens', 'beach',
  'district', 'territory', 'territories', 'heights', 'hills', 'plaza', 'boulevard', 'highway', 'route', 'village',
  'town', 'capital', 'continent', 'basin', 'delta', 'plain', 'plains', 'forest', 'harbor', 'harbour', 'port',
  'border', 'zone', 'strip', 'bank', 'europe', 'asia', 'africa', 'america', 'americas', 'oceania', 'antarctica']);

/** Words that join the parts of a name or title: "Secretary of State", "Leonardo da Vinci". */
export const NAME_CONNECTORS = new Set(['of', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le',
  'bin', 'ibn', 'al', 'el', 'du', 'des', 'dos', 'das', 'y', 'ter', 'ten', 'st']);

/** Lowercase words that sit between a subject and its cue: "Putin has also said", "she later told". */
export const CUE_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'again', 'once', 'reportedly', 'further',
  'recently', 'repeatedly', 'has', 'had', 'have', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not', 'never', 'just', 'already', 'often', 'frequently',
  'publicly', 'privately', 'bluntly', 'flatly', 'quickly', 'simply', 'only', 'even', 'still', 'finally',
  'earlier', 'yesterday', 'today', 'tonight', 'separately', 'similarly', 'likewise', 'angrily', 'calmly', 'proudly',
  'openly', 'explicitly', 'specifically', 'reportedly', 'allegedly', 'apparently', 'famously', 'once', 'twice',
  'last', 'week', 'year', 'month', 'night', 'morning', 'afternoon', 'evening', 'day', 'shall', 'should', 'must',
  'can', 'going', 'to', 'in', 'turn', 'so', 'too', 'however', 'though', 'notably', 'memorably', 'jokingly']);
