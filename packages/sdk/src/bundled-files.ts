/**
 * The parsed files of `@open287g/data` that this SDK was built with. They are checked against the schemas
 * when the data package is built and by its tests; checking them again on every page load costs a reader's
 * device tens of milliseconds of main thread (and as much again in garbage) for nothing. So a file loaded
 * with `loadBundledFile` is remembered here, only when its `format` is the one these schemas read, and
 * `parseFile` takes it as it is. Anything else (a fetched list, a copy read from disk, a file of another
 * format) is checked in full.
 */
const trusted = new WeakSet<object>();

/** The formats of the bundled files these schemas read: a data package of other formats is checked in full. */
export const BUNDLED_FORMATS = {
  agreements: 1,
  counties: 2,
  mandates: 1,
  history: 1,
  places: 1,
  listings: 1,
} as const;

export function trustBundledFile(name: keyof typeof BUNDLED_FORMATS, json: unknown): void {
  if (
    typeof json === 'object' &&
    json !== null &&
    (json as { format?: unknown }).format === BUNDLED_FORMATS[name]
  )
    trusted.add(json);
}

export const isTrustedFile = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && trusted.has(json);
