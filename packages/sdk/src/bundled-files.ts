/**
 * The parsed files of `@open287g/data` that this SDK was built with. They are checked against the schemas
 * when the data package is built and by its tests; checking them again on every page load costs a reader's
 * device tens of milliseconds of main thread (and as much again in garbage) for nothing. So a file loaded
 * with `loadBundledFile` is remembered here, only when its `format` is the one these schemas read, and
 * `parseFile` takes it as it is. Anything else (a fetched list, a copy read from disk, a file of another
 * format) is checked in full.
 */
import { type DataFileName, FILE_FORMATS } from './file-formats.js';

// each file with its name: a bundled counties.json passed where agreements are expected is not taken as them
const trusted = new WeakMap<object, DataFileName>();

/**
 * Remembers `json` as checked if it has the format these schemas read (a data package of another is not);
 * true if it did.
 */
export function trustBundledFile(name: DataFileName, json: unknown): boolean {
  const trust = isObject(json) && (json as { format?: unknown }).format === FILE_FORMATS[name];
  if (trust) trusted.set(json, name);
  return trust;
}

const isObject = (json: unknown): json is object => typeof json === 'object' && json !== null;

/** `json` is the bundled file `name`, as `loadBundledFile` gave it. */
export const isTrustedFile = (json: unknown, name: DataFileName): boolean =>
  isObject(json) && trusted.get(json) === name;
