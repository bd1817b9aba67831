import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  answerCounty,
  answerState,
  type Dataset,
  InvalidQueryError,
  loadBundledDataset,
  MAX_QUERY_LENGTH,
  Open287gError,
  resolveCounty,
  type SearchResult,
  search,
} from '../src/index.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const first = (text: string): SearchResult => {
  const [result] = search(dataset, text);
  if (!result) throw new Error(`no result for ${JSON.stringify(text)}`);
  return result;
};
const countyOf = (text: string) => {
  const result = first(text);
  return { kind: result.kind, label: result.label, counties: result.counties };
};

describe('search()', () => {
  it('finds Collier County, FL for "collier", as an exact match, before towns named Collier…', () => {
    const results = search(dataset, 'collier');
    expect(results[0]).toMatchObject({
      kind: 'county',
      label: 'Collier County, FL',
      name: 'Collier County',
      state: 'FL',
      counties: ['12021'],
      agencyId: null,
      population: 416233,
      exact: true,
    });
    expect(results.map((r) => r.label)).toContain('Collierville, TN');
    expect(results.findIndex((r) => r.label === 'Collierville, TN')).toBeGreaterThan(0);
  });

  it('finds the county and its sheriff for "Collier County, FL", and nothing outside Florida', () => {
    const results = search(dataset, 'Collier County, FL');
    expect(results.map((r) => r.label)).toEqual([
      'Collier County, FL',
      "Collier County Sheriff's Office, FL",
    ]);
    expect(results[1]).toMatchObject({ kind: 'agency', agencyId: 'fl-collier-county-sheriffs-office' });
    expect(countyOf('Collier FL')).toEqual(countyOf('Collier County, FL'));
  });

  it('understands Spanish: "condado de harris" → Harris County, TX first', () => {
    expect(countyOf('condado de harris')).toEqual({
      kind: 'county',
      label: 'Harris County, TX',
      counties: ['48201'],
    });
    expect(countyOf('condado de Harris, Texas').counties).toEqual(['48201']);
    expect(countyOf('Condado de Doña Ana, Nuevo México').counties).toEqual(['35013']);
  });

  it('folds accents: "doña ana" and "dona ana" both find Doña Ana County, NM', () => {
    const expected = { kind: 'county', label: 'Doña Ana County, NM', counties: ['35013'] };
    expect(countyOf('doña ana')).toEqual(expected);
    expect(countyOf('dona ana')).toEqual(expected);
    expect(countyOf('DOÑA ANA COUNTY')).toEqual(expected);
    // the same letter written as n + combining tilde (NFD), as some keyboards produce it
    expect(countyOf('Don\u0303a Ana')).toEqual(expected);
  });

  it('folds "St."/"Saint": "st lucie", "Saint Lucie", "St. Lucie County" → St. Lucie County, FL', () => {
    for (const text of ['st lucie', 'Saint Lucie', 'St. Lucie County', 'ST LUCIE']) {
      expect(countyOf(text), text).toEqual({
        kind: 'county',
        label: 'St. Lucie County, FL',
        counties: ['12111'],
      });
    }
    expect(search(dataset, 'Saint Lucie').map((r) => r.label)).toContain('Port Saint Lucie, FL');
  });

  it('is case-insensitive', () => {
    const lower = search(dataset, 'collier county');
    expect(search(dataset, 'COLLIER COUNTY')).toEqual(lower);
    expect(search(dataset, 'CoLLieR CoUnTy')).toEqual(lower);
    expect(search(dataset, '  collier   county  ')).toEqual(lower);
  });

  it('finds a ZIP code: 34102 → Collier County (ZIP+4 too)', () => {
    const expected = [
      {
        kind: 'zip',
        label: 'ZIP 34102',
        name: '34102',
        state: 'FL',
        counties: ['12021'],
        agencyId: null,
        population: null,
        exact: true,
      },
    ];
    expect(search(dataset, '34102')).toEqual(expected);
    expect(search(dataset, ' 34102-1234 ')).toEqual(expected);
    expect(search(dataset, 'zip 34102')).toEqual(expected);
    expect(search(dataset, 'código postal 34102')).toEqual(expected);
    expect(resolveCounty(dataset, '34102')).toMatchObject({ status: 'match', fips: '12021' });
  });

  it('offers each county of a ZIP that spans counties (32643: Alachua, Columbia, Gilchrist, FL)', () => {
    const [zip] = search(dataset, '32643');
    expect(zip?.kind).toBe('zip');
    expect(zip?.counties).toEqual(['12001', '12023', '12041']);
    expect(zip?.counties.map((fips) => dataset.countyByFips.get(fips)?.name)).toEqual([
      'Alachua County',
      'Columbia County',
      'Gilchrist County',
    ]);
    const resolution = resolveCounty(dataset, '32643');
    expect(resolution.status).toBe('ambiguous');
  });

  it('finds ZIP codes without residents: PO boxes and unique ZIPs, each in its county', () => {
    const zipCounty = (zip: string) => resolveCounty(dataset, zip);
    expect(zipCounty('77001')).toMatchObject({ status: 'match', fips: '48201' }); // Houston PO boxes
    expect(zipCounty('00501')).toMatchObject({ status: 'match', fips: '36103' }); // the IRS, Holtsville NY
    expect(zipCounty('20500')).toMatchObject({ status: 'match', fips: '11001' }); // the White House
    // HUD's crosswalk still files Hartford under the old Hartford County; the city's planning region answers
    expect(zipCounty('06101')).toMatchObject({ status: 'match', fips: '09110' });
    expect(dataset.places?.zips.size).toBeGreaterThan(39_000);
  });

  it('ranks a large city by its residents closely enough: Washington, DC above Washington County, OR', () => {
    const [state, city, county] = search(dataset, 'Washington');
    expect(state?.kind).toBe('state');
    expect([city?.label, city?.counties]).toEqual(['Washington, DC', ['11001']]);
    expect(county?.label).toBe('Washington County, OR');
  });

  it('returns nothing for a ZIP code that does not exist', () => {
    expect(dataset.places?.zips.has('00000')).toBe(false);
    expect(search(dataset, '00000')).toEqual([]);
  });

  it('finds a city that is not a county seat: "Boca Raton" → Palm Beach County, FL', () => {
    expect(countyOf('Boca Raton')).toEqual({ kind: 'city', label: 'Boca Raton, FL', counties: ['12099'] });
    expect(dataset.countyByFips.get('12099')?.name).toBe('Palm Beach County');
    expect(resolveCounty(dataset, 'boca raton')).toMatchObject({ status: 'match', fips: '12099' });
  });

  it('takes a state name or code after the place: "Harris County, Texas", "harris tx"', () => {
    for (const text of ['Harris County, Texas', 'harris tx', 'Harris, TX', 'harris county texas']) {
      const results = search(dataset, text);
      expect(results[0], text).toMatchObject({
        kind: 'county',
        label: 'Harris County, TX',
        counties: ['48201'],
      });
      for (const result of results) expect(result.state, text).toBe('TX');
      expect(resolveCounty(dataset, text), text).toMatchObject({ status: 'match', fips: '48201' });
    }
    // without a state, Georgia's Harris County is a match too
    expect(search(dataset, 'harris').map((r) => r.label)).toContain('Harris County, GA');
  });

  it('ranks Miami-Dade County, FL before Miami County, OH for "miami"', () => {
    const labels = search(dataset, 'miami').map((r) => r.label);
    expect(labels[0]).toBe('Miami-Dade County, FL');
    const ohio = labels.indexOf('Miami County, OH');
    expect(ohio).toBeGreaterThan(0);
  });

  it('finds agencies by name', () => {
    expect(search(dataset, 'Kodiak Police')).toEqual([
      {
        kind: 'agency',
        label: 'Kodiak Police Department, AK',
        name: 'Kodiak Police Department',
        state: 'AK',
        counties: ['02150'],
        agencyId: 'ak-kodiak-police-department',
        population: expect.any(Number),
        exact: true,
      },
    ]);
    const [patrol] = search(dataset, 'West Virginia State Police');
    expect(patrol).toMatchObject({ kind: 'agency', state: 'WV', counties: [] });
  });

  it('honours the limit and returns nothing for blank text', () => {
    expect(search(dataset, 'miami', { limit: 3 })).toHaveLength(3);
    expect(search(dataset, 'miami')).toHaveLength(10);
    expect(search(dataset, '')).toEqual([]);
    expect(search(dataset, '   ')).toEqual([]);
  });

  it('suggests close spellings when nothing matches', () => {
    const results = search(dataset, 'colierr');
    // as close as Colbert, WA (two edits), but a county comes before a town
    expect(results[0]?.label).toBe('Collier County, FL');
    for (const result of results) expect(result.exact).toBe(false);
    expect(search(dataset, 'zzzzqqq')).toEqual([]);
  });
});

/** The error `call` throws; fails the test if it returns instead. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but it returned');
}

describe('search() and resolveCounty() on what a JavaScript caller passes', () => {
  it('throw InvalidQueryError carrying the value, not a TypeError, for text that is not a string', () => {
    for (const value of [42, null, undefined, { text: 'collier' }, ['collier'], Object.create(null)]) {
      for (const call of [() => search(dataset, value), () => resolveCounty(dataset, value)]) {
        const error = thrownBy(call as () => unknown);
        expect(error).toBeInstanceOf(Open287gError);
        expect(error).toMatchObject({ name: 'InvalidQueryError', parameter: 'text', value });
      }
    }
    expect(thrownBy(() => search(dataset, 42 as never))).toHaveProperty(
      'message',
      'Invalid text: expected a string, what the reader typed (e.g. "Collier County, FL"), got the number 42.',
    );
  });

  it('refuse a limit that is not a whole number, 1 or more, instead of returning everything', () => {
    for (const limit of [Number.NaN, 0, -1, 1.5, Number.POSITIVE_INFINITY, '5', null]) {
      const error = thrownBy(() => search(dataset, 'miami', { limit: limit as number }));
      expect(error).toBeInstanceOf(Open287gError);
      expect(error).toMatchObject({ name: 'InvalidQueryError', parameter: 'limit', value: limit });
    }
    expect(thrownBy(() => search(dataset, 'miami', { limit: Number.NaN }))).toHaveProperty(
      'message',
      'Invalid limit: expected a whole number of results, 1 or more, got the number NaN.',
    );
    expect(search(dataset, 'miami', { limit: 1 })).toHaveLength(1);
    expect(search(dataset, 'miami', {})).toHaveLength(10);
  });

  it('refuse options that are not an object (a bare limit, null)', () => {
    for (const options of [5, 'miami', null, [5]]) {
      const error = thrownBy(() => search(dataset, 'miami', options as never));
      expect(error).toMatchObject({ name: 'InvalidQueryError', parameter: 'options', value: options });
    }
  });

  it('search only the first MAX_QUERY_LENGTH characters: a pasted article reads as its start', () => {
    const pasted =
      'Collier County, FL'.padEnd(MAX_QUERY_LENGTH) + 'and then the rest of an article. '.repeat(300);
    expect(pasted.length).toBeGreaterThan(10_000);
    const start = pasted.slice(0, MAX_QUERY_LENGTH);
    expect(search(dataset, pasted)).toEqual(search(dataset, start));
    expect(search(dataset, pasted)[0]?.label).toBe('Collier County, FL');
    expect(resolveCounty(dataset, pasted)).toEqual(resolveCounty(dataset, start));
    expect(resolveCounty(dataset, pasted)).toMatchObject({ status: 'match', fips: '12021' });
  });

  it('leave room in MAX_QUERY_LENGTH for every real name, with a Spanish county word and a state', () => {
    const longestState = Math.max(...dataset.states.map((state) => state.name.length));
    const names = [
      ...dataset.counties.map((county) => county.name),
      ...(dataset.places?.cities ?? []).map((city) => city.name),
      ...dataset.agencies.map((agency) => agency.name),
    ];
    const longest = Math.max(...names.map((name) => `condado de ${name}, `.length + longestState));
    expect(longest).toBeLessThan(MAX_QUERY_LENGTH);
  });
});

describe('search() when the reader types "County"', () => {
  it('"Washington County" lists Washington Counties, not towns named Washington', () => {
    const results = search(dataset, 'Washington County', { limit: 10 });
    expect(results).toHaveLength(10);
    for (const result of results) {
      expect(result.kind).toBe('county');
      expect(result.name).toBe('Washington County');
    }
  });

  it('"Miami County" lists the Miami Counties before Miami-Dade', () => {
    const labels = search(dataset, 'Miami County').map((r) => r.label);
    expect(labels.slice(0, 3).sort()).toEqual(['Miami County, IN', 'Miami County, KS', 'Miami County, OH']);
  });

  it('still finds agencies whose name goes on: "Collier County" → the county, then its sheriff', () => {
    expect(search(dataset, 'Collier County', { limit: 2 }).map((r) => r.label)).toEqual([
      'Collier County, FL',
      "Collier County Sheriff's Office, FL",
    ]);
  });
});

describe('search() ranks what a reader most likely means', () => {
  const top = (text: string, n = 1) => search(dataset, text, { limit: n }).map((r) => r.label);

  it.each([
    ['springfield', 'Springfield, MO'],
    ['carson city', 'Carson City, NV'],
    ['juneau', 'Juneau, AK'],
    ['san juan', 'San Juan Municipio, PR'],
    ['harris co', 'Harris County, TX'],
    ['Collier Co.', 'Collier County, FL'],
    ['brevard couny', 'Brevard County, FL'],
    ['de kalb', 'DeKalb County, GA'],
    ['la salle', 'LaSalle County, IL'],
    // Spanish for the state: the state first
    ['nueva york', 'New York'],
    ['municipio de ponce', 'Ponce Municipio, PR'],
    // "co" after a name is Colorado when that finds something, "county" otherwise (harris co)
    ['denver co', 'Denver, CO'],
  ])('%s → %s', (text, label) => {
    expect(top(text)).toEqual([label]);
  });

  it('ranks a small town below the big place of the same name ("Washington": not Washington Grove, MD)', () => {
    expect(top('washington', 3)).not.toContain('Washington Grove, MD');
    expect(top('richmond', 3)).toContain('Richmond, VA');
  });

  it('reads "condado de" as wanting a county: no towns named Harris', () => {
    const kinds = new Set(search(dataset, 'condado de harris').map((r) => r.kind));
    expect(kinds.has('city')).toBe(false);
  });
});

describe('resolveCounty()', () => {
  it('says a statewide agency operates statewide, instead of "nothing matches"', () => {
    const resolution = resolveCounty(dataset, 'Texas Department of Public Safety');
    expect(resolution.status).toBe('statewide');
    if (resolution.status === 'statewide') expect(resolution.agency.state).toBe('TX');
  });

  it('resolves a unique match', () => {
    const resolution = resolveCounty(dataset, 'Collier County, FL');
    expect(resolution).toMatchObject({
      status: 'match',
      fips: '12021',
      via: { kind: 'county', label: 'Collier County, FL' },
    });
    expect(resolveCounty(dataset, 'dona ana')).toMatchObject({ status: 'match', fips: '35013' });
    expect(resolveCounty(dataset, 'Kodiak Police Department')).toMatchObject({
      status: 'match',
      fips: '02150',
    });
  });

  it('is ambiguous for "miami", listing Miami-Dade first and Miami County, OH among the candidates', () => {
    const resolution = resolveCounty(dataset, 'miami');
    if (resolution.status !== 'ambiguous') throw new Error(`expected ambiguous, got ${resolution.status}`);
    const labels = resolution.candidates.map((c) => c.label);
    expect(labels[0]).toBe('Miami-Dade County, FL');
    expect(labels).toContain('Miami County, OH');
    expect(labels.indexOf('Miami County, OH')).toBeGreaterThan(0);
    const counties = new Set(resolution.candidates.flatMap((c) => c.counties));
    expect(counties.has('12086')).toBe(true);
    expect(counties.has('39109')).toBe(true);
  });

  it('is ambiguous for "Washington County", with Washington Counties of several states', () => {
    const resolution = resolveCounty(dataset, 'Washington County');
    if (resolution.status !== 'ambiguous') throw new Error(`expected ambiguous, got ${resolution.status}`);
    const washingtons = resolution.candidates.filter(
      (c) => c.kind === 'county' && c.name === 'Washington County',
    );
    expect(new Set(washingtons.map((c) => c.state)).size).toBeGreaterThanOrEqual(5);
    expect(washingtons.map((c) => c.label)).toContain('Washington County, OR');
    expect(resolution.candidates.length).toBeLessThanOrEqual(20);
  });

  it('is none, with suggestions, for a typo: "colierr" suggests Collier County', () => {
    const resolution = resolveCounty(dataset, 'colierr');
    if (resolution.status !== 'none') throw new Error(`expected none, got ${resolution.status}`);
    expect(resolution.suggestions.map((s) => s.label)).toContain('Collier County, FL');
    expect(resolution.suggestions.length).toBeLessThanOrEqual(5);
    const colier = resolveCounty(dataset, 'colier');
    expect(colier.status === 'none' && colier.suggestions[0]?.label).toBe('Collier County, FL');
  });

  it('is none without suggestions for gibberish', () => {
    expect(resolveCounty(dataset, 'zzzzqqq')).toEqual({ status: 'none', suggestions: [] });
  });
});

describe('privacy', () => {
  it('never makes a network request, whatever is typed', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      throw new Error('search must not fetch');
    });
    // a fresh dataset, so the search index is built while fetch is watched
    const fresh = await loadBundledDataset();
    const queries = [
      'collier',
      'Collier County, FL',
      'condado de harris',
      'doña ana',
      'st lucie',
      '34102',
      '32643',
      'Boca Raton',
      'harris tx',
      'miami',
      'Washington County',
      'colierr',
      'zzzzqqq',
      'Kodiak Police',
    ];
    for (const text of queries) {
      search(fresh, text);
      resolveCounty(fresh, text);
    }
    expect(search(fresh, 'collier')[0]?.counties).toEqual(['12021']);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('places whose common name is not a county name', () => {
  it('reads New York City as its five counties, and its boroughs as theirs', () => {
    for (const text of ['new york city', 'NYC', 'New York City, NY']) {
      const resolution = resolveCounty(dataset, text);
      expect(resolution.status, text).toBe('ambiguous');
      if (resolution.status !== 'ambiguous') continue;
      expect(resolution.candidates.map((c) => c.label)).toEqual(['New York City, NY']);
      expect([...(resolution.candidates[0]?.counties ?? [])].sort()).toEqual([
        '36005',
        '36047',
        '36061',
        '36081',
        '36085',
      ]);
    }
    expect(resolveCounty(dataset, 'Staten Island')).toMatchObject({ status: 'match', fips: '36085' });
    expect(resolveCounty(dataset, 'The Bronx')).toMatchObject({ status: 'match', fips: '36005' });
    // Manhattan, NY first among the towns that share its name
    const manhattan = resolveCounty(dataset, 'Manhattan');
    expect(manhattan.status === 'ambiguous' && manhattan.candidates[0]?.counties).toEqual(['36061']);
  });

  it('answers "New York, NY" as Manhattan, not also New York Mills', () => {
    expect(resolveCounty(dataset, 'New York, NY')).toMatchObject({ status: 'match', fips: '36061' });
  });

  it('answers a consolidated city by its own name (Carson City, Honolulu, Anchorage) before towns sharing it', () => {
    expect(resolveCounty(dataset, 'Carson City')).toMatchObject({ status: 'match', fips: '32510' });
    expect(resolveCounty(dataset, 'Honolulu')).toMatchObject({ status: 'match', fips: '15003' });
    expect(resolveCounty(dataset, 'Anchorage')).toMatchObject({ status: 'match', fips: '02020' });
    // but a name that is no county's own full name still asks: Miami, FL or one of the Miami Counties
    expect(resolveCounty(dataset, 'Miami').status).toBe('ambiguous');
  });
});

describe('a state or territory named alone', () => {
  it('leads to the state: its summary, or its one county, or a question when a place shares its name', () => {
    for (const [text, code] of [
      ['Texas', 'TX'],
      ['Puerto Rico', 'PR'],
      ['PR', 'PR'],
      ['Florida', 'FL'],
    ] as const) {
      expect(resolveCounty(dataset, text), text).toMatchObject({ status: 'state', state: code });
    }
    expect(resolveCounty(dataset, 'Guam')).toMatchObject({ status: 'match', fips: '66010' });
    expect(resolveCounty(dataset, 'DC')).toMatchObject({ status: 'match', fips: '11001' });
    // New York City is no small part of New York: ask, the state first
    const newYork = resolveCounty(dataset, 'New York');
    expect(newYork.status).toBe('ambiguous');
    if (newYork.status === 'ambiguous')
      expect(newYork.candidates[0]).toMatchObject({ kind: 'state', state: 'NY' });
    // a county word means a county, not the state
    expect(resolveCounty(dataset, 'Texas County').status).toBe('ambiguous');
    expect(search(dataset, 'texas')[0]).toMatchObject({ kind: 'state', label: 'Texas', state: 'TX' });
  });

  it('summarises the state: statewide agencies, counties with a local agreement, its law', () => {
    const texas = answerState(dataset, 'TX');
    expect(texas.state).toEqual({ code: 'TX', name: 'Texas', counties: 254 });
    expect(texas.statewide.map((a) => a.name)).toContain('Texas National Guard');
    expect(texas.countiesWithLocalAgreement[0]).toMatchObject({ fips: '48201', name: 'Harris County' });
    const answered = dataset.counties.filter(
      (county) => county.state === 'TX' && answerCounty(dataset, county.fips).hasLocalAgreement,
    );
    expect(texas.countiesWithLocalAgreement).toHaveLength(answered.length);
    expect(texas.mandate?.requiresParticipation).toBe(true);
    expect(() => answerState(dataset, 'ZZ')).toThrow(InvalidQueryError);
  });
});

describe('an agency typed by its county', () => {
  it('answers from the county the text starts with, asking when several states have it', () => {
    // Harris County, TX has no sheriff on the list, Harris County, GA has: ask, the bigger first
    const harris = resolveCounty(dataset, 'Harris County Sheriff');
    expect(harris.status).toBe('ambiguous');
    if (harris.status === 'ambiguous')
      expect(harris.candidates.map((c) => c.label)).toEqual(['Harris County, TX', 'Harris County, GA']);
    // with the state, that county — not Harrison County's sheriff, whose name only starts alike
    expect(resolveCounty(dataset, 'Harris County Sheriff, TX')).toMatchObject({
      status: 'match',
      fips: '48201',
    });
    expect(resolveCounty(dataset, "Collier County Sheriff's Office")).toMatchObject({
      status: 'match',
      fips: '12021',
    });
  });
});

describe('agencies whose agreements ended', () => {
  it('are found by name, leading to the counties whose answers list them as ended', () => {
    const [milford] = search(dataset, 'Milford Borough Police');
    expect(milford).toMatchObject({ kind: 'agency', state: 'PA', counties: ['42103'] });
    expect(dataset.agencyById.has(milford?.agencyId ?? '')).toBe(false);
    expect(resolveCounty(dataset, 'Milford Borough Police Department')).toMatchObject({
      status: 'match',
      fips: '42103',
    });
    expect(answerCounty(dataset, '42103').ended.map((a) => a.name)).toContain(
      'Milford Borough Police Department',
    );
  });
});
