/**
 * Loading a dataset: the snapshot bundled in `@open287g/data`, or a newer ICE-derived `agreements.json`
 * from a URL, falling back to the bundled one when the URL fails. Only the agreements change when ICE
 * publishes a new list, so only they are fetched; counties, mandates and history stay bundled.
 */

import { trustBundledFile } from './bundled-files.js';
import {
  createDataset,
  createPlacesDataset,
  type Dataset,
  type DatasetFiles,
  withAgreements,
  withAgreementsFile,
  withPlaces,
} from './dataset.js';
import { DatasetFetchError, DatasetValidationError, InvalidQueryError } from './errors.js';
import { loadValidation, parseFile } from './file-check.js';
import { withListings } from './listings.js';
import type { AgreementsFile } from './schema.js';

export interface LoadOptions {
  /** Also load the ZIP/city index (needed by `search` for ZIPs and towns). Default true. */
  places?: boolean;
  /** Also load the listing history (needed by `changes` and for `ended` in answers). Default true. */
  listings?: boolean;
}

export interface RemoteLoadOptions extends LoadOptions {
  /** URL of an `agreements.json` newer than the bundled one: http(s), or relative to the page in a browser. */
  url: string;
  /**
   * Milliseconds for the whole load: connecting, every retry and its wait, and reading the body. A host that
   * hangs, trickles bytes or asks to be retried later costs at most this. Default 8000.
   */
  timeout?: number;
  /** Extra attempts after a network error or a 5xx answer, within `timeout`. Default 1. */
  retry?: number;
  /**
   * Use the list even when it is older than the bundled one, e.g. a newsroom pinning the list of its
   * publication day. Without it an older list is refused (reason `older`), so a stale or hostile file
   * cannot silently replace newer data. Default false.
   */
  allowOlder?: boolean;
  /** A fetch implementation, for environments without a global one or for tests. */
  fetch?: typeof globalThis.fetch;
}

export interface LoadResult {
  dataset: Dataset;
  /** Where the agreements came from. */
  origin: 'remote' | 'bundled';
  /** Why the remote data was not used; null when it was, or when none was asked for. */
  error: DatasetFetchError | null;
  /**
   * The date of the bundled ICE list. When `origin` is `remote` and this is later than `dataset.asOf`, an
   * older list was used on purpose (`allowOlder`): say so to readers, with both dates.
   */
  bundledAsOf: string;
}

// The files' JSON text, parsed here: the parsed JSON is then garbage once decoded, where a module's parsed
// default export would stay in memory as long as the page.
const BUNDLED = {
  agreements: () => import('@open287g/data/agreements/text'),
  counties: () => import('@open287g/data/counties/text'),
  mandates: () => import('@open287g/data/mandates/text'),
  history: () => import('@open287g/data/history/text'),
  places: () => import('@open287g/data/places/text'),
  listings: () => import('@open287g/data/listings/text'),
};

/**
 * One file of the bundled snapshot, parsed (validate it with `createDataset` and friends). No network. Each
 * call parses it anew: keep the dataset made from it, not the file.
 */
export async function loadBundledFile(name: keyof typeof BUNDLED): Promise<unknown> {
  const json: unknown = JSON.parse((await BUNDLED[name]()).default);
  // a file of another format (a data package of another version) is checked when it is used
  if (!trustBundledFile(name, json)) await loadValidation();
  return json;
}

async function bundledFiles(options: LoadOptions): Promise<DatasetFiles> {
  const [agreements, counties, mandates, history, places, listings] = await Promise.all([
    loadBundledFile('agreements'),
    loadBundledFile('counties'),
    loadBundledFile('mandates'),
    loadBundledFile('history'),
    options.places === false ? undefined : loadBundledFile('places'),
    options.listings === false ? undefined : loadBundledFile('listings'),
  ]);
  return { agreements, counties, mandates, history, places, listings };
}

/** The snapshot bundled with `@open287g/data`. Makes no network request. */
export async function loadBundledDataset(options: LoadOptions = {}): Promise<Dataset> {
  return createDataset(await bundledFiles(options));
}

const DEFAULT_TIMEOUT = 8000;
// agreements.json is about 250 KB; a response forty times larger is not one. Counted as the bytes arrive
// (after the browser has decompressed them), so a gzip bomb is cut off here rather than inflated whole.
const MAX_BYTES = 10 * 1024 * 1024;
// A host that answers 503 with Retry-After: 3600 gets one short wait, not an hour.
const MAX_RETRY_AFTER = 1000;

// blob: is data the page made itself; anything else (file:, data:, javascript:) is not a data host.
const FETCHABLE = new Set(['https:', 'http:', 'blob:']);

// setTimeout's limit: a longer wait overflows and fires at once
const MAX_TIMEOUT = 2_147_483_647;
// ICE's list is dated the day it is published; a day's grace covers time zones
const FUTURE_GRACE_MS = 2 * 86_400_000;

/** Options of the wrong type are the caller's bug, not a remote failure: they throw. */
function checkRemoteOptions(options: RemoteLoadOptions): void {
  if (typeof options.url !== 'string') throw new InvalidQueryError('url', options.url, 'a URL as a string');
  const { timeout, retry } = options;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0 && timeout <= MAX_TIMEOUT))
    throw new InvalidQueryError('timeout', timeout, `milliseconds, more than 0 and at most ${MAX_TIMEOUT}`);
  if (retry !== undefined && !(Number.isInteger(retry) && retry >= 0))
    throw new InvalidQueryError('retry', retry, 'a whole number of extra attempts, 0 or more');
}

/** The address to fetch, resolved against the page in a browser; null when it is not one to fetch. */
function resolveUrl(url: string): URL | null {
  try {
    const resolved = new URL(url, globalThis.location?.href);
    return FETCHABLE.has(resolved.protocol) ? resolved : null;
  } catch {
    return null;
  }
}

/** The body as text, stopping as soon as it passes `MAX_BYTES` or `signal` aborts. */
async function readBounded(response: Response, url: string, signal: AbortSignal): Promise<string> {
  const tooLarge = (bytes: string) =>
    new DatasetFetchError(
      url,
      'size',
      `the response is ${bytes} bytes; a dataset is far smaller (limit ${MAX_BYTES})`,
    );
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) throw tooLarge(String(declared));
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // cancelling the reader closes the connection even where the abort does not reach the body
  signal.addEventListener('abort', () => reader.cancel().catch(() => {}), { once: true });
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge(`more than ${MAX_BYTES}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * A newer `agreements.json` from a URL: fetched (one deadline for the whole load, retry, size bound, no
 * cookies or referrer, no redirect to another origin) and checked against the schema. Throws
 * `DatasetFetchError` saying why not.
 */
export async function fetchAgreements(options: RemoteLoadOptions): Promise<AgreementsFile> {
  checkRemoteOptions(options);
  const { url } = options;
  const target = resolveUrl(url.trim());
  if (!url.trim() || !target) throw new DatasetFetchError(url, 'url', 'the address is not an http(s) URL');
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  // ky is loaded only when a URL is given: a page showing the bundled data never downloads it.
  const { default: ky, HTTPError } = await import('ky');
  const deadline = new AbortController();
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The deadline settles the load by itself. Aborting is how the connection gets closed, but it is not
  // relied on to end the wait: ky joins its own signal to ours with AbortSignal.any, and in Node 20 an abort
  // through such a joined signal was seen to be lost now and then, leaving a trickling body read forever.
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      deadline.abort();
      reject(new DatasetFetchError(url, 'timeout', `not loaded within ${timeout} ms`));
    }, timeout);
  });
  const load = async (): Promise<string> => {
    const response = await ky.get(target, {
      // ky's own timeout covers one attempt's headers only; the deadline covers everything
      timeout: false,
      signal: deadline.signal,
      retry: { limit: options.retry ?? 1, methods: ['get'], maxRetryAfter: MAX_RETRY_AFTER },
      // A reader's lookup must not identify them to the data host: no cookies, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // The deadline's own signal straight to fetch, so aborting it closes the connection. A Request
      // given with any init forgets its referrer policy (Fetch standard), so the privacy options again.
      fetch: (input, init) =>
        fetchImpl(input, {
          ...init,
          signal: deadline.signal,
          credentials: 'omit',
          referrer: '',
          referrerPolicy: 'no-referrer',
        }),
    });
    // The embedder named one host; data that another host served in its place is not used.
    if (response.url && new URL(response.url).origin !== target.origin) {
      throw new DatasetFetchError(
        url,
        'redirect',
        `the server redirected to ${new URL(response.url).origin}, another origin; give the final URL instead`,
      );
    }
    return readBounded(response, url, deadline.signal);
  };
  let text: string;
  try {
    text = await Promise.race([load(), expired]);
  } catch (error) {
    if (error instanceof DatasetFetchError) throw error;
    if (deadline.signal.aborted) {
      throw new DatasetFetchError(url, 'timeout', `not loaded within ${timeout} ms`, { cause: error });
    }
    if (error instanceof HTTPError) {
      throw new DatasetFetchError(url, 'http', `the server answered HTTP ${error.response.status}`, {
        cause: error,
      });
    }
    throw new DatasetFetchError(url, 'network', String((error as Error).message ?? error), { cause: error });
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetFetchError(url, 'json', 'the response is not JSON', { cause: error });
  }
  try {
    await loadValidation();
    return parseFile('agreements', json, url);
  } catch (error) {
    throw new DatasetFetchError(url, 'schema', (error as Error).message, { cause: error });
  }
}

/**
 * `dataset` with the agreements from `options.url` in place of its own, validated against its counties.
 * A list older than the dataset's is refused unless `allowOlder` is set. Throws `DatasetFetchError`
 * saying why the URL's agreements cannot be used.
 */
export async function withRemoteAgreements(dataset: Dataset, options: RemoteLoadOptions): Promise<Dataset> {
  const json = await fetchAgreements(options);
  let remote: Dataset;
  try {
    // the schema was checked as it was fetched; what is left are the checks against the dataset's counties
    remote = withAgreementsFile(dataset, json, options.url);
  } catch (error) {
    throw new DatasetFetchError(
      options.url,
      'schema',
      error instanceof DatasetValidationError ? error.message : String(error),
      { cause: error },
    );
  }
  // a date past today would pass for newer than any list: it is no list's date
  if (Date.parse(remote.asOf) > Date.now() + FUTURE_GRACE_MS) {
    throw new DatasetFetchError(
      options.url,
      'schema',
      `its list date ${remote.asOf} is in the future; ICE dates a list the day it publishes it`,
    );
  }
  if (remote.asOf < dataset.asOf && !options.allowOlder) {
    throw new DatasetFetchError(
      options.url,
      'older',
      `its ICE list of ${remote.asOf} is older than the bundled one of ${dataset.asOf}; to show an older list on purpose, allow it (allowOlder, or data-pinned on a widget)`,
    );
  }
  return remote;
}

/**
 * Loads the dataset. With `url`, fetches a newer `agreements.json` (see `RemoteLoadOptions`); if anything
 * about it fails, returns the bundled snapshot with the reason in `error`. Never throws for a remote
 * failure; throws `InvalidQueryError` for options of the wrong type (a `url` that is not a string, a
 * `timeout` that is not a number of milliseconds, a `retry` that is not a whole number), and only
 * otherwise if the bundled data itself is invalid, which is a packaging bug.
 */
export async function loadDataset(options: LoadOptions | RemoteLoadOptions = {}): Promise<LoadResult> {
  const files = await bundledFiles(options);
  const withoutListings = withAgreements(createPlacesDataset(files), files.agreements);
  // the history goes with the bundled agreements and stays when newer ones replace them: it names the
  // lists before them, which `newSince` and `ended` compare with
  const bundled =
    files.listings === undefined ? withoutListings : withListings(withoutListings, files.listings);
  const finish = (dataset: Dataset) =>
    files.places === undefined ? dataset : withPlaces(dataset, files.places);
  const result = { origin: 'bundled' as const, error: null, bundledAsOf: bundled.asOf };
  if (!('url' in options) || options.url === undefined) return { ...result, dataset: finish(bundled) };
  checkRemoteOptions(options);
  if (!options.url.trim()) return { ...result, dataset: finish(bundled) };
  try {
    const remote = await withRemoteAgreements(bundled, options);
    return { ...result, origin: 'remote', dataset: finish(remote) };
  } catch (error) {
    const reason =
      error instanceof DatasetFetchError
        ? error
        : new DatasetFetchError(options.url, 'schema', String(error), { cause: error });
    return { ...result, dataset: finish(bundled), error: reason };
  }
}
