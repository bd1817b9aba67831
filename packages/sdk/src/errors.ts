/**
 * Errors as named classes that carry what went wrong, so callers can branch on `instanceof` or `name`
 * and show a message that says what to fix.
 */

export class Open287gError extends Error {
  override name = 'Open287gError';
}

/** A dataset (bundled or fetched) failed schema validation. `issues` lists each path and problem. */
export class DatasetValidationError extends Open287gError {
  override name = 'DatasetValidationError';
  constructor(
    readonly file: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    const shown = issues
      .slice(0, 5)
      .map((issue) => `  at ${issue.path || '(root)'}: ${issue.message}`)
      .join('\n');
    const more = issues.length > 5 ? `\n  …and ${issues.length - 5} more` : '';
    super(`${file} is not a valid open287g data file:\n${shown}${more}`);
  }
}

export type DatasetFetchReason =
  | 'url'
  | 'network'
  | 'timeout'
  | 'http'
  | 'redirect'
  | 'size'
  | 'json'
  | 'schema'
  | 'older';

/**
 * A remote dataset could not be used. `reason`: `url` (not an http(s) address), `network`, `timeout` (the
 * whole load passed its deadline), `http` (an error status), `redirect` (to another origin), `size` (far
 * larger than a dataset), `json`, `schema` (invalid, or pointing at unknown counties), `older` (an ICE list
 * older than the bundled one, not allowed).
 */
export class DatasetFetchError extends Open287gError {
  override name = 'DatasetFetchError';
  constructor(
    readonly url: string,
    readonly reason: DatasetFetchReason,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not load the dataset from ${url} (${reason}): ${detail}`, options);
  }
}

/** A county FIPS code that is malformed or not in the dataset. */
export class UnknownCountyError extends Open287gError {
  override name = 'UnknownCountyError';
  constructor(readonly fips: string) {
    super(
      // JavaScript callers can pass a number, which would read as a valid code here but has lost any leading 0
      typeof fips !== 'string'
        ? `${String(fips)} is not a county FIPS code: it is a ${typeof fips}; use a 5-character string, e.g. "12021" for Collier County, FL, "06037" (not 6037) for Los Angeles County, CA.`
        : /^\d{5}$/.test(fips)
          ? `No county with FIPS code ${fips} is in the dataset.`
          : `"${fips}" is not a county FIPS code: use 5 digits as a string, e.g. "12021" for Collier County, FL.`,
    );
  }
}

/**
 * What a query function (`search`, `resolveCounty`, `toCsv`) was passed, when it is of the wrong type or
 * out of range: JavaScript callers can pass anything, and TypeScript's types do not reach them.
 * `parameter` names the argument, `value` is what was passed.
 */
export class InvalidQueryError extends Open287gError {
  override name = 'InvalidQueryError';
  constructor(
    readonly parameter:
      | 'text'
      | 'options'
      | 'limit'
      | 'state'
      | 'county'
      | 'model'
      | 'lang'
      | 'url'
      | 'timeout'
      | 'retry'
      | 'from'
      | 'to'
      | 'dataset',
    readonly value: unknown,
    expected: string,
  ) {
    super(`Invalid ${parameter}: expected ${expected}, got ${describeValue(value)}.`);
  }
}

/** A short description of any value for a message; never throws, even for objects without a prototype. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${value}`;
  if (typeof value === 'bigint') return `the bigint ${value}n`;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
