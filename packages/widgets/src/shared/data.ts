/**
 * The data a widget shows, loaded in three steps so the first paint waits for little:
 * 1. counties and state laws (≈35 KB gzip): a reader can already search for their county;
 * 2. the agreements, whole — the bundled ones, then a newer `data-src` file if one is set and valid;
 * 3. the ZIP/city index, whole.
 * Each step runs once per page and is shared by every widget on it. Nothing is ever fetched per query, so
 * nothing about what a reader types reaches any server.
 */
import {
  createPlacesDataset,
  type Dataset,
  DatasetFetchError,
  fetchAgreements,
  loadBundledFile,
  withAgreements,
  withPlaces,
} from '@open287g/sdk';

let places: Promise<Dataset> | null = null;
const bundledAgreements = new WeakMap<Dataset, Promise<Dataset>>();
const remoteAgreements = new Map<string, Promise<RemoteResult>>();
const withIndex = new WeakMap<Dataset, Promise<Dataset>>();

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

/** Step 1: counties, states and state laws. */
export function loadPlacesDataset(): Promise<Dataset> {
  places ??= Promise.all([loadBundledFile('counties'), loadBundledFile('mandates')]).then(
    ([counties, mandates]) => createPlacesDataset({ counties, mandates }),
  );
  return places;
}

/** Step 2: the bundled agreements. */
export function loadBundledAgreements(base: Dataset): Promise<Dataset> {
  return once(bundledAgreements, base, async () => withAgreements(base, await loadBundledFile('agreements')));
}

export type RemoteResult = { dataset: Dataset; error: null } | { dataset: null; error: DatasetFetchError };

/** Step 2, with `data-src`: a newer agreements file, validated; the reason when it cannot be used. */
export function loadRemoteAgreements(base: Dataset, url: string): Promise<RemoteResult> {
  return once(remoteAgreements, url, () =>
    fetchAgreements({ url })
      .then((json): RemoteResult => ({ dataset: withAgreements(base, json, url), error: null }))
      .catch(
        (error: unknown): RemoteResult => ({
          dataset: null,
          error:
            error instanceof DatasetFetchError
              ? error
              : new DatasetFetchError(url, 'schema', (error as Error).message, { cause: error }),
        }),
      ),
  );
}

/** Step 3: the same dataset with the ZIP/city index attached. */
export function withBundledPlaces(dataset: Dataset): Promise<Dataset> {
  return once(withIndex, dataset, async () => withPlaces(dataset, await loadBundledFile('places')));
}

export interface DataSteps {
  /** counties and state laws */
  places: Promise<Dataset>;
  /** with the bundled agreements */
  bundled: Promise<Dataset>;
  /** with the `data-src` agreements, or why not; null without `data-src` */
  remote: Promise<RemoteResult> | null;
}

/** The loading steps for one element with this `data-src` ('' for none), each shared page-wide. */
export function dataSteps(src: string): DataSteps {
  const placesStep = loadPlacesDataset();
  return {
    places: placesStep,
    bundled: placesStep.then(loadBundledAgreements),
    remote: src ? placesStep.then((base) => loadRemoteAgreements(base, src)) : null,
  };
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
