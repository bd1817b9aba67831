/**
 * Layout outcomes of <open287g-lookup> that can be asserted, in every answer state, at 320 and 1280 px,
 * in English and Spanish, light and dark: no sideways scroll, no text out of its box, a visible focus ring,
 * and axe clean with its colour-contrast rule (on by default) in both themes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { violations } from './axe.js';
import '../src/lookup/define.js';
import '../src/models/define.js';
import type { Open287gLookup } from '../src/lookup/lookup.element.js';
import { mount as mountElement } from './mount.js';

const mount = (attributes: Record<string, string>) => mountElement('open287g-lookup', attributes);

const shadow = (element: Open287gLookup) => element.shadowRoot as ShadowRoot;

/** Block boxes of the shadow tree whose content is wider than the box: text that runs out of it. */
function overflowing(element: Open287gLookup): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('*')]
    .filter((node) => {
      const display = getComputedStyle(node).display;
      // clipped on purpose: text for screen readers only
      if (node.closest('.visually-hidden')) return false;
      if (!/block|flex|grid|list-item/.test(display) || node.clientWidth === 0) return false;
      return node.scrollWidth > node.clientWidth + 1;
    })
    .map((node) => `${node.localName}.${node.className} (${node.scrollWidth} > ${node.clientWidth})`);
}

// what each state is: the county answered, or what a reader types
const STATES: { name: string; attributes: Record<string, string>; type?: string }[] = [
  { name: 'yes (Collier, FL)', attributes: { county: '12021' } },
  { name: 'no, with a prohibiting law (Los Angeles, CA)', attributes: { county: '06037' } },
  { name: 'only statewide agencies (Dallas, TX)', attributes: { county: '48113' } },
  { name: 'ended (Harford, MD)', attributes: { county: '24025' } },
  { name: 'a state (Texas)', attributes: {}, type: 'Texas' },
  { name: 'a choice (St. Louis, MO)', attributes: {}, type: 'St. Louis, MO' },
];

afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  document.documentElement.style.colorScheme = '';
  await page.viewport(414, 896);
});

describe('<open287g-lookup> layout', () => {
  for (const state of STATES) {
    it(`fits 320 and 1280 px, light and dark, in both languages, axe clean: ${state.name}`, async () => {
      for (const lang of ['en', 'es']) {
        for (const scheme of ['light', 'dark']) {
          document.documentElement.lang = lang;
          document.documentElement.style.colorScheme = scheme;
          const element = await mount(state.attributes);
          if (state.type) {
            await userEvent.click(page.getByRole('combobox'));
            await userEvent.keyboard(`${state.type}{Enter}`);
          }
          expect(shadow(element).querySelector('[part=card], [part=choices]')).not.toBeNull();
          // every disclosure open, so what it holds is measured and checked too
          for (const details of shadow(element).querySelectorAll('details')) details.open = true;
          for (const width of [320, 1280]) {
            await page.viewport(width, 800);
            const where = `${lang}, ${scheme}, ${width} px`;
            expect(document.documentElement.scrollWidth, where).toBeLessThanOrEqual(window.innerWidth);
            expect(overflowing(element), where).toEqual([]);
          }
          expect(await violations(element), `${lang}, ${scheme}`).toEqual([]);
          element.remove();
        }
      }
    });
  }

  it('shows a focus ring on the field, the links and the disclosures when reached by keyboard', async () => {
    const element = await mount({ county: '12021' });
    const ring = () => {
      const focused = shadow(element).activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      return {
        tag: focused.localName,
        style: style.outlineStyle,
        width: Number.parseFloat(style.outlineWidth),
      };
    };
    await userEvent.keyboard('{Tab}');
    expect(ring()).toMatchObject({ tag: 'input', style: 'solid' });
    expect(ring().width).toBeGreaterThanOrEqual(2);
    const seen = new Set<string>();
    // every stop of the card in turn, until focus leaves the element
    for (let i = 0; i < 30; i++) {
      await userEvent.keyboard('{Tab}');
      if (!shadow(element).activeElement) break;
      const { tag, style, width } = ring();
      seen.add(tag);
      expect(style, tag).not.toBe('none');
      expect(width, tag).toBeGreaterThanOrEqual(2);
    }
    expect([...seen].sort()).toEqual(['a', 'summary']);
  });

  it('follows theme="dark" and theme="light" whatever the page says', async () => {
    document.documentElement.style.colorScheme = 'light';
    const element = await mount({ county: '12021', theme: 'dark' });
    const root = shadow(element).querySelector('[part=root]') as HTMLElement;
    const darkBackground = getComputedStyle(root).backgroundColor;
    element.setAttribute('theme', 'light');
    const lightBackground = getComputedStyle(root).backgroundColor;
    expect(darkBackground).not.toBe(lightBackground);
    const luminance = (rgb: string) =>
      (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, v) => sum + Number(v), 0);
    expect(luminance(darkBackground)).toBeLessThan(luminance(lightBackground));
    expect(await violations(element)).toEqual([]);
  });

  it('keeps the models table axe clean with colour contrast in light and dark, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      for (const scheme of ['light', 'dark']) {
        document.documentElement.lang = lang;
        document.documentElement.style.colorScheme = scheme;
        const models = document.createElement('open287g-models');
        document.body.append(models);
        await models.ready;
        await models.updateComplete;
        expect(await violations(models), `${lang}, ${scheme}`).toEqual([]);
        models.remove();
      }
    }
  });
});
