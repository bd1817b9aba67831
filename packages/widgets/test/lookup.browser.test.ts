import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { violations } from './axe.js';
import '../src/lookup/define.js';
import type { Open287gLookup } from '../src/lookup/lookup.element.js';
import { defineElement } from '../src/shared/define-element.js';
import { mount as mountElement } from './mount.js';

const mount = (attributes: Record<string, string> = {}, parent?: HTMLElement) =>
  mountElement('open287g-lookup', attributes, parent);

const shadow = (element: Open287gLookup) => element.shadowRoot as ShadowRoot;

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('<open287g-lookup>', () => {
  it('finds a county by keyboard alone and answers it', async () => {
    const element = await mount();
    const selected = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('open287g-select', (e) => resolve(e as CustomEvent)),
    );
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('collier');
    await expect.element(page.getByRole('option', { name: /Collier County, FL/ })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect((await selected).detail.county.fips).toBe('12021');
    await expect
      .element(
        page.getByRole('heading', {
          name: 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.',
        }),
      )
      .toBeVisible();
    // statewide agencies sit in a disclosure, closed until the reader opens it
    await userEvent.click(page.getByText('Statewide agencies of Florida (12)'));
    await expect.element(page.getByText('Florida Department of Law Enforcement')).toBeVisible();
  });

  it('moves through options with arrows, Home and End, and closes with Escape', async () => {
    const element = await mount();
    const input = shadow(element).querySelector('input') as HTMLInputElement;
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('miami');
    const options = () => [...shadow(element).querySelectorAll('[role=option]')];
    await expect.poll(() => options().length).toBeGreaterThan(2);
    const active = () => input.getAttribute('aria-activedescendant');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('option-0');
    await userEvent.keyboard('{End}');
    expect(active()).toBe(`option-${options().length - 1}`);
    await userEvent.keyboard('{Home}');
    expect(active()).toBe('option-0');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(active()).toBeNull();
  });

  it('announces the number of results in a polite live region', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('34102');
    const status = shadow(element).querySelector('[role=status]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    await expect
      .poll(() => status?.textContent?.trim())
      .toBe('1 result. Use the up and down arrows to choose.');
  });

  it('asks which county when a ZIP code spans several, by keyboard, then moves focus to the answer', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('32643{Enter}');
    const choices = () => shadow(element).querySelector('[part=choices]');
    await expect
      .poll(() => choices()?.querySelector('p')?.textContent)
      .toBe('ZIP 32643 is in more than one county. Which one?');
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe(
      'ZIP 32643 is in more than one county. Which one?',
    );
    const buttons = [...(choices()?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim());
    expect(buttons).toEqual(['Alachua County, FL', 'Columbia County, FL', 'Gilchrist County, FL']);
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Enter}');
    await expect.poll(() => shadow(element).activeElement?.id).toBe('answer-sentence');
    expect(shadow(element).querySelector('[part=answer]')?.textContent).toContain('Gilchrist County, FL');
  });

  it('holds no space for a preselected county once the reader has moved on to a choice of counties', async () => {
    const element = await mount({ county: '06037' });
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('32643{Enter}');
    await expect.poll(() => shadow(element).querySelector('[part=choices]')).not.toBeNull();
    const root = shadow(element).querySelector('[part=root]') as HTMLElement;
    expect(getComputedStyle(root).minHeight).toBe('0px');
  });

  it('works with the keyboard alone: Tab in, type, choose, hear the answer, open the statewide list', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const element = await mount();
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(shadow(element).activeElement?.id).toBe('input');
    await userEvent.keyboard('naples fl');
    await expect.poll(() => shadow(element).querySelectorAll('[role=option]').length).toBeGreaterThan(0);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const sentence = 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.';
    await expect
      .poll(() => shadow(element).querySelector('[role=status]')?.textContent?.trim())
      .toBe(sentence);
    const summary = shadow(element).querySelector('summary') as HTMLElement;
    // Tab through the links of the local agencies to the statewide disclosure, and open it with Enter
    for (let i = 0; i < 20 && shadow(element).activeElement !== summary; i++)
      await userEvent.keyboard('{Tab}');
    expect(shadow(element).activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect((shadow(element).querySelector('details') as HTMLDetailsElement).open).toBe(true);
  });

  it('keeps the list closed with no match, says so, and stays axe-clean', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('zzzzqx');
    const input = shadow(element).querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((shadow(element).querySelector('[role=listbox]') as HTMLElement).hidden).toBe(true);
    await expect
      .poll(() => shadow(element).querySelector('[role=status]')?.textContent?.trim())
      .toBe('No place or agency matches.');
    await userEvent.keyboard('{ArrowUp}');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(await violations(element)).toEqual([]);
  });

  it('explains a statewide agency instead of hiding it', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('texas national guard');
    await expect
      .poll(() => shadow(element).querySelector('[role=option]')?.textContent)
      .toContain('Texas National Guard');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(shadow(element).querySelector('[part=note]')?.textContent).toContain(
      'Texas National Guard is a statewide agency of Texas: it can operate anywhere in Texas.',
    );
  });

  it('preselects a county from the county attribute, and says so when the code is unknown', async () => {
    const element = await mount({ county: '06037' });
    expect(shadow(element).querySelector('[part=answer]')?.textContent).toBe(
      'No local agreement — No local agency in Los Angeles County, CA has a 287(g) agreement.',
    );
    // California's law prohibits agreements: the "no" says so, and the law is shown in the reader's language
    const card = shadow(element).querySelector('[part=card]')?.textContent ?? '';
    expect(card).toContain('A California measure prohibits 287(g) agreements.');
    expect(card).toContain('A California measure prohibits 287(g) agreements: SB 54, California Values Act');
    element.setAttribute('county', '99999');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=note]')?.textContent).toBe(
      'No county with the code 99999 is in the data.',
    );
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe(
      'No county with the code 99999 is in the data.',
    );
  });

  it('shows ended agreements and marks new ones once the listing history is in, in both languages', async () => {
    // Harford County, MD: the sheriff's Jail Enforcement agreement was last on ICE's list of 5 January 2026
    const harford = await mount({ county: '24025' });
    const ended = shadow(harford).querySelector('[part=ended]');
    expect(ended?.querySelector('h4')?.textContent).toBe('No longer on ICE’s list');
    expect(ended?.textContent).toContain("Harford County Sheriff's Office");
    expect(ended?.textContent?.replace(/\s+/g, ' ').replace(/ ,/g, ',')).toContain(
      'Jail Enforcement Model, signed June 26, 2020, listed until January 5, 2026',
    );
    expect(await violations(harford), 'ended').toEqual([]);
    // a state's ended agreements are folded away, as its active ones are (Virginia's five, Q1 2026)
    const warren = await mount({ county: '51187' });
    const folded = shadow(warren).querySelector('[part=ended] details');
    expect(folded?.querySelector('summary')?.textContent?.trim()).toBe('Statewide agencies of Virginia (5)');
    expect(folded?.hasAttribute('open')).toBe(false);
    expect(shadow(warren).querySelector('[part=ended] > ul')).toBeNull();
    // Cherokee County, AL: two town police agreements first listed on 18 May 2026
    const wrapper = document.createElement('div');
    wrapper.lang = 'es';
    document.body.append(wrapper);
    const cherokee = await mount({ county: '01019' }, wrapper);
    const marks = [...shadow(cherokee).querySelectorAll('[part=new]')].map((mark) =>
      mark.textContent?.trim(),
    );
    expect(marks).toEqual([
      'nuevo desde la lista de ICE del 1 de abril de 2026',
      'nuevo desde la lista de ICE del 1 de abril de 2026',
    ]);
    // the sheriff's agreements were on the list before: no mark
    const sheriff = [...shadow(cherokee).querySelectorAll('ul.agencies > li')].find((li) =>
      li.textContent?.includes("Cherokee County Sheriff's Office"),
    );
    expect(sheriff?.querySelector('[part=new]')).toBeNull();
    expect(await violations(cherokee), 'new, es').toEqual([]);
  });

  it('answers Enter only when the text names one county, and asks which when several answer to it', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    // St. Louis: a county and an independent city of Missouri; the first option is not the answer
    await userEvent.keyboard('St. Louis, MO{Enter}');
    expect(shadow(element).querySelector('[part=answer]')).toBeNull();
    const choices = shadow(element).querySelector('[part=choices]');
    expect(choices?.querySelector('p')?.textContent).toBe(
      'More than one county matches “St. Louis, MO”. Which one?',
    );
    expect([...(choices?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim())).toEqual([
      'St. Louis County, MO',
      'St. Louis city, MO',
    ]);
    expect(shadow(element).querySelector('[role=status]')?.textContent).toContain(
      'More than one county matches',
    );
    // a name that many counties share says how many more there are
    const input = shadow(element).querySelector('input') as HTMLInputElement;
    await userEvent.clear(input);
    await userEvent.keyboard('Washington County{Enter}');
    expect(shadow(element).querySelectorAll('[part=choices] button')).toHaveLength(12);
    expect(shadow(element).querySelector('[part=choices] p')?.textContent).toMatch(
      /\d+ more match too: add the state to find yours\.$/,
    );
    // one county: Enter answers it
    await userEvent.clear(input);
    await userEvent.keyboard('Collier County, FL{Enter}');
    expect(shadow(element).querySelector('[part=answer]')?.textContent).toContain('Collier County, FL');
    expect(await violations(element)).toEqual([]);
  });

  it("reads New York City as its five boroughs' counties, asking which, in Spanish too", async () => {
    document.documentElement.lang = 'es';
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('NYC{Enter}');
    const choices = shadow(element).querySelector('[part=choices]');
    expect(choices?.querySelector('p')?.textContent).toBe(
      'New York City, NY está en más de un condado. ¿Cuál?',
    );
    expect([...(choices?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim())).toEqual([
      'Kings County, NY',
      'Queens County, NY',
      'New York County, NY',
      'Bronx County, NY',
      'Richmond County, NY',
    ]);
    expect(await violations(element)).toEqual([]);
  });

  it('leads a state named alone to its counties, in both languages', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('Texas');
    await expect
      .poll(() => shadow(element).querySelector('[role=option]')?.textContent?.trim())
      .toBe('Texas');
    expect(shadow(element).querySelector('[role=listbox]')?.textContent).toContain('States and territories');
    await userEvent.keyboard('{Enter}');
    const card = () => shadow(element).querySelector('[part=card]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(shadow(element).querySelector('[part=answer]')?.textContent).toBe('Texas');
    expect(card()).toMatch(
      /Texas: \d+ of 254 counties have at least one local agency with a 287\(g\) agreement\./,
    );
    expect(card()).toContain('Statewide agencies of Texas (4)');
    expect(card()).toContain('A Texas law requires 287(g) participation: SB 8');
    // the most populous counties with a local agreement, one press from their answer
    const harris = shadow(element).querySelector('[part=choices] button') as HTMLButtonElement;
    expect(harris.textContent?.trim()).toBe('Harris County, TX');
    expect(card()).toMatch(/…and \d+ more: type a name to search\./);
    expect(await violations(element)).toEqual([]);
    document.documentElement.lang = 'es';
    await expect
      .poll(card)
      .toMatch(/Texas: \d+ de 254 condados tienen al menos una agencia local con un acuerdo 287\(g\)\./);
    expect(card()).toContain('Una ley de Texas exige participar en 287(g): SB 8');
    expect(await violations(element)).toEqual([]);
    harris.click();
    await expect
      .poll(() => shadow(element).querySelector('[part=answer]')?.textContent)
      .toBe('Sí — 1 agencia en el condado de Harris, TX tiene un acuerdo 287(g).');
  });

  it("names a state's county equivalents: Louisiana's parishes, Alaska's boroughs", async () => {
    const element = await mount();
    const card = () => shadow(element).querySelector('[part=card]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const [state, units] of [
      ['Louisiana', 'parishes'],
      ['Alaska', 'boroughs and census areas'],
    ]) {
      await userEvent.click(page.getByRole('combobox'));
      await userEvent.clear(page.getByRole('combobox'));
      await userEvent.keyboard(`${state}{Enter}`);
      await expect.poll(card).toMatch(new RegExp(`${state}: \\d+ of \\d+ ${units} have`));
    }
  });

  it("explains Connecticut's planning regions under its answers, in both languages", async () => {
    const element = await mount({ county: '09110' });
    expect(shadow(element).querySelector('[part=card]')?.textContent).toContain(
      'Connecticut’s county equivalents are its nine planning regions',
    );
    document.documentElement.lang = 'es';
    await expect
      .poll(() => shadow(element).querySelector('[part=card]')?.textContent)
      .toContain('regiones de planificación');
  });

  it('answers a PO-box ZIP code (77001, Houston) with its county', async () => {
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('77001');
    await expect
      .poll(() => shadow(element).querySelector('[role=option]')?.textContent?.replace(/\s+/g, ' '))
      .toContain('ZIP 77001');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => shadow(element).querySelector('[part=answer]')?.textContent)
      .toBe('Yes — 1 agency in Harris County, TX has a 287(g) agreement.');
  });

  it('clears the answer when a new query matches nothing, and says so', async () => {
    const element = await mount({ county: '12021' });
    expect(shadow(element).querySelector('[part=answer]')).not.toBeNull();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('zzqqxx');
    expect(shadow(element).querySelector('[part=answer]')).toBeNull();
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe('No place or agency matches.');
  });

  it('speaks Spanish when the nearest [lang] says so', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'es-MX';
    document.body.append(wrapper);
    const element = await mount({ county: '12021' }, wrapper);
    const text = shadow(element).textContent ?? '';
    expect(text).toContain('¿Tiene mi condado un acuerdo 287(g)?');
    expect(text).toContain('Sí — 5 agencias en el condado de Collier, FL tienen un acuerdo 287(g).');
    expect(text).toContain('debe firmar un acuerdo 287(g) por escrito con ICE');
    expect(text).toContain('18 de mayo de 2026');
    expect(text).toContain('Qué permiten estos acuerdos');
    expect(text).not.toMatch(/\b(Yes|agencies|Local agencies|signed|Statewide|allow)\b/);
  });

  it('names a ZIP code in Spanish and follows a later change of the page language', async () => {
    document.documentElement.lang = 'es';
    const element = await mount();
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('34102{Enter}');
    expect((shadow(element).querySelector('input') as HTMLInputElement).value).toBe('Código postal 34102');
    expect(shadow(element).querySelector('.root')?.getAttribute('lang')).toBe('es');
    document.documentElement.lang = 'en';
    await expect
      .poll(() => shadow(element).querySelector('h2')?.textContent)
      .toBe('Does my county have a 287(g) agreement?');
    expect(shadow(element).querySelector('.root')?.getAttribute('lang')).toBe('en');
  });

  it('refuses data whose links are not web addresses (javascript:), showing the bundled data', async () => {
    const { default: bundled } = await import('@open287g/data/agreements');
    const agreements = { ...(bundled as object), linkBase: 'javascript:alert(1)//' };
    const url = URL.createObjectURL(new Blob([JSON.stringify(agreements)]));
    const element = await mount({ 'data-src': url, county: '12021' });
    expect(shadow(element).querySelector('[part=note]')?.textContent).toContain(
      'Newer data could not be loaded',
    );
    // every link from the data; not "Get the data", whose file the page makes itself
    const hrefs = [...shadow(element).querySelectorAll('a:not([download])')].map(
      (a) => a.getAttribute('href') ?? '',
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  });

  it('makes no network request while a reader types and selects', async () => {
    const element = await mount();
    const before = performance.getEntriesByType('resource').length;
    await userEvent.click(page.getByRole('combobox'));
    await userEvent.keyboard('boca raton{ArrowDown}{Enter}');
    await expect
      .poll(() => shadow(element).querySelector('[part=answer]')?.textContent)
      .toContain('Palm Beach County');
    expect(
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((entry) => entry.name),
    ).toEqual([]);
    expect(document.cookie).toBe('');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('uses a newer dataset from data-src, rendering its names as text, never markup', async () => {
    const { default: bundled } = await import('@open287g/data/agreements');
    const agreements = structuredClone(bundled) as {
      asOf: string;
      agencies: [string, string, ...unknown[]][];
    };
    agreements.asOf = '2026-06-01';
    const collier = agreements.agencies.find((agency) => agency[1] === "Collier County Sheriff's Office");
    if (!collier) throw new Error('fixture: no Collier sheriff');
    collier[1] = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const url = URL.createObjectURL(new Blob([JSON.stringify(agreements)], { type: 'application/json' }));
    const element = await mount({ 'data-src': url, county: '12021' });
    const card = shadow(element).querySelector('[part=card]') as HTMLElement;
    expect(card.textContent).toContain('<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>');
    expect(card.querySelector('img, script')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(shadow(element).querySelector('[part=source]')?.textContent).toContain('June 1, 2026');
  });

  it.each([
    ['not JSON', () => new Blob(['<html>oops</html>']), 'json'],
    ['JSON that fails the schema', () => new Blob([JSON.stringify({ format: 2 })]), 'schema'],
  ])(
    'falls back to the bundled data when data-src is %s, says so, and fires open287g-data-error',
    async (_name, body, reason) => {
      const url = URL.createObjectURL(body());
      const errors: CustomEvent[] = [];
      document.addEventListener('open287g-data-error', (event) => errors.push(event as CustomEvent), {
        once: true,
      });
      const element = await mount({ 'data-src': url, county: '12021' });
      expect(errors[0]?.detail).toMatchObject({ url, reason });
      expect(shadow(element).querySelector('[part=note]')?.textContent).toBe(
        'Newer data could not be loaded; showing the data of May 18, 2026.',
      );
      expect(shadow(element).querySelector('[part=answer]')?.textContent).toContain('Collier County, FL');
    },
  );

  it('falls back when data-src cannot be reached', async () => {
    const url = URL.createObjectURL(new Blob(['{}']));
    URL.revokeObjectURL(url);
    const element = await mount({ 'data-src': url });
    expect(shadow(element).querySelector('[part=note]')?.textContent).toContain(
      'Newer data could not be loaded',
    );
    expect(shadow(element).querySelector('input')?.disabled).toBe(false);
  });

  it('lets the embedder replace any visible string, model names included', async () => {
    const element = await mount();
    element.strings = {
      heading: 'Is there an agreement where you live?',
      answerYesMany: '{count} local agencies in {county} take part.',
      models: {
        TFM: { name: 'Task force agreement', summary: 'Patrol officers may enforce immigration law.' },
      },
    };
    element.setAttribute('county', '12021');
    await element.updateComplete;
    const text = shadow(element).textContent ?? '';
    expect(shadow(element).querySelector('h2')?.textContent).toBe('Is there an agreement where you live?');
    expect(shadow(element).querySelector('[part=answer]')?.textContent).toBe(
      'Yes — 5 local agencies in Collier County, FL take part.',
    );
    expect(text).toContain('Task force agreement, signed');
    expect(text).toContain('Patrol officers may enforce immigration law.');
    expect(text).not.toContain('Task Force Model');
  });

  it.each([
    ['undefined', undefined, 0],
    ['null', null, 0],
    ['a number', 42, 1],
    ['a number where a sentence belongs', { answerYesMany: 42, heading: null }, 2],
    ['an unknown key, inherited names included', { nope: 'x', constructor: 'x', toString: 'x' }, 3],
    ['model names that are not text', { models: { TFM: { name: 42 }, constructor: { name: 'x' } } }, 1],
    ['blank, as an empty CMS field is', { heading: '', answerYesMany: '  ', label: '' }, 3],
    ['models that are not objects', { models: { JEM: null, TFM: 'x' } }, 2],
  ])(
    'shows its own strings when strings is %s, warning about each bad value',
    async (_what, strings, warnings) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ county: '12021' });
      element.strings = strings as Open287gLookup['strings'];
      await element.updateComplete;
      expect(shadow(element).querySelector('[part=answer]')?.textContent).toBe(
        'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.',
      );
      expect(shadow(element).querySelector('h2')?.textContent).toBe(
        'Does my county have a 287(g) agreement?',
      );
      expect(shadow(element).textContent).toContain('Task Force Model, signed');
      // warned once per bad value, not once per render
      element.setAttribute('county', '12086');
      await element.updateComplete;
      expect(warn).toHaveBeenCalledTimes(warnings);
      warn.mockRestore();
    },
  );

  it('registers twice without throwing', async () => {
    class Other extends HTMLElement {}
    expect(() => defineElement('open287g-lookup', Other)).not.toThrow();
    await import('../src/lookup/define.js');
    expect(customElements.get('open287g-lookup')?.name).toBe('Open287gLookup');
  });

  it('has no axe violations closed, open and with an answer, in English and Spanish', async () => {
    for (const lang of ['en', 'es']) {
      document.documentElement.lang = lang;
      const element = await mount();
      expect(await violations(element), `${lang} closed`).toEqual([]);
      await userEvent.click(page.getByRole('combobox'));
      await userEvent.keyboard('lake');
      await expect.poll(() => shadow(element).querySelectorAll('[role=option]').length).toBeGreaterThan(0);
      await userEvent.keyboard('{ArrowDown}');
      expect(await violations(element), `${lang} open`).toEqual([]);
      element.setAttribute('county', '12021');
      await element.updateComplete;
      expect(await violations(element), `${lang} answer`).toEqual([]);
      element.remove();
    }
  });
});
