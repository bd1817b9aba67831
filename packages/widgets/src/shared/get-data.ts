/**
 * "Get the data": a link under a widget that downloads what the widget shows as a CSV file, written in the
 * page from the data already loaded. Nothing is requested and nothing leaves the page.
 *
 * For any element (the lookup and the models table use it; the map and the timeline can too):
 *
 *   getDataLink(label, filename, () => rows): TemplateResult
 *     label     the link text in the reader's language (each element's strings have `getData`)
 *     filename  from `dataFileName(['Collier County', 'FL'], '2026-05-18')`:
 *               "open287g-collier-county-fl-2026-05-18.csv" (what, and as of which ICE list)
 *     rows      the header, then the rows; called only when the reader activates the link, so a render
 *               costs nothing however large the table
 *
 * It renders `<p class="get-data" part="get-data"><a download=…>`; the element styles `.get-data`. The text
 * is written by the SDK's `csvText` (RFC 4180; text a spreadsheet would run as a formula gets an apostrophe),
 * after a byte order mark so that Excel reads it as UTF-8 ("Añasco", "Doña Ana"). Each activation makes a
 * Blob URL, revoked a minute later: long enough for a download to read it, and none outlives that.
 */
import { type CsvCell, csvText, foldText } from '@open287g/sdk/core';
import { html, type TemplateResult } from 'lit';

export type CsvRows = readonly (readonly CsvCell[])[];

const REVOKE_AFTER_MS = 60_000;

/** "open287g-collier-county-fl-2026-05-18.csv": each part folded to lower-case ASCII words joined by "-". */
export function dataFileName(parts: readonly string[], asOf: string): string {
  const words = parts.map((part) => foldText(part).replace(/ /g, '-'));
  return `open287g-${[...words, asOf].filter(Boolean).join('-')}.csv`;
}

/**
 * The link's default action (the download) reads `href` after this handler has run, so the file is made on
 * the click, the Enter key or a tap, from what the element shows at that moment.
 */
function prepare(event: Event, rows: () => CsvRows): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const blob = new Blob([`\uFEFF${csvText(rows())}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  link.href = url;
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function getDataLink(label: string, filename: string, rows: () => CsvRows): TemplateResult {
  // "#" until activated: an href makes it a link for the keyboard and assistive technology
  return html`<p class="get-data" part="get-data">
    <a href="#" download=${filename} @click=${(event: Event) => prepare(event, rows)}>${label}</a>
  </p>`;
}
