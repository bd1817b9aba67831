/**
 * The reviewed override tables: what the resolution rules cannot settle, each with the reason. They live
 * in packages/ingest/overrides/ as CSV so a reviewer reads every change in a diff.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type AgencyKind, agencyId, foldText } from '@open287g/sdk';
import { parseCsv } from './csv.js';
import type { Problem } from './errors.js';
import { readText } from './reference.js';

export interface CountyNameOverride {
  state: string;
  printed: string;
  fips: string;
  note: string;
  used: boolean;
}

export interface AgencyOverride {
  state: string;
  agency: string;
  kind: AgencyKind | null;
  /** empty for statewide */
  counties: string[];
  note: string;
  used: boolean;
}

/** A re-naming the identity rules cannot see, reviewed: the agency ICE printed as `from` is `to`'s. */
export interface RenameOverride {
  state: string;
  from: string;
  to: string;
  note: string;
  used: boolean;
}

export interface Overrides {
  /** "FL|lake conty" → override */
  countyNames: Map<string, CountyNameOverride>;
  /** "VA|southwest virginia regional jail authority" → override */
  agencies: Map<string, AgencyOverride>;
  /** "LA|la-louisiana-state-police-department" (the new spelling's id) → rename */
  renames: Map<string, RenameOverride>;
}

export const COUNTY_NAMES_FILE = 'county-names.csv';
export const AGENCIES_FILE = 'agencies.csv';
export const RENAMES_FILE = 'renames.csv';

const KINDS = new Set(['county', 'municipal', 'state']);

export async function readOverrides(
  dir: string,
  knownCounty: (fips: string) => string | undefined,
  knownState: (code: string) => boolean,
): Promise<{ overrides: Overrides; problems: Problem[] }> {
  const problems: Problem[] = [];
  const checkFips = (file: string, row: number, state: string, fips: string) => {
    const countyState = knownCounty(fips);
    if (!countyState) problems.push({ file, row, message: `unknown county FIPS "${fips}"` });
    else if (countyState !== state)
      problems.push({ file, row, message: `county ${fips} is not in ${state}` });
  };

  const countyNames = new Map<string, CountyNameOverride>();
  parseCsv(await readText(join(dir, COUNTY_NAMES_FILE))).forEach((record, index) => {
    const { state = '', county_as_printed: printed = '', fips = '', note = '' } = record;
    checkFips(COUNTY_NAMES_FILE, index + 2, state, fips);
    if (!note)
      problems.push({ file: COUNTY_NAMES_FILE, row: index + 2, message: 'every override needs a note' });
    countyNames.set(`${state}|${foldText(printed)}`, { state, printed, fips, note, used: false });
  });

  const agencies = new Map<string, AgencyOverride>();
  parseCsv(await readText(join(dir, AGENCIES_FILE))).forEach((record, index) => {
    const { state = '', agency = '', kind = '', counties = '', note = '' } = record;
    const row = index + 2;
    if (kind && !KINDS.has(kind))
      problems.push({ file: AGENCIES_FILE, row, message: `unknown kind "${kind}"` });
    const list = counties === 'statewide' ? [] : counties.split(/\s+/).filter(Boolean);
    if (counties !== 'statewide' && list.length === 0) {
      problems.push({
        file: AGENCIES_FILE,
        row,
        message: 'counties is empty: list FIPS codes or write "statewide"',
      });
    }
    for (const fips of list) checkFips(AGENCIES_FILE, row, state, fips);
    if (kind === 'state' && list.length > 0) {
      problems.push({
        file: AGENCIES_FILE,
        row,
        message: 'a state agency is statewide: write "statewide", or give another kind',
      });
    }
    if (kind && kind !== 'state' && list.length === 0) {
      problems.push({ file: AGENCIES_FILE, row, message: `a ${kind} agency needs counties` });
    }
    if (!note) problems.push({ file: AGENCIES_FILE, row, message: 'every override needs a note' });
    agencies.set(`${state}|${foldText(agency)}`, {
      state,
      agency,
      kind: kind ? (kind as AgencyKind) : null,
      counties: list.sort(),
      note,
      used: false,
    });
  });
  const renames = new Map<string, RenameOverride>();
  // the newest table: an overrides folder of a fork may not have it yet
  const renamesText = existsSync(join(dir, RENAMES_FILE)) ? await readText(join(dir, RENAMES_FILE)) : '';
  parseCsv(renamesText).forEach((record, index) => {
    const { state = '', from = '', to = '', note = '' } = record;
    const row = index + 2;
    if (!/^[A-Z]{2}$/.test(state) || !knownState(state))
      problems.push({ file: RENAMES_FILE, row, message: `unknown state "${state}"` });
    if (!from || !to) problems.push({ file: RENAMES_FILE, row, message: 'a rename needs both from and to' });
    if (!note) problems.push({ file: RENAMES_FILE, row, message: 'every override needs a note' });
    renames.set(`${state}|${agencyId(state, to)}`, { state, from, to, note, used: false });
  });
  return { overrides: { countyNames, agencies, renames }, problems };
}
