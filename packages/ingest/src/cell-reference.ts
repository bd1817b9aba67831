/** A1-style cell references ↔ 0-based column and 1-based row, within Excel's own sheet size. */

/** Excel's last column is XFD. */
export const EXCEL_COLUMNS = 16_384;

/** 0 → A, 25 → Z, 26 → AA … 16383 → XFD */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * "G12" → { column: 6, row: 12 }; null for a range, a malformed reference, or one beyond Excel's columns.
 * A loop rather than a regular expression, as this runs for every cell of a sheet.
 */
export function parseCellReference(reference: string): { column: number; row: number } | null {
  let at = reference.charCodeAt(0) === 0x24 /* $ */ ? 1 : 0;
  let column = 0;
  for (; at < reference.length; at++) {
    const letter = reference.charCodeAt(at) & ~0x20; // upper case
    if (letter < 0x41 || letter > 0x5a) break;
    column = column * 26 + letter - 0x40;
  }
  if (column === 0 || column > EXCEL_COLUMNS) return null;
  if (reference.charCodeAt(at) === 0x24) at++;
  const digits = reference.slice(at);
  if (!/^[1-9][0-9]*$/.test(digits)) return null;
  return { column: column - 1, row: Number(digits) };
}
