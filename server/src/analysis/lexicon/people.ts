// Closed word classes of people, organisations and places: honorifics, titles, pronouns, the nouns
// of unnamed sources, the head nouns of organisations and places, name particles.

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

/** Personal pronouns, with the gender they tell and whether they are subjects. */
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

/**
 * Endings of a plural agent noun the lists do not hold ("the ferry operators", "show insiders", "economists"):
 * right before a speech cue, people who do something. Plural only: a singular "-er" word is as often
 * a thing ("the order", "the paper").
 */
export const AGENT_ENDINGS = ['ers', 'ors', 'ists', 'ians', 'ants', 'ents'];

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

// Bodies named by one word: "Congress said", "the Kremlin". Other head nouns alone ("Institute",
// "Committee") are fragments of a longer name.
export const STANDALONE_BODIES = new Set(['congress', 'senate', 'parliament', 'kremlin', 'pentagon', 'government',
  'administration', 'police', 'army', 'navy', 'cabinet', 'vatican', 'knesset', 'bundestag', 'duma', 'politburo',
  'nato', 'interpol', 'europol', 'reuters', 'bloomberg', 'politico', 'axios']);

// Titles that stand for one person when used alone: "the president said".
export const OFFICES = new Set(['president', 'prime minister', 'minister', 'chancellor', 'secretary', 'senator', 'governor',
  'mayor', 'leader', 'chairman', 'chairwoman', 'premier', 'king', 'queen', 'pope', 'ambassador', 'director', 'speaker',
  'president-elect', 'vice president', 'nominee', 'candidate', 'congressman', 'congresswoman', 'judge', 'general',
  'director general', 'secretary of state', 'secretary-general', 'chief executive', 'founder', 'commissioner',
  'foreign minister', 'defense secretary', 'defence secretary', 'attorney general', 'spokesman', 'spokeswoman',
  'billionaire', 'businessman', 'businesswoman', 'host', 'pollster', 'ceo']);

/** Abbreviated titles and honorifics written with a period: "Sen.", "Dr.", "Lt.". */
export const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev',
  'prof', 'st', 'jr', 'sr', 'adm', 'maj', 'hon', 'mme', 'mlle', 'messrs', 'cmdr', 'supt', 'insp', 'pres']);

/** Determiners that open a descriptive apposition after a name: "Hill, a doctor at the clinic,". */
export const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

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

// Function words that may stand in a place's name in capitals: "RIO DE JANEIRO", "DAR ES SALAAM",
// "NEW YORK", "WEST PALM BEACH", "FORT WORTH".
export const PLACE_NAME_PARTICLES = new Set(['de', 'del', 'la', 'le', 'las', 'los', 'el', 'es', 'al', 'da', 'do', 'dos', 'du', 'of', 'upon', 'on', 'sur', 'am',
  'new', 'old', 'north', 'south', 'east', 'west', 'great', 'little', 'upper', 'lower', 'saint', 'st', 'san', 'santa', 'fort', 'port', 'mount']);
