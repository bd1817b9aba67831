import { AUTHORITIES, countByModel, loadBundledDataset, MODELS, modelName, SOURCES } from '@open287g/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { violations } from './axe.js';
import '../src/models/define.js';
import type { Open287gModels } from '../src/models/models.element.js';
import { MODELS_STRINGS } from '../src/models/strings.js';

async function mount(attributes: Record<string, string> = {}, width = '60rem'): Promise<Open287gModels> {
  const element = document.createElement('open287g-models');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = width;
  document.body.append(element);
  await element.ready;
  await element.updateComplete;
  return element;
}

const shadow = (element: Open287gModels) => element.shadowRoot as ShadowRoot;
const occurrences = (text: string, part: string) => text.split(part).length - 1;
// without the footnote marks (read out as "note a")
const headers = (element: Open287gModels) =>
  [...shadow(element).querySelectorAll('thead th')].map((th) => {
    const copy = th.cloneNode(true) as HTMLElement;
    for (const mark of copy.querySelectorAll('.mark')) mark.remove();
    return copy.textContent?.replace(/\s+/g, ' ').trim();
  });

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  vi.restoreAllMocks();
});

describe('<open287g-models>', () => {
  it('is a real table: caption, column and row headers, the three models and the discontinued Hybrid', async () => {
    const element = await mount();
    const table = shadow(element).querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent).toBe('How the 287(g) models differ');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(
      true,
    );
    // the corner over the row headers is an empty cell, not a header that would be read with every row
    expect(table.querySelector('thead tr > :first-child')?.tagName).toBe('TD');
    const rowHeaders = [...table.querySelectorAll('tbody th')];
    expect(rowHeaders.every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect(rowHeaders.length).toBe(5 + Object.keys(AUTHORITIES).length);
    expect(headers(element)).toEqual([
      'Jail Enforcement Model',
      'Task Force Model',
      'Warrant Service Officer Model',
      'Hybrid Model Discontinued',
    ]);
  });

  it('keeps the whole header row, corner included, over the rows scrolling under it', async () => {
    const element = await mount({ models: 'jem,tfm,wso,none' });
    const table = shadow(element).querySelector('table') as HTMLTableElement;
    const corner = table.querySelector('thead .corner') as HTMLElement;
    // scroll the page until the header sticks, halfway down the table
    window.scrollTo(0, table.getBoundingClientRect().top + window.scrollY + table.offsetHeight / 2);
    await new Promise(requestAnimationFrame);
    const box = corner.getBoundingClientRect();
    expect(Math.round(box.top)).toBe(0);
    const under = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(under).toBe(corner);
  });

  it('shows the live counts the SDK computes for the bundled data, with the as-of date', async () => {
    const element = await mount({ rows: 'count' });
    const dataset = await loadBundledDataset({ places: false });
    const counts = countByModel(dataset);
    const cells = [...shadow(element).querySelectorAll('tbody td')].map((td) =>
      td.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells[0]).toContain(`${counts.JEM.toLocaleString('en')} agreements`);
    expect(cells[1]).toContain(`${counts.TFM.toLocaleString('en')} agreements`);
    expect(cells[2]).toContain(`${counts.WSO.toLocaleString('en')} agreements`);
    expect(cells[3]).toBe('None (discontinued)');
    // the list's date is the same for every count: the row header says it once
    expect(shadow(element).querySelector('tbody th')?.textContent).toContain("on ICE's list of May 18, 2026");
    expect(cells.join(' ')).not.toContain('May 18, 2026');
  });

  it('selects, orders and highlights columns; hides Hybrid when not listed', async () => {
    const element = await mount({ models: 'tfm,jem,none', highlight: 'tfm' });
    expect(headers(element)).toEqual([
      'Task Force Model (highlighted)',
      'Jail Enforcement Model',
      'No agreement 287(g) powers are delegated only through an agreement.',
    ]);
    const first = shadow(element).querySelector('thead th');
    expect(first?.getAttribute('part')).toBe('highlight');
    expect(headers(element).join(' ')).not.toContain('Hybrid');
  });

  it('gives every fact a source, and never shows an undescribed power as limited', async () => {
    const element = await mount({ models: 'jem,tfm,wso,hybrid,none' });
    // cells without a mark rest on the sources named once under the table
    const unmarked = [...shadow(element).querySelectorAll('.notes p')].find((p) =>
      p.textContent?.includes('Where no source is marked'),
    );
    expect(unmarked?.querySelector('.refs a')).not.toBeNull();
    for (const td of shadow(element).querySelectorAll('tbody td')) {
      const text = td.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      // statements that nothing applies, or that the sources give no dates, cite nothing
      if (/^(Not applicable|None|Dates not given)/.test(text)) continue;
      const marks = td.querySelector('.refs') ?? td.closest('tr')?.querySelector('th .refs');
      expect(marks === null && !unmarked, text).toBe(false);
    }
    expect(MODELS.JEM.authorities.recordEntry.level).toBe('unknown');
    const row = [...shadow(element).querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')?.textContent?.includes(AUTHORITIES.recordEntry.label.en),
    );
    expect(row?.querySelector('td')?.textContent).toContain('Not stated');
    expect(row?.querySelector('td')?.textContent).not.toContain('Limited');
  });

  it('does not scroll sideways just above the card breakpoint with five columns', async () => {
    const element = await mount({ models: 'jem,tfm,wso,hybrid,none' }, '53rem');
    expect(getComputedStyle(shadow(element).querySelector('.table-wrap') as HTMLElement).display).toBe(
      'block',
    );
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  });

  it('warns about unknown model codes and ignores them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ models: 'jem,xyz' });
    expect(headers(element)).toEqual(['Jail Enforcement Model']);
    expect(warn).toHaveBeenCalledWith('open287g-models: unknown model "xyz" ignored');
  });

  it('renders every string in Spanish with lang="es"', async () => {
    document.documentElement.lang = 'es';
    const element = await mount({ models: 'jem,tfm,wso,hybrid,none', 'show-sources': '' });
    const text = shadow(element).textContent ?? '';
    const english = [
      ...Object.entries(MODELS_STRINGS.en)
        .filter(([key, value]) => value !== MODELS_STRINGS.es[key as keyof typeof MODELS_STRINGS.es])
        .map(([, value]) => value.split('{')[0]?.trim() ?? ''),
      ...Object.values(AUTHORITIES).map((authority) => authority.label.en),
      ...Object.values(MODELS).flatMap((model) => [
        model.name.en,
        model.training.text.en,
        model.whoIsAffected.text.en,
      ]),
    ].filter((value) => value.length > 3);
    const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // whole words: "Model" must not match inside the Spanish "Modelo"
    for (const string of english)
      expect(text, string).not.toMatch(new RegExp(`(^|\\W)${escapeRegExp(string)}(\\W|$)`));
    expect(text).toContain(modelName('TFM', 'es'));
    expect(text).toContain('18 de mayo de 2026');
  });

  it('becomes cards on a narrow screen, without horizontal scrolling at 320 px', async () => {
    const element = await mount({}, '320px');
    const cards = shadow(element).querySelector('.cards') as HTMLElement;
    expect(getComputedStyle(cards).display).toBe('block');
    expect(getComputedStyle(shadow(element).querySelector('.table-wrap') as HTMLElement).display).toBe(
      'none',
    );
    expect(shadow(element).querySelectorAll('.card')).toHaveLength(4);
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  });

  it.each([
    ['models', 'constructor'],
    ['models', '__proto__,toString'],
    ['rows', 'constructor,hasOwnProperty'],
  ])(
    'shows the default table when %s="%s" names only inherited object keys, and is ready',
    async (name, value) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ [name]: value });
      expect(shadow(element).querySelectorAll('thead th')).toHaveLength(4);
      expect(shadow(element).querySelectorAll('tbody tr').length).toBeGreaterThan(10);
      expect(warn).toHaveBeenCalled();
      warn.mockRestore();
    },
  );

  it('ignores strings that are not text, warning, and keeps its own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ rows: 'count' });
    element.strings = { caption: 42 as unknown as string, yes: 'Sí' };
    await element.updateComplete;
    expect(shadow(element).querySelector('caption')?.textContent).toBe(MODELS_STRINGS.en.caption);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('keeps the bundled counts when data-src fails, says so, and fires open287g-data-error', async () => {
    const url = URL.createObjectURL(new Blob(['not json']));
    const errors: CustomEvent[] = [];
    document.addEventListener('open287g-data-error', (event) => errors.push(event as CustomEvent), {
      once: true,
    });
    const element = await mount({ 'data-src': url, rows: 'count' });
    expect(errors[0]?.detail).toMatchObject({ url, reason: 'json' });
    expect(shadow(element).querySelector('[part=note]')?.textContent).toBe(
      'Newer data could not be loaded; the counts are those of May 18, 2026.',
    );
    expect(shadow(element).querySelector('tbody td')?.textContent).toContain('agreements');
  });

  it('says a repeated note once: "—" for not stated with one explanation, the Hybrid sentence once', async () => {
    const element = await mount();
    const text = shadow(element).textContent ?? '';
    const notStated = MODELS.JEM.authorities.recordEntry.note?.text.en as string;
    const hybrid = MODELS.HYBRID.authorities.interview.note?.text.en as string;
    const warrantsOnly = MODELS.WSO.authorities.databases.note?.text.en as string;
    // the table and the cards are both in the DOM (one is hidden by a container query): each says these 0 times
    expect(occurrences(text, notStated)).toBe(1);
    expect(occurrences(text, hybrid)).toBe(1);
    expect(occurrences(text, warrantsOnly)).toBe(1);
    const cells = [...shadow(element).querySelectorAll('tbody td')];
    const dashes = cells.filter((td) => td.querySelector('.none'));
    expect(dashes.length).toBeGreaterThan(10);
    // read out as words, not as a dash
    for (const td of dashes) expect(td.querySelector('.visually-hidden')?.textContent).toBe('Not stated');
    // the Hybrid column's shared note is marked once, on its header, and the mark leads to it
    const hybridHeader = [...shadow(element).querySelectorAll('thead th')].at(-1) as HTMLElement;
    const mark = hybridHeader.querySelector('.mark a') as HTMLAnchorElement;
    expect(mark.getAttribute('aria-label')).toBe('note a');
    mark.click();
    expect(shadow(element).activeElement?.textContent).toContain(hybrid);
  });

  it('keeps the table compact at 1280 px: below 1,500 px tall', async () => {
    // 1280 px less the 16 px page margins of the screenshots. With a note in every cell (the Hybrid sentence
    // ten times, "not stated" fourteen) the table was 1,561 px tall here in the browser's serif font;
    // compacted, in the element's own system font, it is about 1,405. A sentence repeated down a column's ten
    // rows adds more than 100 px and crosses the bound.
    const element = await mount({}, '1248px');
    const table = shadow(element).querySelector('table') as HTMLTableElement;
    console.log(`[layout] models table at 1248 px: ${table.offsetHeight} px`);
    expect(table.offsetHeight).toBeLessThan(1500);
  });

  it('gives every listed source a full citation: publisher, linked title, date', async () => {
    const element = await mount({ models: 'jem,tfm,wso,hybrid,none' });
    const items = [...shadow(element).querySelectorAll('.sources li')];
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) {
      const link = item.querySelector('a') as HTMLAnchorElement;
      expect(link?.href, item.textContent ?? '').toMatch(/^https:\/\//);
      const source = Object.values(SOURCES).find((entry) => entry.url === link.getAttribute('href'));
      expect(source, link.href).toBeDefined();
      expect(item.textContent).toContain(source?.publisher);
      expect(link.textContent).toBe(source?.title.en);
    }
    expect(shadow(element).textContent).not.toContain('VisaVerge');
    // a citation mark leads to its entry
    const ref = shadow(element).querySelector('.refs a') as HTMLAnchorElement;
    ref.click();
    expect(shadow(element).activeElement?.id).toBe(ref.getAttribute('href')?.slice(1));
  });

  it.each([['en'], ['es']])(
    'fits a 375 px screen in %s: no sideways scrolling, no text overflowing',
    async (lang) => {
      document.documentElement.lang = lang;
      await page.viewport(375, 800);
      try {
        const element = await mount({}, 'auto');
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
        for (const node of shadow(element).querySelectorAll<HTMLElement>('.cards *, .notes *, .sources *')) {
          // text only screen readers read is 1 px wide on purpose
          if (node.offsetParent === null || node.closest('.visually-hidden')) continue;
          if (getComputedStyle(node).display === 'inline') continue;
          expect(node.scrollWidth, node.textContent ?? '').toBeLessThanOrEqual(node.clientWidth + 1);
        }
        expect(await violations(element)).toEqual([]);
      } finally {
        await page.viewport(1280, 800);
      }
    },
  );

  it('has no axe violations in table and card layouts, in English and Spanish', async () => {
    for (const lang of ['en', 'es']) {
      document.documentElement.lang = lang;
      for (const width of ['60rem', '320px']) {
        const element = await mount({ models: 'jem,tfm,wso,hybrid,none', highlight: 'wso' }, width);
        expect(await violations(element), `${lang} ${width}`).toEqual([]);
        element.remove();
      }
    }
  });
});
