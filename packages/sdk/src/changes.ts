/**
 * What changed between two ICE lists, from the listing history: agreements added and ended, agencies
 * re-spelled (`renamed`, the same agency), agreements with a new SIGNED date (`resigned`). An agency ICE
 * only re-spelled is a rename, never an end and an addition.
 */
import type { Dataset } from './dataset.js';
import { InvalidQueryError } from './errors.js';
import {
  type ListedAgency,
  type ListedAgreement,
  type Listings,
  listedOn,
  nameOn,
  signedOn,
} from './listings.js';
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
}

/** The listing history, or an error saying how to load it. */
export function listingsOf(dataset: Dataset): Listings {
  if (dataset.listings) return dataset.listings;
  throw new InvalidQueryError(
    'dataset',
    dataset,
    'a dataset with its listing history (loadBundledDataset() loads it; or withListings(dataset, listingsJson))',
  );
}

function listDate(listings: Listings, parameter: 'from' | 'to', date: unknown): string {
  if (typeof date === 'string' && listings.lists.some((list) => list.asOf === date)) return date;
  throw new InvalidQueryError(
    parameter,
    date,
    `the date of a list in the history: ${listings.lists.map((list) => list.asOf).join(', ')}`,
  );
}

/** The dates of the two lists `changes` compares: the given ones, else the latest and the one before it. */
export function changeDates(listings: Listings, options: ChangesOptions = {}): { from: string; to: string } {
  const dates = listings.lists.map((list) => list.asOf);
  const to = options.to === undefined ? (dates.at(-1) as string) : listDate(listings, 'to', options.to);
  const from =
    options.from === undefined
      ? (dates.filter((date) => date < to).at(-1) ?? to)
      : listDate(listings, 'from', options.from);
  if (from >= to) {
    throw new InvalidQueryError(
      'from',
      options.from ?? from,
      `a list date before ${to} (the history's lists: ${dates.join(', ')})`,
    );
  }
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

/** What changed from one ICE list to another. Throws `InvalidQueryError` for a date not in the history. */
export function changes(dataset: Dataset, options: ChangesOptions = {}): Changes {
  const listings = listingsOf(dataset);
  const { from, to } = changeDates(listings, options);
  const result: Changes = { from, to, added: [], ended: [], renamed: [], resigned: [] };
  for (const agency of listings.agencies) {
    if (options.state !== undefined && agency.state !== options.state) continue;
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
