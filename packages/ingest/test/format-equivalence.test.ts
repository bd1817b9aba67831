/**
 * The re-encoding of issue 12 changed how the data is stored and searched, not what it says: the files of
 * open287g 2843a8d (the last of counties.json format 1, and of the Map-based ZIP index and linear search),
 * kept gzipped in fixtures/format-1, must give exactly what they gave then.
 * - counties: format 1 → `encodeStateCounties` → the SDK's decoder gives every county as format 1 did;
 * - places: the SDK's compact decoding gives every ZIP code and every city as the old one did;
 * - search: `search()` and `resolveCounty()` on those files give the results the format-1 SDK gave for 4,200
 *   queries (every prefix, up to 10 characters, of a sample of county, city and agency names and ZIP codes,
 *   plus Spanish, typos and county words), recorded in search-results.json.gz by that SDK.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import {
  type CountiesFile,
  type CountyResolution,
  createDataset,
  createPlacesDataset,
  loadBundledFile,
  resolveCounty,
  type SearchResult,
  search,
  withPlaces,
} from '@open287g/sdk';
import { describe, expect, it } from 'vitest';
import { type CensusCounty, encodeStateCounties } from '../src/index.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    gunzipSync(readFileSync(new URL(`fixtures/format-1/${name}.json.gz`, import.meta.url))).toString(),
  );

interface CountiesV1 {
  source: CountiesFile['source'];
  states: CountiesFile['states'];
  counties: Record<string, CensusCounty[]>;
}
interface PlacesV1 {
  zips: Record<string, string>;
  zipsShared: Record<string, string>;
  cities: Record<string, string>;
  citiesShared: Record<string, string>;
}

const countiesV1 = fixture('counties') as CountiesV1;
const placesV1 = fixture('places') as PlacesV1 & Record<string, unknown>;

const countiesV2 = (): CountiesFile => ({
  format: 2,
  source: countiesV1.source,
  states: countiesV1.states,
  counties: Object.fromEntries(
    Object.entries(countiesV1.counties).map(([state, list]) => [state, encodeStateCounties(list)]),
  ),
});

/** The format-1 reading of a ZIP list: "34101 1 1 7" → 34101 34102 34103 34110. */
const zipList = (list: string): string[] => {
  let zip = 0;
  return list.split(' ').map((part, i) => {
    zip = i === 0 ? Number(part) : zip + Number(part);
    return String(zip).padStart(5, '0');
  });
};

describe('format 2 gives what format 1 gave', () => {
  it('decodes every county as format 1 did', () => {
    const { counties } = createPlacesDataset({ counties: countiesV2() });
    const expected = countiesV1.states.flatMap(([fips, code]) =>
      (countiesV1.counties[code] ?? []).map(([county, name, population]) => ({
        fips: fips + county,
        name,
        state: code,
        population,
      })),
    );
    expect(counties).toHaveLength(3233);
    expect(counties).toEqual(expected);
  });

  it('decodes every ZIP code and every city as the Map-based index did', () => {
    const base = createPlacesDataset({ counties: countiesV2() });
    const places = withPlaces(base, placesV1).places;
    if (!places) throw new Error('no places');
    const zips = new Map<string, string[]>();
    for (const byCounty of [placesV1.zips, placesV1.zipsShared]) {
      for (const [fips, list] of Object.entries(byCounty)) {
        for (const zip of zipList(list)) zips.set(zip, [...(zips.get(zip) ?? []), fips]);
      }
    }
    expect(places.zips.size).toBe(zips.size);
    expect(new Map(places.zips)).toEqual(zips);
    for (const [zip, counties] of zips) expect(places.zips.get(zip)).toEqual(counties);
    expect(places.zips.get('1234')).toBeUndefined();
    expect(places.zips.has('00000')).toBe(false);

    const cities = new Map<string, { name: string; state: string; counties: string[]; population: number }>();
    for (const byCounty of [placesV1.cities, placesV1.citiesShared]) {
      for (const [fips, list] of Object.entries(byCounty)) {
        const state = base.countyByFips.get(fips)?.state;
        if (!state) continue;
        for (const entry of list.split('|')) {
          const [name = entry, size] = entry.split('~');
          const city = cities.get(`${state}|${name}`);
          if (city) city.counties.push(fips);
          else
            cities.set(`${state}|${name}`, {
              name,
              state,
              counties: [fips],
              population: size ? 2 ** Number(size) : 0,
            });
        }
      }
    }
    expect(cities.size).toBeGreaterThan(29_000);
    expect(places.cities).toEqual([...cities.values()]);
  });

  it('searches and resolves 4,200 queries exactly as the format-1 SDK did', async () => {
    const dataset = createDataset({
      counties: countiesV2(),
      agreements: fixture('agreements'),
      listings: fixture('listings'),
      places: placesV1,
      mandates: await loadBundledFile('mandates'),
      history: await loadBundledFile('history'),
    });
    const golden = fixture('search-results') as {
      search: [string, string[]][];
      resolve: [string, string][];
    };
    const row = (r: SearchResult) =>
      `${r.kind}|${r.label}|${r.counties.join(' ')}|${r.exact ? 1 : 0}|${r.population ?? ''}|${r.agencyId ?? ''}`;
    const brief = (r: CountyResolution): string => {
      switch (r.status) {
        case 'match':
          return `match ${r.fips} ${row(r.via)}`;
        case 'ambiguous':
          return `ambiguous +${r.more} ${r.candidates.map(row).join(' / ')}`;
        case 'statewide':
          return `statewide ${row(r.agency)}`;
        case 'state':
          return `state ${r.state}`;
        default:
          return `none ${r.suggestions.map(row).join(' / ')}`;
      }
    };
    expect(golden.search).toHaveLength(4200);
    const searched = golden.search.filter(
      ([query, rows]) => search(dataset, query).map(row).join('\n') !== rows.join('\n'),
    );
    expect(searched.map(([query]) => query)).toEqual([]);
    const resolved = golden.resolve.filter(
      ([query, answer]) => brief(resolveCounty(dataset, query)) !== answer,
    );
    expect(resolved.map(([query]) => query)).toEqual([]);
  });
});
