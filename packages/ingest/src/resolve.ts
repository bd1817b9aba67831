/**
 * ICE rows → the counties each agency covers, by the rules in DESIGN.md:
 * - state agencies → statewide (their COUNTY cell, when filled, is only where they are headquartered);
 * - a COUNTY cell → the Census county of that name in the state (suffix, accents, St./Saint folded), or the
 *   one county of the state that a typo is closest to, by a clear margin (`closestCounty`);
 * - county agencies without one → the county named in the agency name ("X County Sheriff's Office"), and
 *   so are municipal ones whose name names a county but no town ("Metro Police Authority of Genesee County");
 * - an agency ICE typed County whose name is a town's police and names no county is read as municipal;
 * - municipal agencies without one → the town in the agency name, through the ZIP/city index;
 * - whatever the rules cannot resolve → the reviewed override tables in packages/ingest/overrides/.
 * A row no rule or override resolves is a problem: the ingest fails and names it.
 */
import {
  type AgencyKind,
  type Dataset,
  editDistance,
  foldText,
  type State,
  stripCountySuffix,
} from '@open287g/sdk';
import type { Problem, Suggestion } from './errors.js';
import type { IceRow } from './ice-sheet.js';
import type { AgencyOverride, Overrides } from './overrides.js';

export type Rule =
  | 'state agency → statewide'
  | 'COUNTY column'
  | 'COUNTY column, suffix folded'
  | 'COUNTY column, misspelling read'
  | 'COUNTY override'
  | 'county in agency name'
  | 'county in agency name, misspelling read'
  | 'town in agency name → ZIP/city index'
  | 'agency override';

export interface Resolution {
  kind: AgencyKind;
  counties: string[];
  place: string | null;
  rule: Rule;
  /** Something a reviewer should look at, though the row resolved. */
  warning: string | null;
  /** A misspelling the rules read, as "what ICE printed → the county it became", for the summary. */
  misspelling: string | null;
  /** The agency's state when ICE printed another one (see `stateOfCounty`); absent when ICE's is right. */
  state?: string;
}

interface CountyName {
  fips: string;
  /** the Census name, as printed */
  name: string;
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
  /** state → its postal cities with their folded names, for reading a misspelled town */
  citiesByState: ReadonlyMap<string, readonly { folded: string; town: Town }[]>;
  stateByCode: ReadonlyMap<string, State>;
}

/** The lookup tables the rules need, from the reference data as the SDK decodes it. */
export function gazetteerOf(dataset: Dataset): Gazetteer {
  const countiesByState = new Map<string, CountyName[]>();
  for (const county of dataset.counties) {
    const full = foldText(county.name);
    const entry = { fips: county.fips, name: county.name, full, base: stripCountySuffix(full) };
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
  const citiesByState = new Map<string, { folded: string; town: Town }[]>();
  for (const [key, town] of cities) {
    const [state = '', folded = ''] = key.split('|');
    const inState = citiesByState.get(state);
    if (inState) inState.push({ folded, town });
    else citiesByState.set(state, [{ folded, town }]);
  }
  return { countiesByState, cities, citiesByState, stateByCode: dataset.stateByCode };
}

export interface CountyMatch {
  fips: string;
  how: 'exact' | 'suffix folded' | 'misspelling read';
  /** the Census name it matched */
  name: string;
}

/**
 * The edits a misspelling may need: 1 in a short name, 2 from 7 letters on ("Okfusfee" → Okfuskee, "Lampass"
 * → Lampasas, "Dogulas" → Douglas); and the next closest county must need at least 2 more, so a typo
 * between two real names ("Fall": Falls or Hall?) is never guessed.
 */
const MISSPELLING_EDITS = (length: number) => (length >= 7 ? 2 : 1);
const MISSPELLING_MARGIN = 2;

/**
 * The one county of the state that `printed` (folded) is a misspelling of, or null. Both the whole name and
 * the name without its suffix are compared ("Lake Conty" is one edit from "lake county"; "Somervill" one
 * from "somervell"); the closest county must be closer than every other by the margin. When two counties
 * are that close, the agency's own name decides if it points at exactly one of them (`hints`: the county it
 * names, the counties of the town it names): "Pop County" for Pope County Sheriff's Office is Pope, not Polk.
 */
function closestCounty(
  candidates: readonly CountyName[],
  full: string,
  hints: ReadonlySet<string>,
): CountyName | null {
  const base = stripCountySuffix(full);
  return clearlyClosest(
    candidates,
    (county, limit) => {
      const known = [editDistance(full, county.full, limit), editDistance(base, county.base, limit)].filter(
        (d): d is number => d !== null,
      );
      return known.length > 0 ? Math.min(...known) : null;
    },
    MISSPELLING_EDITS(base.replace(/ /g, '').length),
    (county) => hints.has(county.fips),
  );
}

/**
 * Of `candidates`, the one at most `allowed` edits away (`distance` need only count up to `limit`) with every
 * other at least `MISSPELLING_MARGIN` edits further. When another is closer than that, `decides` may settle
 * it by accepting exactly one of those within `allowed`; otherwise null: a typo between two real names is
 * never guessed. One rule for misspelled counties, towns and overridden agency names.
 */
function clearlyClosest<T>(
  candidates: Iterable<T>,
  distance: (candidate: T, limit: number) => number | null,
  allowed: number,
  decides: (candidate: T) => boolean = () => false,
): T | null {
  const close: { candidate: T; distance: number }[] = [];
  for (const candidate of candidates) {
    const edits = distance(candidate, allowed + MISSPELLING_MARGIN);
    if (edits !== null) close.push({ candidate, distance: edits });
  }
  close.sort((a, b) => a.distance - b.distance);
  const [best, second] = close;
  if (!best || best.distance > allowed) return null;
  if (!second || second.distance - best.distance >= MISSPELLING_MARGIN) return best.candidate;
  const pointed = close.filter(({ candidate, distance }) => distance <= allowed && decides(candidate));
  return pointed.length === 1 && pointed[0] ? pointed[0].candidate : null;
}

/**
 * A county name as ICE prints it → FIPS: exactly, with the suffix folded, or as the misspelling of exactly
 * one county of the state; null if none or ambiguous.
 */
export function matchCounty(
  gazetteer: Gazetteer,
  state: string,
  printed: string,
  hints: ReadonlySet<string> = new Set(),
): CountyMatch | null {
  const candidates = gazetteer.countiesByState.get(state) ?? [];
  const full = foldText(printed);
  const exact = candidates.filter((county) => county.full === full);
  if (exact.length === 1 && exact[0]) return { fips: exact[0].fips, how: 'exact', name: exact[0].name };
  const base = stripCountySuffix(full);
  const byBase = candidates.filter((county) => county.base === base);
  // "Franklin" in Virginia is both a county and an independent city: refuse to guess.
  if (byBase.length > 1) return null;
  if (byBase[0]) return { fips: byBase[0].fips, how: 'suffix folded', name: byBase[0].name };
  const closest = closestCounty(candidates, full, hints);
  return closest ? { fips: closest.fips, how: 'misspelling read', name: closest.name } : null;
}

// "… Genesee County …": the words before a county word, one to four of them, are tried as a county's name.
const COUNTY_WORD = /\b(?:county|parish|borough)\b/gi;
// An agency's name up to its first county word: "Mantiowoc County" of "Mantiowoc County Sheriff's Office".
const UP_TO_COUNTY_WORD = /^(.*?\b(?:county|parish|borough))\b/i;

/**
 * The county an agency's name names, exactly or with a misspelling read ("Collier County Sheriff's
 * Office", "Metro Police Authority of Genesee County"), with the words it was read from; null if none.
 */
export function countyInName(
  gazetteer: Gazetteer,
  state: string,
  agency: string,
): { match: CountyMatch; named: string } | null {
  for (const word of agency.matchAll(COUNTY_WORD)) {
    const words = agency.slice(0, word.index).trim().split(/\s+/);
    // the most words first: "Deaf Smith County" is Deaf Smith, not Smith County (both are in Texas)
    for (let count = Math.min(4, words.length); count >= 1; count--) {
      const named = `${words.slice(-count).join(' ')} ${word[0]}`;
      const match = matchCounty(gazetteer, state, named);
      if (match && match.how !== 'misspelling read') return { match, named };
    }
  }
  // a misspelling only for the name as a whole up to its county word, as the rule has always read it
  const whole = UP_TO_COUNTY_WORD.exec(agency)?.[1];
  const match = whole ? matchCounty(gazetteer, state, whole) : null;
  return match && whole ? { match, named: whole } : null;
}

// What follows a town's name in a police agency's name.
const AGENCY_WORDS =
  /\s+(?:police|department of public safety|public safety|dept\.? of public safety|marshal'?s?|constables?'?s?|sheriff'?s?)\b.*$/i;
// A town's own police: not a sheriff, constable or marshal, which a consolidated city-county can have
// ("Jacksonville Sheriff's Office" is Duval County's sheriff).
const TOWN_POLICE = /\b(?:police|public safety)\b/i;
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

const COLUMN_RULES: Record<CountyMatch['how'], Rule> = {
  exact: 'COUNTY column',
  'suffix folded': 'COUNTY column, suffix folded',
  'misspelling read': 'COUNTY column, misspelling read',
};

/** "FL: COUNTY "Lake Conty" → Lake County (12069)": what a summary says about a misspelling it read. */
const misspellingOf = (state: string, what: string, printed: string, match: CountyMatch) =>
  `${state}: ${what} "${printed}" → ${match.name} (${match.fips})`;

function countyFromCell(
  gazetteer: Gazetteer,
  overrides: Overrides,
  row: IceRow,
  printed: string,
  hints: ReadonlySet<string>,
): { fips: string; rule: Rule; misspelling: string | null } | null {
  const override = overrides.countyNames.get(`${row.state}|${foldText(printed)}`);
  if (override) {
    override.used = true;
    return { fips: override.fips, rule: 'COUNTY override', misspelling: null };
  }
  const match = matchCounty(gazetteer, row.state, printed, hints);
  if (!match) return null;
  return {
    fips: match.fips,
    rule: COLUMN_RULES[match.how],
    misspelling: match.how === 'misspelling read' ? misspellingOf(row.state, 'COUNTY', printed, match) : null,
  };
}

const CAMPUS_OR_POLICE = /\b(?:police|university|college|school)\b/i;
// Words of a statewide agency's name, read when ICE's list has no TYPE column (its lists before April 2025).
const STATEWIDE_WORDS =
  /\b(?:state police|state patrol|highway patrol|department of corrections|department of law enforcement|bureau of investigation|national guard|attorney general)\b/i;

/**
 * The kind an agency's name says, for ICE's lists without a TYPE column: a sheriff or an agency naming a
 * county is a county agency; a town's police is municipal; a state's agency ("Alaska Department of
 * Corrections", "Department of Corrections", "Highway Patrol") is statewide; anything else (jails, task
 * forces) a county agency, which must then be placed by a rule or an override.
 */
function kindFromName(
  gazetteer: Gazetteer,
  state: string,
  agency: string,
  namesCounty: boolean,
  policeTown: Town | null,
): AgencyKind {
  if (namesCounty || /\bsheriff/i.test(agency)) return 'county';
  if (policeTown && TOWN_POLICE.test(agency)) return 'municipal';
  const stateName = foldText(gazetteer.stateByCode.get(state)?.name ?? '');
  // "Florida Gulf Coast University Police Department" is a campus's police, not the state's
  const startsWithState =
    stateName !== '' && foldText(agency).startsWith(`${stateName} `) && !CAMPUS_OR_POLICE.test(agency);
  return STATEWIDE_WORDS.test(agency) || startsWithState ? 'state' : 'county';
}

/**
 * The reviewed override for this agency: by its name, or by a name one letter off an overridden agency of
 * the same state ("Albermarle District Jail"), when no other overridden name is within three letters. One
 * letter only: two real agencies' names can be two apart (Milford and Milton).
 */
function agencyOverrideFor(overrides: Overrides, state: string, agency: string): AgencyOverride | null {
  // "City of Miami Springs Police Department" is the Miami Springs Police Department
  const folded = foldText(agency.replace(TOWN_PREFIX, ''));
  const exact =
    overrides.agencies.get(`${state}|${folded}`) ?? overrides.agencies.get(`${state}|${foldText(agency)}`);
  if (exact) return exact;
  if (folded.length < 10) return null;
  const inState = [...overrides.agencies].filter(([key]) => key.startsWith(`${state}|`));
  const closest = clearlyClosest(
    inState,
    ([key], limit) => editDistance(folded, key.slice(state.length + 1), limit),
    1,
  );
  return closest?.[1] ?? null;
}

// ICE abbreviates as people do: "Ft. Myers" is Fort Myers.
const ABBREVIATIONS: [RegExp, string][] = [
  [/^ft\.?\s+/i, 'Fort '],
  [/^mt\.?\s+/i, 'Mount '],
  [/^pt\.?\s+/i, 'Port '],
];

/**
 * The postal city a misspelled town name is ("Indiatlantic" → Indialantic): one edit for a name of 7 to 9
 * letters, two from 10, and no other city of the state within two more; shorter names are never guessed.
 */
function closestTown(gazetteer: Gazetteer, state: string, town: string): Town | null {
  const folded = foldText(town);
  const letters = folded.replace(/ /g, '').length;
  if (letters < 7) return null;
  const closest = clearlyClosest(
    gazetteer.citiesByState.get(state) ?? [],
    (city, limit) => editDistance(folded, city.folded, limit),
    letters >= 10 ? 2 : 1,
  );
  return closest?.town ?? null;
}

/**
 * The one other state where both the COUNTY cell and the agency's name name the same county, for a county
 * agency whose state has no county of that name: ICE printed the wrong STATE ("Crow Wing County Sheriff's
 * Office" under Massachusetts is Minnesota's). Null when no state, or more than one, fits.
 */
function stateOfCounty(
  gazetteer: Gazetteer,
  row: IceRow,
  printed: string,
): (CountyMatch & { state: string }) | null {
  const found: (CountyMatch & { state: string })[] = [];
  for (const state of gazetteer.countiesByState.keys()) {
    if (state === row.state) continue;
    const match = matchCounty(gazetteer, state, printed);
    if (!match || match.how === 'misspelling read') continue;
    if (countyInName(gazetteer, state, row.agency)?.match.fips === match.fips)
      found.push({ ...match, state });
  }
  return found.length === 1 && found[0] ? found[0] : null;
}

/** The postal city a town name refers to ("Ashdown City" → Ashdown, "Ft. Myers" → Fort Myers), or null. */
function findTown(gazetteer: Gazetteer, state: string, town: string): Town | null {
  const lookup = (name: string) => gazetteer.cities.get(`${state}|${foldText(name)}`) ?? null;
  const spelled = ABBREVIATIONS.reduce((name, [short, long]) => name.replace(short, long), town);
  return (
    lookup(spelled) ??
    (TOWN_SUFFIX.test(spelled) ? lookup(spelled.replace(TOWN_SUFFIX, '')) : null) ??
    closestTown(gazetteer, state, spelled)
  );
}

const MAX_SUGGESTIONS = 5;

/**
 * What a reviewer may choose from for an agency no rule placed, closest first: counties spelled like its
 * COUNTY cell or like the county words of its name, and the counties of postal cities named like its town
 * (without "Township": a township's constable is often near the postal town of its name). Guesses for a
 * person to check against the MOA, never used by the ingest itself.
 */
export function suggestPlaces(
  gazetteer: Gazetteer,
  state: string,
  agency: string,
  printed: string | null,
): Suggestion[] {
  const counties = gazetteer.countiesByState.get(state) ?? [];
  const nameOf = (fips: string) => counties.find((county) => county.fips === fips)?.name ?? fips;
  const ranked: (Suggestion & { distance: number })[] = [];
  const countyWords = UP_TO_COUNTY_WORD.exec(agency)?.[1] ?? null;
  for (const text of [printed, countyWords]) {
    if (!text) continue;
    const folded = foldText(text);
    for (const county of counties) {
      const distance =
        editDistance(folded, county.full, 4) ?? editDistance(stripCountySuffix(folded), county.base, 4);
      if (distance !== null)
        ranked.push({
          counties: [county.fips],
          why: `"${text}" is ${distance} edits from ${county.name}`,
          distance,
        });
    }
  }
  const town = townFromAgencyName(agency)?.replace(/\s+(?:township|twp\.?)$/i, '');
  if (town) {
    const folded = foldText(town);
    for (const city of gazetteer.citiesByState.get(state) ?? []) {
      const distance = editDistance(folded, city.folded, 2);
      if (distance === null) continue;
      const [main] = city.town.counties;
      if (main)
        ranked.push({
          counties: [main],
          why: `${city.town.name}, ${state}, a postal city ${distance === 0 ? 'of that name' : `${distance} edits from "${town}"`}, is mostly in ${nameOf(main)}`,
          distance,
        });
    }
  }
  ranked.sort((a, b) => a.distance - b.distance);
  const suggestions: Suggestion[] = [];
  for (const { counties: fips, why } of ranked) {
    if (suggestions.length === MAX_SUGGESTIONS) break;
    if (!suggestions.some((suggestion) => suggestion.counties.join() === fips.join()))
      suggestions.push({ counties: fips, why });
  }
  return suggestions;
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
  const named = countyInName(gazetteer, first.state, first.agency);
  const policeTown = townFromAgencyName(first.agency);
  const policeTownFound = policeTown ? findTown(gazetteer, first.state, policeTown) : null;
  const fromName = kindFromName(gazetteer, first.state, first.agency, named !== null, policeTownFound);
  // ICE types some state agencies Municipality ("Louisiana Alcohol and Tobacco Control"): a name without a
  // town that is a state's department is statewide, whatever the TYPE cell says
  const stateFixed =
    first.kind === 'municipal' &&
    !policeTownFound &&
    fromName === 'state' &&
    rows.every((row) => row.county === null);
  const typed = stateFixed ? 'state' : (first.kind ?? fromName);
  // ICE types some town police County ("Okeechobee Police Department"): a town's police that names no
  // county is municipal, whatever the TYPE cell says
  const kindFixed =
    typed === 'county' && !named && policeTownFound !== null && TOWN_POLICE.test(first.agency);
  const kind: AgencyKind = kindFixed ? 'municipal' : typed;
  const isMunicipal = kind === 'municipal';
  const townName = isMunicipal ? policeTown : null;
  const town = isMunicipal ? policeTownFound : null;
  const kindWarning = kindFixed
    ? `${first.agency} (${first.state}): ICE types it County; read as municipal (the police of ${town?.name})`
    : stateFixed
      ? `${first.agency} (${first.state}): ICE types it Municipality; read as statewide (a state's department, no town)`
      : null;
  // Only a name the index knows is a place; "University of Florida" is not a town.
  const place = town?.name ?? null;

  const agencyOverride = agencyOverrideFor(overrides, first.state, first.agency);
  if (agencyOverride) {
    agencyOverride.used = true;
    const respelled = foldText(agencyOverride.agency) !== foldText(first.agency);
    // an override that places an agency in counties makes it local, though some list types it State
    // Agency (ICE's July 2025 list types Florida's campus police so); a statewide override stays statewide
    const localised = !agencyOverride.kind && kind === 'state' && agencyOverride.counties.length > 0;
    const overriddenKind = agencyOverride.kind ?? (localised ? 'municipal' : kind);
    return {
      kind: overriddenKind,
      counties: agencyOverride.counties,
      // the override says where; the postal town the name names is its place only if it lies there (the
      // postal Oak Grove, MO is not the Oak Grove Village of ICE's Franklin County)
      place:
        overriddenKind === 'municipal' &&
        town?.counties.some((fips) => agencyOverride.counties.includes(fips))
          ? place
          : null,
      rule: 'agency override',
      warning:
        localised && first.kind === 'state'
          ? `${first.agency} (${first.state}): ICE types it State Agency; its override places it in ${agencyOverride.counties.join(' ')}, as a local agency`
          : null,
      misspelling: respelled
        ? `${first.state}: agency "${first.agency}" → the override of ${agencyOverride.agency}`
        : null,
    };
  }
  if (kind === 'state')
    return {
      kind,
      counties: [],
      place: null,
      rule: 'state agency → statewide',
      warning: kindWarning,
      misspelling: null,
    };

  const problems: Problem[] = [];
  const counties = new Set<string>();
  let rule: Rule | null = null;
  let misspelling: string | null = null;
  let stateCorrected: { state: string; warning: string } | null = null;
  // what the agency's own name says about where it is, to decide between two close spellings
  const hints = new Set([...(named ? [named.match.fips] : []), ...(town?.counties ?? [])]);
  for (const row of rows) {
    if (row.county === null) continue;
    const found = countyFromCell(gazetteer, overrides, row, row.county, hints);
    if (found) {
      counties.add(found.fips);
      rule ??= found.rule;
      misspelling ??= found.misspelling;
      continue;
    }
    const elsewhere = kind === 'county' ? stateOfCounty(gazetteer, row, row.county) : null;
    if (elsewhere) {
      counties.add(elsewhere.fips);
      rule ??= 'COUNTY column';
      stateCorrected = {
        state: elsewhere.state,
        warning: `${row.agency}: ICE lists it under ${gazetteer.stateByCode.get(row.state)?.name ?? row.state}, but its COUNTY and its name are ${elsewhere.name}, ${gazetteer.stateByCode.get(elsewhere.state)?.name ?? elsewhere.state}, the only county of that name; read as ${elsewhere.state}`,
      };
    } else {
      problems.push({
        file,
        row: row.row,
        column: 'COUNTY',
        review: {
          state: row.state,
          agency: row.agency,
          kind,
          suggestions: suggestPlaces(gazetteer, row.state, row.agency, row.county),
        },
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
      : kindWarning;
    if (stateCorrected)
      return {
        kind,
        counties: [...counties].sort(),
        place,
        rule,
        warning: stateCorrected.warning,
        misspelling,
        state: stateCorrected.state,
      };
    return { kind, counties: [...counties].sort(), place, rule, warning, misspelling };
  }

  // The postal city can reach into neighbouring counties; the police department serves the main one.
  const main = town?.counties[0];
  if (main)
    return {
      kind,
      counties: [main],
      place,
      rule: 'town in agency name → ZIP/city index',
      warning: kindWarning,
      misspelling: null,
    };
  if (named) {
    const misread = named.match.how === 'misspelling read';
    return {
      kind,
      counties: [named.match.fips],
      place: null,
      rule: misread ? 'county in agency name, misspelling read' : 'county in agency name',
      warning: null,
      misspelling: misread ? misspellingOf(first.state, 'agency name', named.named, named.match) : null,
    };
  }
  return [
    {
      file,
      row: first.row,
      review: {
        state: first.state,
        agency: first.agency,
        kind,
        suggestions: suggestPlaces(gazetteer, first.state, first.agency, null),
      },
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
