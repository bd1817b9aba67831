/**
 * The built CDN file on real pages, as an embedder loads it, in Debian's Chromium: under a strict Content
 * Security Policy (default-src 'self': no inline scripts or styles, no eval) with no violation; with a
 * cross-origin data-src as the only request outside the page; with two copies of the bundle; with a
 * data-src that answers 404.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdn = new URL('../dist/cdn/open287g.js', import.meta.url);
const CSP = "default-src 'self'";

// Inside expect.poll: a locator call waits up to Playwright's 30 s for its element, as long as the test, so a
// slow page would end as a bare test timeout; a short wait lets the poll retry and report what it saw.
const textOf = (locator: Locator) => locator.textContent({ timeout: 1_000 }).catch(() => null);

let server: { url: string; close: () => Promise<void> };
let plainServer: { url: string; close: () => Promise<void> };
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (!existsSync(cdn))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  server = await startStaticServer({ root, headers: { 'content-security-policy': CSP } });
  plainServer = await startStaticServer({ root });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await plainServer?.close();
});

it("works under Content-Security-Policy: default-src 'self', with no violation", async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // a missing resource is reported below with its URL
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('response', (response) => {
    // the browser asks for /favicon.ico by itself; the page has none
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) foreign.push(request.url());
  });
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `CSP: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  const response = await page.goto(`${server.url}/examples/html/strict-csp.html`);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  const input = page.locator('open287g-lookup input');
  await expect.poll(() => input.isEnabled(), { timeout: 20_000 }).toBe(true);
  await input.click();
  await page.keyboard.type('collier');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => textOf(page.locator('open287g-lookup [part=answer]')), { timeout: 20_000 })
    .toBe('Yes — 5 agencies in Collier County, FL have a 287(g) agreement.');
  await expect
    .poll(() => textOf(page.locator('open287g-models tbody td').first()), { timeout: 20_000 })
    .toContain('Inside local jails');
  // the map draws its shapes and places its tooltip (a style set through CSSOM, which the policy allows)
  const county = page.locator('open287g-map g.counties path[data-fips="12021"]');
  await expect.poll(() => county.count(), { timeout: 20_000 }).toBe(1);
  await county.hover();
  await expect
    .poll(() => textOf(page.locator('open287g-map [part=tooltip]')), { timeout: 5_000 })
    .toContain('Collier County, FL');
  // the timeline draws every list and shows a list's counts under the pointer
  const timelineRows = page.locator('open287g-timeline tbody tr');
  await expect.poll(() => timelineRows.count(), { timeout: 20_000 }).toBeGreaterThan(20);
  await page.locator('open287g-timeline [part=chart]').hover();
  await expect
    .poll(() => textOf(page.locator('open287g-timeline [part=tooltip]')), { timeout: 5_000 })
    .toMatch(/\d/);
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
}, 45_000);

it("with a data-src on another origin, makes that one request outside the page's origin", async () => {
  const pageHost = await startStaticServer({ root });
  const dataHost = await startStaticServer({ root, headers: { 'access-control-allow-origin': '*' } });
  const remote = `${dataHost.url}/packages/data/snapshot/agreements.json`;
  try {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(pageHost.url)) foreign.push(request.url());
    });
    await page.goto(`${pageHost.url}/examples/html/strict-csp.html`);
    const shown = await page.evaluate(async (url) => {
      const element = document.createElement('open287g-lookup');
      element.setAttribute('data-src', url);
      element.setAttribute('county', '12021');
      document.body.append(element);
      await (element as unknown as { ready: Promise<void> }).ready;
      return {
        answer: element.shadowRoot?.querySelector('[part=answer]')?.textContent,
        note: element.shadowRoot?.querySelector('[part=note]')?.textContent ?? null,
      };
    }, remote);
    expect(shown).toEqual({
      answer: 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.',
      note: null,
    });
    expect(foreign).toEqual([remote]);
  } finally {
    await pageHost.close();
    await dataHost.close();
  }
}, 45_000);

it('works with two copies of the bundle on one page, and falls back when data-src answers 404', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/examples/html/strict-csp.html`);
  // a second copy: the same file under another URL is a separate module with its own element class
  await page.addScriptTag({
    type: 'module',
    url: `${server.url}/packages/widgets/dist/cdn/open287g.js?copy=2`,
  });
  const result = await page.evaluate(async (missing) => {
    const element = document.createElement('open287g-lookup');
    element.setAttribute('data-src', missing);
    element.setAttribute('county', '48201');
    const failed = new Promise<string>((resolve) =>
      element.addEventListener('open287g-data-error', (event) =>
        resolve((event as CustomEvent).detail.reason),
      ),
    );
    document.body.append(element);
    await (element as unknown as { ready: Promise<void> }).ready;
    return {
      reason: await failed,
      note: element.shadowRoot?.querySelector('[part=note]')?.textContent,
      answer: element.shadowRoot?.querySelector('[part=answer]')?.textContent,
    };
  }, `${server.url}/no-such-file.json`);
  expect(result).toEqual({
    reason: 'http',
    note: 'Newer data could not be loaded; showing the data of May 18, 2026.',
    answer: 'Yes — 1 agency in Harris County, TX has a 287(g) agreement.',
  });
  expect(errors).toEqual([]);
}, 45_000);

/** Opens `path` on a page without a CSP, holding back each file matching `held[i]` until `release[i]()`. */
async function openHolding(path: string, ...held: RegExp[]) {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const release = await Promise.all(
    held.map(async (pattern) => {
      let resolve = () => {};
      const released = new Promise<void>((done) => {
        resolve = done;
      });
      await page.route(pattern, async (route) => {
        await released;
        await route.continue();
      });
      return resolve;
    }),
  );
  // not until "load" or DOMContentLoaded: both wait for the module script held back here
  await page.goto(`${plainServer.url}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      document.querySelector('open287g-lookup') &&
      [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/open287g.css')),
  );
  const height = (selector: string) =>
    page.locator(selector).evaluate((element) => Math.round(element.getBoundingClientRect().height));
  return { page, release, height };
}

const CDN_FILE = /\/open287g\.js$/;

it("holds the lookup's space until the script defines it, with the fallback link in it meanwhile", async () => {
  const { page, release, height } = await openHolding('/examples/html/index.html', CDN_FILE);
  const fallback = page.locator('open287g-lookup > p:not([slot]) a');
  expect(await fallback.isVisible()).toBe(true);
  const reserved = await height('open287g-lookup');
  release[0]?.();
  await expect
    .poll(() => page.locator('open287g-lookup input').getAttribute('readonly'), { timeout: 20_000 })
    .toBeNull();
  expect(Math.abs((await height('open287g-lookup')) - reserved)).toBeLessThanOrEqual(2);
  expect(await fallback.isVisible()).toBe(false);
}, 45_000);

it("keeps a preselected county's space from before the script until its answer is in", async () => {
  const [script, agreements] = [0, 1];
  const { page, release, height } = await openHolding(
    '/examples/html/newsroom.html',
    CDN_FILE,
    /\/agreements-[^/]*\.js$/,
  );
  const reserved = await height('open287g-lookup');
  expect(reserved).toBeGreaterThan(300);
  release[script]?.();
  // defined and searchable, still waiting for the agreements: the same space
  await expect
    .poll(() => page.locator('open287g-lookup input').getAttribute('readonly'), { timeout: 20_000 })
    .toBeNull();
  expect(await height('open287g-lookup')).toBe(reserved);
  release[agreements]?.();
  await expect
    .poll(() => textOf(page.locator('open287g-lookup [part=answer]')), { timeout: 20_000 })
    .toMatch(/Harris County, TX/);
}, 45_000);

// The snippet docs/embedding.md gives a host page: resize the frame that sent the message, from that origin.
const resizeSnippet = (origin: string) => `
  addEventListener('message', (event) => {
    if (event.origin !== '${origin}' || event.data?.type !== 'open287g:resize') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
    }
  });`;

it('works in an iframe from another origin, resizing the frame through postMessage', async () => {
  const hostServer = await startStaticServer({ root });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const src = `${server.url}/packages/widgets/dist/embed/embed.html?widget=lookup&lang=es&county=12021&theme=dark`;
    await page.goto(`${hostServer.url}/examples/html/strict-csp.html`);
    await page.evaluate(
      ({ src, snippet }) => {
        document.body.replaceChildren();
        const script = document.createElement('script');
        script.textContent = snippet;
        document.body.append(script);
        const frame = document.createElement('iframe');
        frame.title = 'open287g';
        frame.src = src;
        frame.style.cssText = 'width: 400px; height: 150px; border: 0';
        document.body.append(frame);
      },
      { src, snippet: resizeSnippet(server.url) },
    );
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => textOf(frame.locator('open287g-lookup [part=answer]')), { timeout: 20_000 })
      .toBe('Sí — 5 agencias en el condado de Collier, FL tienen un acuerdo 287(g).');
    await expect
      .poll(
        () => page.evaluate(() => Number.parseInt(document.querySelector('iframe')?.style.height ?? '0', 10)),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(400);
    expect(errors).toEqual([]);
  } finally {
    await hostServer.close();
  }
}, 45_000);
