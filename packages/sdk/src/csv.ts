/**
 * CSV export, one row per agreement (as ICE lists them), with the counties each agency was resolved to.
 * Quoted per RFC 4180; cells that a spreadsheet would run as a formula are prefixed with an apostrophe,
 * because agency names come from a file downloaded from the internet.
 */
import type { Dataset } from './dataset.js';

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
  /** Only agencies of this state (USPS code). */
  state?: string;
}

export function toCsv(dataset: Dataset, options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const agency of dataset.agencies) {
    if (options.state && agency.state !== options.state) continue;
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
