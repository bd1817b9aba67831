/**
 * test/fixtures/agreements-2026-04-01.json.gz is ICE's real list of 1 April 2026, read by the ingest:
 *
 *   node packages/ingest/dist/cli.js --participating ../shared/data/ice287g/history/participatingAgencies04012026am.xlsx \
 *     --out /tmp/april --listings packages/data/snapshot/listings.json && gzip -9 -n -c /tmp/april/agreements.json
 *
 * (the listing history it writes beside it is the committed one, byte for byte). The tests of a pinned older
 * list use it as `data-src`; this test holds it to the committed listing history, which records that list.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Dataset, listedOn, loadBundledDataset, signedOn, withAgreements } from '@open287g/sdk';
import { beforeAll, expect, it } from 'vitest';

const fixture = new URL('./fixtures/agreements-2026-04-01.json.gz', import.meta.url);

let bundled: Dataset;
let april: Dataset;
beforeAll(async () => {
  bundled = await loadBundledDataset({ places: false });
  april = withAgreements(bundled, JSON.parse(gunzipSync(readFileSync(fixture)).toString('utf8')));
});

it("is ICE's list of 1 April 2026, the file the listing history records", () => {
  const list = bundled.listings?.lists.find((entry) => entry.asOf === '2026-04-01');
  expect(april.asOf).toBe('2026-04-01');
  expect(april.source.file).toBe('participatingAgencies04012026am.xlsx');
  expect(list?.file).toBe(april.source.file);
  expect(april.source.sha256).toBe(list?.sha256);
});

it('lists exactly the agreements, and SIGNED dates, that the history shows on that list', () => {
  const listings = bundled.listings;
  if (!listings) throw new Error('the bundled dataset has no listing history');
  const onList = april.agencies.flatMap((agency) =>
    agency.agreements.map((agreement) => `${agency.id} ${agreement.model} ${agreement.signed}`),
  );
  const inHistory = listings.agencies.flatMap((agency) =>
    agency.agreements
      .filter((agreement) => listedOn(agreement, '2026-04-01'))
      .map((agreement) => `${agency.id} ${agreement.model} ${signedOn(agreement, '2026-04-01')}`),
  );
  expect(onList.length).toBeGreaterThan(1500);
  expect(onList.sort()).toEqual(inHistory.sort());
});
