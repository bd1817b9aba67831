/**
 * Loading a dataset: the snapshot bundled in `@open287g/data`, or a newer ICE-derived `agreements.json`
 * from a URL, falling back to the bundled one when the URL fails. Only the agreements change when ICE
 * publishes a new list, so only they are fetched; counties, mandates and history stay bundled.
 */
import { createDataset, type Dataset, type DatasetFiles, parseFile } from './dataset.js';
import { DatasetFetchError, DatasetValidationError } from './errors.js';
import { AgreementsFile } from './schema.js';

export interface LoadOptions {
  /** Also load the ZIP/city index (needed by `search` for ZIPs and towns). Default true. */
  places?: boolean;
}

export interface RemoteLoadOptions extends LoadOptions {
  /** URL of an `agreements.json` newer than the bundled one. */
  url: string;
  /** Milliseconds for the whole request, retries included (ky's semantics). Default 8000. */
  timeout?: number;
  /** Extra attempts after a network error or a 5xx answer; a timeout is not retried. Default 1. */
  retry?: number;
  /** A fetch implementation, for environments without a global one or for tests. */
  fetch?: typeof globalThis.fetch;
}

export interface LoadResult {
  dataset: Dataset;
  /** Where the agreements came from. */
  origin: 'remote' | 'bundled';
  /** Why the remote data was not used; null when it was, or when none was asked for. */
  error: DatasetFetchError | null;
}

const BUNDLED = {
  agreements: () => import('@open287g/data/agreements'),
  counties: () => import('@open287g/data/counties'),
  mandates: () => import('@open287g/data/mandates'),
  history: () => import('@open287g/data/history'),
  places: () => import('@open287g/data/places'),
};

/** One file of the bundled snapshot, parsed (validate it with `createDataset` and friends). No network. */
export async function loadBundledFile(name: keyof typeof BUNDLED): Promise<unknown> {
  return (await BUNDLED[name]()).default;
}

async function bundledFiles(options: LoadOptions): Promise<DatasetFiles> {
  const [agreements, counties, mandates, history, places] = await Promise.all([
    loadBundledFile('agreements'),
    loadBundledFile('counties'),
    loadBundledFile('mandates'),
    loadBundledFile('history'),
    options.places === false ? undefined : loadBundledFile('places'),
  ]);
  return { agreements, counties, mandates, history, places };
}

/** The snapshot bundled with `@open287g/data`. Makes no network request. */
export async function loadBundledDataset(options: LoadOptions = {}): Promise<Dataset> {
  return createDataset(await bundledFiles(options));
}

// agreements.json is about 250 KB; a response a hundred times larger is not one, and would stall a page.
const MAX_BYTES = 25 * 1024 * 1024;
const tooLarge = (url: string, bytes: number) =>
  new DatasetFetchError(
    url,
    'http',
    `the response is ${bytes} bytes; a dataset is far smaller (limit ${MAX_BYTES})`,
  );

/**
 * A newer `agreements.json` from a URL: fetched (timeout, retry, size bound, no cookies or referrer) and
 * checked against the schema. Throws `DatasetFetchError` saying why not.
 */
export async function fetchAgreements(options: RemoteLoadOptions): Promise<unknown> {
  const { url } = options;
  // ky is loaded only when a URL is given: a page showing the bundled data never downloads it.
  const { default: ky, HTTPError, TimeoutError } = await import('ky');
  let text: string;
  try {
    const response = await ky.get(url, {
      timeout: options.timeout ?? 8000,
      retry: { limit: options.retry ?? 1, methods: ['get'] },
      // A reader's lookup must not identify them to the data host: no cookies, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) throw tooLarge(url, declared);
    text = await response.text();
    if (text.length > MAX_BYTES) throw tooLarge(url, text.length);
  } catch (error) {
    if (error instanceof DatasetFetchError) throw error;
    if (error instanceof TimeoutError) {
      throw new DatasetFetchError(url, 'timeout', `no answer within ${options.timeout ?? 8000} ms`, {
        cause: error,
      });
    }
    if (error instanceof HTTPError) {
      throw new DatasetFetchError(url, 'http', `the server answered HTTP ${error.response.status}`, {
        cause: error,
      });
    }
    throw new DatasetFetchError(url, 'network', String((error as Error).message ?? error), { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetFetchError(url, 'json', 'the response is not JSON', { cause: error });
  }
  try {
    return parseFile(AgreementsFile, json, url);
  } catch (error) {
    throw new DatasetFetchError(url, 'schema', (error as Error).message, { cause: error });
  }
}

/**
 * Loads the dataset. With `url`, fetches a newer `agreements.json` (timeout, retry, schema validation);
 * if anything about it fails, returns the bundled snapshot with the reason in `error`. Never throws for a
 * remote failure; throws only if the bundled data itself is invalid, which is a packaging bug.
 */
export async function loadDataset(options: LoadOptions | RemoteLoadOptions = {}): Promise<LoadResult> {
  const files = await bundledFiles(options);
  if (!('url' in options) || !options.url) {
    return { dataset: createDataset(files), origin: 'bundled', error: null };
  }
  try {
    const agreements = await fetchAgreements(options);
    return { dataset: createDataset({ ...files, agreements }), origin: 'remote', error: null };
  } catch (error) {
    const reason =
      error instanceof DatasetFetchError
        ? error
        : new DatasetFetchError(
            options.url,
            'schema',
            error instanceof DatasetValidationError ? error.message : String(error),
            { cause: error },
          );
    return { dataset: createDataset(files), origin: 'bundled', error: reason };
  }
}
