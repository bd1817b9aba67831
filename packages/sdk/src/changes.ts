/**
 * What changed between two ICE lists, from the listing history: agreements added and ended, agencies
 * re-spelled (`renamed`, the same agency), agreements with a new SIGNED date (`resigned`). An agency ICE
 * only re-spelled is a rename, never an end and an addition.
 */
import type { Dataset } from './dataset.js';
import { InvalidQueryError, UnknownCountyError } from './errors.js';
import {
  appliesIn,
  type ListedAgency,
  type ListedAgreement,
  type Listings,
  listedOn,
  nameOn,
  signedOn,
} from './listings.js';
import { optionsObject } from './options.js';
import type { ModelCode } from './schema.js';

export interface Change {
  agencyId: string;
  /** As ICE printed it: on the later list for `added` and `resigned`, on the earlier one for `ended`. */
  name: string;
  state: string;
  model: ModelCode;
  signed: string | null;
  counties: readonly string[];
}

export interface Rename {
  agencyId: string;
  state: string;
  from: string;
  to: string;
}

export interface Changes {
  /** The dates of the two lists compared. */
  from: string;
  to: string;
  added: Change[];
  ended: Change[];
  renamed: Rename[];
  resigned: Change[];
}

export interface ChangesOptions {
  /** A list date in the history; default: the list before `to`. */
  from?: string;
  /** A list date in the history; default: the latest list. */
  to?: string;
  /** Only agencies of this state (USPS code). */
  state?: string;
  /**
   * Only what applies in this county (a FIPS code): the agencies that cover it and the state agencies of its
   * state, which can operate in all of its counties, as the county's answer lists them.
   */
  county?: string;
}

const extended = new WeakMap<Dataset, Listings>();

/**
 * The listing history, or an error saying how to load it. When the dataset's agreements are of a list
 * newer than the history's last (fetched with `url`, or read from a file without its `listings.json`), that
 * list is the history's next: the ingest gives a re-spelled agency its registry id, so matching by id
 * still tells a rename from an end and an addition.
 */
export function listingsOf(dataset: Dataset): Listings {
  const listings = dataset.listings;
  if (!listings) {
    throw new InvalidQueryError(
      'dataset',
      dataset,
      'a dataset with its listing history (loadBundledDataset() loads it; or withListings(dataset, listingsJson))',
    );
  }
  const last = listings.lists.at(-1)?.asOf ?? '';
  if (!dataset.asOf || dataset.asOf <= last) return listings;
  let result = extended.get(dataset);
  if (!result) {
    result = withDatasetList(listings, dataset, last);
    extended.set(dataset, result);
  }
  return result;
}

/** The history with the dataset's list after its last one (`last`). */
function withDatasetList(listings: Listings, dataset: Dataset, last: string): Listings {
  const date = dataset.asOf;
  const agencies = new Map(listings.agencies.map((agency) => [agency.id, agency]));
  for (const agency of dataset.agencies) {
    const active = agency.agreements.filter((agreement) => agreement.status === 'active');
    if (active.length === 0) continue;
    const known = agencies.get(agency.id);
    const agreements = new Map(known?.agreements.map((agreement) => [agreement.model, agreement]));
    for (const { model, signed } of active) {
      const before = agreements.get(model);
      const continued = before?.lastListed === last;
      const periods = before
        ? continued
          ? [...before.periods.slice(0, -1), { first: before.periods.at(-1)?.first ?? date, last: date }]
          : [...before.periods, { first: date, last: date }]
        : [{ first: date, last: date }];
      const signedFrom =
        before && before.signedFrom.at(-1)?.signed === signed
          ? before.signedFrom
          : [...(before?.signedFrom ?? []), { from: date, signed }];
      agreements.set(model, {
        agencyId: agency.id,
        model,
        periods,
        firstListed: periods[0]?.first ?? date,
        lastListed: date,
        status: 'active',
        signedFrom,
        signedDates: [...new Set([...(before?.signedDates ?? []), ...(signed ? [signed] : [])])],
      });
    }
    const renamed = known?.name !== agency.name;
    const spellings = (known?.spellings ?? []).map((spelling) =>
      spelling.name === agency.name ? { ...spelling, lastListed: date } : spelling,
    );
    if (!spellings.some((spelling) => spelling.name === agency.name))
      spellings.push({ name: agency.name, firstListed: date, lastListed: date });
    agencies.set(agency.id, {
      id: agency.id,
      state: agency.state,
      kind: agency.kind,
      counties: agency.counties,
      place: agency.place,
      name: agency.name,
      namesFrom: renamed
        ? [...(known?.namesFrom ?? []), { from: date, name: agency.name }]
        : (known?.namesFrom ?? []),
      spellings,
      agreements: [...agreements.values()],
    });
  }
  // what the dataset's list no longer shows has ended there, or is pending again
  for (const [id, agency] of agencies) {
    const current = dataset.agencyById.get(id);
    const agreements = agency.agreements.map((agreement): ListedAgreement => {
      if (agreement.lastListed === date) return agreement;
      const pending = current?.agreements.some((a) => a.model === agreement.model && a.status === 'pending');
      return { ...agreement, status: pending ? 'pending' : 'ended' };
    });
    agencies.set(id, { ...agency, agreements });
  }
  const source = dataset.source;
  return {
    source: listings.source,
    lists: [
      ...listings.lists,
      { asOf: date, file: source.file ?? source.url, sha256: source.sha256 ?? null },
    ],
    agencies: [...agencies.values()],
    agencyById: agencies,
  };
}

function listDate(listings: Listings, parameter: 'from' | 'to', date: unknown): string {
  if (typeof date === 'string' && listings.lists.some((list) => list.asOf === date)) return date;
  throw new InvalidQueryError(
    parameter,
    date,
    `the date of a list in the history: ${listings.lists.map((list) => list.asOf).join(', ')}`,
  );
}

/**
 * The dates of the two lists `changes` compares: the given ones, else the latest and the one before it.
 * Throws `InvalidQueryError` for a date the history lacks, dates in the wrong order, or a history of one list.
 */
export function changeDates(listings: Listings, options: ChangesOptions = {}): { from: string; to: string } {
  const { from: askedFrom, to: askedTo } = optionsObject(options, "{ from: '2026-04-01', to: '2026-05-18' }");
  const dates = listings.lists.map((list) => list.asOf);
  const to = askedTo === undefined ? (dates.at(-1) as string) : listDate(listings, 'to', askedTo);
  if (askedFrom === undefined) {
    const from = dates.filter((date) => date < to).at(-1);
    if (from) return { from, to };
    throw new InvalidQueryError(
      'to',
      to,
      dates.length === 1
        ? `a history of two lists or more to compare; it has one, the list of ${to}`
        : `a list date after the first, ${dates[0]}, as there is no list before it (the history's lists: ${dates.join(', ')})`,
    );
  }
  const from = listDate(listings, 'from', askedFrom);
  if (from >= to)
    throw new InvalidQueryError('from', from, `a list date before ${to}, the list compared with`);
  return { from, to };
}

const change = (agency: ListedAgency, agreement: ListedAgreement, date: string): Change => ({
  agencyId: agency.id,
  name: nameOn(agency, date),
  state: agency.state,
  model: agreement.model,
  signed: signedOn(agreement, date),
  counties: agency.counties,
});

const byStateAndName = (a: { state: string; name?: string; from?: string }, b: typeof a): number =>
  a.state.localeCompare(b.state) || (a.name ?? a.from ?? '').localeCompare(b.name ?? b.from ?? '', 'en');

/**
 * What changed from one ICE list to another. Throws `InvalidQueryError` for options that are not an
 * object, a date not in the history (see `changeDates`), a state the dataset does not have, or a county
 * of another state than `state`; `UnknownCountyError` for a county the dataset does not have.
 */
export function changes(dataset: Dataset, options: ChangesOptions = {}): Changes {
  const listings = listingsOf(dataset);
  const { from, to } = changeDates(listings, options);
  const { state, county } = options;
  if (state !== undefined && (typeof state !== 'string' || !dataset.stateByCode.has(state)))
    throw new InvalidQueryError('state', state, 'a USPS state code of the dataset, in capitals (e.g. "MD")');
  const where = county === undefined ? undefined : dataset.countyByFips.get(county);
  if (county !== undefined && !where) throw new UnknownCountyError(county);
  if (state !== undefined && where && where.state !== state)
    throw new InvalidQueryError('county', county, `a county of ${state}, or no state`);
  return changesBetween(
    listings,
    from,
    to,
    (agency) => (state === undefined || agency.state === state) && (!where || appliesIn(agency, where)),
  );
}

/**
 * What changed from the list of `from` to the list of `to` (dates of `listings`, `from` first) for the
 * agencies `include` accepts (default: all): `changes` once it has checked its options, for a caller that
 * holds the history and two of its dates, as the widgets' "changed since" note does, and that should not
 * carry the rest (a bundle that uses only this leaves out the code that extends a history).
 */
export function changesBetween(
  listings: Listings,
  from: string,
  to: string,
  include: (agency: ListedAgency) => boolean = () => true,
): Changes {
  const result: Changes = { from, to, added: [], ended: [], renamed: [], resigned: [] };
  for (const agency of listings.agencies) {
    if (!include(agency)) continue;
    let [onFrom, onTo] = [false, false];
    for (const agreement of agency.agreements) {
      const before = listedOn(agreement, from);
      const after = listedOn(agreement, to);
      onFrom ||= before;
      onTo ||= after;
      if (after && !before) result.added.push(change(agency, agreement, to));
      else if (before && !after) result.ended.push(change(agency, agreement, from));
      else if (before && after && signedOn(agreement, from) !== signedOn(agreement, to))
        result.resigned.push(change(agency, agreement, to));
    }
    const [was, is] = [nameOn(agency, from), nameOn(agency, to)];
    // an agency on both lists under two spellings: the same agency, re-spelled
    if (onFrom && onTo && was !== is)
      result.renamed.push({ agencyId: agency.id, state: agency.state, from: was, to: is });
  }
  for (const list of [result.added, result.ended, result.resigned]) list.sort(byStateAndName);
  result.renamed.sort(byStateAndName);
  return result;
}
