import { answerCounty, changes, countyCoverage, type Dataset, loadBundledDataset } from '@open287g/sdk';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { aprilListUrl } from './april-list.js';
import { violations } from './axe.js';
import { download, linkOf } from './download.js';
import '../src/lookup/define.js';
import '../src/map/define.js';
import { legendEntries, standaloneSvg } from '../src/map/download-svg.js';
import type { Open287gMap } from '../src/map/map.element.js';
import { defineElement } from '../src/shared/define-element.js';
import { mount as mountElement } from './mount.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset();
});

const mount = (attributes: Record<string, string> = {}, parent?: HTMLElement) =>
  mountElement('open287g-map', attributes, parent);

const shadow = (element: Open287gMap) => element.shadowRoot as ShadowRoot;
const countyPath = (element: Open287gMap, fips: string) =>
  shadow(element).querySelector<SVGPathElement>(`g.counties path[data-fips="${fips}"]`);
const announced = (element: Open287gMap) => shadow(element).querySelector('[aria-live]')?.textContent ?? '';

/** WCAG's contrast ratio of two CSS colours as the browser computes them ("rgb(…)"). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A county of the data whose answer is of this kind, found in the data rather than named here. */
function countyWhere(test: (answer: ReturnType<typeof answerCounty>) => boolean): string {
  const county = dataset.counties.find((c) => test(answerCounty(dataset, c.fips)));
  if (!county) throw new Error('no such county in the data');
  return county.fips;
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('<open287g-map>', () => {
  it('draws every county, coloured by what its answer says', async () => {
    const element = await mount();
    expect(shadow(element).querySelectorAll('g.counties path')).toHaveLength(dataset.counties.length);
    const statewideOnly = countyWhere((a) => a.local.length === 0 && a.statewide.length > 0);
    const nothingListed = countyWhere((a) => a.local.length === 0 && a.statewide.length === 0);
    expect(answerCounty(dataset, '12021').hasLocalAgreement).toBe(true);
    expect(countyPath(element, '12021')?.getAttribute('class')).toBe('c-local');
    expect(countyPath(element, statewideOnly)?.getAttribute('class')).toBe('c-statewide');
    expect(countyPath(element, nothingListed)?.getAttribute('class')).toBe('c-none');
    // the legend counts what the map shows, in words
    const local = countyCoverage(dataset).filter((c) => c.localAgencies > 0).length;
    expect(shadow(element).querySelector('[part=legend]')?.textContent?.replace(/\s+/g, ' ')).toContain(
      `A local agency has an agreement (${local.toLocaleString('en-US')} counties)`,
    );
  });

  it('colours by count and by model, from the same data', async () => {
    const byCount = await mount({ 'color-by': 'count' });
    // Collier County, FL: five local agencies, Jail Enforcement and Task Force among them
    expect(answerCounty(dataset, '12021').local).toHaveLength(5);
    expect(countyPath(byCount, '12021')?.getAttribute('class')).toBe('c-count5');
    byCount.setAttribute('color-by', 'model');
    await byCount.updateComplete;
    expect(countyPath(byCount, '12021')?.getAttribute('class')).toBe('c-modelTFM');
    const jailOnly = countyWhere((a) => {
      const models = new Set(a.local.flatMap((agency) => agency.agreements.map((g) => g.model)));
      return models.has('JEM') && !models.has('TFM');
    });
    expect(countyPath(byCount, jailOnly)?.getAttribute('class')).toBe('c-modelJEM');
  });

  it('keeps local agreements 3:1 apart from the rest, in light and dark, and model colours apart', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await mount({ theme });
      const fillOf = (category: string) =>
        getComputedStyle(shadow(element).querySelector(`.legend rect.c-${category}`) as Element).fill;
      const background = getComputedStyle(element).backgroundColor;
      const none = fillOf('none');
      expect(contrast(fillOf('local'), none), theme).toBeGreaterThanOrEqual(3);
      // the hatching carries statewide-only counties (a pattern fill, with a fallback colour)
      expect(fillOf('statewide'), theme).toContain('url(');
      element.setAttribute('color-by', 'model');
      await element.updateComplete;
      for (const model of ['TFM', 'JEM']) {
        expect(contrast(fillOf(`model${model}`), none), `${theme} ${model}`).toBeGreaterThanOrEqual(3);
      }
      expect(background).toBeDefined();
      element.remove();
    }
  });

  it('moves by keyboard: one tab stop, arrows between states, Enter zooms, arrows between counties, Escape back', async () => {
    // wide: the map is letterboxed (its height is capped), which the tooltip's place must allow for
    await page.viewport(1280, 900);
    const element = await mount();
    const chosen = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('open287g-select', (event) => resolve(event as CustomEvent)),
    );
    const map = page.getByRole('application');
    (shadow(element).querySelector('select') as HTMLSelectElement).focus();
    await userEvent.tab();
    expect(shadow(element).activeElement?.getAttribute('part')).toBe('map');
    await userEvent.keyboard('{ArrowRight}');
    const first = announced(element);
    expect(first).toMatch(/^[A-Z][\w .]+: \d+ of its \d+ counties have a local agreement\.$/);
    // the tooltip sits under the focused state, wherever the map's letterboxing puts it
    const tip = (shadow(element).querySelector('[part=tooltip]') as HTMLElement).getBoundingClientRect();
    const outline = (shadow(element).querySelector('g.focus path') as SVGPathElement).getBoundingClientRect();
    expect(Math.abs(tip.top - outline.bottom)).toBeLessThan(4);
    await userEvent.keyboard('{ArrowRight}');
    const name = announced(element).split(':')[0] as string;
    expect(name).not.toBe(first.split(':')[0]);
    const state = dataset.states.find((s) => s.name === name);
    if (!state) throw new Error(`"${name}" is not a state of the data`);
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('heading', { name: `287(g) agreements in ${name}` })).toBeVisible();
    expect(shadow(element).querySelectorAll('g.counties path')).toHaveLength(
      dataset.counties.filter((c) => c.state === state.code).length,
    );
    await userEvent.keyboard('{ArrowDown}');
    expect(announced(element)).toContain(`, ${state.code}: `);
    await userEvent.keyboard('{Enter}');
    const event = await chosen;
    expect(event.detail.county.state).toBe(state.code);
    expect(announced(element)).toContain(event.detail.county.name);
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('heading', { name: '287(g) agreements by county' })).toBeVisible();
    expect(announced(element)).toMatch(new RegExp(`^${name}: `));
    await expect.element(map).toBeVisible();
  });

  it('shows a county and its one-line answer on hover, and a click answers a linked lookup', async () => {
    const lookup = document.createElement('open287g-lookup');
    lookup.id = 'answer';
    document.body.append(lookup);
    const element = await mount({ for: 'answer' });
    const collier = countyPath(element, '12021') as SVGPathElement;
    const box = collier.getBoundingClientRect();
    collier.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        composed: true,
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
      }),
    );
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=tooltip]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Collier County, FL5 local agencies have agreements (Jail Enforcement Model, Task Force Model).',
    );
    collier.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(lookup.getAttribute('county')).toBe('12021');
    await expect
      .element(
        page.getByRole('heading', {
          name: 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.',
        }),
      )
      .toBeVisible();
    expect(shadow(element).querySelector('g.chosen path')).not.toBeNull();
  });

  it('lists every county with a local agreement in its table, by state too', async () => {
    const element = await mount();
    await userEvent.click(page.getByText(/^Table: counties with a local agreement/));
    const rows = shadow(element).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(countyCoverage(dataset).filter((c) => c.localAgencies > 0).length);
    const collier = [...rows].find((row) => row.querySelector('th')?.textContent === 'Collier County');
    expect([...(collier?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual([
      'Florida',
      '5',
      'Jail Enforcement Model, Task Force Model',
      '12',
    ]);
    element.setAttribute('state', 'TX');
    await element.updateComplete;
    const texas = countyCoverage(dataset).filter((c) => c.fips.startsWith('48') && c.localAgencies > 0);
    expect(shadow(element).querySelectorAll('tbody tr')).toHaveLength(texas.length);
  });

  it('speaks Spanish from the nearest [lang]', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'es';
    document.body.append(wrapper);
    const element = await mount({ state: 'TX' }, wrapper);
    expect(shadow(element).querySelector('h2')?.textContent).toBe('Acuerdos 287(g) en Texas');
    expect(shadow(element).querySelector('[part=legend]')?.textContent).toContain(
      'Una agencia local tiene un acuerdo',
    );
    expect(shadow(element).querySelector('[part=source]')?.textContent).toContain('del 18 de mayo de 2026');
    expect(shadow(element).querySelector('button')?.textContent).toBe('Volver a todo el país');
  });

  it('has no axe violations, light and dark, in English and Spanish, with its table open', async () => {
    for (const lang of ['en', 'es'])
      for (const theme of ['light', 'dark']) {
        const element = await mount({ lang, theme, state: 'FL' });
        (shadow(element).querySelector('details') as HTMLDetailsElement).open = true;
        await new Promise((resolve) => setTimeout(resolve, 0));
        await element.updateComplete;
        expect(await violations(element), `${lang} ${theme}`).toEqual([]);
        element.remove();
      }
  });

  it('ignores a bad color-by or state with a console warning, showing the whole country by presence', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ 'color-by': 'rainbow', state: 'ZZ' });
    expect(countyPath(element, '12021')?.getAttribute('class')).toBe('c-local');
    expect(shadow(element).querySelectorAll('g.counties path')).toHaveLength(dataset.counties.length);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('unknown color-by "rainbow"'),
      expect.stringContaining('unknown state "ZZ"'),
    ]);
    warn.mockRestore();
  });

  it('keeps the bundled data when data-src fails, says so, and fires open287g-data-error', async () => {
    const url = URL.createObjectURL(new Blob(['not json']));
    const errors: CustomEvent[] = [];
    document.addEventListener('open287g-data-error', (event) => errors.push(event as CustomEvent), {
      once: true,
    });
    const element = await mount({ 'data-src': url });
    expect(errors[0]?.detail).toMatchObject({ url, reason: 'json' });
    expect(shadow(element).querySelector('[part=note]')?.textContent).toBe(
      'Newer data could not be loaded; the map shows the list of May 18, 2026.',
    );
    expect(shadow(element).querySelectorAll('g.counties path')).toHaveLength(dataset.counties.length);
  });

  it('registers twice without throwing, and two maps on one page each draw', async () => {
    expect(() => defineElement('open287g-map', class extends HTMLElement {})).not.toThrow();
    const [a, b] = [await mount(), await mount({ state: 'TX' })] as [Open287gMap, Open287gMap];
    expect(shadow(a).querySelectorAll('g.counties path')).toHaveLength(dataset.counties.length);
    expect(shadow(b).querySelectorAll('g.counties path')).toHaveLength(
      dataset.counties.filter((c) => c.state === 'TX').length,
    );
  });

  it('downloads a standalone SVG: title, shapes in their colours, the legend in words and the source', async () => {
    const element = await mount({ state: 'FL' });
    const map = shadow(element).querySelector('svg.map') as SVGSVGElement;
    const legend = legendEntries(shadow(element).querySelector('.legend') as HTMLElement);
    const text = standaloneSvg(map, {
      title: 'Florida',
      legend,
      source:
        "Source: ICE's list of 287(g) participating agencies of May 18, 2026. Boundaries: U.S. Census Bureau, 2023.",
      filename: 'x.svg',
    });
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(file.querySelector('parsererror')).toBeNull();
    expect(file.querySelector('title')?.textContent).toBe('Florida');
    const shapes = file.querySelectorAll('g.counties path');
    expect(shapes).toHaveLength(dataset.counties.filter((c) => c.state === 'FL').length);
    expect(shapes[0]?.getAttribute('fill')).toMatch(/^rgb/);
    expect(file.documentElement.textContent).toContain('A local agency has an agreement');
    expect(file.documentElement.textContent).toContain('Source: ICE');
    expect(text).not.toContain('<!--');
    // every line of text fits the map's width: none is cut off at the edge of a narrow state
    const [, , width] = (file.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number);
    for (const line of file.querySelectorAll('text')) {
      const size = Number(line.getAttribute('font-size'));
      expect(0.55 * size * (line.textContent?.length ?? 0), line.textContent ?? '').toBeLessThanOrEqual(
        (width as number) + 0.001,
      );
    }
  });

  it('gets the data: the counties in view as CSV, made in the page, matching what the map shows', async () => {
    const element = await mount({ state: 'FL', 'color-by': 'model' });
    const link = linkOf(element) as HTMLAnchorElement;
    expect(link.textContent).toBe('Get the data (CSV)');
    expect(link.download).toBe(`open287g-map-fl-${dataset.asOf}.csv`);
    const { records } = await download(() => userEvent.click(link));
    expect(records[0]).toEqual([
      'county_fips',
      'county',
      'state',
      'shown_as',
      'local_agencies',
      'local_models',
      'statewide_agencies',
      'list_date',
    ]);
    const florida = countyCoverage(dataset).filter((c) => c.fips.startsWith('12'));
    expect(records.slice(1).map((record) => record[0])).toEqual(florida.map((c) => c.fips));
    expect(records.find((record) => record[0] === '12021')).toEqual([
      '12021',
      'Collier County',
      'FL',
      'Local Task Force agreement',
      '5',
      'JEM TFM',
      '12',
      dataset.asOf,
    ]);
  });

  it("pinned to ICE's April 2026 list, says what has changed since for the state shown", async () => {
    const april = await aprilListUrl();
    const element = await mount({ state: 'FL', 'data-src': april, 'data-pinned': '' });
    const c = changes(dataset, { from: '2026-04-01', to: dataset.asOf, state: 'FL' });
    const notes = [...shadow(element).querySelectorAll('[part=note]')].map((n) => n.textContent?.trim());
    expect(notes[0]).toBe(
      "The map shows ICE's list of April 1, 2026, as chosen by this page. A newer list, of May 18, 2026, exists.",
    );
    expect(notes[1]).toContain(
      `Since this list (April 1, 2026), ICE's list has changed for Florida: ${c.added.length} agreements added`,
    );
    // the whole country has no one line to give
    element.removeAttribute('state');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part=note]')).toHaveLength(1);
  });
});
