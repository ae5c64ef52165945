// How the press writes places short: the Canadian Press and AP abbreviations of provinces,
// territories and states ("Regina, Sask.", "Sen. Dana Whitfield, D-Calif."), the short forms of
// countries, and the names the press uses where the gazetteer spells a place otherwise.

/**
 * Canadian Press and AP abbreviations, as written (case and periods matter: "Mass." is
 * Massachusetts, "mass." is not) → the province, territory or state. Several are also words or
 * honorifics ("Miss.", "Man.", "Ind.", "Wash."): read them as places after a city and a comma, or
 * in a party label ("D-Wash."). AP spells out Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and
 * Utah; the Canadian Press spells out Nunavut and, mostly, Yukon.
 */
export const PRESS_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  // Canada (the Canadian Press)
  ['Alta.', 'Alberta'],
  ['B.C.', 'British Columbia'],
  ['Man.', 'Manitoba'],
  ['N.B.', 'New Brunswick'],
  ['N.L.', 'Newfoundland and Labrador'],
  ['Nfld.', 'Newfoundland and Labrador'],
  ['N.S.', 'Nova Scotia'],
  ['Ont.', 'Ontario'],
  ['P.E.I.', 'Prince Edward Island'],
  ['Que.', 'Quebec'],
  ['Sask.', 'Saskatchewan'],
  ['N.W.T.', 'Northwest Territories'],
  ['Y.T.', 'Yukon'],
  // The United States (AP, which the Canadian Press follows for them)
  ['Ala.', 'Alabama'],
  ['Ariz.', 'Arizona'],
  ['Ark.', 'Arkansas'],
  ['Calif.', 'California'],
  ['Colo.', 'Colorado'],
  ['Conn.', 'Connecticut'],
  ['Del.', 'Delaware'],
  ['D.C.', 'District of Columbia'],
  ['Fla.', 'Florida'],
  ['Ga.', 'Georgia'],
  ['Ill.', 'Illinois'],
  ['Ind.', 'Indiana'],
  ['Kan.', 'Kansas'],
  ['Ky.', 'Kentucky'],
  ['La.', 'Louisiana'],
  ['Md.', 'Maryland'],
  ['Mass.', 'Massachusetts'],
  ['Mich.', 'Michigan'],
  ['Minn.', 'Minnesota'],
  ['Miss.', 'Mississippi'],
  ['Mo.', 'Missouri'],
  ['Mont.', 'Montana'],
  ['Neb.', 'Nebraska'],
  ['Nev.', 'Nevada'],
  ['N.H.', 'New Hampshire'],
  ['N.J.', 'New Jersey'],
  ['N.M.', 'New Mexico'],
  ['N.Y.', 'New York'],
  ['N.C.', 'North Carolina'],
  ['N.D.', 'North Dakota'],
  ['Okla.', 'Oklahoma'],
  ['Ore.', 'Oregon'],
  ['Pa.', 'Pennsylvania'],
  ['R.I.', 'Rhode Island'],
  ['S.C.', 'South Carolina'],
  ['S.D.', 'South Dakota'],
  ['Tenn.', 'Tennessee'],
  ['Vt.', 'Vermont'],
  ['Va.', 'Virginia'],
  ['Wash.', 'Washington'],
  ['W.Va.', 'West Virginia'],
  ['Wis.', 'Wisconsin'],
  ['Wyo.', 'Wyoming'],
]);

/**
 * Short forms of countries (lower case) that the country data leaves out (it keeps only names
 * longer than three letters) → the country's common name. The EU counts among them, as it does
 * for `isPlaceName`.
 */
export const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['us', 'United States'],
  ['u.s', 'United States'],
  ['u.s.', 'United States'],
  ['usa', 'United States'],
  ['uk', 'United Kingdom'],
  ['u.k', 'United Kingdom'],
  ['u.k.', 'United Kingdom'],
  ['eu', 'European Union'],
  ['uae', 'United Arab Emirates'],
  ['drc', 'DR Congo'],
  ['prc', 'China'],
  ['dprk', 'North Korea'],
  ['rok', 'South Korea'],
]);

/**
 * Names the press gives a place that the gazetteer spells otherwise or not at all (lower case) →
 * the kind and name of the place in the gazetteer. "Washington" and "New York" are first the
 * state, as the gazetteer has them; the city is their second reading.
 */
export const PLACE_ALIASES: ReadonlyMap<string, { kind: 'province' | 'city'; name: string }> = new Map([
  ['quebec city', { kind: 'city', name: 'Québec' }],
  ['newfoundland', { kind: 'province', name: 'Newfoundland and Labrador' }],
  ['washington', { kind: 'city', name: 'Washington, D.C.' }],
  ['new york', { kind: 'city', name: 'New York City' }],
]);
