import { createDataset, createPlacesDataset, decodeZipList, search } from '@open287g/sdk';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../src/errors.js';
import { buildCountiesFile, buildMandatesFile, buildPlacesFile, type ZipRecord } from '../src/index.js';
import { encodeZipList, lawStage, postalOnlyZipRecords } from '../src/reference.js';

const COUNTIES_CSV = `fips,state_fips,county_fips,state_abbr,state_name,county_name,pop_base_2020,pop_2020,pop_2023,pop_2024,source
12021,12,021,FL,Florida,Collier County,1,1,1,416233,census
12071,12,071,FL,Florida,Lee County,1,1,1,822453,census
12086,12,086,FL,Florida,Miami-Dade County,1,1,1,2838461,census
66010,66,010,GU,Guam,Guam,,,,,us-atlas
`;

const zip = (zip: string, city: string, weights: Record<string, number>, population = 1000): ZipRecord => ({
  zip,
  city,
  stateAbbreviation: 'FL',
  population,
  county_fips: Number(Object.keys(weights)[0]),
  county_weights: JSON.stringify(weights),
  militaryZip: false,
});

describe('ZIP lists', () => {
  it('delta-encode and decode back to the same sorted ZIP codes', () => {
    const zips = ['34120', '00601', '34102', '34101', '99950'];
    const encoded = encodeZipList(zips);
    expect(encoded).toBe('00601 33500 1 18 65830');
    expect(decodeZipList(encoded)).toEqual(['00601', '34101', '34102', '34120', '99950']);
  });
});

describe('buildCountiesFile', () => {
  it('groups counties by state with 3-digit codes; territories have no population', () => {
    const file = buildCountiesFile(COUNTIES_CSV);
    expect(file.states).toEqual([
      ['12', 'FL', 'Florida'],
      ['66', 'GU', 'Guam'],
    ]);
    // columns: the common suffix, codes as deltas, names without the suffix, populations in base 36
    expect(file.counties.FL?.slice(0, 3)).toEqual(['County', '21 50 15', 'Collier|Lee|Miami-Dade']);
    expect(file.counties.FL?.[3].split(' ')[0]).toBe((416233).toString(36));
    expect(file.counties.GU).toEqual(['', '10', '=Guam', '']);
    const { counties } = createPlacesDataset({ counties: file });
    expect(counties[0]).toEqual({ fips: '12021', name: 'Collier County', state: 'FL', population: 416233 });
    expect(counties.map((county) => county.fips)).toEqual(['12021', '12071', '12086', '66010']);
    expect(counties.at(-1)).toEqual({ fips: '66010', name: 'Guam', state: 'GU', population: null });
  });
});

describe('buildPlacesFile', () => {
  const known = new Set(['12021', '12071', '12086']);
  const places = buildPlacesFile(
    [
      zip('34102', 'Naples', { 12021: 100 }),
      zip('34110', 'Naples', { 12021: 100 }),
      // a ZIP mostly in Lee with 20% in Collier: listed under both; 4% in Miami-Dade is below the threshold
      zip('34135', 'Bonita Springs', { 12071: 76, 12021: 20, 12086: 4 }),
      zip('09001', 'APO', { 12086: 100 }),
      { ...zip('34999', 'Nowhere', { 99999: 100 }) },
    ].map((record) => (record.city === 'APO' ? { ...record, militaryZip: true } : record)),
    known,
  );

  it('lists each ZIP under its main county, and under others holding ≥ 10% of its people', () => {
    expect(places.zips).toEqual({ '12021': '34102 8', '12071': '34135' });
    expect(places.zipsShared).toEqual({ '12021': '34135' });
  });

  it('places postal cities the same way, and skips military and unknown counties', () => {
    // Naples: two ZIPs of 1,000 people → about 2^11; Bonita Springs: 1,000 → about 2^10
    expect(places.cities).toEqual({ '12021': 'Naples~11', '12071': 'Bonita Springs~10' });
    expect(places.citiesShared).toEqual({ '12021': 'Bonita Springs' });
  });

  it('credits its source', () => {
    expect(places.source.license).toContain('CC BY 4.0');
  });

  it('is what search reads: a shared ZIP offers each county, main one first', () => {
    const dataset = createDataset({
      agreements: {
        format: 1,
        asOf: '2026-01-01',
        source: places.source,
        pendingSource: null,
        linkBase: 'https://www.ice.gov/',
        agencies: [],
      },
      counties: buildCountiesFile(COUNTIES_CSV),
      mandates: { format: 1, source: places.source, laws: [] },
      history: { format: 1, source: places.source, points: [] },
      places,
    });
    expect(search(dataset, '34135')[0]?.counties).toEqual(['12071', '12021']);
    expect(search(dataset, 'bonita springs')[0]?.counties).toEqual(['12071', '12021']);
  });
});

describe('postalOnlyZipRecords', () => {
  const residential = [
    zip('34102', 'Naples', { 12021: 100 }),
    zip('34135', 'Bonita Springs', { 12071: 100 }),
  ];
  const stateOfCounty = new Map([
    ['12021', 'FL'],
    ['12071', 'FL'],
    ['66010', 'GU'],
  ]);
  const added = postalOnlyZipRecords(
    residential,
    [
      { zip: '34102', city: 'Naples', state: 'FL', county_fips: 12086 }, // already listed: the residents' data wins
      { zip: '34101', city: 'Naples', state: 'FL', county_fips: 12021 }, // a PO-box ZIP
      { zip: '34136', city: 'Bonita Springs', state: 'FL', county_fips: 12999 }, // a county that no longer exists
      { zip: '96910', city: 'Hagatna', state: 'GU', county_fips: 60010 }, // filed under another state
      { zip: '34999', city: 'Nowhere', state: 'FL', county_fips: 12999 },
    ],
    stateOfCounty,
  );

  it('adds the ZIP codes the residents’ list lacks, each under its county', () => {
    expect(added.map((record) => [record.zip, record.county_fips, record.population])).toEqual([
      ['34101', 12021, null],
      ['34136', 12071, null],
    ]);
  });

  it('takes a postal city’s county when the crosswalk’s county is gone, and never guesses', () => {
    expect(added.some((record) => record.zip === '96910' || record.zip === '34999')).toBe(false);
  });

  it('adds a postal-only ZIP to the index without changing its city’s size', () => {
    const places = buildPlacesFile([...residential, ...added], new Set(stateOfCounty.keys()));
    expect(places.zips['12021']).toBe('34101 1');
    expect(places.cities['12021']).toBe('Naples~10');
  });
});

describe('buildMandatesFile', () => {
  const mandates = `state,law,year,status,who_must_participate,requirement,deadline_or_effective,source_url,source_url_2,notes
FL,SB 1808,2022,enacted,Jails,Must enter an agreement,2023-01-01,https://example.org/a,,n
LA,Act 314,2024,enacted (related; not a 287(g) mandate),Jails,Detainers,2024,https://example.org/b,https://example.org/c,n
SC,H.4764,2025-2026,pending (subcommittee),Sheriffs,Would require,n/a,https://example.org/d,,n
`;
  const mandatesSpanish = `state,law,requirement_es
FL,SB 1808,Debe firmar un acuerdo
LA,Act 314,Detenciones
SC,H.4764,Exigiría
`;
  const limits = `state,law,year,status,effect,who,requirement,requirement_es,effective,source_url,source_url_2,notes
CA,SB 54,2017,enacted,prohibits,Agencies,Bars agreements,Prohíbe acuerdos,2018-01-01,https://example.org/e,,n
NJ,Directive 2018-6,2018,superseded,limits,Agencies,Needs approval,Requiere aprobación,,https://example.org/f,,n
NJ,A6310,2026,vetoed,prohibits,Agencies,Would bar,Prohibiría,,https://example.org/g,,n
`;
  const file = buildMandatesFile({ mandates, mandatesSpanish, limits });

  it('counts only an enacted law as requiring participation', () => {
    expect(file.laws.map((law) => [law.state, law.requiresParticipation, law.year])).toEqual([
      ['CA', false, '2017'],
      ['FL', true, '2022'],
      ['LA', false, '2024'],
      ['NJ', false, '2018'],
      ['NJ', false, '2026'],
      ['SC', false, '2025-2026'],
    ]);
    expect(file.laws.find((law) => law.state === 'LA')?.sources).toEqual([
      'https://example.org/b',
      'https://example.org/c',
    ]);
  });

  it('gives each law its effect, its stage and its sentence in both languages', () => {
    expect(file.laws.map((law) => [law.state, law.effect, law.stage, law.requirementEs])).toEqual([
      ['CA', 'prohibits', 'enacted', 'Prohíbe acuerdos'],
      ['FL', 'requires', 'enacted', 'Debe firmar un acuerdo'],
      ['LA', 'related', 'enacted', 'Detenciones'],
      ['NJ', 'limits', 'superseded', 'Requiere aprobación'],
      ['NJ', 'prohibits', 'vetoed', 'Prohibiría'],
      ['SC', 'requires', 'pending', 'Exigiría'],
    ]);
  });

  it('refuses a law without its Spanish sentence or with an unknown effect, naming each', () => {
    const build = () =>
      buildMandatesFile({
        mandates,
        mandatesSpanish: 'state,law,requirement_es\n',
        limits: limits.replace('prohibits,Agencies,Bars', 'forbids,Agencies,Bars'),
      });
    expect(build).toThrow(IngestError);
    expect(build).toThrow(/FL SB 1808: no Spanish requirement/);
    expect(build).toThrow(/CA SB 54: unknown effect "forbids"/);
  });

  it("reads the stage from the source's words", () => {
    expect(
      [
        'enacted',
        'passed House only (final status not found)',
        'not enacted (mandate dropped)',
        'pocket-vetoed',
      ].map(lawStage),
    ).toEqual(['enacted', 'pending', 'not-enacted', 'vetoed']);
  });
});
