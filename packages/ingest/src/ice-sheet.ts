/**
 * ICE's spreadsheet → typed rows. Columns are found by their header text, not their position or the file
 * name, because ICE has renamed files and moved columns between lists; only those columns are read. Every
 * problem is collected with its row so a single run reports them all.
 */
import { type AgencyKind, foldText, type ModelCode, modelFromIceLabel } from '@open287g/sdk';
import { columnName } from './cell-reference.js';
import { IngestError, type Problem } from './errors.js';
import { type Cell, readFirstSheet, type Sheet } from './xlsx.js';

export type Layout = 'participating' | 'pending' | 'history';

export interface IceRow {
  /** 1-based spreadsheet row */
  row: number;
  state: string;
  agency: string;
  /** From the TYPE column; null in ICE's lists from before it added one (April 2025): read from the name. */
  kind: AgencyKind | null;
  /** The COUNTY cell as printed, or null when it is empty or an #N/A marker. */
  county: string | null;
  model: ModelCode;
  signed: string | null;
  /**
   * A SIGNED cell that is no date ("05/082025"), as printed: the ingest takes the date the same agreement
   * has on another list when its digits agree, and otherwise stops on the row.
   */
  unreadableSigned: string | null;
  moaUrl: string | null;
  addendumUrl: string | null;
}

const COLUMNS = {
  state: ['state'],
  agency: ['law enforcement agency', 'agency'],
  type: ['type', 'agency type'],
  county: ['county'],
  support: ['support type', 'model'],
  signed: ['signed', 'date signed'],
  moa: ['moa'],
  addendum: ['addendum'],
} as const;
type Column = keyof typeof COLUMNS;

// ICE's lists before April 2025 have no TYPE and no COUNTY column: the kind and place come from the name.
const REQUIRED: Record<Layout, Column[]> = {
  participating: ['state', 'agency', 'support', 'signed', 'moa'],
  pending: ['state', 'agency', 'type', 'county', 'support'],
  history: ['state', 'agency', 'support'],
};

const HEADER_NAMES: Record<Column, string> = {
  state: 'STATE',
  agency: 'LAW ENFORCEMENT AGENCY',
  type: 'TYPE',
  county: 'COUNTY',
  support: 'SUPPORT TYPE',
  signed: 'SIGNED',
  moa: 'MOA',
  addendum: 'ADDENDUM',
};

const KINDS: Record<string, AgencyKind> = {
  county: 'county',
  municipality: 'municipal',
  municipal: 'municipal',
  'state agency': 'state',
  state: 'state',
};

// ICE writes "#N/A" as an Excel error value, and sometimes as text in several spellings.
const NOT_AVAILABLE = new Set(['', '#n/a', '#na', 'n/a', 'na', 'none', '-']);

// The header is looked for in this many rows at the top; ICE has put a title row above it.
const HEADER_SEARCH_ROWS = 15;

interface Header {
  /** 0-based */
  row: number;
  columns: Partial<Record<Column, number>>;
}

function findHeader(rows: readonly Cell[][]): Header | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const folded = (rows[r] ?? []).map((cell) => foldText(cell.text));
    const columns: Partial<Record<Column, number>> = {};
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      const index = folded.findIndex((text) => names.includes(text));
      if (index >= 0) columns[column] = index;
    }
    if (columns.state !== undefined && columns.agency !== undefined) return { row: r, columns };
  }
  return null;
}

/** The header row and its columns, or the problem that stops the ingest of this file. */
function headerOf(file: string, rows: readonly Cell[][], layout: Layout): Header {
  const header = findHeader(rows);
  if (!header) {
    throw new IngestError([
      {
        file,
        message: `no header row with STATE and LAW ENFORCEMENT AGENCY in the first ${HEADER_SEARCH_ROWS} rows; is this ICE's 287(g) list?`,
      },
    ]);
  }
  const missing = REQUIRED[layout].filter((column) => header.columns[column] === undefined);
  if (missing.length > 0) {
    const found = (rows[header.row] ?? []).map((cell) => cell.text).filter(Boolean);
    throw new IngestError([
      {
        file,
        row: header.row + 1,
        message: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => HEADER_NAMES[c]).join(', ')} (found: ${found.join(', ')}). If ICE renamed a column, add its new name to COLUMNS in packages/ingest/src/ice-sheet.ts.`,
      },
    ]);
  }
  return header;
}

/**
 * The real document URL behind a hyperlink as ICE pasted it: ICE's webmaster has pasted Outlook "safe
 * links" (the URL is their `url` parameter) and a PDF viewer's address with the URL inside it.
 */
export function unwrapLink(link: string): string {
  const embedded = /^[a-z-]+:\/\/[^/]+\/(https?):\/+(.+)$/i.exec(link);
  if (embedded && !/^https?:/i.test(link)) return unwrapLink(`${embedded[1]}://${embedded[2]}`);
  try {
    const url = new URL(link);
    if (url.hostname.endsWith('safelinks.protection.outlook.com')) {
      const inner = url.searchParams.get('url');
      if (inner) return unwrapLink(inner);
    }
    // ICE serves its documents over https; an http link would be blocked as mixed content on https pages.
    if (url.protocol === 'http:' && url.hostname.endsWith('ice.gov')) url.protocol = 'https:';
    return url.href;
  } catch {
    return link;
  }
}

function linkOf(cell: Cell | undefined): string | null {
  if (!cell) return null;
  const target = cell.link ?? (/^https?:\/\//i.test(cell.text) ? cell.text : null);
  return target ? unwrapLink(target) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-05-18" is a date; "2026-13-45" is not. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

/** A SIGNED cell → YYYY-MM-DD, or null if it cannot be read as a date. */
export function parseSignedDate(cell: Cell): string | null {
  if (cell.date) return cell.date.toISOString().slice(0, 10);
  if (cell.number !== null && cell.number > 20000 && cell.number < 80000) {
    // Excel serial day number: days since 1899-12-30
    return new Date(Math.round((cell.number - 25569) * 86_400_000)).toISOString().slice(0, 10);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(cell.text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(cell.text);
  if (us) {
    const year = Number(us[3]);
    return isoDate(year < 100 ? 2000 + year : year, Number(us[1]), Number(us[2]));
  }
  return null;
}

/** IIRIRA added section 287(g) to the Immigration and Nationality Act on this day; no agreement is older. */
const PROGRAM_START = '1996-09-30';

export interface ParseOptions {
  layout: Layout;
  /** folded state name → USPS code */
  stateCodes: ReadonlyMap<string, string>;
  /** The list's date: no agreement on it can have been signed later. */
  asOf: string;
}

/** The rows of ICE's list in an xlsx, reading only the columns its header names. */
export async function readIceSheet(path: string, options: ParseOptions): Promise<IceRow[]> {
  const sheet = await readFirstSheet(path, {
    headRows: HEADER_SEARCH_ROWS,
    columnsOf: (file, head) => Object.values(headerOf(file, head, options.layout).columns),
  });
  return parseIceSheet(sheet, options);
}

export function parseIceSheet(sheet: Sheet, options: ParseOptions): IceRow[] {
  const { file } = sheet;
  const header = headerOf(file, sheet.rows, options.layout);
  const problems: Problem[] = [];
  const rows: IceRow[] = [];
  const { columns } = header;
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const get = (column: Column): Cell | undefined => {
      const index = columns[column];
      return index === undefined ? undefined : cells[index];
    };
    const row = r + 1;
    if (cells.every((cell) => cell.text === '' && cell.link === null)) {
      const outside = sheet.cellsOutside.get(r);
      if (outside !== undefined) {
        problems.push({
          file,
          row,
          column: columnName(outside),
          message:
            'a value outside the columns the header names, in a row that is otherwise empty; delete it, or move the row’s values under their headings',
        });
      }
      continue;
    }
    const problem = (column: Column, message: string) =>
      problems.push({ file, row, column: HEADER_NAMES[column], message });

    const stateText = get('state')?.text ?? '';
    const state = options.stateCodes.get(foldText(stateText));
    if (!state) problem('state', `unknown state "${stateText}"`);
    const agency = (get('agency')?.text ?? '').replace(/\s+/g, ' ');
    if (!agency) problem('agency', 'the agency name is empty');

    const supportText = get('support')?.text ?? '';
    const model = modelFromIceLabel(supportText);
    if (!model) {
      problem(
        'support',
        `unknown support type "${supportText}" (known: Jail Enforcement Model, Task Force Model, Warrant Service Officer, and the misspellings ICE has printed)`,
      );
    }

    let kind: AgencyKind | null = null;
    const typeCell = get('type');
    if (typeCell && typeCell.text !== '') {
      kind = KINDS[foldText(typeCell.text)] ?? null;
      if (!kind)
        problem('type', `unknown agency type "${typeCell.text}" (known: County, Municipality, State Agency)`);
    } else if (typeCell && options.layout !== 'history') {
      problem('type', 'the agency type is empty');
    }

    const countyCell = get('county');
    const county =
      !countyCell || countyCell.error || NOT_AVAILABLE.has(countyCell.text.toLowerCase())
        ? null
        : countyCell.text;

    // History lists feed counts only; their dates are not used, and older ones hold typos like "05/082025".
    let signed: string | null = null;
    let unreadableSigned: string | null = null;
    const signedCell = options.layout === 'history' ? undefined : get('signed');
    if (signedCell && (signedCell.text !== '' || options.layout !== 'pending')) {
      signed = parseSignedDate(signedCell);
      if (!signed) unreadableSigned = signedCell.text;
      else if (signed < PROGRAM_START)
        problem(
          'signed',
          `${signed} is before ${PROGRAM_START}, when IIRIRA added 287(g) to the law; check the date`,
        );
      else if (signed > options.asOf)
        problem(
          'signed',
          `${signed} is after the list's date (${options.asOf}); check the date, or pass the list's real date with --as-of`,
        );
    }

    if (state && agency && model && (kind || !typeCell || options.layout === 'history')) {
      rows.push({
        row,
        state,
        agency,
        kind,
        county,
        model,
        signed,
        unreadableSigned,
        moaUrl: linkOf(get('moa')),
        addendumUrl: linkOf(get('addendum')),
      });
    }
  }
  if (problems.length > 0) {
    // the run stops anyway: an unreadable date is said now too, so one run names every problem
    for (const { row: at, unreadableSigned } of rows)
      if (unreadableSigned !== null)
        problems.push({
          file,
          row: at,
          column: 'SIGNED',
          message: `cannot read "${unreadableSigned}" as a date`,
        });
    throw new IngestError(problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  }
  if (rows.length === 0)
    throw new IngestError([{ file, message: 'the sheet has a header but no data rows' }]);
  return rows;
}
