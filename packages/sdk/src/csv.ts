/**
 * CSV export, one row per agreement (as ICE lists them), with the counties each agency was resolved to; and
 * the writer it uses, for any table (the widgets' "Get the data" files). Quoted per RFC 4180; cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe, because agency names come from a file
 * downloaded from the internet.
 */
import type { Dataset } from './dataset.js';
import { InvalidQueryError } from './errors.js';
import { optionsObject } from './options.js';

export const CSV_COLUMNS = [
  'state',
  'agency',
  'agency_id',
  'kind',
  'county_fips',
  'county_names',
  'place',
  'model',
  'signed',
  'status',
  'moa_url',
  'addendum_url',
] as const;

/** A CSV cell: text, a number (written as is: a number is never a formula), or null for an empty cell. */
export type CsvCell = string | number | null;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows (the header first) as CSV text: RFC 4180 quoting, CRLF line ends, and an apostrophe before text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return).
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}

export interface CsvOptions {
  /** Only agencies of this state (USPS code, upper case: "FL"). */
  state?: string;
}

/**
 * Every agreement as CSV text, one row each. Throws `InvalidQueryError` when `options` is not an object
 * or `state` is not a string.
 */
export function toCsv(dataset: Dataset, options?: CsvOptions): string {
  const { state } = optionsObject(options, "{ state: 'FL' }");
  if (state !== undefined && typeof state !== 'string') {
    throw new InvalidQueryError('state', state, 'a USPS state code as a string (e.g. "FL")');
  }
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const agency of dataset.agencies) {
    if (state && agency.state !== state) continue;
    const countyNames = agency.counties
      .map((fips) => dataset.countyByFips.get(fips)?.name ?? fips)
      .join('; ');
    for (const agreement of agency.agreements) {
      rows.push([
        agency.state,
        agency.name,
        agency.id,
        agency.kind,
        agency.counties.join(' '),
        countyNames,
        agency.place,
        agreement.model,
        agreement.signed,
        agreement.status,
        agreement.moaUrl,
        agreement.addendumUrl,
      ]);
    }
  }
  return csvText(rows);
}
