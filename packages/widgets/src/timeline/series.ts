/**
 * What the timeline draws: every ICE list's agreements by model, for the whole country or one state, and
 * the agreements each list no longer shows. From the listing history, not from the history series
 * (`timeline()` of the SDK), because only the listing history knows each agreement's state: it reproduces
 * the series' national counts by model on every list both have (a test holds this), and gives the same
 * counts per state. What a list no longer shows is the SDK's `changes`, so a re-spelled agency is never
 * counted as an end.
 */
import {
  changes,
  type Dataset,
  type Listings,
  listedOn,
  listingsOf,
  MODEL_ORDER,
  type ModelCode,
} from '@open287g/sdk/core';

export type ModelTally = Record<ModelCode, number>;

export interface ListCounts {
  /** the list's date */
  date: string;
  listed: ModelTally;
  /** agreements on the list before that this one does not show; null for the first list */
  ended: ModelTally | null;
}

const emptyTally = (): ModelTally => Object.fromEntries(MODEL_ORDER.map((model) => [model, 0])) as ModelTally;

/**
 * Each list's counts, oldest first, up to the dataset's own list: a newer dataset (`data-src`) adds its
 * list after the history's last; a page pinned to an older list sees none after it. `state` is a USPS
 * code of the dataset, or null for the whole country.
 */
export function listCounts(dataset: Dataset, listings: Listings, state: string | null): ListCounts[] {
  const withHistory: Dataset = { ...dataset, listings };
  const history = listingsOf(withHistory);
  const dates = history.lists.map((list) => list.asOf).filter((date) => date <= dataset.asOf);
  const agencies = history.agencies.filter((agency) => state === null || agency.state === state);
  return dates.map((date, index) => {
    const listed = emptyTally();
    for (const agency of agencies)
      for (const agreement of agency.agreements) if (listedOn(agreement, date)) listed[agreement.model]++;
    const before = dates[index - 1];
    let ended: ModelTally | null = null;
    if (before) {
      ended = emptyTally();
      const options = state === null ? { from: before, to: date } : { from: before, to: date, state };
      for (const change of changes(withHistory, options).ended) ended[change.model]++;
    }
    return { date, listed, ended };
  });
}
