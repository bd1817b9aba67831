/**
 * The built CDN file on host pages that are hostile to it, as real CMS pages can be: an old library that adds
 * enumerable properties to Object.prototype and Array.prototype, a script that wraps customElements.define and
 * throws, a right-to-left page, a strict CSP with Trusted Types, and the element moved into another document.
 * Each page is written here and served from the same loopback origin as the widget files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdn = new URL('../dist/cdn/open287g.js', import.meta.url);
const COLLIER_YES = 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.';

let server: { url: string; close: () => Promise<void> };
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (!existsSync(cdn))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  server = await startStaticServer({ root });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A host page: the widget's script and stylesheet, then `body`; `head` goes before the widget's script. */
const hostPage = ({
  head = '',
  body,
  dir = 'ltr',
}: {
  head?: string;
  body: string;
  dir?: string;
}) => `<!doctype html>
<html lang="en" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <title>host page</title>
    ${head}
    <script type="module" src="/packages/widgets/dist/cdn/open287g.js"></script>
    <link rel="stylesheet" href="/packages/widgets/dist/cdn/open287g.css" />
  </head>
  <body><main>${body}</main></body>
</html>`;

const LOOKUP = `<open287g-lookup county="12021">
  <p><a href="https://www.ice.gov/identify-and-arrest/287g">ICE's list of 287(g) agreements</a></p>
</open287g-lookup>`;

/** Opens `html` at /hostile/page.html on the widget's origin, with `csp` as its header if given. */
async function open(html: string, { csp, init }: { csp?: string; init?: () => void } = {}) {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  if (init) await page.addInitScript(init);
  await page.route(`${server.url}/hostile/page.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'content-security-policy': csp } : {},
      body: html,
    }),
  );
  await page.goto(`${server.url}/hostile/page.html`);
  return { page, errors };
}

const answerOf = (page: Page) =>
  page
    .locator('open287g-lookup [part=answer]')
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null);

it('works on a page whose old libraries add enumerable properties to Object.prototype and Array.prototype', async () => {
  const { page, errors } = await open(
    hostPage({ body: `${LOOKUP}<open287g-models models="jem,tfm,wso"></open287g-models>` }),
    {
      // what Prototype.js-era and MooTools-era scripts still do on some CMS pages
      init: () => {
        Object.assign(Object.prototype, { polluted: 'yes', each() {} });
        Object.assign(Array.prototype, { each() {}, flatten() {} });
      },
    },
  );
  await expect.poll(() => answerOf(page), { timeout: 20_000 }).toBe(COLLIER_YES);
  const input = page.locator('open287g-lookup input');
  await input.fill('34102');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => answerOf(page), { timeout: 20_000 }).toBe(COLLIER_YES);
  await expect
    .poll(() => page.locator('open287g-models tbody td').first().textContent({ timeout: 1_000 }), {
      timeout: 20_000,
    })
    .toContain('Inside local jails');
  expect(errors).toEqual([]);
}, 45_000);

it('keeps working when the page wraps customElements.define and it throws for one element', async () => {
  const { page, errors } = await open(
    hostPage({ body: `${LOOKUP}<open287g-models models="jem"><p>models fallback</p></open287g-models>` }),
    {
      init: () => {
        const define = customElements.define.bind(customElements);
        customElements.define = (name, elementClass, options) => {
          if (name === 'open287g-models') throw new Error('this CMS forbids new elements');
          define(name, elementClass, options);
        };
      },
    },
  );
  // the lookup is defined and answers; the models element keeps its fallback content, visibly
  await expect.poll(() => answerOf(page), { timeout: 20_000 }).toBe(COLLIER_YES);
  expect(await page.locator('open287g-models p').isVisible()).toBe(true);
  expect(errors).toEqual([
    'open287g: <open287g-models> could not be registered: this CMS forbids new elements',
  ]);
}, 45_000);

it('lays its English and Spanish text out left to right on a right-to-left page', async () => {
  const { page } = await open(
    hostPage({ dir: 'rtl', body: `${LOOKUP}<open287g-lookup lang="es" county="12021"></open287g-lookup>` }),
  );
  await expect.poll(() => answerOf(page), { timeout: 20_000 }).toBe(COLLIER_YES);
  const directions = await page.evaluate(() =>
    [...document.querySelectorAll('open287g-lookup')].map((element) => {
      const answer = element.shadowRoot?.querySelector('[part=answer]') as HTMLElement;
      return getComputedStyle(answer).direction;
    }),
  );
  expect(directions).toEqual(['ltr', 'ltr']);
}, 45_000);

const TRUSTED_TYPES = "default-src 'self'; require-trusted-types-for 'script'; trusted-types app-policy";

it('works under Trusted Types when the policy allows lit-html, as docs/embedding.md says', async () => {
  const { page, errors } = await open(hostPage({ body: LOOKUP }), { csp: `${TRUSTED_TYPES} lit-html` });
  await expect.poll(() => answerOf(page), { timeout: 20_000 }).toBe(COLLIER_YES);
  expect(errors).toEqual([]);
}, 45_000);

it('shows its fallback content, never a blank box, when Trusted Types do not allow it', async () => {
  const { page, errors } = await open(hostPage({ body: LOOKUP }), { csp: TRUSTED_TYPES });
  await expect.poll(() => errors.length, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(errors.join('\n')).toContain('lit-html');
  expect(await page.locator('open287g-lookup a').isVisible()).toBe(true);
  expect(await page.locator('open287g-lookup a').textContent()).toBe("ICE's list of 287(g) agreements");
}, 45_000);

it('keeps its styles and language when moved into another document (a same-origin iframe)', async () => {
  const { page, errors } = await open(hostPage({ body: LOOKUP }));
  await expect.poll(() => answerOf(page), { timeout: 20_000 }).toBe(COLLIER_YES);
  const moved = await page.evaluate(async () => {
    const element = document.querySelector('open287g-lookup') as HTMLElement;
    const styleOf = (win: Window) => {
      const input = element.shadowRoot?.querySelector('input') as HTMLElement;
      const style = win.getComputedStyle(input);
      return { border: style.borderTopStyle, padding: style.paddingTop };
    };
    const before = styleOf(window);
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><html lang="es"><body></body></html>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const inner = frame.contentWindow as Window;
    inner.document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      before,
      after: styleOf(inner),
      heading: element.shadowRoot?.querySelector('h2')?.textContent,
    };
  });
  expect(moved.before.border).not.toBe('none');
  expect(moved.after).toEqual(moved.before);
  expect(moved.heading).toBe('¿Tiene mi condado un acuerdo 287(g)?');
  expect(errors).toEqual([]);
}, 45_000);
