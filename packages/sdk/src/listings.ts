/**
 * The listing history: every ICE list the ingest has read, the agency registry (one stable id per real
 * agency, with every spelling ICE printed) and, for each agreement, the lists that showed it and the SIGNED
 * dates they gave. Decoded from `listings.json`; `changes` and the county answer's `ended` and `newSince`
 * are derived from it, never from a row diff of two lists, so a re-spelling is never a departure.
 */
import type { Dataset } from './dataset.js';
import { DatasetValidationError } from './errors.js';
import { parseFile } from './file-check.js';
import { agencyId } from './normalize.js';
import type { AgencyKind, ModelCode, Source } from './schema.js';

export interface ListedList {
  /** The list's date. */
  asOf: string;
  file: string;
  sha256: string | null;
}

/** A run of consecutive ICE lists, by their dates. */
export interface ListedPeriod {
  first: string;
  last: string;
}

export interface ListedSpelling {
  name: string;
  /** The first and last list that printed this spelling. */
  firstListed: string;
  lastListed: string;
}

export interface ListedAgreement {
  agencyId: string;
  model: ModelCode;
  /** The runs of lists that showed it, oldest first: more than one when ICE dropped it and listed it again. */
  periods: readonly ListedPeriod[];
  firstListed: string;
  lastListed: string;
  /**
   * `active` on the history's newest list; `pending` when not, but the dataset's agreements list it as
   * pending (ICE's pending list); else `ended`.
   */
  status: ListingStatus;
  /** The SIGNED date from each list date on where it changed (null: a list printed none). */
  signedFrom: readonly { from: string; signed: string | null }[];
  /** Every SIGNED date the lists printed for it, in the order they appeared. */
  signedDates: readonly string[];
}

export type ListingStatus = 'active' | 'pending' | 'ended';

export interface ListedAgency {
  /** Stable: the id of the first spelling, kept through every re-spelling. */
  id: string;
  state: string;
  kind: AgencyKind;
  /** The counties it covered when last resolved; kept after its agreements ended. */
  counties: readonly string[];
  place: string | null;
  /** The spelling of the latest list that showed it. */
  name: string;
  /** The spelling from each list date on where it changed. */
  namesFrom: readonly { from: string; name: string }[];
  /** Every spelling ICE printed, with the first and last list of each. */
  spellings: readonly ListedSpelling[];
  agreements: readonly ListedAgreement[];
}

export interface Listings {
  source: Source;
  /** Every ICE list read, oldest first. */
  lists: readonly ListedList[];
  agencies: readonly ListedAgency[];
  agencyById: ReadonlyMap<string, ListedAgency>;
}

/**
 * Whether an agency's agreements apply in a county: it covers the county, or it is a state agency of the
 * county's state (which can operate in all of its counties).
 */
export const appliesIn = (
  agency: Pick<ListedAgency, 'kind' | 'state' | 'counties'>,
  county: { fips: string; state: string },
): boolean =>
  agency.kind === 'state' ? agency.state === county.state : agency.counties.includes(county.fips);

/** Whether one of these runs of lists includes the list of `date`. */
export const listedOn = (agreement: ListedAgreement, date: string): boolean =>
  agreement.periods.some((period) => period.first <= date && date <= period.last);

/** The latest value whose `from` is not after `date` (the first one before any). */
function valueOn<T extends { from: string }>(points: readonly T[], date: string): T {
  let found = points[0] as T;
  for (const point of points) if (point.from <= date) found = point;
  return found;
}

/** The SIGNED date the list of `date` printed (the one before or after, when that list did not show it). */
export const signedOn = (agreement: ListedAgreement, date: string): string | null =>
  valueOn(agreement.signedFrom, date).signed;

/** The agency's spelling on the list of `date`. */
export const nameOn = (agency: ListedAgency, date: string): string => valueOn(agency.namesFrom, date).name;

function decodeListings(json: unknown, file: string): Listings {
  const parsed = parseFile('listings', json, file);
  const lists = parsed.lists.map(([asOf, name, sha256]) => ({ asOf, file: name, sha256 }));
  const issues: { path: string; message: string }[] = [];
  lists.forEach((list, i) => {
    const before = lists[i - 1];
    if (before && before.asOf >= list.asOf)
      issues.push({
        path: `lists.${i}`,
        message: `lists must be in date order, one per date (${list.asOf})`,
      });
  });
  const newest = lists.at(-1)?.asOf ?? '';
  const dateOf = (index: number, path: string): string => {
    const list = lists[index];
    if (list) return list.asOf;
    issues.push({ path, message: `list ${index} does not exist (there are ${lists.length})` });
    return '';
  };
  const agencies: ListedAgency[] = parsed.agencies.map(
    ([state, kind, counties, place, names, agreements, stableId], a) => {
      const namesFrom = names.map(([index, name], n) => ({
        from: dateOf(index, `agencies.${a}.4.${n}`),
        name,
      }));
      const id = stableId ?? agencyId(state, names[0]?.[1] ?? '');
      const listed = agreements.map(([model, runs, signed], g): ListedAgreement => {
        const where = `agencies.${a}.5.${g}`;
        const periods = runs.map(([first, last], r) => {
          if (last < first) issues.push({ path: `${where}.1.${r}`, message: 'a run ends before it starts' });
          return { first: dateOf(first, `${where}.1.${r}`), last: dateOf(last, `${where}.1.${r}`) };
        });
        const signedFrom = signed.map(([index, date], s) => ({
          from: dateOf(index, `${where}.2.${s}`),
          signed: date,
        }));
        return {
          agencyId: id,
          model,
          periods,
          firstListed: periods[0]?.first ?? '',
          lastListed: periods.at(-1)?.last ?? '',
          status: periods.at(-1)?.last === newest ? 'active' : 'ended',
          signedFrom,
          signedDates: [...new Set(signedFrom.flatMap(({ signed }) => (signed ? [signed] : [])))],
        };
      });
      const spellings = new Map<string, ListedSpelling>();
      const lastListed =
        listed
          .map((g) => g.lastListed)
          .sort()
          .at(-1) ?? '';
      namesFrom.forEach(({ from, name }, n) => {
        const next = namesFrom[n + 1]?.from;
        // the spelling holds until the list before the next spelling's first list
        const until = next ? (lists.filter((list) => list.asOf < next).at(-1)?.asOf ?? from) : lastListed;
        const known = spellings.get(name);
        if (known) known.lastListed = until;
        else spellings.set(name, { name, firstListed: from, lastListed: until });
      });
      return {
        id,
        state,
        kind,
        counties,
        place,
        name: namesFrom.at(-1)?.name ?? '',
        namesFrom,
        spellings: [...spellings.values()],
        agreements: listed,
      };
    },
  );
  const agencyById = new Map<string, ListedAgency>();
  agencies.forEach((agency, a) => {
    if (agencyById.has(agency.id))
      issues.push({ path: `agencies.${a}`, message: `a second agency ${agency.id}` });
    agencyById.set(agency.id, agency);
  });
  if (issues.length > 0) throw new DatasetValidationError(file, issues);
  return { source: parsed.source, lists, agencies, agencyById };
}

/**
 * The dataset with its listing history (parsed `listings.json`), validated by the schema and against the
 * dataset's counties. Returns a new object; the one given is unchanged.
 */
export function withListings(dataset: Dataset, listingsJson: unknown, file = 'listings.json'): Dataset {
  const listings = decodeListings(listingsJson, file);
  const issues: { path: string; message: string }[] = [];
  listings.agencies.forEach((agency, a) => {
    for (const fips of agency.counties) {
      if (dataset.countyByFips.get(fips)?.state !== agency.state)
        issues.push({
          path: `agencies.${a}.2`,
          message: `county ${fips} is not a county of ${agency.state}`,
        });
    }
  });
  if (issues.length > 0) throw new DatasetValidationError(file, issues);
  // an agreement ICE's pending list names is pending, not ended, while the participating list lacks it
  for (const agency of listings.agencies) {
    const current = dataset.agencyById.get(agency.id);
    if (!current) continue;
    for (const agreement of agency.agreements as ListedAgreement[]) {
      const pending = current.agreements.some((a) => a.model === agreement.model && a.status === 'pending');
      if (agreement.status === 'ended' && pending) agreement.status = 'pending';
    }
  }
  return { ...dataset, listings };
}
