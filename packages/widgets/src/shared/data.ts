/**
 * The data a widget shows, loaded in steps so the field is usable after the script and one small file, and
 * nothing bundled ever waits on `data-src`:
 * 1. counties (≈23 KB gzip): a reader can already search for their county;
 * 2. the bundled agreements and the state laws, whole, for answers, once step 1 is painted;
 * 3. the listing history (≈27 KB gzip), after the agreements, only when an element asks for it (the
 *    lookup: with its first answer): only for ended agreements and "new since" marks, so the answer never
 *    waits for it;
 * 4. the ZIP/city index, whole, only when an element asks for it (the lookup: in idle time once a reader
 *    focuses its field, or at once when what they type needs it): the largest file, which a reader who never
 *    types should not have to download;
 * and, with `data-src`, a newer agreements file, which replaces the bundled ones when it is valid and not
 * older than them (unless the embedder pinned it), within the SDK's deadline for the whole load.
 * Each step runs once per page and is shared by every widget on it, in its own task (`bundledFile`), so no
 * step's decoding adds to another's into one long task. Nothing is ever fetched per query, so nothing
 * about what a reader types reaches any server.
 */
import {
  createPlacesDataset,
  type Dataset,
  DatasetFetchError,
  type Listings,
  loadBundledFile,
  type Places,
  withAgreements,
  withListings,
  withMandates,
  withPlaces,
  withRemoteAgreements,
} from '@open287g/sdk/core';

let places: Promise<Dataset> | null = null;
let index: Promise<Places> | null = null;
let history: Promise<Listings | null> | null = null;
const bundledAgreements = new WeakMap<Dataset, Promise<Dataset>>();
const remoteAgreements = new Map<string, Promise<RemoteResult>>();

/** The promise cached under `key`, or `load()`'s, cached: each file is loaded once per page. */
function once<K, V>(
  cache: { get(key: K): Promise<V> | undefined; set(key: K, value: Promise<V>): unknown },
  key: K,
  load: () => Promise<V>,
): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}

/**
 * A file's parsed JSON, in a task of its own: the module that parses it is evaluated in one task, and what
 * decodes it runs in the next, so the two never add up to one long task on a slow device.
 */
async function bundledFile(name: Parameters<typeof loadBundledFile>[0]): Promise<unknown> {
  const json = await loadBundledFile(name);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return json;
}

/** Step 1: counties and states. */
export function loadPlacesDataset(): Promise<Dataset> {
  places ??= bundledFile('counties').then((counties) => createPlacesDataset({ counties }));
  return places;
}

/**
 * Resolves once the page has painted what step 1 rendered (a usable field), or within 100 ms if it paints
 * nothing (a hidden page): the agreements are not requested before a reader can see the field work.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Step 2: the bundled agreements, with the state laws that answers quote. */
function loadBundledAgreements(base: Dataset): Promise<Dataset> {
  return once(bundledAgreements, base, async () => {
    await afterPaint();
    const [agreements, mandates] = await Promise.all([bundledFile('agreements'), bundledFile('mandates')]);
    return withMandates(withAgreements(base, agreements), mandates);
  });
}

/** Step 4: the ZIP/city index, decoded once; it does not depend on which agreements are shown. */
function loadPlacesIndex(base: Dataset): Promise<Places> {
  index ??= bundledFile('places').then((json) => withPlaces(base, json).places as Places);
  return index;
}

/** Step 3: the listing history, decoded once; null if it cannot be loaded, as answers do without it. */
function loadListings(base: Dataset): Promise<Listings | null> {
  history ??= bundledFile('listings')
    .then((json) => withListings(base, json).listings)
    .catch(() => null);
  return history;
}

export type RemoteResult = { dataset: Dataset; error: null } | { dataset: null; error: DatasetFetchError };

/** With `data-src`: the newer agreements, validated; the reason when they cannot be used. */
function loadRemoteAgreements(bundled: Dataset, src: DataSource): Promise<RemoteResult> {
  return once(remoteAgreements, `${src.pinned ? 'pinned' : 'newer'} ${src.url}`, () =>
    withRemoteAgreements(bundled, { url: src.url, allowOlder: src.pinned })
      .then((dataset): RemoteResult => ({ dataset, error: null }))
      .catch(
        (error: unknown): RemoteResult => ({
          dataset: null,
          error:
            error instanceof DatasetFetchError
              ? error
              : new DatasetFetchError(src.url, 'schema', String(error), { cause: error }),
        }),
      ),
  );
}

/** What an element's `data-src` and `data-pinned` ask for; a blank `data-src` is none. */
export interface DataSource {
  url: string;
  /** the embedder chose this list on purpose, even if it is older than the bundled one */
  pinned: boolean;
}

export function dataSource(url: string | null, pinned: boolean): DataSource | null {
  const trimmed = url?.trim() ?? '';
  return trimmed ? { url: trimmed, pinned } : null;
}

export const sameSource = (a: DataSource | null, b: DataSource | null): boolean =>
  a?.url === b?.url && a?.pinned === b?.pinned;

export interface DataSteps {
  /** counties and states */
  places: Promise<Dataset>;
  /** with the bundled agreements and the state laws */
  bundled: Promise<Dataset>;
  /** the ZIP/city index, loaded when first asked for (the same promise for every element) */
  index: () => Promise<Places>;
  /** the listing history, loaded when first asked for, after the bundled agreements; null if it could not be */
  listings: () => Promise<Listings | null>;
  /** with the `data-src` agreements, or why not; null without `data-src`. Settles within the deadline. */
  remote: Promise<RemoteResult> | null;
}

/** The loading steps for one element with this data source, each shared page-wide. */
export function dataSteps(src: DataSource | null): DataSteps {
  const placesStep = loadPlacesDataset();
  const bundled = placesStep.then(loadBundledAgreements);
  return {
    places: placesStep,
    bundled,
    index: () => placesStep.then(loadPlacesIndex),
    listings: () => Promise.all([placesStep, bundled]).then(([base]) => loadListings(base)),
    remote: src ? bundled.then((dataset) => loadRemoteAgreements(dataset, src)) : null,
  };
}

/**
 * The agreements an element shows, in order: the bundled ones at once (unless a pinned list is awaited: the
 * story is about that one), then `data-src`'s, or the bundled ones again with the note that says why.
 * `show` gets each dataset with its note; false if a newer source replaced this one meanwhile.
 */
export async function showAgreements(
  element: HTMLElement,
  steps: DataSteps,
  source: DataSource | null,
  stale: () => boolean,
  show: (dataset: Dataset, note: DataNote | null) => void,
): Promise<boolean> {
  const bundled = await steps.bundled;
  if (stale()) return false;
  if (!source?.pinned) show(bundled, null);
  if (source && steps.remote) {
    const remote = await steps.remote;
    if (stale()) return false;
    // shown first: what the element does with the data (an answer, its event) comes before the error event
    show(remote.dataset ?? bundled, dataNote(remote, bundled, source));
    if (remote.error) reportDataError(element, remote.error);
  }
  return true;
}

/** What an element says about its data when it is not simply the newest: keys of its strings, ISO dates. */
export interface DataNote {
  key: 'refreshFailed' | 'olderRefused' | 'pinnedFailed' | 'pinnedOlder';
  dates: { date: string; bundledDate?: string };
}

/** The note for a settled `data-src`: why it is not used, or that a pinned older list is; null if newest. */
export function dataNote(remote: RemoteResult, bundled: Dataset, source: DataSource): DataNote | null {
  if (!remote.dataset) {
    // a pinned list was asked for as the one to show, not as newer data
    const key = source.pinned
      ? 'pinnedFailed'
      : remote.error.reason === 'older'
        ? 'olderRefused'
        : 'refreshFailed';
    return { key, dates: { date: bundled.asOf } };
  }
  return remote.dataset.asOf < bundled.asOf
    ? { key: 'pinnedOlder', dates: { date: remote.dataset.asOf, bundledDate: bundled.asOf } }
    : null;
}

/** Tells the page that `data-src` could not be used (the element shows the bundled data and says so). */
export function reportDataError(element: HTMLElement, error: DatasetFetchError): void {
  element.dispatchEvent(
    new CustomEvent('open287g-data-error', {
      detail: { url: error.url, reason: error.reason, message: error.message },
      bubbles: true,
      composed: true,
    }),
  );
}
