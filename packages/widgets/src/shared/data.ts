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

/** The dataset for a `data-src` (or the bundled one for ''), shared by every widget on the page. */
export function loadWidgetData(dataSrc: string): Promise<WidgetData> {
  let load = loads.get(dataSrc);
  if (!load) {
    load = loadDataset(dataSrc ? { url: dataSrc, places: false } : { places: false });
    loads.set(dataSrc, load);
  }
  return load;
}

/** The same dataset with the ZIP/city index attached. */
export async function withBundledPlaces(dataset: Dataset): Promise<Dataset> {
  places ??= loadBundledPlaces();
  return withPlaces(dataset, await places);
}
