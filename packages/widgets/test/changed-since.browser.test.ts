/**
 * A page pinned to ICE's real list of 1 April 2026 (`data-src` + `data-pinned`; the list, read by the
 * ingest, is test/fixtures/agreements-2026-04-01.json.gz): the lookup shows that list and says how ICE's list
 * has changed since, for the county or state shown, counted as the SDK's `changes()` counts.
 */
import { changes, type Dataset, loadBundledDataset } from '@open287g/sdk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aprilListUrl } from './april-list.js';
import { violations } from './axe.js';
import { chooseFirst } from './choose.js';
import '../src/lookup/define.js';
import type { Open287gLookup } from '../src/lookup/lookup.element.js';
import { mount as mountElement } from './mount.js';

let dataset: Dataset;
/** a blob: URL of the April list's agreements.json, as a newsroom would host it */
let aprilList: string;
beforeAll(async () => {
  dataset = await loadBundledDataset({ places: false });
  aprilList = await aprilListUrl();
});

const mount = (attributes: Record<string, string>) => mountElement('open287g-lookup', attributes);

const pinned = (attributes: Record<string, string> = {}) =>
  mount({ 'data-src': aprilList, 'data-pinned': '', ...attributes });

const notes = (element: Open287gLookup) =>
  [...(element.shadowRoot?.querySelectorAll('[part=note]') ?? [])].map((note) => note.textContent);

/** The SDK's count of what changed from the April list to the bundled one. */
const counted = (where: { county: string } | { state: string }) => {
  const c = changes(dataset, { from: '2026-04-01', to: dataset.asOf, ...where });
  return [c.added.length, c.ended.length, c.resigned.length, c.renamed.length];
};

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('<open287g-lookup> pinned to an older list', () => {
  it("shows the April list for Collier County, and what ICE's list has changed there since", async () => {
    const element = await pinned({ county: '12021' });
    expect(element.shadowRoot?.querySelector('[part=source]')?.textContent).toContain('April 1, 2026');
    expect(counted({ county: '12021' })).toEqual([1, 0, 0, 0]);
    expect(notes(element)).toEqual([
      "Showing ICE's list of April 1, 2026, as chosen by this page. A newer list, of May 18, 2026, exists.",
      "Since this list (April 1, 2026), ICE's list has changed for Collier County, FL: 1 agreement added, 0 dropped from the list. Newest list: May 18, 2026.",
    ]);
  });

  it.each([
    // two agreements of the sheriff's office dropped from the list
    ['21031', 'Butler County, KY', [0, 2, 0, 0], '0 agreements added, 2 dropped from the list'],
    // Perry Police Department's agreement with a new SIGNED date
    [
      '45003',
      'Aiken County, SC',
      [0, 0, 1, 0],
      '0 agreements added, 0 dropped from the list, 1 with a new signed date',
    ],
    // a constables' office ICE spelled anew
    [
      '42041',
      'Cumberland County, PA',
      [0, 0, 0, 1],
      '0 agreements added, 0 dropped from the list, 1 agency renamed',
    ],
  ] as const)('counts for %s (%s) what changes() counts', async (fips, place, counts, said) => {
    const element = await pinned({ county: fips });
    expect(counted({ county: fips })).toEqual(counts);
    expect(notes(element)[1]).toBe(
      `Since this list (April 1, 2026), ICE's list has changed for ${place}: ${said}. Newest list: May 18, 2026.`,
    );
  });

  it('says when nothing changed there (Los Angeles County, CA)', async () => {
    const element = await pinned({ county: '06037' });
    expect(counted({ county: '06037' })).toEqual([0, 0, 0, 0]);
    expect(notes(element)[1]).toBe(
      "Since this list (April 1, 2026), ICE's list has not changed for Los Angeles County, CA. Newest list: May 18, 2026.",
    );
  });

  it("counts a state's changes when a state is shown (Florida)", async () => {
    const element = await pinned();
    await chooseFirst(element, 'Florida');
    const [added, ended] = counted({ state: 'FL' });
    expect([added, ended]).toEqual([4, 0]);
    await expect
      .poll(() => notes(element)[1])
      .toBe(
        `Since this list (April 1, 2026), ICE's list has changed for Florida: ${added} agreements added, ${ended} dropped from the list. Newest list: May 18, 2026.`,
      );
  });

  it('says it in Spanish, and is axe clean in both languages', async () => {
    const element = await pinned({ county: '12021', lang: 'es' });
    expect(notes(element)[1]).toBe(
      'Desde esta lista (1 de abril de 2026), la lista de ICE cambió para el condado de Collier, FL: 1 acuerdo nuevo, 0 retirados de la lista. Lista más reciente: 18 de mayo de 2026.',
    );
    expect(await violations(element)).toEqual([]);
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(await violations(element)).toEqual([]);
  });

  it('says nothing of changes without a pinned older list, or for a list the history does not hold', async () => {
    expect(notes(await mount({ county: '12021' }))).toEqual([]);
    document.body.replaceChildren();
    // the same list under a date no ICE list has: shown as chosen, but not compared
    const json = await (await fetch(aprilList)).json();
    const undated = URL.createObjectURL(
      new Blob([JSON.stringify({ ...json, asOf: '2026-03-15' })], { type: 'application/json' }),
    );
    const element = await mount({ county: '12021', 'data-src': undated, 'data-pinned': '' });
    expect(notes(element)).toEqual([
      "Showing ICE's list of March 15, 2026, as chosen by this page. A newer list, of May 18, 2026, exists.",
    ]);
  });
});
