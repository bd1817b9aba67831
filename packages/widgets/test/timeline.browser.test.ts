/**
 * <open287g-timeline> in Chromium, from the real bundled data: its counts against the SDK's history series
 * (`timeline()`, parsed from the quarterly lists by the reference build) and its per-state counts against
 * the current list, the attributes, the keyboard and pointer paths, the table alternative, Spanish, axe in
 * light and dark, two copies, a failing data-src and a 375 px screen.
 */
import { changes, loadBundledDataset, MODEL_ORDER, modelName, stats, timeline } from '@open287g/sdk';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { aprilListUrl } from './april-list.js';
import { violations } from './axe.js';
import { download, linkOf } from './download.js';
import '../src/timeline/define.js';
import { defineElement } from '../src/shared/define-element.js';
import { listCounts } from '../src/timeline/series.js';
import { TIMELINE_STRINGS } from '../src/timeline/strings.js';
import type { Open287gTimeline } from '../src/timeline/timeline.element.js';

type Dataset = Awaited<ReturnType<typeof loadBundledDataset>>;
let dataset: Dataset;

beforeAll(async () => {
  dataset = await loadBundledDataset({ places: false });
});

async function mount(
  attributes: Record<string, string> = {},
  width = '48rem',
  parent: HTMLElement = document.body,
): Promise<Open287gTimeline> {
  const element = document.createElement('open287g-timeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = width;
  parent.append(element);
  await element.ready;
  // the chart is redrawn once its width is measured, after the next layout
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  await element.updateComplete;
  return element;
}

const shadow = (element: Open287gTimeline) => element.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
// as a screen reader has them: the tags beside the names are hidden from it
const headers = (element: Open287gTimeline) =>
  [...shadow(element).querySelectorAll('thead th')].map((th) => {
    const copy = th.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[aria-hidden]')) hidden.remove();
    return text(copy);
  });
/** The table's rows: the date, then each count as a number. */
const rows = (element: Open287gTimeline) =>
  [...shadow(element).querySelectorAll('tbody tr')].map((tr) => {
    const [date, ...cells] = [...tr.children].map((cell) => text(cell));
    return { date, counts: cells.map((cell) => (cell === '—' ? null : Number(cell.replace(/,/g, '')))) };
  });
const medium = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const chart = (element: Open287gTimeline) => shadow(element).querySelector('[part=chart]') as HTMLElement;
const live = (element: Open287gTimeline) => text(shadow(element).querySelector('[role=status]'));
const tooltip = (element: Open287gTimeline) => shadow(element).querySelector('[part=tooltip]');

/** Text of the chart outside the drawing, or over other text: each as "label (where)". */
function overlapping(svg: SVGSVGElement): string[] {
  const width = svg.width.baseVal.value;
  const boxes = [...svg.querySelectorAll('text')].map((node) => ({ label: text(node), box: node.getBBox() }));
  const problems: string[] = [];
  boxes.forEach(({ label, box }, index) => {
    if (box.x < -0.5 || box.x + box.width > width + 0.5)
      problems.push(`${label} (outside ${box.x} ${box.width} ${width})`);
    for (const other of boxes.slice(index + 1)) {
      const apart =
        box.x + box.width <= other.box.x + 0.5 ||
        other.box.x + other.box.width <= box.x + 0.5 ||
        box.y + box.height <= other.box.y + 0.5 ||
        other.box.y + other.box.height <= box.y + 0.5;
      if (!apart) problems.push(`${label} (over ${other.label})`);
    }
  });
  return problems;
}

afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  document.documentElement.style.colorScheme = '';
  vi.restoreAllMocks();
  await page.viewport(1280, 800);
});

describe('<open287g-timeline>', () => {
  it("shows every ICE list's counts by model, as the SDK's history series has them", async () => {
    const element = await mount();
    const series = timeline(dataset);
    const table = rows(element);
    expect(headers(element)).toEqual([
      'List of',
      'Jail Enforcement Model',
      'Task Force Model',
      'Warrant Service Officer Model',
      'Total',
      'No longer listed since the list before',
    ]);
    // one row per list, oldest first; the series ends with the bundled list itself
    expect(table.map((row) => row.date)).toEqual(series.map((point) => medium(point.date)));
    series.forEach((point, index) => {
      const { JEM, TFM, WSO } = point.byModel;
      expect(table[index]?.counts.slice(0, 4), point.date).toEqual([JEM, TFM, WSO, JEM + TFM + WSO]);
    });
    // the first list of 2021 and the latest, spelled out
    expect(series[0]?.date).toBe('2021-01-13');
    expect(table[0]).toEqual({ date: 'Jan 13, 2021', counts: [74, 0, 76, 150, null] });
    const latest = series.at(-1);
    expect(latest?.date).toBe(dataset.asOf);
    expect(table.at(-1)?.counts.slice(0, 3)).toEqual([
      latest?.byModel.JEM,
      latest?.byModel.TFM,
      latest?.byModel.WSO,
    ]);
    expect(text(shadow(element).querySelector('[part=summary]'))).toBe(
      `ICE's list of January 13, 2021 showed 150 agreements; its list of May 18, 2026 shows ${(latest?.rows ?? 0).toLocaleString('en')} agreements.`,
    );
    // the chart: a line per model and the total, each named at its end with its latest count
    const ends = [...shadow(element).querySelectorAll('svg text.end')].map((node) => text(node));
    expect(ends).toEqual([
      `JEM ${latest?.byModel.JEM.toLocaleString('en')}`,
      `TFM ${latest?.byModel.TFM.toLocaleString('en')}`,
      `WSO ${latest?.byModel.WSO.toLocaleString('en')}`,
      `Total ${latest?.rows.toLocaleString('en')}`,
    ]);
    expect(shadow(element).querySelectorAll('svg path.line')).toHaveLength(4);
    expect(text(shadow(element).querySelector('[part=source]'))).toContain(
      'Data: U.S. Immigration and Customs Enforcement (ICE), 23 lists from January 13, 2021 to the list as of May 18, 2026.',
    );
  });

  it('counts what each list no longer shows, from the change feed, and marks January 2025', async () => {
    const element = await mount();
    const table = rows(element);
    const ended = table.map((row) => row.counts.at(-1));
    expect(ended[0]).toBeNull();
    const bars = shadow(element).querySelectorAll('[part=chart] > svg rect.ended');
    expect(bars).toHaveLength(ended.filter((count) => (count ?? 0) > 0).length);
    // a list with agreements gone shows them
    const latest = table.at(-1)?.counts.at(-1) ?? 0;
    expect(latest).toBeGreaterThan(0);
    expect(text(shadow(element).querySelector('.mark-label'))).toBe('January 2025');
  });

  it('draws the chosen models only; a total of two or more, named as such', async () => {
    const element = await mount({ models: 'wso, TFM' });
    expect(headers(element).slice(1, -1)).toEqual([
      'Task Force Model',
      'Warrant Service Officer Model',
      'Total of the models shown',
    ]);
    const latest = timeline(dataset).at(-1)?.byModel;
    expect(rows(element).at(-1)?.counts.slice(0, 3)).toEqual([
      latest?.TFM,
      latest?.WSO,
      (latest?.TFM ?? 0) + (latest?.WSO ?? 0),
    ]);
    element.setAttribute('models', 'jem');
    await element.updateComplete;
    expect(headers(element).slice(1, -1)).toEqual(['Jail Enforcement Model']);
    expect(shadow(element).querySelectorAll('svg path.line')).toHaveLength(1);
    // the Hybrid Model had no agreement on any list: shown only when asked for
    element.setAttribute('models', 'hybrid');
    await element.updateComplete;
    expect(rows(element).every((row) => row.counts[0] === 0)).toBe(true);
  });

  it('starts at the first list on or after from: a year or an ISO date', async () => {
    const element = await mount({ from: '2025' });
    expect(rows(element)[0]?.date).toBe('Jan 4, 2025');
    // the start of 2025 is the chart's own start: nothing to mark
    expect(shadow(element).querySelector('.mark-label')).toBeNull();
    // under two years, quarters with the year under January
    const ticks = [...shadow(element).querySelectorAll('svg text.axis')].map((node) => text(node));
    expect(ticks).toEqual(expect.arrayContaining(['Apr', 'Jul', 'Oct', 'Jan', '2026']));
    element.setAttribute('from', '2024-07-01');
    await element.updateComplete;
    expect(rows(element)[0]?.date).toBe('Jul 3, 2024');
    expect(shadow(element).querySelector('.mark-label')).not.toBeNull();
    element.setAttribute('from', '2025-10');
    await element.updateComplete;
    expect(rows(element)[0]?.date).toBe('Oct 1, 2025');
  });

  it.each([
    ['soon', 'from "soon" is not a year or a date (2025, 2025-04, 2025-04-01); every list is shown'],
    [
      '2025-02-30',
      'from "2025-02-30" is not a year or a date (2025, 2025-04, 2025-04-01); every list is shown',
    ],
    ['2030', 'from "2030" leaves fewer than two lists; every list is shown'],
  ])('shows every list, with a console warning, for from="%s"', async (from, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ from });
    expect(rows(element)).toHaveLength(timeline(dataset).length);
    expect(warn).toHaveBeenCalledWith(`open287g-timeline: ${message}`);
  });

  it('ignores unknown model codes with a console warning, and shows the default for none known', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ models: 'tfm,xyz' });
    expect(headers(element).slice(1, -1)).toEqual(['Task Force Model']);
    expect(warn).toHaveBeenCalledWith('open287g-timeline: unknown model "xyz" ignored');
    element.setAttribute('models', 'constructor,__proto__');
    await element.updateComplete;
    expect(headers(element)).toHaveLength(6);
    expect(warn).toHaveBeenCalledWith('open287g-timeline: unknown model "constructor" ignored');
  });

  it("shows one state's history, which the listing history gives per agency, matching its current list", async () => {
    const element = await mount({ state: 'tx' });
    expect(text(shadow(element).querySelector('h2'))).toBe('287(g) agreements by model in Texas');
    const texas = stats(dataset).byState.TX?.byModel;
    const table = rows(element);
    expect(table.at(-1)?.counts.slice(0, 3)).toEqual([texas?.JEM, texas?.TFM, texas?.WSO]);
    expect(table.at(-1)?.counts[3]).toBe(stats(dataset).byState.TX?.agreements);
    expect(text(shadow(element).querySelector('caption'))).toContain('(Texas)');
    // the states' histories add up to the country's on every list, which is the SDK's series
    const listings = dataset.listings;
    if (!listings) throw new Error('the bundled dataset has its listing history');
    const byState = [...dataset.stateByCode.keys()].map((code) => listCounts(dataset, listings, code));
    timeline(dataset).forEach((point, index) => {
      for (const model of MODEL_ORDER) {
        const sum = byState.reduce((total, counts) => total + (counts[index]?.listed[model] ?? 0), 0);
        expect(sum, `${point.date} ${model}`).toBe(point.byModel[model]);
      }
    });
  });

  it('says so, warns and shows the whole country for a state code the data does not have', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ state: 'ZZ' });
    expect(text(shadow(element).querySelector('[part=note]'))).toBe(
      'No state or territory with the code ZZ is in the data; showing the whole country.',
    );
    expect(text(shadow(element).querySelector('h2'))).toBe('287(g) agreements by model');
    expect(rows(element).at(-1)?.counts[3]).toBe(timeline(dataset).at(-1)?.rows);
    expect(warn).toHaveBeenCalledWith(
      'open287g-timeline: no state "ZZ" in the data; the whole country is shown',
    );
  });

  it('is one tab stop; arrows, Home and End move between lists, announced politely', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const element = await mount();
    const series = timeline(dataset);
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(shadow(element).activeElement).toBe(chart(element));
    expect(chart(element).getAttribute('role')).toBe('slider');
    expect(chart(element).getAttribute('aria-label')).toBe('ICE list shown in the chart');
    expect(shadow(element).querySelector('[role=status]')?.getAttribute('aria-live')).toBe('polite');
    const latest = series.at(-1);
    expect(live(element)).toBe(
      `ICE's list of May 18, 2026: Jail Enforcement Model ${latest?.byModel.JEM}, Task Force Model ${latest?.byModel.TFM.toLocaleString('en')}, Warrant Service Officer Model ${latest?.byModel.WSO}, Total ${latest?.rows.toLocaleString('en')}, No longer listed since the list before ${rows(element).at(-1)?.counts.at(-1)}.`,
    );
    expect(text(tooltip(element))).toContain('May 18, 2026');
    await userEvent.keyboard('{ArrowLeft}');
    expect(live(element)).toMatch(
      /^ICE's list of April 1, 2026: Jail Enforcement Model 165, Task Force Model 959,/,
    );
    expect(chart(element).getAttribute('aria-valuetext')).toBe('April 1, 2026');
    expect(text(tooltip(element))).toContain('TFM959');
    await userEvent.keyboard('{Home}');
    expect(live(element)).toBe(
      "ICE's list of January 13, 2021: Jail Enforcement Model 74, Task Force Model 0, Warrant Service Officer Model 76, Total 150.",
    );
    expect(chart(element).getAttribute('aria-valuenow')).toBe('0');
    // nothing before the first list
    await userEvent.keyboard('{ArrowLeft}');
    expect(chart(element).getAttribute('aria-valuenow')).toBe('0');
    await userEvent.keyboard('{ArrowRight}');
    expect(live(element)).toMatch(/^ICE's list of April 2, 2021: /);
    await userEvent.keyboard('{End}');
    expect(chart(element).getAttribute('aria-valuenow')).toBe(String(series.length - 1));
    // the hint is the chart's description, visible while it has keyboard focus
    const hint = shadow(element).querySelector('#hint') as HTMLElement;
    expect(chart(element).getAttribute('aria-describedby')).toBe('hint');
    expect(getComputedStyle(hint).display).toBe('block');
    expect(getComputedStyle(chart(element)).outlineStyle).not.toBe('none');
    // Escape hides the tooltip (content shown on focus can be dismissed), the next move shows it again
    await userEvent.keyboard('{Escape}');
    expect(tooltip(element)).toBeNull();
    await userEvent.keyboard('{ArrowLeft}');
    expect(tooltip(element)).not.toBeNull();
    await userEvent.keyboard('{Tab}');
    expect(shadow(element).activeElement).not.toBe(chart(element));
    expect(tooltip(element)).toBeNull();
  });

  it('shows the list under the pointer: its date and counts, until the pointer leaves', async () => {
    const element = await mount();
    const box = chart(element).getBoundingClientRect();
    // the plot's left edge is the first list, its right edge the latest
    const svgLeft = Number(shadow(element).querySelector('svg line.grid')?.getAttribute('x1'));
    await userEvent.hover(page.elementLocator(chart(element)), {
      position: { x: svgLeft + 1, y: box.height / 2 },
    });
    await expect.poll(() => text(tooltip(element))).toContain('January 13, 2021');
    expect(text(tooltip(element))).toContain('JEM74');
    expect(text(tooltip(element))).toContain('WSO76');
    expect(shadow(element).querySelectorAll('svg circle.dot')).toHaveLength(4);
    // hovering is not announced: only what the keyboard asks for is
    expect(live(element)).toBe('');
    await userEvent.hover(page.elementLocator(shadow(element).querySelector('h2') as HTMLElement));
    await expect.poll(() => tooltip(element)).toBeNull();
  });

  it('gives screen readers the table: the chart itself is hidden from them, the table holds every figure', async () => {
    const element = await mount();
    const svg = shadow(element).querySelector('[part=chart] > svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    const details = shadow(element).querySelector('details[part=data]') as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).toBe('Data table');
    const table = details.querySelector('table') as HTMLTableElement;
    expect(text(table.caption)).toBe('287(g) agreements on each ICE list, by model');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(
      true,
    );
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(
      true,
    );
    expect(table.querySelectorAll('tbody tr')).toHaveLength(timeline(dataset).length);
    // the legend names every line in words
    expect([...shadow(element).querySelectorAll('[part=legend] li')].map((li) => text(li))).toEqual([
      'JEM Jail Enforcement Model',
      'TFM Task Force Model',
      'WSO Warrant Service Officer Model',
      'Total',
      'No longer listed since the list before',
    ]);
  });

  it.each([
    ['its own lang', (element: HTMLElement) => element.setAttribute('lang', 'es'), document.body],
    ['the nearest [lang]', () => {}, null],
  ])('speaks Spanish from %s', async (_how, setLang, parentOrNull) => {
    const parent = parentOrNull ?? document.createElement('section');
    if (!parentOrNull) {
      parent.setAttribute('lang', 'es-US');
      document.body.append(parent);
    }
    const element = document.createElement('open287g-timeline');
    setLang(element);
    parent.append(element);
    await element.ready;
    await element.updateComplete;
    const all = text(shadow(element).querySelector('.root'));
    expect(text(shadow(element).querySelector('h2'))).toBe('Acuerdos 287(g) por modelo');
    expect(all).toContain('La lista de ICE del 13 de enero de 2021 incluía 150 acuerdos');
    expect(all).toContain(modelName('TFM', 'es'));
    expect(all).toContain('enero de 2025');
    expect(rows(element)[0]?.date).toBe('13 ene 2021');
    const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const english = [
      ...Object.entries(TIMELINE_STRINGS.en)
        .filter(([key, value]) => value !== TIMELINE_STRINGS.es[key as keyof typeof TIMELINE_STRINGS.es])
        .map(([, value]) => value.split('{')[0]?.trim() ?? ''),
      ...MODEL_ORDER.map((model) => modelName(model, 'en')),
    ].filter((value) => value.length > 3);
    for (const string of english)
      expect(all, string).not.toMatch(new RegExp(`(^|\\W)${escapeRegExp(string)}(\\W|$)`));
    // and in the live region
    chart(element).focus();
    await element.updateComplete;
    expect(live(element)).toMatch(/^Lista de ICE del 18 de mayo de 2026: Modelo de Aplicación en Cárceles /);
  });

  it('has no axe violations, colour contrast included, light and dark, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      for (const scheme of ['light', 'dark']) {
        document.documentElement.lang = lang;
        document.documentElement.style.colorScheme = scheme;
        const element = await mount({ state: 'FL' });
        (shadow(element).querySelector('details') as HTMLDetailsElement).open = true;
        chart(element).focus();
        await element.updateComplete;
        expect(tooltip(element), `${lang}, ${scheme}`).not.toBeNull();
        expect(await violations(element), `${lang}, ${scheme}`).toEqual([]);
        element.remove();
      }
    }
  });

  it('draws every line at 3:1 or more against the background, light and dark (theme attribute)', async () => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    // rgb(0, 114, 178), or color(srgb 0 0.45 0.7) for a colour-mix()
    const luminance = (colour: string) => {
      const scale = colour.startsWith('color(') ? 255 : 1;
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map((value) => Number(value) * scale) as [
        number,
        number,
        number,
      ];
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const seen = new Set<string>();
    for (const theme of ['light', 'dark']) {
      const element = await mount({ theme, models: 'jem,tfm,wso,hybrid' });
      const background = getComputedStyle(
        shadow(element).querySelector('.root') as HTMLElement,
      ).backgroundColor;
      const marks = [
        ...shadow(element).querySelectorAll('[part=chart] > svg path.line'),
        ...shadow(element).querySelectorAll('[part=chart] > svg rect.ended'),
      ];
      expect(marks.length).toBeGreaterThan(5);
      for (const mark of marks) {
        const style = getComputedStyle(mark);
        const colour = mark.localName === 'rect' ? style.fill : style.stroke;
        seen.add(`${theme} ${colour}`);
        expect(
          contrast(colour, background),
          `${theme} ${mark.getAttribute('class')} ${colour}`,
        ).toBeGreaterThanOrEqual(3);
      }
      element.remove();
    }
    // light and dark are two palettes, not one
    expect(seen.size).toBeGreaterThanOrEqual(10);
    // and no two lines share their dash pattern: told apart without colour
    const element = await mount({ models: 'jem,tfm,wso,hybrid' });
    const dashes = [...shadow(element).querySelectorAll('svg path.line')].map(
      (path) => `${getComputedStyle(path).strokeDasharray} ${getComputedStyle(path).strokeWidth}`,
    );
    expect(new Set(dashes).size).toBe(dashes.length);
  });

  it('registers twice without throwing, and two copies on a page both render', async () => {
    class Other extends HTMLElement {}
    expect(() => defineElement('open287g-timeline', Other)).not.toThrow();
    await import('../src/timeline/define.js');
    expect(customElements.get('open287g-timeline')?.name).toBe('Open287gTimeline');
    const [first, second] = await Promise.all([mount({ state: 'FL' }), mount({ lang: 'es' })]);
    expect(rows(first as Open287gTimeline)).toHaveLength(timeline(dataset).length);
    expect(rows(second as Open287gTimeline)).toHaveLength(timeline(dataset).length);
    expect(text(shadow(second as Open287gTimeline).querySelector('h2'))).toBe('Acuerdos 287(g) por modelo');
  });

  it('shows the bundled history when data-src is not there (404), says so, and fires open287g-data-error', async () => {
    const url = new URL('/no-such-folder/agreements.json', location.href).href;
    const errors: CustomEvent[] = [];
    document.addEventListener('open287g-data-error', (event) => errors.push(event as CustomEvent), {
      once: true,
    });
    const element = await mount({ 'data-src': url });
    expect(errors[0]?.detail).toMatchObject({ url, reason: 'http' });
    expect(text(shadow(element).querySelector('[part=note]'))).toBe(
      'Newer data could not be loaded; showing the data of May 18, 2026.',
    );
    expect(rows(element)).toHaveLength(timeline(dataset).length);
  });

  it("adds a newer data-src list after the history's last, with what it no longer shows", async () => {
    const { default: bundled } = await import('@open287g/data/agreements');
    const agreements = structuredClone(bundled) as {
      asOf: string;
      agencies: [string, string, ...unknown[]][];
    };
    agreements.asOf = '2026-06-01';
    const name = "Collier County Sheriff's Office";
    agreements.agencies = agreements.agencies.filter((agency) => agency[1] !== name);
    const collier = dataset.agencies.find((agency) => agency.name === name);
    const gone = collier?.agreements.filter((agreement) => agreement.status === 'active').length ?? 0;
    expect(gone).toBeGreaterThan(0);
    const url = URL.createObjectURL(new Blob([JSON.stringify(agreements)], { type: 'application/json' }));
    const element = await mount({ 'data-src': url });
    const table = rows(element);
    expect(table).toHaveLength(timeline(dataset).length + 1);
    expect(table.at(-1)?.date).toBe('Jun 1, 2026');
    expect(table.at(-1)?.counts[3]).toBe((timeline(dataset).at(-1)?.rows ?? 0) - gone);
    expect(table.at(-1)?.counts.at(-1)).toBe(gone);
    expect(shadow(element).querySelector('[part=note]')).toBeNull();
  });

  it('ends at a pinned older list, and says a newer one exists', async () => {
    const { default: bundled } = await import('@open287g/data/agreements');
    const url = URL.createObjectURL(
      new Blob([JSON.stringify({ ...(bundled as object), asOf: '2026-04-01' })], {
        type: 'application/json',
      }),
    );
    const element = await mount({ 'data-src': url, 'data-pinned': '' });
    expect(rows(element).at(-1)?.date).toBe('Apr 1, 2026');
    expect(rows(element)).toHaveLength(timeline(dataset).length - 1);
    expect(text(shadow(element).querySelector('[part=note]'))).toBe(
      "Showing ICE's lists up to April 1, 2026, as chosen by this page. A newer list, of May 18, 2026, exists.",
    );
  });

  it('fits a 375 px screen in both languages: no sideways scrolling, the table open', async () => {
    await page.viewport(375, 800);
    for (const lang of ['en', 'es']) {
      document.documentElement.lang = lang;
      const element = await mount({}, 'auto');
      (shadow(element).querySelector('details') as HTMLDetailsElement).open = true;
      await element.updateComplete;
      expect(document.documentElement.scrollWidth, lang).toBeLessThanOrEqual(window.innerWidth);
      const svg = shadow(element).querySelector('[part=chart] > svg') as SVGSVGElement;
      // drawn at its own width: its text is not scaled down
      expect(Number(svg.getAttribute('width'))).toBe(Math.round(svg.getBoundingClientRect().width));
      const wrap = shadow(element).querySelector('.table-wrap') as HTMLElement;
      expect(wrap.scrollWidth, lang).toBeLessThanOrEqual(wrap.clientWidth);
      expect(overlapping(svg), lang).toEqual([]);
      element.remove();
    }
  });

  it.each([
    ['the whole country', {}],
    ['a state', { state: 'TX' }],
    ['from 2024-10', { from: '2024-10' }],
    ['from 2025-10, months', { from: '2025-10' }],
    ['Florida from 2023-04', { state: 'FL', from: '2023-04' }],
    ['compact, one model', { compact: '', models: 'wso' }],
  ])(
    'keeps every label of the chart inside it and apart at 320, 768 and 1248 px: %s',
    async (_name, attributes) => {
      for (const lang of ['en', 'es']) {
        for (const width of ['320px', '768px', '1248px']) {
          const element = await mount({ ...attributes, lang }, width);
          const svg = shadow(element).querySelector('[part=chart] > svg') as SVGSVGElement;
          expect(overlapping(svg), `${lang} ${width}`).toEqual([]);
          element.remove();
        }
      }
    },
  );

  it('gets the data: every list shown, its counts by model, total and no longer listed, as in the table', async () => {
    const element = await mount({ state: 'TX' });
    const link = linkOf(element) as HTMLAnchorElement;
    expect(link.download).toBe(`open287g-timeline-tx-${dataset.asOf}.csv`);
    const { records } = await download(() => userEvent.click(link));
    const [header, ...body] = records as [string[], ...string[][]];
    expect(header[0]).toBe('list_date');
    expect(header.at(-1)).toBe('no_longer_listed');
    const table = rows(element);
    expect(body).toHaveLength(table.length);
    // the table's numbers, list by list; the CSV leaves a first list's "no longer listed" empty as the table's "—"
    expect(body.map((record) => record.slice(2).map((cell) => (cell === '' ? null : Number(cell))))).toEqual(
      table.map((row) => row.counts),
    );
    expect(body.every((record) => record[1] === 'TX')).toBe(true);
  });

  it("pinned to ICE's April 2026 list, says what has changed since in the state shown", async () => {
    const april = await aprilListUrl();
    const element = await mount({ state: 'FL', 'data-src': april, 'data-pinned': '' });
    const c = changes(dataset, { from: '2026-04-01', to: dataset.asOf, state: 'FL' });
    const notes = [...shadow(element).querySelectorAll('[part=note]')].map((note) => text(note));
    expect(notes.at(-1)).toContain(
      `Since this list (April 1, 2026), ICE's list has changed for Florida: ${c.added.length} agreements added`,
    );
  });

  it('names in its source line the lists it shows: from= leaves out the earlier ones', async () => {
    const element = await mount({ from: '2025' });
    const shown = rows(element);
    expect(text(shadow(element).querySelector('[part=source]'))).toContain(
      `, ${shown.length} lists from ${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${timeline(dataset).find((p) => p.date >= '2025')?.date}T00:00:00Z`))} to`,
    );
    expect(shown.length).toBeLessThan(timeline(dataset).length);
  });

  it('labels the tallest bar of agreements no longer listed whenever it labels bars', async () => {
    let labelled = 0;
    for (const width of ['36rem', '44rem', '48rem', '56rem', '64rem', '78rem']) {
      const element = await mount({}, width);
      const tallest = Math.max(...rows(element).map((row) => row.counts.at(-1) ?? 0));
      const svg = shadow(element).querySelector('[part=chart] svg') as SVGSVGElement;
      // the numbers over the bars sit below the strip's title, the last text of the axis kind
      const stripTitle = [...svg.querySelectorAll('text.axis-title')].at(-1) as SVGTextElement;
      const overBars = [...svg.querySelectorAll('text.axis')]
        .filter((label) => Number(label.getAttribute('y')) > Number(stripTitle.getAttribute('y')))
        .map((label) => text(label));
      if (overBars.length > 0) {
        labelled++;
        expect(overBars, width).toContain(tallest.toLocaleString('en-US'));
      }
      element.remove();
    }
    expect(labelled).toBeGreaterThan(0);
  });
});
