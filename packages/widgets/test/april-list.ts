/**
 * ICE's real list of 1 April 2026 as the ingest wrote it (test/fixtures/agreements-2026-04-01.json.gz, held
 * to the listing history by older-list-fixture.test.ts), at a blob: URL, as a newsroom would host the list
 * of its story's day: the `data-src` of the tests of a pinned older list.
 */
export async function aprilListUrl(): Promise<string> {
  // Vite's server sends the .gz file with Content-Encoding: gzip, so the browser inflates it
  const json = await (
    await fetch(new URL('./fixtures/agreements-2026-04-01.json.gz', import.meta.url))
  ).text();
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}
