/**
 * Small ICE-like workbooks built in the test itself, so ingest tests need no downloaded file: the same
 * header, an Excel #N/A error value for statewide rows, and MOA links as cell hyperlinks.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbookEntries, writeXlsx } from './xlsx-writer.js';

export const HEADER = [
  'STATE',
  'LAW ENFORCEMENT AGENCY',
  'TYPE',
  'COUNTY',
  'SUPPORT TYPE',
  'SIGNED',
  'MOA',
  'ADDENDUM',
];

/** A cell: plain value, `{ error }` for #N/A, `{ link }` for a hyperlinked "link" cell. */
export type FixtureCell = string | number | Date | null | { error: '#N/A' } | { link: string };

export const NA = { error: '#N/A' } as const;
export const link = (file: string) => ({ link: `https://www.ice.gov/doclib/287gMOA/${file}` });

export const VALID_ROWS: FixtureCell[][] = [
  [
    'FLORIDA',
    "Collier County Sheriff's Office ",
    'County ',
    'Collier County',
    'Jail Enforcement Model ',
    new Date(Date.UTC(2020, 5, 9)),
    link('collier_jem.pdf'),
    null,
  ],
  [
    'FLORIDA',
    "Collier County Sheriff's Office",
    'County',
    'Collier County',
    'Task Force Model',
    new Date(Date.UTC(2025, 1, 24)),
    link('collier_tfm.pdf'),
    null,
  ],
  [
    'FLORIDA',
    'Naples Police Department',
    'Municipality',
    NA,
    'Task Force Model',
    new Date(Date.UTC(2025, 2, 3)),
    'link pending',
    null,
  ],
  [
    'FLORIDA',
    'Florida Highway Patrol',
    'State Agency',
    NA,
    'Task Force Model',
    '2/7/25',
    link('fhp.pdf'),
    null,
  ],
  [
    'LOUISIANA',
    "St. Landry Parish Sheriff's Office",
    'County',
    'Saint Landry County',
    'Warrant Services Officer',
    new Date(Date.UTC(2025, 5, 11)),
    link('stlandry.pdf'),
    null,
  ],
  [
    'FLORIDA',
    "Lake County Sheriff's Office",
    'County',
    'Lake Conty',
    'Task Force Officer',
    new Date(Date.UTC(2025, 3, 1)),
    link('lake.pdf'),
    null,
  ],
  [
    'VIRGINIA',
    "Hopewell County Sheriff's Office",
    'County',
    'Hopewell County',
    'Task Force Model',
    new Date(Date.UTC(2025, 5, 30)),
    link('hopewell.pdf'),
    null,
  ],
];

export interface WorkbookOptions {
  header?: string[];
  rows?: FixtureCell[][];
  /** Blank rows to append, as ICE's file has. */
  trailingBlankRows?: number;
}

export async function writeWorkbook(path: string, options: WorkbookOptions = {}): Promise<string> {
  const rows = [options.header ?? HEADER, ...(options.rows ?? VALID_ROWS)];
  const blank = Array.from(
    { length: options.trailingBlankRows ?? 0 },
    (_, i) => `<row r="${rows.length + i + 1}"/>`,
  );
  return writeXlsx(path, workbookEntries(rows, blank.join('')));
}

export async function tempDir(prefix = 'open287g-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeText(path: string, text: string): Promise<string> {
  await writeFile(path, text);
  return path;
}
