/**
 * The built CDN file on a page served with a strict Content Security Policy (default-src 'self': no inline
 * scripts or styles, no eval), in Debian's Chromium: the lookup must work and the browser must report no
 * violation. Runs on the built file, as an embedder's page would load it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdn = new URL('../dist/cdn/open287g.js', import.meta.url);
const CSP = "default-src 'self'";

let server: { url: string; close: () => Promise<void> };
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (!existsSync(cdn))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  server = await startStaticServer({ root, headers: { 'content-security-policy': CSP } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
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
  await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
  await input.click();
  await page.keyboard.type('collier');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('open287g-lookup [part=answer]').textContent())
    .toBe('Yes — 5 agencies in Collier County, FL have a 287(g) agreement.');
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
}, 30_000);

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
}, 30_000);
