/**
 * "Get the data": the CSV each element's link downloads is made in the page, from what the element shows,
 * checked against the SDK's answers; activating the link requests nothing, and its Blob URL is revoked.
 */
import {
  AUTHORITIES,
  type AuthorityCode,
  answerCounty,
  answerState,
  countByModel,
  type Dataset,
  loadBundledDataset,
  MODEL_ORDER,
  MODELS,
  modelName,
} from '@open287g/sdk';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { violations } from './axe.js';
import { chooseFirst } from './choose.js';
import { download, linkOf } from './download.js';
import { mount } from './mount.js';
import '../src/lookup/define.js';
import '../src/models/define.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset({ places: false });
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  vi.useRealTimers();
});

const webRequests = (since: number) =>
  performance
    .getEntriesByType('resource')
    .slice(since)
    .map((entry) => entry.name)
    .filter((name) => /^https?:/.test(name));

describe('<open287g-lookup> "Get the data"', () => {
  it("downloads Collier County's answer, row for row the SDK's, with no request", async () => {
    const element = await mount('open287g-lookup', { county: '12021' });
    const link = linkOf(element);
    expect(link?.textContent?.trim()).toBe('Get the data (CSV)');
    expect(link?.getAttribute('download')).toBe(`open287g-collier-county-fl-${dataset.asOf}.csv`);
    const before = performance.getEntriesByType('resource').length;
    const { records } = await download(() => userEvent.click(link as HTMLAnchorElement));
    expect(webRequests(before)).toEqual([]);

    const answer = answerCounty(dataset, '12021');
    const agencies = [...answer.local, ...answer.statewide, ...answer.pending, ...answer.ended];
    expect(records[0]).toEqual([
      'county_fips',
      'county',
      'state',
      'agency',
      'agency_id',
      'type',
      'model',
      'signed',
      'status',
      'last_listed',
      'moa_url',
      'list_date',
    ]);
    expect(records.slice(1)).toEqual(
      agencies.flatMap((agency) =>
        agency.agreements.map((agreement) => [
          '12021',
          'Collier County',
          'FL',
          agency.name,
          agency.id,
          agency.kind,
          agreement.model,
          agreement.signed ?? '',
          agreement.status,
          agreement.lastListed ?? '',
          agreement.moaUrl ?? '',
          dataset.asOf,
        ]),
      ),
    );
    // the card's five local agencies and Florida's statewide ones, each of them in the file
    expect(answer.local).toHaveLength(5);
    expect(new Set(records.slice(1).map((record) => record[4])).size).toBe(agencies.length);
    expect(records.slice(1).some((record) => record[5] === 'state')).toBe(true);
  });

  it('works from the keyboard alone, and revokes its Blob URL', async () => {
    const element = await mount('open287g-lookup', { county: '12021' });
    const link = linkOf(element) as HTMLAnchorElement;
    link.focus();
    const { url, records } = await download(() => userEvent.keyboard('{Enter}'));
    expect(records.length).toBeGreaterThan(10);
    expect(url).toMatch(/^blob:/);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const again = await download(() => link.click());
    expect(again.url).not.toBe(url);
    vi.advanceTimersByTime(60_000);
    await expect(fetch(again.url)).rejects.toThrow();
  });

  it("downloads a state's counties: each county's local agreements, then the statewide ones", async () => {
    const element = await mount('open287g-lookup');
    await chooseFirst(element, 'Florida');
    await expect
      .poll(() => linkOf(element)?.getAttribute('download'))
      .toBe(`open287g-florida-${dataset.asOf}.csv`);
    const { records } = await download(() => linkOf(element)?.click());
    const state = answerState(dataset, 'FL');
    const local = state.countiesWithLocalAgreement.flatMap((county) =>
      answerCounty(dataset, county.fips).local.flatMap((agency) =>
        agency.agreements.map((agreement) => [county.fips, agency.id, agreement.model]),
      ),
    );
    const statewide = [...state.statewide, ...state.pending].flatMap((agency) =>
      agency.agreements.map((agreement) => ['', agency.id, agreement.model]),
    );
    expect(records.slice(1).map((record) => [record[0], record[4], record[6]])).toEqual([
      ...local,
      ...statewide,
    ]);
    expect(records.slice(1).every((record) => record[2] === 'FL')).toBe(true);
  });

  it('says it in Spanish, and is axe clean in both languages', async () => {
    const element = await mount('open287g-lookup', { county: '12021', lang: 'es' });
    expect(linkOf(element)?.textContent?.trim()).toBe('Descargar los datos (CSV)');
    // a link alone on its line, tall enough to hit (WCAG 2.5.8)
    expect(linkOf(element)?.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    expect(await violations(element)).toEqual([]);
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(await violations(element)).toEqual([]);
  });

  it('shows no link until there is an answer', async () => {
    const element = await mount('open287g-lookup');
    expect(linkOf(element)).toBeNull();
  });
});

describe('<open287g-models> "Get the data"', () => {
  const LEVELS = { yes: 'Yes', no: 'No', limited: 'Limited', unknown: 'Not stated' };

  it('downloads the table as shown: its columns, its rows, the counts of the list', async () => {
    const element = await mount('open287g-models');
    const link = linkOf(element) as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe(`open287g-models-${dataset.asOf}.csv`);
    const before = performance.getEntriesByType('resource').length;
    const { records } = await download(() => userEvent.click(link));
    expect(webRequests(before)).toEqual([]);

    const [header, ...rows] = records as [string[], ...string[][]];
    expect(header).toEqual(['', ...MODEL_ORDER.map((code) => modelName(code, 'en'))]);
    const shownHeaders = [...(element.shadowRoot?.querySelectorAll('thead th') ?? [])].map(
      (th) => th.textContent ?? '',
    );
    for (const [i, text] of shownHeaders.entries()) expect(text).toContain(header[i + 1]);
    // the row headers as shown, then a row of each column's sources
    const shownRows = [...(element.shadowRoot?.querySelectorAll('tbody th') ?? [])];
    expect(rows).toHaveLength(shownRows.length + 1);
    for (const [i, row] of rows.slice(0, -1).entries())
      expect(shownRows[i]?.textContent).toContain(row[0]?.split(' (')[0]);
    const byLabel = new Map(rows.map((row) => [row[0] as string, row.slice(1)]));

    for (const [code, authority] of Object.entries(AUTHORITIES)) {
      const cells = byLabel.get(authority.label.en);
      MODEL_ORDER.forEach((model, i) => {
        const grant = MODELS[model].authorities[code as AuthorityCode];
        expect(cells?.[i], `${model} ${code}`).toMatch(new RegExp(`^${LEVELS[grant.level]}`));
        if (grant.note && grant.level !== 'unknown') expect(cells?.[i]).toContain(grant.note.text.en);
      });
    }
    const counts = countByModel(dataset);
    const countRow = rows.find((row) => row[0]?.startsWith('Active agreements'));
    expect(countRow?.[0]).toContain("one per agency, on ICE's list of May 18, 2026");
    MODEL_ORDER.filter((model) => MODELS[model].status !== 'discontinued').forEach((model) => {
      expect(countRow?.[MODEL_ORDER.indexOf(model) + 1]).toBe(
        `${(counts[model] ?? 0).toLocaleString('en-US')} agreements`,
      );
    });
    expect(rows.at(-1)?.[0]).toBe('Sources');
    expect(rows.at(-1)?.[1]).toContain('U.S. Immigration and Customs Enforcement');
  });

  it('follows the columns and language shown, and is axe clean', async () => {
    const element = await mount('open287g-models', { models: 'tfm,none', lang: 'es' });
    const link = linkOf(element) as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Descargar los datos (CSV)');
    const { records } = await download(() => link.click());
    expect(records[0]).toEqual(['', modelName('TFM', 'es'), 'Sin acuerdo']);
    expect(await violations(element)).toEqual([]);
  });
});
