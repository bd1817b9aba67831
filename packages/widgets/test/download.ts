/**
 * Reading what a "Get the data (CSV)" link (shared/get-data.ts) downloads, in Chromium: for the tests of
 * every element that has one.
 */
import { expect } from 'vitest';
import { parseCsv } from '../../sdk/test/csv-records.js';

export const linkOf = (element: Element) =>
  element.shadowRoot?.querySelector('[part=get-data] a') as HTMLAnchorElement | null;

/**
 * Activates the link the way `activate` does, and reads the file it would download: the click's default
 * action (the download) is cancelled once the element's own handler has run, and its Blob URL fetched.
 */
export async function download(activate: () => unknown): Promise<{ url: string; records: string[][] }> {
  const clicked = new Promise<string>((resolve) =>
    document.addEventListener(
      'click',
      (event) => {
        event.preventDefault();
        resolve((event.composedPath()[0] as HTMLAnchorElement).href);
      },
      { once: true },
    ),
  );
  await activate();
  const url = await clicked;
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  // a UTF-8 byte order mark, so that Excel reads the accents right
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { url, records: parseCsv(new TextDecoder().decode(bytes.slice(3))) };
}
