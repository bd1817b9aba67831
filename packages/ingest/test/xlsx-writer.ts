/**
 * Writes xlsx files for tests without a spreadsheet library: a zip archive of the parts ICE's file has
 * (shared strings, a date style, cell hyperlinks in the sheet's relationships). Hostile workbooks need what
 * no library writes: an entry whose declared size lies, and entries that inflate to gigabytes while staying
 * small on disk and cheap to build.
 */
import { writeFile } from 'node:fs/promises';
import { constants, deflateRawSync } from 'node:zlib';
import { columnName } from '../src/cell-reference.js';

export interface ZipEntry {
  name: string;
  /** raw deflate data */
  deflated: Buffer;
  /** the uncompressed size the archive declares */
  size: number;
  crc: number;
}

/** A cell: text, a number, a date (stored as Excel stores it), an Excel error value, or a hyperlinked cell. */
export type XlsxCell = string | number | Date | null | { error: string } | { link: string; text?: string };

const MiB = 1024 * 1024;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function deflatedEntry(name: string, content: string): ZipEntry {
  const bytes = Buffer.from(content);
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * `head`, then `mebibytes` MiB of spaces (XML whitespace, so a reader cannot stop early at a syntax error),
 * then `tail`, deflated without ever holding the spaces: each full-flushed segment is self-contained raw
 * deflate data, so copies of one 1 MiB segment (about 1 KB) concatenate into a valid stream.
 */
export function paddedEntry(name: string, head: string, mebibytes: number, tail: string): ZipEntry {
  const segment = (bytes: Buffer) => deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH });
  const spaces = segment(Buffer.alloc(MiB, ' '));
  return {
    name,
    deflated: Buffer.concat([
      segment(Buffer.from(head)),
      ...Array.from({ length: mebibytes }, () => spaces),
      deflateRawSync(Buffer.from(tail)),
    ]),
    size: Buffer.byteLength(head) + mebibytes * MiB + Buffer.byteLength(tail),
    // No reader under test checks it, and computing it would mean producing the gigabytes this avoids.
    crc: 0,
  };
}

export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    local.copy(header, 6, 4, 26);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    central.push(header, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DATE_STYLE = 1;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export const SHEET_PATH = 'xl/worksheets/sheet1.xml';
export const SHARED_STRINGS_PATH = 'xl/sharedStrings.xml';

/** The start of the sheet part, up to and including `<sheetData>`. */
export const SHEET_HEAD = `${XML}<worksheet ${NS} ${NS_R}><sheetData>`;

/**
 * The parts of a one-sheet workbook holding `rows` (row 1 first). `moreRows` is raw `<row>` XML appended
 * after them, for sheets no cell list describes cheaply.
 */
export function workbookEntries(rows: readonly (readonly XlsxCell[])[], moreRows = ''): ZipEntry[] {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string) => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      stringIndex.set(text, index);
    }
    return `t="s"><v>${index}</v>`;
  };
  const links: [string, string][] = [];
  const cellXml = (cell: XlsxCell, ref: string): string => {
    if (cell === null) return '';
    let body: string;
    if (typeof cell === 'string') body = shared(cell);
    else if (typeof cell === 'number') body = `><v>${cell}</v>`;
    else if (cell instanceof Date)
      body = ` s="${DATE_STYLE}"><v>${(cell.getTime() - EXCEL_EPOCH) / 86_400_000}</v>`;
    else if ('error' in cell) body = `t="e"><v>${escapeXml(cell.error)}</v>`;
    else {
      links.push([ref, cell.link]);
      body = shared(cell.text ?? 'link');
    }
    return `<c r="${ref}" ${body}</c>`;
  };
  const rowsXml = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
  const hyperlinks = links.length
    ? `<hyperlinks>${links.map(([ref], i) => `<hyperlink ref="${ref}" r:id="rId${i + 1}"/>`).join('')}</hyperlinks>`
    : '';
  return [
    deflatedEntry(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${SHEET_PATH}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/${SHARED_STRINGS_PATH}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    deflatedEntry(
      '_rels/.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedEntry(
      'xl/workbook.xml',
      `${XML}<workbook ${NS} ${NS_R}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflatedEntry(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    deflatedEntry(
      'xl/styles.xml',
      `${XML}<styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    deflatedEntry(
      SHARED_STRINGS_PATH,
      `${XML}<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('')}</sst>`,
    ),
    deflatedEntry(SHEET_PATH, `${SHEET_HEAD}${rowsXml}${moreRows}</sheetData>${hyperlinks}</worksheet>`),
    deflatedEntry(
      'xl/worksheets/_rels/sheet1.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links.map(([, url], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`).join('')}</Relationships>`,
    ),
  ];
}

/** `entries` with the entry of the same name replaced by `replacement`. */
export const replaceEntry = (entries: readonly ZipEntry[], replacement: ZipEntry) =>
  entries.map((entry) => (entry.name === replacement.name ? replacement : entry));

export async function writeXlsx(path: string, entries: readonly ZipEntry[]): Promise<string> {
  await writeFile(path, zipArchive(entries));
  return path;
}
