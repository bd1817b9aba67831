/**
 * ICE rows → the counties each agency covers, by the rules in DESIGN.md:
 * - state agencies → statewide (their COUNTY cell, when filled, is only where they are headquartered);
 * - a COUNTY cell → the Census county of that name in the state (suffix, accents, St./Saint folded);
 * - county agencies without one → the county named in the agency name ("X County Sheriff's Office");
 * - municipal agencies without one → the town in the agency name, through the ZIP/city index;
 * - whatever the rules cannot resolve → the reviewed override tables in packages/ingest/overrides/.
 * A row no rule or override resolves is a problem: the ingest fails and names it.
 */
import { type AgencyKind, type Dataset, foldText, type State, stripCountySuffix } from '@open287g/sdk';
import type { Problem } from './errors.js';
import type { IceRow } from './ice-sheet.js';
import type { Overrides } from './overrides.js';

export type Rule =
  | 'state agency → statewide'
  | 'COUNTY column'
  | 'COUNTY column, suffix folded'
  | 'COUNTY override'
  | 'county in agency name'
  | 'town in agency name → ZIP/city index'
  | 'agency override';

export interface Resolution {
  kind: AgencyKind;
  counties: string[];
  place: string | null;
  rule: Rule;
  /** Something a reviewer should look at, though the row resolved. */
  warning: string | null;
}

interface CountyName {
  fips: string;
  full: string;
  base: string;
}

export interface Town {
  name: string;
  counties: string[];
}

export interface Gazetteer {
  countiesByState: ReadonlyMap<string, readonly CountyName[]>;
  /** "FL|naples" → the postal city's name and counties, main one first */
  cities: ReadonlyMap<string, Town>;
  stateByCode: ReadonlyMap<string, State>;
}

/** The lookup tables the rules need, from the reference data as the SDK decodes it. */
export function gazetteerOf(dataset: Dataset): Gazetteer {
  const countiesByState = new Map<string, CountyName[]>();
  for (const county of dataset.counties) {
    const full = foldText(county.name);
    const entry = { fips: county.fips, full, base: stripCountySuffix(full) };
    const inState = countiesByState.get(county.state);
    if (inState) inState.push(entry);
    else countiesByState.set(county.state, [entry]);
  }
  // ICE's spelling of a town may differ from the postal one in accents or case: key on the folded name.
  const cities = new Map<string, Town>();
  for (const city of dataset.places?.cities ?? []) {
    const key = `${city.state}|${foldText(city.name)}`;
    const town = cities.get(key);
    if (town) town.counties.push(...city.counties);
    else cities.set(key, { name: city.name, counties: [...city.counties] });
  }
  return { countiesByState, cities, stateByCode: dataset.stateByCode };
}

/** A county name as ICE prints it → FIPS, exactly or with the suffix folded; null if none or ambiguous. */
export function matchCounty(
  gazetteer: Gazetteer,
  state: string,
  printed: string,
): { fips: string; folded: boolean } | null {
  const candidates = gazetteer.countiesByState.get(state) ?? [];
  const full = foldText(printed);
  const exact = candidates.filter((county) => county.full === full);
  if (exact.length === 1 && exact[0]) return { fips: exact[0].fips, folded: false };
  const base = stripCountySuffix(full);
  const byBase = candidates.filter((county) => county.base === base);
  // "Franklin" in Virginia is both a county and an independent city: refuse to guess.
  return byBase.length === 1 && byBase[0] ? { fips: byBase[0].fips, folded: true } : null;
}

const COUNTY_IN_NAME = /^(.*?\b(?:county|parish|borough))\b/i;

// What follows a town's name in a police agency's name.
const AGENCY_WORDS =
  /\s+(?:police|department of public safety|public safety|dept\.? of public safety|marshal'?s?|constables?'?s?|sheriff'?s?)\b.*$/i;
const TOWN_PREFIX = /^(?:city|town|village|borough|township) of\s+/i;
// A township is not the postal town of the same name (Sewickley Township is not in Sewickley's county).
const TOWN_SUFFIX = /\s+(?:city|town|borough|village)$/i;

/** "Boca Raton Police Services Department" → "Boca Raton"; null when the name has no police words. */
export function townFromAgencyName(name: string): string | null {
  const stripped = name.replace(TOWN_PREFIX, '');
  if (!AGENCY_WORDS.test(stripped)) return null;
  const town = stripped.replace(AGENCY_WORDS, '').trim();
  return town.length > 0 ? town : null;
}

function countyFromCell(
  gazetteer: Gazetteer,
  overrides: Overrides,
  row: IceRow,
  printed: string,
): { fips: string; rule: Rule } | null {
  const override = overrides.countyNames.get(`${row.state}|${foldText(printed)}`);
  if (override) {
    override.used = true;
    return { fips: override.fips, rule: 'COUNTY override' };
  }
  const match = matchCounty(gazetteer, row.state, printed);
  if (!match) return null;
  return { fips: match.fips, rule: match.folded ? 'COUNTY column, suffix folded' : 'COUNTY column' };
}

/** The postal city a town name refers to ("Ashdown City" → Ashdown), or null. */
function findTown(gazetteer: Gazetteer, state: string, town: string): Town | null {
  const lookup = (name: string) => gazetteer.cities.get(`${state}|${foldText(name)}`) ?? null;
  return lookup(town) ?? (TOWN_SUFFIX.test(town) ? lookup(town.replace(TOWN_SUFFIX, '')) : null);
}

/**
 * Resolves all rows of one agency (ICE lists an agency once per model). Returns the resolution, or the
 * problems that stop it, each naming the row.
 */
export function resolveAgency(
  gazetteer: Gazetteer,
  overrides: Overrides,
  rows: readonly IceRow[],
  file: string,
): Resolution | Problem[] {
  const [first] = rows;
  if (!first) return [];
  const kind = first.kind ?? 'county';
  const isMunicipal = kind === 'municipal';
  const townName = isMunicipal ? townFromAgencyName(first.agency) : null;
  const town = townName ? findTown(gazetteer, first.state, townName) : null;
  // Only a name the index knows is a place; "University of Florida" is not a town.
  const place = town?.name ?? null;

  const agencyOverride = overrides.agencies.get(`${first.state}|${foldText(first.agency)}`);
  if (agencyOverride) {
    agencyOverride.used = true;
    return {
      kind: agencyOverride.kind ?? kind,
      counties: agencyOverride.counties,
      place: null,
      rule: 'agency override',
      warning: null,
    };
  }
  if (kind === 'state')
    return { kind, counties: [], place: null, rule: 'state agency → statewide', warning: null };

  const problems: Problem[] = [];
  const counties = new Set<string>();
  let rule: Rule | null = null;
  for (const row of rows) {
    if (row.county === null) continue;
    const found = countyFromCell(gazetteer, overrides, row, row.county);
    if (found) {
      counties.add(found.fips);
      rule ??= found.rule;
    } else {
      problems.push({
        file,
        row: row.row,
        column: 'COUNTY',
        message: `"${row.county}" (for ${row.agency}) matches no county of ${gazetteer.stateByCode.get(row.state)?.name ?? row.state}. If it is a misspelling, add it to packages/ingest/overrides/county-names.csv with the right FIPS code.`,
      });
    }
  }
  if (problems.length > 0) return problems;
  if (rule) {
    // ICE's COUNTY cell is sometimes the county of another place with the town's name (Cherokee, AL).
    const disagrees = town && !town.counties.some((fips) => counties.has(fips));
    const warning = disagrees
      ? `${first.agency} (${first.state}): ICE's COUNTY says ${[...counties].join(' ')}, but ${town.name} is in ${town.counties.join(' ')}; check it and add an agency override if ICE is wrong`
      : null;
    return { kind, counties: [...counties].sort(), place, rule, warning };
  }

  if (kind === 'county') {
    const named = COUNTY_IN_NAME.exec(first.agency)?.[1];
    const match = named ? matchCounty(gazetteer, first.state, named) : null;
    if (match)
      return { kind, counties: [match.fips], place: null, rule: 'county in agency name', warning: null };
  }
  // The postal city can reach into neighbouring counties; the police department serves the main one.
  const main = town?.counties[0];
  if (main)
    return { kind, counties: [main], place, rule: 'town in agency name → ZIP/city index', warning: null };
  return [
    {
      file,
      row: first.row,
      message: `cannot tell which county "${first.agency}" (${kind}) is in: its COUNTY cell is empty or #N/A and ${
        kind === 'county'
          ? 'its name names no county'
          : townName
            ? `"${townName}" is not a town in the ZIP/city index`
            : 'its name has no town in it'
      }. Add it to packages/ingest/overrides/agencies.csv.`,
    },
  ];
}
