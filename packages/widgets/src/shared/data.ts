/**
 * The dataset a widget shows. Answers need only the agreements, counties and mandates, so those load first;
 * the ZIP/city index (the largest file) loads next, whole, once — never per query, so nothing about what a
 * reader types reaches any server. With `data-src`, the agreements come from that URL, validated, and fall
 * back to the bundled ones with the reason.
 */
import {
  type Dataset,
  type DatasetFetchError,
  loadBundledPlaces,
  loadDataset,
  withPlaces,
} from '@open287g/sdk';

export interface WidgetData {
  dataset: Dataset;
  /** Why `data-src` was not used, when it was given and failed. */
  error: DatasetFetchError | null;
}

const loads = new Map<string, Promise<WidgetData>>();
let places: Promise<unknown> | null = null;
// Several widgets on a page share one dataset, so they share its index too (≈12 MB and 100 ms each otherwise).
const withPlacesCache = new WeakMap<Dataset, Promise<Dataset>>();

/** The dataset for a `data-src` (or the bundled one for ''), shared by every widget on the page. */
export function loadWidgetData(dataSrc: string): Promise<WidgetData> {
  let load = loads.get(dataSrc);
  if (!load) {
    load = loadDataset(dataSrc ? { url: dataSrc, places: false } : { places: false });
    loads.set(dataSrc, load);
  }
  return load;
}

/** The same dataset with the ZIP/city index attached, once per dataset. */
export function withBundledPlaces(dataset: Dataset): Promise<Dataset> {
  let attached = withPlacesCache.get(dataset);
  if (!attached) {
    places ??= loadBundledPlaces();
    attached = places.then((json) => withPlaces(dataset, json));
    withPlacesCache.set(dataset, attached);
  }
  return attached;
}
