/**
 * The rules that read ICE's misspellings and mistypings, on the real counties and ZIP/city index, with
 * spellings no ICE list has printed: the rules must hold for the next typo, not only the ones seen.
 */
import { loadBundledDataset } from '@open287g/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IceRow } from '../src/ice-sheet.js';
import type { Overrides } from '../src/overrides.js';
import { countyInName, type Gazetteer, gazetteerOf, matchCounty, resolveAgency } from '../src/resolve.js';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = gazetteerOf(await loadBundledDataset());
});

describe('a COUNTY cell that matches no county, read as a misspelling', () => {
  it.each([
    ['FL', 'Colier County', '12021'],
    ['FL', 'Hillsborugh County', '12057'],
    ['FL', 'Miami-Dade Conty', '12086'],
    ['FL', 'Okeechobe', '12093'],
    ['TX', 'Dimmit Couny', '48127'],
    ['TX', 'Lampass County', '48281'],
    ['TX', 'Somervill', '48425'],
    ['OK', 'Okfusfee County', '40107'],
    ['NV', "Lyon's County", '32019'],
    ['NY', 'Cattaraugus Counry', '36009'],
    ['LA', 'Calacasieu Parish', '22019'],
    ['PA', 'Alleghany County', '42003'],
  ])('%s "%s" → %s', (state, printed, fips) => {
    expect(matchCounty(gazetteer, state, printed)).toMatchObject({ fips, how: 'misspelling read' });
  });

  it.each([
    ['TX', 'Fall County', 'Falls and Hall are both one edit away'],
    ['AR', 'Pop County', 'Pope and Polk are both close'],
    ['FL', 'Atlantis County', 'no county is close'],
    ['FL', 'Broward Beach County', 'too many edits'],
  ])('guesses nothing for %s "%s" (%s)', (state, printed) => {
    expect(matchCounty(gazetteer, state, printed)).toBeNull();
  });

  it("lets the agency's own name decide between two close counties, and only then", () => {
    expect(matchCounty(gazetteer, 'TX', 'Fall County', new Set(['48145']))).toMatchObject({ fips: '48145' });
    expect(matchCounty(gazetteer, 'TX', 'Fall County', new Set(['48191']))).toMatchObject({ fips: '48191' });
    // a hint that is neither close county decides nothing
    expect(matchCounty(gazetteer, 'TX', 'Fall County', new Set(['48201']))).toBeNull();
  });
});

describe('the county an agency name names', () => {
  it.each([
    ['TX', "Deaf Smith County Sheriff's Office", '48117', 'the longest name, not Smith County'],
    ['MI', 'Metro Police Authority of Genesee County', '26049', 'a county after other words'],
    ['FL', "St. Lucie County Sheriff's Office", '12111', 'a two-word name'],
    ['LA', "East Baton Rouge Parish Sheriff's Office", '22033', 'a three-word parish'],
  ])('%s %s → %s (%s)', (state, agency, fips) => {
    expect(countyInName(gazetteer, state, agency)?.match.fips).toBe(fips);
  });
});

const row = (fields: Partial<IceRow>): IceRow => ({
  row: 2,
  state: 'FL',
  agency: '',
  kind: 'county',
  county: null,
  model: 'TFM',
  signed: '2025-05-01',
  unreadableSigned: null,
  moaUrl: null,
  addendumUrl: null,
  ...fields,
});
const noOverrides = { countyNames: new Map(), agencies: new Map(), renames: new Map() };
/** One row's agency, resolved with these overrides. */
const resolveRow = (fields: Partial<IceRow>, overrides: Overrides = noOverrides) =>
  resolveAgency(gazetteer, overrides, [row(fields)], 'list.xlsx');

describe('the kind ICE typed, corrected by the name', () => {
  it("reads a town's police typed County as municipal, with a warning", () => {
    const resolved = resolveRow({ agency: 'Okeechobee Police Department' });
    expect(resolved).toMatchObject({ kind: 'municipal', counties: ['12093'], place: 'Okeechobee' });
    expect(resolved).toHaveProperty(
      'warning',
      expect.stringContaining('ICE types it County; read as municipal'),
    );
  });

  it("keeps a sheriff typed County as a county agency, though its name is a city's", () => {
    const resolved = resolveRow({ agency: "Jacksonville Sheriff's Office", county: 'Duval County' });
    expect(resolved).toMatchObject({ kind: 'county', counties: ['12031'] });
  });

  it('places a misspelled COUNTY cell and names it for the summary', () => {
    const resolved = resolveRow({ agency: "Collier County Sheriff's Office", county: 'Colier Conty' });
    expect(resolved).toMatchObject({
      counties: ['12021'],
      rule: 'COUNTY column, misspelling read',
      misspelling: 'FL: COUNTY "Colier Conty" → Collier County (12021)',
    });
  });
});

describe("the kind, read from the name on ICE's lists before April 2025 (no TYPE column)", () => {
  const untyped = (state: string, agency: string) => resolveRow({ state, agency, kind: null });

  it.each([
    ['GA', "Cobb County Sheriff's Office", 'county', ['13067']],
    ['WI', "Mantiowoc County Sheriff's Office", 'county', ['55071']],
    ['NJ', "Monmouth County Sheriff's Office (Addendum)", 'county', ['34025']],
    ['FL', 'Naples Police Department', 'municipal', ['12021']],
    ['AK', 'Department of Corrections', 'state', []],
    ['FL', 'Florida Department of Law Enforcement', 'state', []],
    ['TX', 'Texas Department of Public Safety', 'state', []],
  ])('%s %s → %s %j', (state, agency, kind, counties) => {
    expect(untyped(state, agency)).toMatchObject({ kind, counties });
  });

  const withOverride = (agency: string) => ({
    countyNames: new Map(),
    renames: new Map(),
    agencies: new Map([
      [
        'NC|albemarle district jail',
        {
          state: 'NC',
          agency: 'Albemarle District Jail',
          kind: null,
          counties: ['37139'],
          note: '',
          used: false,
        },
      ],
      [
        'PA|milton borough police department',
        {
          state: 'PA',
          agency: 'Milton Borough Police Department',
          kind: null,
          counties: ['42097'],
          note: '',
          used: false,
        },
      ],
    ]),
    agency,
  });

  it('finds the override of an agency ICE misspelled by one letter, and names it for the summary', () => {
    const { agency, ...overrides } = withOverride('Albermarle District Jail');
    const resolved = resolveRow({ state: 'NC', agency, kind: null }, overrides);
    expect(resolved).toMatchObject({
      counties: ['37139'],
      rule: 'agency override',
      misspelling: 'NC: agency "Albermarle District Jail" → the override of Albemarle District Jail',
    });
  });

  it('never takes the override of another agency two letters away (Milford is not Milton)', () => {
    const { agency, ...overrides } = withOverride('Milford Borough Police Department');
    const resolved = resolveRow({ state: 'PA', agency, kind: 'municipal', county: 'Pike County' }, overrides);
    expect(resolved).toMatchObject({ rule: 'COUNTY column', counties: ['42103'] });
  });
});

describe('towns and agencies as ICE writes them', () => {
  const municipal = (state: string, agency: string, overrides = noOverrides) =>
    resolveRow({ state, agency, kind: 'municipal' }, overrides);

  it.each([
    ['FL', 'Ft. Myers Police Department', 'Fort Myers', '12071'],
    ['FL', 'Indiatlantic Police Department', 'Indialantic', '12009'],
    ['IN', 'Green Forks Police Department', 'Greens Fork', '18177'],
    ['FL', 'Colier City Police Department', null, null],
  ])('%s %s → %s', (state, agency, place, fips) => {
    const resolved = municipal(state, agency);
    if (place) expect(resolved).toMatchObject({ place, counties: [fips] });
    // a short or distant name is not guessed: the agency stays unplaced
    else expect(Array.isArray(resolved)).toBe(true);
  });

  it('finds the override of "X Police Department" for "City of X Police Department"', () => {
    const overrides = {
      countyNames: new Map(),
      renames: new Map(),
      agencies: new Map([
        [
          'FL|miami springs police department',
          {
            state: 'FL',
            agency: 'Miami Springs Police Department',
            kind: null,
            counties: ['12086'],
            note: '',
            used: false,
          },
        ],
      ]),
    };
    expect(municipal('FL', 'City of Miami Springs Police Department', overrides)).toMatchObject({
      rule: 'agency override',
      counties: ['12086'],
    });
  });

  it("reads a state's department ICE typed Municipality as statewide, with a warning", () => {
    const resolved = municipal('LA', 'Louisiana Alcohol and Tobacco Control');
    expect(resolved).toMatchObject({ kind: 'state', counties: [] });
    expect(resolved).toHaveProperty('warning', expect.stringContaining('read as statewide'));
    // a campus's police named after its state stays local
    expect(municipal('FL', 'Florida Gulf Coast University Police Department')).toSatisfy(Array.isArray);
  });
});

describe('a STATE that ICE printed wrong', () => {
  it('reads the state its COUNTY and its name agree on, when only one state has that county', () => {
    const resolved = resolveRow({
      state: 'MA',
      agency: "Crow Wing County Sheriff's Office",
      county: 'Crow Wing County',
    });
    expect(resolved).toMatchObject({ state: 'MN', counties: ['27035'] });
    expect(resolved).toHaveProperty('warning', expect.stringContaining('ICE lists it under Massachusetts'));
  });

  it('guesses no state for a county name many states have', () => {
    const resolved = resolveRow({
      state: 'NM',
      agency: "Washington County Sheriff's Office",
      county: 'Washington County',
    });
    expect(Array.isArray(resolved)).toBe(true);
  });
});
