/**
 * CSV export, one row per agreement (as ICE lists them), with the counties each agency was resolved to.
 * Quoted per RFC 4180; cells that a spreadsheet would run as a formula are prefixed with an apostrophe,
 * because agency names come from a file downloaded from the internet.
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

function cell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
  const lines = [CSV_COLUMNS.join(',')];
  for (const agency of dataset.agencies) {
    if (state && agency.state !== state) continue;
    const countyNames = agency.counties
      .map((fips) => dataset.countyByFips.get(fips)?.name ?? fips)
      .join('; ');
    for (const agreement of agency.agreements) {
      lines.push(
        [
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
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
