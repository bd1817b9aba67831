/**
 * What a reader types → counties. Runs entirely on the loaded dataset: nothing typed ever leaves the
 * process or the page. Matches counties, cities and towns, ZIP codes and agency names, accent- and
 * case-insensitively, with "St."/"Saint" folded, an optional state ("Collier FL", "Harris County, Texas")
 * and Spanish ("condado de Harris", "Nueva York"). Ties between equally good matches go to the larger
 * population, so "Miami" lists Miami-Dade County, FL before Miami County, OH.
 */
import type { City, Dataset } from './dataset.js';
import { InvalidQueryError } from './errors.js';
import { KNOWN_PLACES } from './known-places.js';
import { editDistance, foldText, stripCountySuffix } from './normalize.js';
import { optionsObject } from './options.js';
import { type EntryRow, EntryTable } from './search-entries.js';

export type SearchResultKind = 'state' | 'county' | 'city' | 'zip' | 'agency';

export interface SearchResult {
  kind: SearchResultKind;
  /** What a reader sees: "Collier County, FL", "Naples, FL", "ZIP 34102", "Collier County Sheriff's Office, FL". */
  label: string;
  /** The bare name: "Collier County", "Naples", "34102", the agency name. */
  name: string;
  state: string;
  /** The counties this result leads to (several for a city or ZIP that spans counties; none for a state agency). */
  counties: readonly string[];
  agencyId: string | null;
  /** For ranking: Census population of a county, residents of a city's ZIP codes, or of an agency's area. */
  population: number | null;
  /** The query matched the whole name or its leading words, not just the start of a word. */
  exact: boolean;
}

export interface SearchOptions {
  /**
   * Most results to return: a whole number, 1 or more; default 10. Anything else (NaN, 0, a negative
   * number, a fraction, Infinity, a string) throws `InvalidQueryError` rather than being read as "all".
   */
  limit?: number;
}

/**
 * How many characters of a query are searched (UTF-16 code units, as `String.length` counts them); the
 * rest is ignored. The longest real query, ICE's longest agency name (83 characters) after "condado de"
 * and before ", Northern Mariana Islands", is 120: this leaves room for longer names to come. A pasted
 * paragraph is cut here, for every caller, instead of costing each keystroke time.
 */
export const MAX_QUERY_LENGTH = 200;

/** The reader's text as searched: a string, cut to `MAX_QUERY_LENGTH`. */
function queryText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new InvalidQueryError('text', text, 'a string, what the reader typed (e.g. "Collier County, FL")');
  }
  return text.slice(0, MAX_QUERY_LENGTH);
}

function resultLimit(options: SearchOptions | undefined): number {
  const { limit = 10 } = optionsObject(options, '{ limit: 5 }');
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new InvalidQueryError('limit', limit, 'a whole number of results, 1 or more');
  }
  return limit;
}

// Places before agencies; on equal population a county before the cities that take its population.
const KIND_RANK: Record<SearchResultKind, number> = { state: 0, zip: 0, county: 0, city: 1, agency: 2 };

// Words before a place name that say the reader means a county, and words that say nothing.
const COUNTY_WORDS = /^(?:condado de|condado|parroquia de|parroquia|municipio de|county of|parish of)\s+/;
const PLACE_WORDS = /^(?:ciudad de|city of|town of|pueblo de|village of)\s+/;
// County suffixes a reader may add; "city" is not one of them, or "Lake City" would match every Lake County.
const QUERY_SUFFIX = /\s(?:county|co|cty|cnty|parish|borough|census area|condado|parroquia)$/;

// Spanish names of states that differ from the English ones, for readers who type them.
const SPANISH_STATE_NAMES: Record<string, string> = {
  'carolina del norte': 'NC',
  'carolina del sur': 'SC',
  'dakota del norte': 'ND',
  'dakota del sur': 'SD',
  'nueva york': 'NY',
  'nueva jersey': 'NJ',
  'nuevo mexico': 'NM',
  'nuevo hampshire': 'NH',
  pensilvania: 'PA',
  luisiana: 'LA',
  misuri: 'MO',
  misisipi: 'MS',
  'virginia occidental': 'WV',
  hawai: 'HI',
  'islas marianas del norte': 'MP',
};

interface Index {
  /** the counties' table and the populations that rank every table */
  counties: CountyTable;
  /** counties, cities, places readers name, agencies: the order equally good matches are listed in */
  tables: EntryTable[];
  /** a state or territory by its folded English or Spanish name or lower-case code → its result */
  states: Map<string, SearchResult>;
  /** [folded name, USPS code], longest names first so "west virginia" wins over "virginia" */
  stateNames: [string, string][];
  /** [lower-case USPS code, USPS code] */
  stateCodes: [string, string][];
  /** Spanish state name → the English one, folded */
  spanishToEnglish: [string, string][];
}

// Folding is most of the cost of building an index: each source object's name is folded once per page.
const foldedNames = new WeakMap<object, string>();
function foldedName(source: { name: string }): string {
  let folded = foldedNames.get(source);
  if (folded === undefined) {
    folded = foldText(source.name);
    foldedNames.set(source, folded);
  }
  return folded;
}

/** Populations for ranking: Census counts, and for territories (no estimate) their postal cities' residents. */
interface Populations {
  county: (fips: string) => number;
  state: ReadonlyMap<string, number>;
}

const populationOfCounties = (populations: Populations, counties: readonly string[]): number =>
  counties.reduce((sum, fips) => sum + populations.county(fips), 0);

interface CountyTable {
  table: EntryTable;
  populations: Populations;
}

const NO_CITIES: readonly City[] = [];

function buildCountyTable(dataset: Dataset, cities: readonly City[]): CountyTable {
  const cityPopulation = new Map<string, number>();
  for (const city of cities) {
    const main = city.counties[0] ?? '';
    cityPopulation.set(main, (cityPopulation.get(main) ?? 0) + city.population);
  }
  const county = (fips: string) =>
    dataset.countyByFips.get(fips)?.population ?? cityPopulation.get(fips) ?? 0;
  const state = new Map<string, number>();
  const table = EntryTable.build('county', (add) => {
    for (const source of dataset.counties) {
      const population = county(source.fips);
      state.set(source.state, (state.get(source.state) ?? 0) + population);
      const full = foldedName(source);
      const row = { name: source.name, state: source.state, counties: [source.fips], population };
      add(row, full, stripCountySuffix(full));
    }
  });
  return { table, populations: { county, state } };
}

// cities are rows as they are: the table adds only their folded names
const buildCityTable = (cities: readonly City[]): EntryTable =>
  EntryTable.build('city', (add) => {
    for (const city of cities) add(city, foldText(city.name));
  });

function knownPlacesTable(dataset: Dataset, populations: Populations): EntryTable {
  return EntryTable.build('city', (add) => {
    for (const place of KNOWN_PLACES) {
      const counties = place.counties.filter((fips) => dataset.countyByFips.has(fips));
      if (counties.length === 0) continue;
      const population = populationOfCounties(populations, counties);
      const row = { name: place.name, state: place.state, counties, population };
      for (const name of [place.name, ...(place.aliases ?? [])]) add(row, foldText(name));
    }
  });
}

function agencyTable(dataset: Dataset, populations: Populations): EntryTable {
  // an agency whose agreements ended is still one readers look up ("Harford County Sheriff's Office"): its
  // counties' answers list it as ended
  const ended = (dataset.listings?.agencies ?? []).filter(
    (agency) => !dataset.agencyById.has(agency.id) && agency.counties.length > 0,
  );
  return EntryTable.build('agency', (add) => {
    for (const agency of [...dataset.agencies, ...ended]) {
      const population =
        agency.kind === 'state'
          ? (populations.state.get(agency.state) ?? null)
          : populationOfCounties(populations, agency.counties);
      const row = {
        name: agency.name,
        state: agency.state,
        counties: agency.counties,
        population,
        agencyId: agency.id,
      };
      add(row, foldedName(agency));
    }
  });
}

interface Searched {
  dataset: Dataset;
  index: Index;
}

const citiesOf = (dataset: Dataset): readonly City[] => dataset.places?.cities ?? NO_CITIES;

/**
 * The index for `dataset`, reusing the tables of the last one built whose data is the same: attaching
 * agreements, the ZIP/city index or the listing history to a dataset rebuilds only what they change, and
 * the tables of datasets no longer searched are not kept.
 */
function buildIndex(dataset: Dataset, last: Searched | null): Index {
  const cities = citiesOf(dataset);
  const before = last?.dataset;
  const sameCities = before && citiesOf(before) === cities ? last.index : null;
  const samePlaces = sameCities && before?.counties === dataset.counties ? sameCities : null;
  const sameAgencies =
    samePlaces && before?.agencies === dataset.agencies && before.listings === dataset.listings
      ? samePlaces
      : null;
  const counties = samePlaces?.counties ?? buildCountyTable(dataset, cities);
  const tables = [
    counties.table,
    sameCities?.tables[1] ?? buildCityTable(cities),
    samePlaces?.tables[2] ?? knownPlacesTable(dataset, counties.populations),
    sameAgencies?.tables[3] ?? agencyTable(dataset, counties.populations),
  ];
  const english = new Map(dataset.states.map((state) => [state.code, foldText(state.name)]));
  const stateNames: [string, string][] = [
    ...dataset.states.map((state): [string, string] => [foldText(state.name), state.code]),
    ...Object.entries(SPANISH_STATE_NAMES),
  ].sort((a, b) => b[0].length - a[0].length);
  const spanishToEnglish = Object.entries(SPANISH_STATE_NAMES).map(([spanish, code]): [string, string] => [
    spanish,
    english.get(code) ?? spanish,
  ]);
  const stateCodes = dataset.states.map((state): [string, string] => [state.code.toLowerCase(), state.code]);
  const statesByCode = new Map<string, string[]>();
  for (const county of dataset.counties) {
    const list = statesByCode.get(county.state);
    if (list) list.push(county.fips);
    else statesByCode.set(county.state, [county.fips]);
  }
  const states = new Map<string, SearchResult>();
  for (const state of dataset.states) {
    const result: SearchResult = {
      kind: 'state',
      label: state.name,
      name: state.name,
      state: state.code,
      counties: statesByCode.get(state.code) ?? [],
      agencyId: null,
      population: counties.populations.state.get(state.code) ?? null,
      exact: true,
    };
    for (const [name, code] of [...stateNames, ...stateCodes])
      if (code === state.code) states.set(name, result);
  }
  return { counties, tables, states, stateNames, stateCodes, spanishToEnglish };
}

// Only the last dataset searched keeps its index: a page searches one dataset at a time, and the one
// before it (without the agreements or the ZIP/city index) is not searched again.
let last: Searched | null = null;

function indexOf(dataset: Dataset): Index {
  if (last?.dataset !== dataset) last = { dataset, index: buildIndex(dataset, last) };
  return last.index;
}

interface Query {
  full: string;
  base: string;
  compact: string;
  tokens: string[];
  /** each token after a space: it starts a word that is not a name's first */
  spacedTokens: string[];
  /** the longest token, whose bucket holds every entry that can match */
  longest: string;
  state: string | null;
  /** The reader said they mean a county ("Miami County", "condado de Harris"): one of exactly that name. */
  countyIntent: boolean;
}

/**
 * Parses what was typed: leading county or place words, a trailing state (English or Spanish name, or
 * USPS code), a trailing county word. `coIsCounty` reads a final "co" as "county" rather than Colorado.
 */
function parseQuery(index: Index, text: string, coIsCounty = false): Query | null {
  let folded = foldText(text);
  let countyIntent = COUNTY_WORDS.test(folded);
  folded = folded.replace(COUNTY_WORDS, '').replace(PLACE_WORDS, '');
  for (const [spanish, english] of index.spanishToEnglish) {
    if (folded === spanish || folded.startsWith(`${spanish} `))
      folded = english + folded.slice(spanish.length);
  }
  let state: string | null = null;
  const codes = coIsCounty ? index.stateCodes.filter(([code]) => code !== 'co') : index.stateCodes;
  for (const [name, code] of [...index.stateNames, ...codes]) {
    if (folded.endsWith(` ${name}`)) {
      state = code;
      folded = folded.slice(0, -name.length - 1).trim();
      break;
    }
  }
  folded = folded.replace(COUNTY_WORDS, '').replace(PLACE_WORDS, '');
  if (folded.length === 0) return null;
  const base = folded.replace(QUERY_SUFFIX, '') || folded;
  countyIntent ||= base !== folded;
  // "Harris Co" means Harris County: the query's full form spells the suffix out.
  const full = base !== folded ? `${base} county` : folded;
  const tokens = base.split(' ');
  return {
    full,
    base,
    compact: base.replace(/ /g, ''),
    tokens,
    spacedTokens: tokens.map((token) => ` ${token}`),
    longest: tokens.reduce((a, b) => (b.length > a.length ? b : a)),
    state,
    countyIntent,
  };
}

/** 0: the name, or its leading words; 1: the start of the name; 2: the start of words in it. */
function matchTier(table: EntryTable, entry: number, query: Query): number | null {
  const full = table.full[entry] as string;
  const base = table.base(entry);
  const compact = table.compact[entry] as string;
  if (query.countyIntent) {
    // "Washington County": the county of that name, then names that go on ("Washington County Sheriff's
    // Office"); a town called Washington is no match, and "Miami-Dade" is not "Miami County".
    if (table.kind === 'city') return null;
    if (table.kind === 'county' && (base === query.base || compact === query.compact)) return 0;
    if (full.startsWith(`${query.full} `)) return 0;
    if (full.startsWith(query.full)) return 1;
  } else {
    if (base === query.base || full === query.full || compact === query.compact) return 0;
    if (base.startsWith(query.base)) return base.charCodeAt(query.base.length) === 32 ? 0 : 1;
    if (full.startsWith(query.full)) return full.charCodeAt(query.full.length) === 32 ? 0 : 1;
    if (compact.startsWith(query.compact)) return 1;
  }
  // every token starts a word of the name
  for (let i = 0; i < query.tokens.length; i++) {
    if (!full.startsWith(query.tokens[i] as string) && !full.includes(query.spacedTokens[i] as string))
      return null;
  }
  return 2;
}

function searchZip(dataset: Dataset, zip: string): SearchResult[] {
  const counties = dataset.places?.zips.get(zip);
  if (!counties) return [];
  const first = dataset.countyByFips.get(counties[0] ?? '');
  return [
    {
      kind: 'zip',
      label: `ZIP ${zip}`,
      name: zip,
      state: first?.state ?? '',
      counties,
      agencyId: null,
      population: null,
      exact: true,
    },
  ];
}

/** A match: an entry of a table, or a result made for the query (a state, a ZIP code). */
interface Ranked {
  table: EntryTable | null;
  entry: number;
  result: SearchResult | null;
  tier: number;
  /** the whole name equals the query, not just its leading words ("Miami" before "Miami Beach") */
  wholeName: boolean;
}

const rowOf = (r: Ranked): EntryRow => (r.table as EntryTable).rows[r.entry] as EntryRow;
const kindOf = (r: Ranked): SearchResultKind => r.result?.kind ?? (r.table as EntryTable).kind;
const countiesOf = (r: Ranked): readonly string[] => r.result?.counties ?? rowOf(r).counties;
const populationOf = (r: Ranked): number => (r.result ? r.result.population : rowOf(r).population) ?? 0;
function labelOf(r: Ranked): string {
  if (r.result) return r.result.label;
  const row = rowOf(r);
  return `${row.name}, ${row.state}`;
}

/** The result a match stands for, made once it is one of those returned. */
function resultOf(r: Ranked): SearchResult {
  if (r.result) return { ...r.result, exact: r.tier === 0 };
  const row = rowOf(r);
  return {
    kind: (r.table as EntryTable).kind,
    label: labelOf(r),
    name: row.name,
    state: row.state,
    counties: row.counties,
    agencyId: row.agencyId ?? null,
    population: row.population,
    exact: r.tier === 0,
  };
}

const given = (result: SearchResult): Ranked => ({
  table: null,
  entry: -1,
  result,
  tier: 0,
  wholeName: true,
});

function compareRanked(a: Ranked, b: Ranked): number {
  const x = kindOf(a);
  const y = kindOf(b);
  return (
    a.tier - b.tier ||
    Number(x === 'agency') - Number(y === 'agency') ||
    populationOf(b) - populationOf(a) ||
    KIND_RANK[x] - KIND_RANK[y] ||
    Number(b.wholeName) - Number(a.wholeName) ||
    labelOf(a).localeCompare(labelOf(b), 'en')
  );
}

/**
 * The best `limit` matches, in order. Only the entries in the bucket of the query's longest word (or of
 * its compact form) can match; of those, a one-letter query still matches thousands: keeping only the best
 * few (binary insertion) instead of sorting them all keeps every keystroke fast. A candidate is compared
 * in a reused object and copied only when it is kept.
 */
function rankQuery(index: Index, query: Query, limit: number): Ranked[] {
  const best: Ranked[] = [];
  const candidate: Ranked = { table: null, entry: 0, result: null, tier: 0, wholeName: false };
  for (const table of index.tables) {
    candidate.table = table;
    for (const entry of table.candidates(query.longest, query.compact)) {
      if (query.state && table.rows[entry]?.state !== query.state) continue;
      const tier = matchTier(table, entry, query);
      if (tier === null) continue;
      candidate.entry = entry;
      candidate.tier = tier;
      candidate.wholeName = table.base(entry) === query.base || table.full[entry] === query.full;
      const worst = best[best.length - 1];
      if (best.length >= limit && worst && compareRanked(candidate, worst) >= 0) continue;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compareRanked(best[middle] as Ranked, candidate) <= 0) low = middle + 1;
        else high = middle;
      }
      best.splice(low, 0, { ...candidate });
      if (best.length > limit) best.pop();
    }
  }
  return best;
}

function rank(dataset: Dataset, text: string, limit = Number.POSITIVE_INFINITY): Ranked[] {
  const trimmed = text.trim();
  const zip = /^(?:zip|c[oó]digo postal)?[\s:#]*(\d{5})(?:-\d{4})?$/i.exec(trimmed);
  if (zip?.[1]) return searchZip(dataset, zip[1]).map(given);
  const index = indexOf(dataset);
  // a state or territory named alone ("Texas", "PR", "Nueva York"): the state first, then what shares its name
  const state = index.states.get(foldText(trimmed).replace(PLACE_WORDS, ''));
  const named: Ranked[] = state ? [given(state)] : [];
  const query = parseQuery(index, trimmed);
  if (!query) return named;
  const ranked = [...named, ...rankQuery(index, query, limit)].slice(0, limit);
  if (ranked.length > 0 || query.state !== 'CO') return ranked;
  // "Harris Co" is not a place in Colorado: read the "co" as "county".
  const asCounty = parseQuery(index, trimmed, true);
  return asCounty ? rankQuery(index, asCounty, limit) : ranked;
}

function suggest(dataset: Dataset, text: string): SearchResult[] {
  const index = indexOf(dataset);
  const query = parseQuery(index, text);
  // digits are a ZIP code being typed: no name is spelt like them, and comparing them with every name costs
  // each keystroke milliseconds
  if (!query || /^[\d ]+$/.test(query.base)) return [];
  const limit = query.base.length > 6 ? 2 : 1;
  const close: { result: SearchResult; distance: number }[] = [];
  for (const table of index.tables) {
    if (table.kind === 'agency') continue;
    for (let entry = 0; entry < table.size; entry++) {
      if (query.state && table.rows[entry]?.state !== query.state) continue;
      // against the full name too, so a misspelt suffix ("Brevard Couny") still finds the county
      const distances = [
        editDistance(table.base(entry), query.base, limit),
        editDistance(table.full[entry] as string, query.full, limit),
      ];
      const known = distances.filter((d): d is number => d !== null);
      if (known.length > 0) {
        const result = resultOf({ table, entry, result: null, tier: 1, wholeName: false });
        close.push({ result, distance: Math.min(...known) });
      }
    }
  }
  return close
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        KIND_RANK[a.result.kind] - KIND_RANK[b.result.kind] ||
        (b.result.population ?? 0) - (a.result.population ?? 0),
    )
    .slice(0, 5)
    .map((entry) => entry.result);
}

/**
 * Builds the search index now rather than on the first query (about 100 ms for the full dataset), so a
 * widget can do it while the reader has not typed yet. One dataset's index is kept at a time: searching
 * another builds its own (reusing the tables whose data is the same; 20–30 ms with the same ZIP/city index),
 * so a page that searches two datasets in turn pays that at each switch.
 */
export function prepareSearch(dataset: Dataset): void {
  indexOf(dataset);
}

/**
 * Ranked matches for what a reader typed; when nothing matches, the closest spellings ("colier" → Collier
 * County), marked `exact: false`. Local only: no request is made. Only the first `MAX_QUERY_LENGTH`
 * characters of `text` are searched. Throws `InvalidQueryError` when `text` is not a string or
 * `options.limit` is not a whole number, 1 or more.
 */
export function search(dataset: Dataset, text: string, options?: SearchOptions): SearchResult[] {
  const query = queryText(text);
  const limit = resultLimit(options);
  const ranked = rank(dataset, query, limit);
  if (ranked.length === 0) return suggest(dataset, query).slice(0, limit);
  return ranked.map(resultOf);
}

export type CountyResolution =
  | { status: 'match'; fips: string; via: SearchResult }
  /** `candidates`: the best 20, best first; `more`: how many equally good ones are left out. */
  | { status: 'ambiguous'; candidates: SearchResult[]; more: number }
  /** The text names a statewide agency, which operates in every county of its state: ask for a county. */
  | { status: 'statewide'; agency: SearchResult }
  /** The text names a state or territory of several counties, and nothing else: its summary (`answerState`). */
  | { status: 'state'; state: string; via: SearchResult }
  | { status: 'none'; suggestions: SearchResult[] };

const MAX_CANDIDATES = 20;

/**
 * The counties whose whole name the text starts with and goes on from ("harris county sheriff, tx"), in its
 * state if it names one, most populous first; empty when the text is a county name alone or starts with none.
 */
function countiesNamedFirst(dataset: Dataset, text: string): SearchResult[] {
  const index = indexOf(dataset);
  const query = parseQuery(index, text);
  if (!query) return [];
  const table = index.counties.table;
  const counties: SearchResult[] = [];
  for (let entry = 0; entry < table.size; entry++) {
    const full = table.full[entry] as string;
    if (
      (!query.state || table.rows[entry]?.state === query.state) &&
      / (county|parish|borough)$/.test(full) &&
      query.full.startsWith(`${full} `)
    )
      counties.push(resultOf({ table, entry, result: null, tier: 1, wholeName: false }));
  }
  return counties.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
}
// how many times the people of each place sharing its name a state must have to be what its name means
const STATE_DOMINANCE = 20;

/**
 * One county for what a reader typed, or why not: several counties match equally well (`ambiguous`, with
 * the candidates), a statewide agency (`statewide`), or nothing matches (`none`, with suggestions). Reads
 * `text` as `search` does: the first `MAX_QUERY_LENGTH` characters; `InvalidQueryError` if not a string.
 */
export function resolveCounty(dataset: Dataset, text: string): CountyResolution {
  const query = queryText(text);
  const all = rank(dataset, query);
  const first = all[0];
  if (first && kindOf(first) === 'state') {
    const state = resultOf(first);
    const [only, ...more] = state.counties;
    // one county-equivalent (DC, Guam): that is the answer
    if (only && more.length === 0) return { status: 'match', fips: only, via: state };
    // the state, unless a place of its name is no small fraction of it ("New York": the city; "Delaware":
    // Delaware County, PA), when the reader is asked which
    const others = all.slice(1).filter((r) => r.tier === 0 && r.wholeName && kindOf(r) !== 'agency');
    const rivals = others.filter((r) => populationOf(r) * STATE_DOMINANCE > (state.population ?? 0));
    if (rivals.length === 0) return { status: 'state', state: state.state, via: state };
    return {
      status: 'ambiguous',
      candidates: [state, ...others.slice(0, MAX_CANDIDATES - 1).map(resultOf)],
      more: 0,
    };
  }
  const startsWith = countiesNamedFirst(dataset, query);
  if (startsWith.length > 0) {
    // "Harris County Sheriff": the county the text starts with decides, not a look-alike agency (Harrison
    // County's) or the one Harris County that happens to have a sheriff on the list
    const [only] = startsWith;
    if (startsWith.length === 1 && only)
      return { status: 'match', fips: only.counties[0] as string, via: only };
    return {
      status: 'ambiguous',
      candidates: startsWith.slice(0, MAX_CANDIDATES),
      more: Math.max(0, startsWith.length - MAX_CANDIDATES),
    };
  }
  const ranked = all.filter((r) => countiesOf(r).length > 0);
  if (first && kindOf(first) === 'agency' && countiesOf(first).length === 0) {
    const placed = ranked[0];
    if (!placed || placed.tier > first.tier) return { status: 'statewide', agency: resultOf(first) };
  }
  if (ranked.length === 0) return { status: 'none', suggestions: suggest(dataset, query) };
  const bestTier = ranked[0]?.tier ?? 0;
  const top = ranked.filter((r) => r.tier === bestTier);
  const best = top.map(resultOf);
  // the whole name decides before names that go on: "New York, NY" is not also "New York Mills, NY"
  const whole = top.filter((r) => r.wholeName).map(resultOf);
  for (const candidates of [best, whole]) {
    const counties = new Set(candidates.flatMap((result) => result.counties));
    const [only] = counties;
    if (counties.size === 1 && only && candidates[0])
      return { status: 'match', fips: only, via: candidates[0] };
  }
  // a county-equivalent's own full name ("Carson City", NV's consolidated city) is that one, not the
  // towns elsewhere that share it
  const named = best.filter(
    (result) => result.kind === 'county' && foldText(result.name) === foldText(query.replace(/,.*$/, '')),
  );
  const [own] = named;
  if (named.length === 1 && own?.counties[0]) return { status: 'match', fips: own.counties[0], via: own };
  return {
    status: 'ambiguous',
    candidates: best.slice(0, MAX_CANDIDATES),
    more: Math.max(0, best.length - MAX_CANDIDATES),
  };
}
