/**
 * The ingest: ICE's participating list (+ optional pending list) and the reference data → a validated
 * `agreements.json`. Nothing here writes files; the CLI writes the result atomically only after this
 * succeeded, so a bad input never leaves a partial snapshot.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  type AgencyKind,
  type AgencyTuple,
  type AgreementStatus,
  type AgreementsFile,
  type AgreementTuple,
  agencyId,
  type Changes,
  changes,
  createPlacesDataset,
  type Dataset,
  DatasetValidationError,
  foldText,
  type ListingsFile,
  type ModelCode,
  withAgreements,
  withListings,
  withPlaces,
} from '@open287g/sdk';
import { IngestError, type Problem } from './errors.js';
import { dateFromFileName } from './file-date.js';
import { type IceRow, isRealDate, type Layout, readIceSheet } from './ice-sheet.js';
import { byCodeUnits, MODEL_ORDER } from './order.js';
import { readOverrides } from './overrides.js';
import { readText } from './reference.js';
import {
  assignIds,
  emptyHistory,
  historyOf,
  listingsFileOf,
  mergeSplitSpellings,
  recordList,
  signedDatesOf,
} from './registry.js';
import { gazetteerOf, type Rule, resolveAgency } from './resolve.js';
import { stateIndexOf } from './states.js';

export const ICE_PAGE = 'https://www.ice.gov/identify-and-arrest/287g';
export const LINK_BASE = 'https://www.ice.gov/doclib/287gMOA/';

export interface IngestOptions {
  participating: string;
  pending?: string;
  /** Folder with counties.json, places.json, mandates.json, history.json. */
  referenceDir: string;
  /** Folder with the override CSVs. */
  overridesDir: string;
  /** The list's date, when its file name does not say it. */
  asOf?: string;
  /**
   * The `agreements.json` of another ICE list (the CLI uses the one at `--out` unless told otherwise): a
   * SIGNED cell that is no date takes the date the same agreement has there, when the digits agree.
   */
  previous?: string;
  /** `previous` is only where one might be (the CLI's `--out`): if it is no agreements.json, say so and go on. */
  previousIsGuess?: boolean;
  /**
   * The listing history to add this list to: a `listings.json` path, or the `listings` of an earlier
   * `runIngest` result. Without it the history starts with this list.
   */
  listings?: string | ListingsFile;
  /** Progress lines for a person watching. */
  log?: (line: string) => void;
}

export interface IngestSummary {
  file: string;
  asOf: string;
  rows: number;
  pendingRows: number;
  agencies: number;
  byModel: Record<ModelCode, number>;
  byKind: Record<AgencyKind, number>;
  /** rows resolved by each rule */
  byRule: Partial<Record<Rule, number>>;
  overridesUsed: string[];
  overridesUnused: string[];
  /** agencies whose kind was read from their name, as the list has no TYPE column (lists before April 2025) */
  kindsFromNames: number;
  /** misspellings of county names the rules read, each as "what ICE printed → the county it became" */
  misspellings: string[];
  /** agencies matched to the registry under a new spelling, each as "ST new spelling → id (known as …; rule)" */
  folds: string[];
  /** what changed since the list before this one in the history; null when it is the first */
  changes: Changes | null;
  warnings: string[];
}

export interface IngestResult {
  agreements: AgreementsFile;
  /** the listing history with this list in it */
  listings: ListingsFile;
  /** both, loaded as the SDK loads them */
  dataset: Dataset;
  summary: IngestSummary;
}

async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new IngestError([{ file: path, message: `not JSON: ${(error as Error).message}` }]);
  }
}

/** The SDK's own validation, its error restated as the ingest's, with what to do about it when known. */
function validated<T>(build: () => T, remedy?: string): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    const problems: Problem[] = error.issues.map((issue) => ({
      file: error.file,
      message: `${issue.path}: ${issue.message}`,
    }));
    // first: a wrong file has thousands of problems, and the one line that says what to do must show
    if (remedy) problems.unshift({ file: error.file, message: remedy });
    throw new IngestError(problems);
  }
}

/** Two rows of one agency and model that say the same thing in every cell the ingest reads. */
const sameRow = (a: IceRow, b: IceRow): boolean =>
  a.agency === b.agency &&
  a.kind === b.kind &&
  a.county === b.county &&
  a.signed === b.signed &&
  a.moaUrl === b.moaUrl &&
  a.addendumUrl === b.addendumUrl;

async function sourceOf(path: string, title: string) {
  const bytes = await readFile(path);
  return {
    publisher: 'U.S. Immigration and Customs Enforcement (ICE)',
    title,
    url: ICE_PAGE,
    file: basename(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    license: 'Public domain (U.S. government work, 17 U.S.C. §105)',
  };
}

function relativeLink(url: string | null, warn: (message: string) => void, where: string): string | null {
  if (url === null) return null;
  if (url.startsWith(LINK_BASE)) return url.slice(LINK_BASE.length);
  if (/^https?:\/\/[^\s]+$/.test(url)) return url;
  warn(`${where}: ignored a link that is not a web address: "${url}"`);
  return null;
}

/** "05/082025" and 2025-05-08 are the same date typed with a slash missing: the same digits, in US order. */
function sameDigits(printed: string, iso: string): boolean {
  const digits = printed.replace(/\D/g, '');
  const [year = '', month = '', day = ''] = iso.split('-');
  const unpadded = (text: string) => String(Number(text));
  return [
    month + day + year,
    unpadded(month) + unpadded(day) + year,
    month + day + year.slice(2),
    year + month + day,
  ].includes(digits);
}

/** Agency × model → its signed date on another list, and that list's date. */
type KnownDates = Map<string, { signed: string; asOf: string }>;

/** The signed dates of another list's agreements.json; none without one. */
async function datesOnList(path: string | undefined, base: Dataset): Promise<KnownDates> {
  const known: KnownDates = new Map();
  if (!path) return known;
  const json = await readJson(path);
  const dataset = validated(
    () => withAgreements(base, json, basename(path)),
    'is not an open287g agreements.json; give --previous the file of another list',
  );
  for (const agency of dataset.agencies)
    for (const agreement of agency.agreements)
      if (agreement.signed)
        known.set(`${agencyId(agency.state, agency.name)}|${agreement.model}`, {
          signed: agreement.signed,
          asOf: dataset.asOf,
        });
  return known;
}

/** The history to add the list to: the given one, read and checked, or a new one. */
async function historyFrom(listings: IngestOptions['listings'], base: Dataset) {
  if (listings === undefined) {
    return emptyHistory({
      publisher: 'open287g, from the lists of U.S. Immigration and Customs Enforcement (ICE)',
      title: 'Every ICE 287(g) participating list read, and what each listed',
      url: ICE_PAGE,
      license: 'Public domain (U.S. government work, 17 U.S.C. §105)',
    });
  }
  if (typeof listings !== 'string') return historyOf(listings);
  const json = await readJson(listings);
  validated(
    () => withListings(base, json, basename(listings)),
    'is not an open287g listings.json; give --listings the listings.json of a snapshot, or --new-history',
  );
  return historyOf(json as ListingsFile);
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const log = options.log ?? (() => {});
  const file = basename(options.participating);

  log(`reading reference data from ${options.referenceDir}`);
  const reference = (name: string) => readJson(join(options.referenceDir, name));
  const [counties, mandates, history, places] = await Promise.all(
    ['counties.json', 'mandates.json', 'history.json', 'places.json'].map(reference),
  );
  const base = validated(
    () => withPlaces(createPlacesDataset({ counties, mandates, history }), places),
    'fails the open287g schema; rebuild it with `pnpm reference`',
  );
  const states = stateIndexOf(base.states);
  const gazetteer = gazetteerOf(base);
  const { overrides, problems: overrideProblems } = await readOverrides(
    options.overridesDir,
    (fips) => base.countyByFips.get(fips)?.state,
    (code) => base.stateByCode.has(code),
  );
  if (overrideProblems.length > 0) throw new IngestError(overrideProblems);

  const readRows = async (path: string, layout: Layout, date: string) => {
    log(`reading ${basename(path)}`);
    return readIceSheet(path, { layout, stateCodes: states.codeByFoldedName, asOf: date });
  };
  const named = dateFromFileName(file)?.date;
  const asOf = options.asOf ?? named;
  if (!asOf) {
    // a file that is no list at all says so first; the date is the next thing to fix
    await readRows(options.participating, 'participating', '9999-12-31');
    throw new IngestError([
      {
        file,
        message: 'cannot tell the date of this list from its file name; pass it with --as-of YYYY-MM-DD',
      },
    ]);
  }
  if (!isRealDate(asOf))
    throw new IngestError([{ file, message: `--as-of "${asOf}" is not a date (YYYY-MM-DD)` }]);
  if (options.asOf && named && named !== options.asOf) {
    throw new IngestError([
      {
        file,
        message: `its file name dates the list ${named}, and --as-of says ${options.asOf}; --as-of is for a file whose name has no date: drop it, or rename the file`,
      },
    ]);
  }
  // ICE dates a list the day it publishes it; a day's grace covers time zones
  const today = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (asOf > today) {
    throw new IngestError([
      { file, message: `the list's date, ${asOf}, is in the future; check the file name or --as-of` },
    ]);
  }
  const participating = await readRows(options.participating, 'participating', asOf);
  const pending = options.pending ? await readRows(options.pending, 'pending', asOf) : [];
  log(`resolving ${participating.length + pending.length} rows to counties`);
  const warnings: string[] = [];

  const groups = new Map<string, { rows: { row: IceRow; status: AgreementStatus; file: string }[] }>();
  const add = (rows: IceRow[], status: AgreementStatus, from: string) => {
    for (const row of rows) {
      const id = agencyId(row.state, row.agency);
      let group = groups.get(id);
      if (!group) {
        group = { rows: [] };
        groups.set(id, group);
      }
      group.rows.push({ row, status, file: from });
    }
  };
  add(participating, 'active', file);
  // A pending list is often older than the participating one; an agreement it lists that has since become
  // active is no longer pending.
  const active = new Set(participating.map((row) => `${agencyId(row.state, row.agency)}|${row.model}`));
  const stillPending = pending.filter(
    (row) => !active.has(`${agencyId(row.state, row.agency)}|${row.model}`),
  );
  if (stillPending.length < pending.length) {
    warnings.push(
      `${pending.length - stillPending.length} of ${pending.length} pending rows are active on the participating list; listed as active only`,
    );
  }
  if (options.pending) add(stillPending, 'pending', basename(options.pending));

  const known = await datesOnList(options.previous, base).catch((error: unknown) => {
    if (!(options.previousIsGuess && error instanceof IngestError)) throw error;
    warnings.push(`${options.previous} is not an agreements.json of another list; its dates were not used`);
    return new Map() as KnownDates;
  });
  const registry = await historyFrom(options.listings, base);
  // every list in the history knows its agreements' dates too
  for (const [key, date] of signedDatesOf(registry)) if (!known.has(key)) known.set(key, date);
  // ICE sometimes prints another STATE for an agency (Crow Wing County's sheriff under Massachusetts): its
  // rows join the agency of the state its county and name say, before anything is counted. Each agency is
  // resolved once here; only the ones whose rows changed are resolved again below.
  const resolutions = new Map<string, ReturnType<typeof resolveAgency>>();
  for (const [id, group] of [...groups]) {
    const [first] = group.rows;
    if (!first) continue;
    const resolution = resolveAgency(
      gazetteer,
      overrides,
      group.rows.map((entry) => entry.row),
      first.file,
    );
    if (Array.isArray(resolution) || !resolution.state) {
      resolutions.set(id, resolution);
      continue;
    }
    if (resolution.warning) warnings.push(resolution.warning);
    for (const entry of group.rows) entry.row.state = resolution.state;
    const target = agencyId(resolution.state, first.row.agency);
    groups.delete(id);
    resolutions.delete(target);
    const existing = groups.get(target);
    if (existing) existing.rows.push(...group.rows);
    else groups.set(target, group);
  }

  const problems: Problem[] = [];
  const misspellings: string[] = [];
  let kindsFromNames = 0;
  const byRule: Partial<Record<Rule, number>> = {};
  const byKind: Record<AgencyKind, number> = { county: 0, municipal: 0, state: 0 };
  const byModel: Record<ModelCode, number> = { JEM: 0, TFM: 0, WSO: 0, HYBRID: 0 };
  const agencies: AgencyTuple[] = [];
  for (const [id, group] of groups) {
    const rows = group.rows.map((entry) => entry.row);
    const [first] = group.rows;
    if (!first) continue;
    const kinds = new Set(rows.map((row) => row.kind));
    if (kinds.size > 1)
      warnings.push(
        `${first.row.agency} (${first.row.state}): ICE lists it as ${[...kinds].join(' and ')}; used ${first.row.kind}`,
      );
    const resolution = resolutions.get(id) ?? resolveAgency(gazetteer, overrides, rows, first.file);
    if (Array.isArray(resolution)) {
      problems.push(...resolution);
      continue;
    }
    if (resolution.warning) warnings.push(resolution.warning);
    if (resolution.misspelling) misspellings.push(resolution.misspelling);
    if (first.row.kind === null) kindsFromNames++;
    byRule[resolution.rule] = (byRule[resolution.rule] ?? 0) + rows.length;
    byKind[resolution.kind]++;

    for (const { row, file: from } of group.rows) {
      if (row.unreadableSigned === null) continue;
      const elsewhere = known.get(`${id}|${row.model}`);
      if (elsewhere && sameDigits(row.unreadableSigned, elsewhere.signed)) {
        row.signed = elsewhere.signed;
        warnings.push(
          `${from} row ${row.row}: SIGNED "${row.unreadableSigned}" read as ${elsewhere.signed}, this agreement's date on the list of ${elsewhere.asOf}`,
        );
      } else {
        const other = elsewhere
          ? ` (its date on the list of ${elsewhere.asOf}, ${elsewhere.signed}, has other digits)`
          : '';
        problems.push({
          file: from,
          row: row.row,
          column: 'SIGNED',
          message: `cannot read "${row.unreadableSigned}" as a date${other}${
            elsewhere ? '' : '; if another list has this agreement, give its agreements.json as --previous'
          }`,
        });
      }
    }
    const seen = new Map<string, IceRow>();
    const agreements: AgreementTuple[] = [];
    for (const { row, status, file: from } of group.rows) {
      const key = `${row.model}|${status}`;
      const earlier = seen.get(key);
      if (earlier) {
        // ICE pastes a row twice now and then: the same agreement, said twice, is one
        if (sameRow(earlier, row)) {
          warnings.push(
            `${from} row ${row.row}: ${row.agency} (${row.state}) repeats row ${earlier.row} exactly; read once`,
          );
        } else {
          problems.push({
            file: from,
            row: row.row,
            message: `${row.agency} is listed twice with the ${row.model} model, differently from row ${earlier.row} (signed, county or links); keep the right row`,
          });
        }
        continue;
      }
      seen.set(key, row);
      if (status === 'active') byModel[row.model]++;
      const where = `${from} row ${row.row}`;
      agreements.push([
        row.model,
        row.signed,
        status,
        relativeLink(row.moaUrl, (m) => warnings.push(m), where),
        relativeLink(row.addendumUrl, (m) => warnings.push(m), where),
      ]);
    }
    agreements.sort((a, b) => MODEL_ORDER[a[0]] - MODEL_ORDER[b[0]] || byCodeUnits(a[2], b[2]));
    agencies.push([
      first.row.state,
      first.row.agency,
      resolution.kind,
      resolution.counties,
      resolution.place,
      agreements,
    ]);
    if (!id) warnings.push(`${first.row.agency}: empty id`);
  }
  if (problems.length > 0) throw new IngestError(problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));

  const { agencies: listed, merged } = mergeSplitSpellings(registry, agencies);
  warnings.push(...merged);
  listed.sort(
    (a, b) =>
      byCodeUnits(a[0], b[0]) || byCodeUnits(foldText(a[1]), foldText(b[1])) || byCodeUnits(a[1], b[1]),
  );
  const source = await sourceOf(options.participating, '287(g) participating agencies');
  const sameFile = [...registry.lists].find(([date, list]) => list.sha256 === source.sha256 && date !== asOf);
  if (sameFile) {
    throw new IngestError([
      {
        file,
        message: `this file is already in the history as ICE's list of ${sameFile[0]} (${sameFile[1].file}, the same sha256); one file is one list`,
      },
    ]);
  }
  const { ids, folds } = assignIds(registry, listed, {
    asOf,
    stateName: (code) => base.stateByCode.get(code)?.name ?? code,
    renames: overrides.renames,
  });
  listed.forEach((agency, i) => {
    const id = ids[i] as string;
    if (id !== agencyId(agency[0], agency[1])) agency.push(id);
  });
  recordList(registry, { asOf, file, sha256: source.sha256 ?? null }, listed, ids);
  const listingsFile = listingsFileOf(registry);
  const agreementsFile: AgreementsFile = {
    format: 1,
    asOf,
    source,
    pendingSource: options.pending ? await sourceOf(options.pending, '287(g) pending agencies') : null,
    linkBase: LINK_BASE,
    agencies: listed,
  };

  // The real check: the snapshot must load through the SDK exactly as users will load it.
  const loaded = validated(() => withListings(withAgreements(base, agreementsFile), listingsFile));
  const earlier = listingsFile.lists.some(([date]) => date < asOf);

  const overridesUsed: string[] = [];
  const overridesUnused: string[] = [];
  const list = (override: { used: boolean; state: string; note: string }, label: string) =>
    (override.used ? overridesUsed : overridesUnused).push(`${override.state} ${label} — ${override.note}`);
  for (const override of overrides.countyNames.values()) list(override, `COUNTY "${override.printed}"`);
  for (const override of overrides.agencies.values()) list(override, override.agency);
  for (const rename of overrides.renames.values()) list(rename, `renamed "${rename.from}" → "${rename.to}"`);
  return {
    agreements: agreementsFile,
    listings: listingsFile,
    dataset: loaded,
    summary: {
      file,
      asOf,
      rows: participating.length,
      pendingRows: stillPending.length,
      agencies: listed.length,
      byModel,
      byKind,
      byRule,
      overridesUsed,
      overridesUnused,
      kindsFromNames,
      misspellings: [...new Set(misspellings)].sort(),
      folds: folds.map(
        (fold) => `${fold.state} ${fold.name} → ${fold.id} (known as "${fold.known}"; ${fold.rule})`,
      ),
      changes: earlier ? changes(loaded, { to: asOf }) : null,
      warnings,
    },
  };
}
