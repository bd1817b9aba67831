/**
 * Code-unit order for everything the ingest writes. `localeCompare` without a locale follows the machine's
 * locale (Estonian sorts "z" before "t"), which would make the same input give different bytes.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
