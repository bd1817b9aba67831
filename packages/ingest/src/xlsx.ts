/**
 * Reads the first worksheet of an xlsx into plain cells, within bounds no file can push it past: the
 * file's size, each part's inflated size (checked against what the zip declares before anything is
 * inflated), the number of rows, and the columns — a sheet can hold a value in Excel's last column on every
 * row, so after the first rows only the columns the caller picks from them are kept. The sheet is scanned
 * in one pass, never built as a tree. ICE's file keeps what we need where simple readers drop it: the MOA
 * URL is the cell's hyperlink (the text only says "link"), and statewide rows hold the Excel error value
 * #N/A rather than text.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { EXCEL_COLUMNS, parseCellReference } from './cell-reference.js';
import { IngestError } from './errors.js';
import { MalformedXmlError, type XmlHandler, XmlScanner } from './xml-scanner.js';
import { ZipArchive, ZipError } from './zip.js';

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
  /** rows[i] is spreadsheet row i + 1, holding the cells of the chosen columns at their own index. */
  rows: Cell[][];
  /** 0-based row → the 0-based column of its first non-empty cell outside the chosen columns. */
  cellsOutside: ReadonlyMap<number, number>;
}

export interface SheetReading {
  /** How many rows are read whole, to choose the columns from. */
  headRows: number;
  /** The 0-based columns to keep in every row, chosen from the head rows; throw to stop reading. */
  columnsOf(file: string, head: readonly Cell[][]): Iterable<number>;
}

// ICE's file is about 230 KB, and its largest part (the sheet) inflates to under 1 MB.
const MAX_BYTES = 25 * 1024 * 1024;
// Room for about 140,000 rows like ICE's, so a real list meets MAX_ROWS first.
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_ROWS = 100_000;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Bytes decoded and scanned at a time: a part is never one big string.
const PIECE_BYTES = 64 * 1024;
// Excel's built-in number formats that show a date or time.
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const EXCEL_EPOCH_DAYS = 25_569; // serial day number of 1970-01-01
const DATE_1904_OFFSET_DAYS = 1_462;

const EMPTY: Cell = { text: '', link: null, error: null, date: null, number: null };

const count = (n: number) => n.toLocaleString('en-US');

/** A number format shows a date or time when it has a date letter outside "quotes" and [brackets]. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's escape for characters XML cannot hold, `_x000D_` for a carriage return. */
const unescapeText = (text: string) =>
  text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

interface CellXml {
  column: number;
  /** the `t` attribute: s shared string, inlineStr, str (formula text), b, e (error), d (ISO date), n */
  type: string;
  style: number;
  /** the text of its <v>, or of the <t> runs of an inline string; null when it has none */
  value: string | null;
}

interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

function cellOf({ type, style, value }: CellXml, context: CellContext): Cell {
  if (value === null) return EMPTY;
  switch (type) {
    case 's': {
      const text = context.sharedStrings[Number.parseInt(value, 10)];
      return text === undefined ? EMPTY : { ...EMPTY, text: text.trim() };
    }
    case 'inlineStr':
    case 'str':
      return { ...EMPTY, text: unescapeText(value).trim() };
    case 'd':
      return { ...EMPTY, text: value.trim() };
    case 'b':
      return { ...EMPTY, text: String(Number.parseInt(value, 10) !== 0) };
    case 'e':
      return { ...EMPTY, text: value, error: value };
    default: {
      const number = Number.parseFloat(value);
      if (context.dateStyles.has(style)) {
        const days = number - EXCEL_EPOCH_DAYS + (context.date1904 ? DATE_1904_OFFSET_DAYS : 0);
        const date = new Date(Math.round(days * 86_400_000));
        if (!Number.isNaN(date.getTime())) return { ...EMPTY, text: date.toISOString(), date };
      }
      return { ...EMPTY, text: String(number), number };
    }
  }
}

/** Collects the chosen columns' cells, the hyperlinks on them, and where other columns hold values. */
class WorksheetScan implements XmlHandler {
  readonly rows: Cell[][] = [];
  readonly cellsOutside = new Map<number, number>();
  /** relationship id → the [row index, column] of the kept cells it links */
  readonly links = new Map<string, [number, number][]>();
  private columns: ReadonlySet<number> | null = null;
  private rowNumber = 0;
  private lastRowNumber = 0;
  private column = -1;
  private cell: CellXml | null = null;
  private inValue = false;
  private inPhonetic = false;

  constructor(
    private readonly file: string,
    private readonly reading: SheetReading,
    private readonly context: CellContext,
  ) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    switch (name) {
      case 'row':
        this.startRow(attributes.r);
        break;
      case 'c':
        this.startCell(attributes);
        break;
      case 'v':
      case 't':
        this.inValue = this.cell !== null && !this.inPhonetic;
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
      case 'hyperlink':
        this.addLink(attributes.ref, attributes.id);
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.inValue = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'c':
        if (this.cell && this.rowNumber > 0) this.keep(this.cell.column, cellOf(this.cell, this.context));
        this.cell = null;
        break;
      case 'sheetData':
        // before the hyperlinks that follow, so only kept cells collect links
        if (this.columns === null) this.chooseColumns();
        break;
    }
  }

  text(text: string): void {
    if (this.inValue && this.cell) this.cell.value = (this.cell.value ?? '') + text;
  }

  /** The sheet, once the whole part has been scanned. */
  finish(): Sheet {
    if (this.columns === null) this.chooseColumns();
    // so that rows.length is the sheet's last row, even one with no kept cell
    this.rows.length = Math.max(this.rows.length, this.lastRowNumber);
    return { file: this.file, rows: this.rows, cellsOutside: this.cellsOutside };
  }

  private startRow(r: string | undefined): void {
    const number = r === undefined ? this.rowNumber + 1 : Number(r);
    if (!Number.isInteger(number) || number < 1) throw new MalformedXmlError(`"${r}" is not a row number`);
    if (number > MAX_ROWS) {
      throw new IngestError([
        {
          file: this.file,
          message: `the sheet goes on past row ${count(MAX_ROWS)}, the most the ingest reads; ICE's list has a few thousand rows. If the rows below the list are empty, delete them in Excel and save the file again.`,
        },
      ]);
    }
    if (this.columns === null && number > this.reading.headRows) this.chooseColumns();
    this.rowNumber = number;
    this.lastRowNumber = Math.max(this.lastRowNumber, number);
    this.column = -1;
  }

  private startCell(attributes: Readonly<Record<string, string>>): void {
    const { r } = attributes;
    const reference = r === undefined ? null : parseCellReference(r);
    if (r !== undefined && !reference) throw new MalformedXmlError(`"${r}" is not a cell of an Excel sheet`);
    const column = reference ? reference.column : this.column + 1;
    if (column >= EXCEL_COLUMNS)
      throw new MalformedXmlError(
        `row ${this.rowNumber} has more cells than Excel's ${count(EXCEL_COLUMNS)} columns`,
      );
    this.column = column;
    this.cell = { column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: null };
  }

  private keep(column: number, cell: Cell): void {
    const index = this.rowNumber - 1;
    if (this.columns === null || this.columns.has(column)) {
      const row = this.rows[index] ?? [];
      row[column] = cell;
      this.rows[index] = row;
    } else this.noteOutside(index, column, cell);
  }

  private noteOutside(index: number, column: number, cell: Cell): void {
    if (cell.text !== '' && !this.cellsOutside.has(index)) this.cellsOutside.set(index, column);
  }

  private chooseColumns(): void {
    const columns = new Set(this.reading.columnsOf(this.file, this.rows));
    this.columns = columns;
    this.rows.forEach((row, index) => {
      const kept: Cell[] = [];
      row.forEach((cell, column) => {
        if (columns.has(column)) kept[column] = cell;
        else this.noteOutside(index, column, cell);
      });
      this.rows[index] = kept;
    });
  }

  private addLink(ref: string | undefined, id: string | undefined): void {
    // Excel writes one hyperlink element per linked cell; a range is not a cell we read.
    const reference = ref === undefined ? null : parseCellReference(ref);
    if (!reference || id === undefined) return;
    const index = reference.row - 1;
    if (this.rows[index]?.[reference.column] === undefined) return;
    const cells = this.links.get(id) ?? [];
    cells.push([index, reference.column]);
    this.links.set(id, cells);
  }
}

/** A part's path from a relationship target, which is relative to the folder of the part that names it. */
function resolveTarget(fromPart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readSheet(archive: ZipArchive, file: string, reading: SheetReading): Sheet {
  /** Scans one part in pieces; false when the archive does not have it. */
  const scan = (part: string, handler: XmlHandler): boolean => {
    const entry = archive.entry(part);
    if (!entry) return false;
    if (entry.size > MAX_PART_BYTES) {
      throw new IngestError([
        {
          file,
          message: `${part} would inflate to ${count(entry.size)} bytes; the limit for one part is ${count(MAX_PART_BYTES)} (64 MiB), and ICE's largest is under 1 MB. This is not ICE's list, or it is damaged: download it again.`,
        },
      ]);
    }
    const bytes = archive.inflate(entry);
    const scanner = new XmlScanner(handler);
    const decoder = new TextDecoder();
    try {
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
        scanner.write(decoder.decode(bytes.subarray(at, at + PIECE_BYTES), { stream: true }));
      }
      scanner.write(decoder.decode());
      scanner.end();
    } catch (error) {
      if (error instanceof MalformedXmlError) throw new MalformedXmlError(`${part}: ${error.message}`);
      throw error;
    }
    return true;
  };
  const relationships = (part: string) => {
    const byId = new Map<string, { type: string; target: string }>();
    scan(relationshipsPath(part), {
      open: (name, { Id, Type, Target }) => {
        if (name === 'Relationship' && Id !== undefined && Target !== undefined)
          byId.set(Id, { type: Type ?? '', target: resolveTarget(part, Target) });
      },
    });
    return byId;
  };

  const workbookPart = 'xl/workbook.xml';
  let sheetId: string | undefined;
  let date1904 = false;
  const hasWorkbook = scan(workbookPart, {
    open: (name, attributes) => {
      if (name === 'sheet') sheetId ??= attributes.id ?? '';
      else if (name === 'workbookPr')
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    },
  });
  if (!hasWorkbook) throw new ZipError(`it has no ${workbookPart}`);
  const workbookRelationships = relationships(workbookPart);
  const sheetPart = sheetId === undefined ? undefined : workbookRelationships.get(sheetId)?.target;
  if (sheetPart === undefined || !archive.entry(sheetPart))
    throw new IngestError([{ file, message: 'the workbook has no worksheet' }]);
  const partOfType = (type: string) =>
    [...workbookRelationships.values()].find((relationship) => relationship.type.endsWith(`/${type}`))
      ?.target;

  const sharedStrings: string[] = [];
  let sharedString: string | null = null;
  let inText = false;
  let inPhonetic = false;
  const sharedStringsPart = partOfType('sharedStrings');
  if (sharedStringsPart) {
    scan(sharedStringsPart, {
      open: (name) => {
        if (name === 'si') sharedString = '';
        else if (name === 't') inText = !inPhonetic;
        else if (name === 'rPh') inPhonetic = true;
      },
      close: (name) => {
        if (name === 'si') sharedStrings.push(unescapeText(sharedString ?? ''));
        else if (name === 't') inText = false;
        else if (name === 'rPh') inPhonetic = false;
      },
      text: (text) => {
        if (inText && sharedString !== null) sharedString += text;
      },
    });
  }

  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellStyles = false;
  const stylesPart = partOfType('styles');
  if (stylesPart) {
    scan(stylesPart, {
      open: (name, attributes) => {
        if (name === 'numFmt')
          formats.set(Number(attributes.numFmtId), (attributes.formatCode ?? '').replace(/\\(.)/g, '$1'));
        else if (name === 'cellXfs') inCellStyles = true;
        else if (name === 'xf' && inCellStyles) styleFormats.push(Number(attributes.numFmtId ?? 0));
      },
      close: (name) => {
        if (name === 'cellXfs') inCellStyles = false;
      },
    });
  }
  const dateStyles = new Set<number>();
  styleFormats.forEach((format, style) => {
    const code = formats.get(format);
    if (code === undefined ? BUILT_IN_DATE_FORMATS.has(format) : format !== 0 && isDateFormat(code))
      dateStyles.add(style);
  });

  const worksheet = new WorksheetScan(file, reading, { sharedStrings, dateStyles, date1904 });
  scan(sheetPart, worksheet);
  const sheet = worksheet.finish();
  if (worksheet.links.size > 0) {
    scan(relationshipsPath(sheetPart), {
      open: (name, { Id, Target }) => {
        if (name !== 'Relationship' || Id === undefined || Target === undefined) return;
        for (const [row, column] of worksheet.links.get(Id) ?? []) {
          const cells = sheet.rows[row];
          const cell = cells?.[column];
          if (cells && cell) cells[column] = { ...EMPTY, text: cell.text, link: Target.trim() };
        }
      },
    });
  }
  return sheet;
}

export async function readFirstSheet(path: string, reading: SheetReading): Promise<Sheet> {
  const file = basename(path);
  const fail = (message: string): never => {
    throw new IngestError([{ file, message }]);
  };
  const info = await stat(path).catch(() => fail(`cannot read ${path}: no such file`));
  if (!info.isFile()) fail(`${path} is not a file`);
  if (info.size > MAX_BYTES)
    fail(`the file is ${count(info.size)} bytes; an ICE list is far smaller (limit ${count(MAX_BYTES)})`);
  const bytes = await readFile(path);
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    fail('not an xlsx file (an xlsx is a zip archive; this file does not start like one)');
  }
  try {
    return readSheet(new ZipArchive(bytes), file, reading);
  } catch (error) {
    if (error instanceof ZipError || error instanceof MalformedXmlError)
      fail(`not a readable xlsx workbook: ${error.message}. Download the list again from ICE's page.`);
    throw error;
  }
}
