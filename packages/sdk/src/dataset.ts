/**
 * Turns the validated wire files into the typed, indexed `Dataset` every query reads. Validation happens
 * here, once, for bundled and fetched data alike: a query never sees data that failed the schema.
 */
import { DatasetValidationError } from './errors.js';
import { parseFile } from './file-check.js';
import { type Listings, withListings } from './listings.js';
import { agencyId } from './normalize.js';
import type {
  Agency,
  Agreement,
  AgreementsFile,
  CountiesFile,
  County,
  HistoryPoint,
  MandateLaw,
  Source,
  State,
} from './schema.js';
import { ZipIndex } from './zip-index.js';

export interface City {
  /** The postal city name, which also covers unincorporated places that use it. */
  name: string;
  state: string;
  /** County FIPS codes, the one with most of the city's residents first. */
  counties: readonly string[];
  /** About how many people live in the city's ZIP codes (a power of two): for ranking, not a census count. */
  population: number;
}

export interface Places {
  source: Source;
  /** ZIP code → county FIPS codes, the ZIP's main county first. */
  zips: ReadonlyMap<string, readonly string[]>;
  cities: readonly City[];
}

export interface Dataset {
  /** The date of the ICE list this snapshot was made from. */
  asOf: string;
  source: Source;
  pendingSource: Source | null;
  countiesSource: Source;
  states: readonly State[];
  counties: readonly County[];
  agencies: readonly Agency[];
  mandates: readonly MandateLaw[];
  /** null when the dataset was built without the state laws (`createPlacesDataset` without `mandates`) */
  mandatesSource: Source | null;
  history: readonly HistoryPoint[];
  /** null when the dataset was built without the history file */
  historySource: Source | null;
  /** The ZIP/city index; null when the dataset was loaded without it. */
  places: Places | null;
  /** Every ICE list read and what each listed (`withListings`); null when loaded without it. */
  listings: Listings | null;
  countyByFips: ReadonlyMap<string, County>;
  stateByCode: ReadonlyMap<string, State>;
  agencyById: ReadonlyMap<string, Agency>;
  /** Agencies whose `counties` include the county (sheriffs, jails, municipal police). */
  agenciesByCounty: ReadonlyMap<string, readonly Agency[]>;
  /** `state` agencies, which may operate in every county of their state. */
  statewideByState: ReadonlyMap<string, readonly Agency[]>;
}

/** The JSON files of `@open287g/data`, as parsed JSON (not yet validated). */
export interface DatasetFiles {
  agreements: unknown;
  counties: unknown;
  mandates: unknown;
  history: unknown;
  places?: unknown;
  /** listings.json: the listing history, for `changes` and `ended` in answers */
  listings?: unknown;
}

/** The counties of `counties.json`, state by state, from its columns (`StateCountyColumns`). */
function decodeCounties(file: CountiesFile): { states: State[]; counties: County[] } {
  const states: State[] = file.states.map(([fips, code, name]) => ({ fips, code, name }));
  const counties: County[] = [];
  const issues: { path: string; message: string }[] = [];
  for (const state of states) {
    const columns = file.counties[state.code];
    if (!columns) continue;
    const [suffix, codes, names, populations] = columns;
    const codeList = codes.split(' ');
    const nameList = names.split('|');
    const populationList = populations.split(' ');
    if (nameList.length !== codeList.length || populationList.length !== codeList.length) {
      issues.push({
        path: `counties.${state.code}`,
        message: `its columns have different lengths: ${codeList.length} codes, ${nameList.length} names, ${populationList.length} populations`,
      });
      continue;
    }
    let code = 0;
    codeList.forEach((delta, i) => {
      code += Number(delta);
      if (code > 999 || (i > 0 && Number(delta) === 0)) {
        issues.push({ path: `counties.${state.code}`, message: `county ${i + 1}: its code is out of order` });
        return;
      }
      const name = nameList[i] as string;
      const population = populationList[i] as string;
      counties.push({
        fips: state.fips + String(code).padStart(3, '0'),
        name: name.startsWith('=') ? name.slice(1) : suffix ? `${name} ${suffix}` : name,
        state: state.code,
        population: population === '' ? null : Number.parseInt(population, 36),
      });
    });
  }
  if (issues.length > 0) throw new DatasetValidationError('counties.json', issues);
  return { states, counties };
}

function resolveLink(base: string, link: string | null): string | null {
  if (link === null) return null;
  return /^https?:\/\//.test(link) ? link : base + link;
}

export function decodeAgencies(file: AgreementsFile): Agency[] {
  return file.agencies.map(([state, name, kind, counties, place, agreements, stableId]) => {
    const id = stableId ?? agencyId(state, name);
    return {
      id,
      name,
      state,
      kind,
      counties,
      place,
      agreements: agreements.map(
        ([model, signed, status, moa, addendum]): Agreement => ({
          agencyId: id,
          model,
          signed,
          status,
          moaUrl: resolveLink(file.linkBase, moa),
          addendumUrl: resolveLink(file.linkBase, addendum),
        }),
      ),
    };
  });
}

/** A ZIP list's codes as numbers: "34101 1 1 7" → 34101 34102 34103 34110 (see `ZipList` in the schema). */
function zipNumbers(list: string): number[] {
  let zip = 0;
  return list.split(' ').map((part, i) => {
    zip = i === 0 ? Number(part) : zip + Number(part);
    return zip;
  });
}

/** "34101 1 1 7" → "34101" "34102" "34103" "34110" (see `ZipList` in the schema). */
export function decodeZipList(list: string): string[] {
  return zipNumbers(list).map((zip) => String(zip).padStart(5, '0'));
}

function decodePlaces(json: unknown, stateOfFips: (fips: string) => string | undefined): Places {
  const file = parseFile('places', json, 'places.json');
  const zips = new ZipIndex();
  // main counties first, so each ZIP's and city's list starts with the county most of it lies in
  for (const byCounty of [file.zips, file.zipsShared]) {
    for (const [fips, list] of Object.entries(byCounty)) {
      for (const zip of zipNumbers(list)) zips.add(zip, fips);
    }
  }
  const cities: City[] = [];
  const cityByName = new Map<string, Map<string, City>>();
  // most cities lie in one county: they share one frozen list per county instead of one list each
  const onlyCounty = new Map<string, readonly string[]>();
  for (const byCounty of [file.cities, file.citiesShared]) {
    for (const [fips, list] of Object.entries(byCounty)) {
      const state = stateOfFips(fips);
      if (!state) continue;
      let byName = cityByName.get(state);
      if (!byName) {
        byName = new Map();
        cityByName.set(state, byName);
      }
      let single = onlyCounty.get(fips);
      if (!single) {
        single = Object.freeze([fips]);
        onlyCounty.set(fips, single);
      }
      for (const entry of list.split('|')) {
        const mark = entry.indexOf('~');
        const name = mark === -1 ? entry : entry.slice(0, mark);
        const city = byName.get(name);
        if (city) city.counties = [...city.counties, fips];
        else {
          const created = {
            name,
            state,
            counties: single,
            population: mark === -1 ? 0 : 2 ** Number(entry.slice(mark + 1)),
          };
          byName.set(name, created);
          cities.push(created);
        }
      }
    }
  }
  return { source: file.source, zips, cities };
}

/**
 * The dataset with the ZIP/city index attached, for callers that show answers first and load the index
 * (the largest file) afterwards. Returns a new object; the one given is unchanged.
 */
export function withPlaces(dataset: Dataset, placesJson: unknown): Dataset {
  return { ...dataset, places: decodePlaces(placesJson, (fips) => dataset.countyByFips.get(fips)?.state) };
}

function groupBy<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Counties and states (and mandate laws, if given) without any agreement: enough for a reader to search for
 * their county while the agreements (the larger file) are still loading. Until `withAgreements`, `agencies`
 * is empty, `asOf` is '' and `source` is the counties' source. `mandates` and `history` are optional (a
 * widget adds the laws with `withMandates` when it shows answers, and does not need the history).
 */
export function createPlacesDataset(files: {
  counties: unknown;
  mandates?: unknown;
  history?: unknown;
}): Dataset {
  const countiesFile = parseFile('counties', files.counties, 'counties.json');
  const historyFile =
    files.history === undefined ? null : parseFile('history', files.history, 'history.json');
  const { states, counties } = decodeCounties(countiesFile);
  const dataset: Dataset = {
    asOf: '',
    source: countiesFile.source,
    pendingSource: null,
    countiesSource: countiesFile.source,
    states,
    counties,
    agencies: [],
    mandates: [],
    mandatesSource: null,
    history: historyFile?.points ?? [],
    historySource: historyFile?.source ?? null,
    places: null,
    listings: null,
    countyByFips: new Map(counties.map((county) => [county.fips, county])),
    stateByCode: new Map(states.map((state) => [state.code, state])),
    agencyById: new Map(),
    agenciesByCounty: new Map(),
    statewideByState: new Map(),
  };
  return files.mandates === undefined ? dataset : withMandates(dataset, files.mandates);
}

/** The dataset with these state laws (parsed `mandates.json`), validated. Returns a new object. */
export function withMandates(dataset: Dataset, mandatesJson: unknown): Dataset {
  const file = parseFile('mandates', mandatesJson, 'mandates.json');
  return { ...dataset, mandates: file.laws, mandatesSource: file.source };
}

/**
 * The dataset with these agreements (parsed `agreements.json`), validated by the schema and against the
 * dataset's counties. Returns a new object; the one given is unchanged.
 */
export function withAgreements(dataset: Dataset, agreementsJson: unknown, file = 'agreements.json'): Dataset {
  return withAgreementsFile(dataset, parseFile('agreements', agreementsJson, file), file);
}

/** `withAgreements` for a file that has already passed the schema (a fetched one): the cross-file checks only. */
export function withAgreementsFile(dataset: Dataset, agreementsFile: AgreementsFile, file: string): Dataset {
  const agencies = decodeAgencies(agreementsFile);
  // Cross-file checks a schema cannot express: every reference must point at something that exists.
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  agencies.forEach((agency, index) => {
    if (seen.has(agency.id))
      issues.push({ path: `agencies.${index}`, message: `a second agency ${agency.id}` });
    seen.add(agency.id);
    if (!dataset.stateByCode.has(agency.state)) {
      issues.push({ path: `agencies.${index}.0`, message: `unknown state ${agency.state}` });
    }
    // "state" means statewide; every other kind is placed in at least one county.
    if ((agency.kind === 'state') !== (agency.counties.length === 0)) {
      issues.push({
        path: `agencies.${index}.3`,
        message: `a ${agency.kind} agency ${agency.kind === 'state' ? 'has no counties' : 'needs at least one county'}`,
      });
    }
    for (const fips of agency.counties) {
      const county = dataset.countyByFips.get(fips);
      if (!county) issues.push({ path: `agencies.${index}.3`, message: `unknown county FIPS ${fips}` });
      else if (county.state !== agency.state) {
        issues.push({ path: `agencies.${index}.3`, message: `county ${fips} is not in ${agency.state}` });
      }
    }
  });
  if (issues.length > 0) throw new DatasetValidationError(file, issues);
  return {
    ...dataset,
    asOf: agreementsFile.asOf,
    source: agreementsFile.source,
    pendingSource: agreementsFile.pendingSource,
    agencies,
    agencyById: new Map(agencies.map((agency) => [agency.id, agency])),
    agenciesByCounty: groupBy(agencies, (agency) => agency.counties),
    statewideByState: groupBy(
      agencies.filter((agency) => agency.kind === 'state'),
      (agency) => [agency.state],
    ),
  };
}

/** Validates the files and builds the indexed dataset. Throws `DatasetValidationError` naming the file. */
export function createDataset(files: DatasetFiles): Dataset {
  const dataset = withAgreements(createPlacesDataset(files), files.agreements);
  const listed = files.listings === undefined ? dataset : withListings(dataset, files.listings);
  return files.places === undefined ? listed : withPlaces(listed, files.places);
}
