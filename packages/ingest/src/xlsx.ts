/**
 * Reads the first worksheet of an xlsx into plain cells. exceljs is used because ICE's file keeps what we
 * need where simpler readers drop it: the MOA URL is the cell's hyperlink (the text only says "link"), and
 * statewide rows hold the Excel error value #N/A rather than text.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { IngestError } from './errors.js';

export interface Cell {
  /** The shown text, trimmed; '' for an empty cell. */
  text: string;
  /** The hyperlink target, if the cell has one. */
  link: string | null;
  /** An Excel error value such as "#N/A". */
  error: string | null;
  /** A date cell's value. */
  date: Date | null;
  /** A numeric cell's value (Excel stores some dates as serial numbers). */
  number: number | null;
}

export interface Sheet {
  file: string;
  name: string;
  /** rows[i] is spreadsheet row i + 1 */
  rows: Cell[][];
}

// ICE's file is about 100 KB; anything far larger is not the list.
const MAX_BYTES = 25 * 1024 * 1024;
const MAX_ROWS = 100_000;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const EMPTY: Cell = { text: '', link: null, error: null, date: null, number: null };

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Date) return { ...EMPTY, text: value.toISOString(), date: value };
  if (typeof value === 'number') return { ...EMPTY, text: String(value), number: value };
  if (typeof value === 'string') return { ...EMPTY, text: value.trim() };
  if (typeof value === 'boolean') return { ...EMPTY, text: String(value) };
  if ('error' in value) return { ...EMPTY, text: String(value.error), error: String(value.error) };
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : toCell(value.text as ExcelJS.CellValue).text;
    return { ...EMPTY, text: text.trim(), link: value.hyperlink.trim() };
  }
  if ('richText' in value)
    return {
      ...EMPTY,
      text: value.richText
        .map((part) => part.text)
        .join('')
        .trim(),
    };
  if ('formula' in value || 'sharedFormula' in value) return toCell(value.result as ExcelJS.CellValue);
  return EMPTY;
}

export async function readFirstSheet(path: string): Promise<Sheet> {
  const file = basename(path);
  const fail = (message: string): never => {
    throw new IngestError([{ file, message }]);
  };
  const info = await stat(path).catch(() => fail(`cannot read ${path}: no such file`));
  if (!info.isFile()) fail(`${path} is not a file`);
  // A first guard only: it bounds what is read, not what the zip inflates to.
  if (info.size > MAX_BYTES)
    fail(`the file is ${info.size} bytes; an ICE list is far smaller (limit ${MAX_BYTES})`);
  const bytes = await readFile(path);
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    fail('not an xlsx file (an xlsx is a zip archive; this file does not start like one)');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    fail(`not a readable xlsx workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail('the workbook has no worksheet');
  if (sheet.rowCount > MAX_ROWS) fail(`the sheet has ${sheet.rowCount} rows; limit ${MAX_ROWS}`);
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(toCell(row.getCell(c).value));
    rows.push(cells);
  }
  return { file, name: sheet.name, rows };
}
