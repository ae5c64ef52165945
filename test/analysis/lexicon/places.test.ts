// The gazetteer: which places a name can be, in which order, and the press's abbreviations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import data from '../../../server/src/analysis/data/lexicon.generated.json';
import { isPlaceName, MAX_PLACE_WORDS } from '../../../server/src/analysis/lexicon/names';
import { cityIn, placeKey, placeOf, placeOfAbbreviation, placesOf } from '../../../server/src/analysis/lexicon/places';
import {
  COUNTRY_ABBREVIATIONS,
  PLACE_ALIASES,
  PRESS_ABBREVIATIONS,
} from '../../../server/src/analysis/lexicon/pressAbbreviations';

const kinds = (name: string): string[] => placesOf(name).map((p) => `${p.kind}:${p.name}`);

describe('places by name', () => {
  it('knows countries by their names, other spellings and short forms', () => {
    assert.deepEqual(placeOf('canada'), { kind: 'country', name: 'Canada' });
    assert.deepEqual(placeOf('united states of america'), { kind: 'country', name: 'United States' });
    assert.deepEqual(placeOf('u.s.'), { kind: 'country', name: 'United States' });
    assert.equal(placeOf('drc')?.name, 'DR Congo');
  });

  it("knows Canada's provinces and territories and the US states", () => {
    assert.deepEqual(placeOf('nova scotia'), { kind: 'province', name: 'Nova Scotia', country: 'Canada' });
    assert.deepEqual(placeOf('nunavut'), { kind: 'province', name: 'Nunavut', country: 'Canada' });
    assert.deepEqual(placeOf('new mexico'), { kind: 'state', name: 'New Mexico', country: 'United States' });
    assert.equal(placeOf('newfoundland')?.name, 'Newfoundland and Labrador');
  });

  it('gives a city its population, country, province or state, and whether it is a capital', () => {
    assert.deepEqual(
      { ...placeOf('regina'), population: undefined },
      {
        kind: 'city',
        name: 'Regina',
        population: undefined,
        country: 'Canada',
        region: 'Saskatchewan',
        capital: 'regional',
      },
    );
    assert.ok((placeOf('regina')?.population ?? 0) > 100000);
    assert.equal(placeOf('ottawa')?.capital, 'national');
    assert.equal(placeOf('mississauga')?.capital, undefined);
    assert.equal(placeOf('nairobi')?.country, 'Kenya');
    assert.equal(placeOf('nairobi')?.region, undefined);
  });

  it('reads any case, accents or none, straight or curly apostrophes, one word or several', () => {
    assert.equal(placeOf('Montreal')?.name, 'Montréal');
    assert.equal(placeOf('MONTRÉAL')?.name, 'Montréal');
    assert.equal(placeOf('trois-rivieres')?.name, 'Trois-Rivières');
    assert.equal(placeOf('St. John’s')?.region, 'Newfoundland and Labrador');
    assert.equal(placeOf("st. john's")?.region, 'Newfoundland and Labrador');
    assert.equal(placeOf('salt lake city')?.region, 'Utah');
    assert.equal(placeKey('Québec'), 'quebec');
  });

  it('orders the readings: country, then province or state, then cities by population', () => {
    assert.deepEqual(kinds('georgia'), ['country:Georgia', 'state:Georgia']);
    assert.deepEqual(kinds('quebec'), ['province:Quebec', 'city:Québec']);
    assert.deepEqual(kinds('new york'), ['state:New York', 'city:New York City']);
    assert.deepEqual(kinds('washington').slice(0, 2), ['state:Washington', 'city:Washington, D.C.']);
    const london = placesOf('london');
    assert.deepEqual(
      london.map((p) => p.country),
      ['United Kingdom', 'Canada'],
    );
    assert.ok((london[0].population ?? 0) > (london[1].population ?? 0));
    assert.equal(placeOf('quebec city')?.name, 'Québec');
  });

  it('keeps small Canadian towns, US cities of 25,000 and more, and every Canadian and US capital', () => {
    assert.equal(placeOf('tofino')?.region, 'British Columbia');
    assert.equal(placeOf('attawapiskat')?.region, 'Ontario');
    assert.equal(placeOf('montpelier')?.capital, 'regional');
    assert.equal(placeOf('iqaluit')?.capital, 'regional');
    // Under 25,000 people and no capital: left out.
    assert.equal(placeOf('hyannis'), undefined);
  });

  it('leaves out cities named like stopwords, and names longer than a place can be', () => {
    assert.equal(placeOf('most'), undefined);
    for (const name of data.cities.names.split('|')) {
      assert.ok(name.split(' ').length <= MAX_PLACE_WORDS, name);
      assert.ok(
        placesOf(name).some((p) => p.name === name),
        name,
      );
    }
  });

  it('finds a city of a name in a province, state or country', () => {
    const sask = placeOfAbbreviation('Sask.');
    assert.ok(sask);
    assert.equal(cityIn('regina', sask)?.name, 'Regina');
    assert.equal(cityIn('london', placeOf('canada')!)?.region, 'Ontario');
    assert.equal(cityIn('kingston', placeOf('ontario')!)?.country, 'Canada');
    assert.equal(cityIn('halifax', placeOf('alberta')!), undefined);
  });

  it('keeps isPlaceName to countries and US states', () => {
    assert.equal(isPlaceName('nova scotia'), false);
    assert.equal(isPlaceName('halifax'), false);
    assert.equal(isPlaceName('new mexico'), true);
    assert.equal(isPlaceName('u.k.'), true);
  });
});

describe('press abbreviations', () => {
  it('reads Canadian Press and AP abbreviations as written', () => {
    assert.deepEqual(placeOfAbbreviation('B.C.'), { kind: 'province', name: 'British Columbia', country: 'Canada' });
    assert.equal(placeOfAbbreviation('P.E.I.')?.name, 'Prince Edward Island');
    assert.equal(placeOfAbbreviation('Nfld.')?.name, 'Newfoundland and Labrador');
    assert.deepEqual(placeOfAbbreviation('Ga.'), { kind: 'state', name: 'Georgia', country: 'United States' });
    assert.equal(placeOfAbbreviation('Calif.')?.name, 'California');
    assert.equal(placeOfAbbreviation('D.C.')?.name, 'District of Columbia');
    assert.equal(placeOfAbbreviation('mass.'), undefined);
    assert.equal(placeOfAbbreviation('Mass'), undefined);
  });

  it('resolves every abbreviation to a province of Canada or a US state', () => {
    for (const [short, name] of PRESS_ABBREVIATIONS) {
      const place = placeOfAbbreviation(short);
      assert.equal(place?.name, name, short);
      assert.ok(place.country === 'Canada' || place.country === 'United States', short);
    }
  });

  it('resolves every country short form to a country, and every alias to its place', () => {
    for (const [short, name] of COUNTRY_ABBREVIATIONS) {
      assert.deepEqual(placeOf(short), { kind: 'country', name }, short);
      if (short !== 'eu') assert.ok(data.countries.includes(name), name);
    }
    for (const [alias, { kind, name }] of PLACE_ALIASES) {
      assert.ok(
        placesOf(alias).some((p) => p.kind === kind && p.name === name),
        alias,
      );
    }
  });
});
