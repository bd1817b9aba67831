/**
 * embed.html's URL parameters, as anyone can write them in a link to a site's own copy: they choose among
 * the site's true answers and views, and nothing else. The data's origin comes only from the copy's own
 * <meta>, never from the query string; codes that are inherited object keys are ignored like any unknown one.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { agreementsOf } from '../../../scripts/faulty-data-host.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const embedHtml = new URL('../dist/embed/embed.html', import.meta.url);
const EMBED = '/packages/widgets/dist/embed/embed.html';
const COLLIER_YES = 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.';

let server: { url: string; close: () => Promise<void> };
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (!existsSync(embedHtml))
    throw new Error('run `pnpm build` first: packages/widgets/dist/embed/embed.html is missing');
  server = await startStaticServer({ root });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// An https host, as embed.html once accepted from its query string; the browser's requests to it are answered
// here with what an attacker would serve: a newer-looking list in which Collier County has no agreement.
const ATTACKER = 'https://data.attacker.example';
const attackerList = agreementsOf('2026-11-30', (file) => ({
  ...file,
  agencies: file.agencies.filter((agency) => !(agency[3] as string[]).includes('12021')),
}));

/** Opens embed.html with `query`, from the package's build or from `site` (a site's copy of it). */
async function openEmbed(query: string, site?: { url: string }) {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${ATTACKER}/**`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: attackerList,
    }),
  );
  await page.goto(site ? `${site.url}/embed.html?${query}` : `${server.url}${EMBED}?${query}`);
  await page.waitForFunction(() => {
    const element = document.body.firstElementChild as (HTMLElement & { ready?: Promise<void> }) | null;
    return element?.ready?.then(() => true);
  });
  return { page, requests, errors };
}

const textOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null);

it('never loads data from a URL in its query string, whatever the parameter is called', async () => {
  const remote = encodeURIComponent(`${ATTACKER}/agreements.json`);
  const { page, requests, errors } = await openEmbed(
    `widget=lookup&county=12021&data-src=${remote}&dataSrc=${remote}&src=${remote}&data=${remote}`,
  );
  expect(await textOf(page, 'open287g-lookup [part=answer]')).toBe(COLLIER_YES);
  expect(await textOf(page, 'open287g-lookup [part=source]')).toContain('May 18, 2026');
  expect(requests.filter((url) => url.startsWith(ATTACKER))).toEqual([]);
  expect(await page.locator('open287g-lookup').getAttribute('data-src')).toBeNull();
  expect(errors).toEqual([]);
}, 45_000);

it("takes newer data from the meta tag in the site's own copy of embed.html", async () => {
  // the site copies dist/embed/ and edits its embed.html, as docs/embedding.md says
  const folder = mkdtempSync(join(tmpdir(), 'open287g-embed-'));
  cpSync(fileURLToPath(new URL('.', embedHtml)), folder, { recursive: true });
  const page = join(folder, 'embed.html');
  const dataUrl = `${ATTACKER}/agreements.json`;
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace(
      '<title>',
      `<meta name="open287g-data-src" content="${dataUrl}" /><title>`,
    ),
  );
  const site = await startStaticServer({ root: folder });
  try {
    const { page: shown, requests } = await openEmbed('widget=lookup&county=12021', site);
    expect(await textOf(shown, 'open287g-lookup [part=source]')).toContain('November 30, 2026');
    expect(requests).toContain(dataUrl);
  } finally {
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}, 45_000);

it('takes no text from the query string: a heading or strings parameter is ignored', async () => {
  const { page } = await openEmbed(
    'widget=lookup&county=12021&heading=No%20agreement%20in%20Collier&strings=%7B%7D&lang=xx&theme=evil',
  );
  expect(await textOf(page, 'open287g-lookup h2')).toBe('Does my county have a 287(g) agreement?');
  expect(await page.locator('open287g-lookup').getAttribute('heading')).toBeNull();
  expect(await page.locator('open287g-lookup').getAttribute('lang')).toBeNull();
  expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe('light dark');
}, 45_000);

it.each([
  'models=constructor',
  'models=__proto__,tostring',
  'rows=constructor,hasownproperty',
  'highlight=constructor',
])(
  'shows the default table for inherited object keys as codes (%s), and is ready',
  async (query) => {
    const { page, errors } = await openEmbed(`widget=models&${query}`);
    expect(await page.locator('open287g-models thead th').count()).toBe(4);
    expect(await page.locator('open287g-models tbody tr').count()).toBeGreaterThan(10);
    expect(await textOf(page, 'open287g-models tbody td')).toContain('Inside local jails');
    expect(errors).toEqual([]);
  },
  45_000,
);

it('ignores a county that is not five digits', async () => {
  const { page } = await openEmbed('widget=lookup&county=constructor');
  expect(await page.locator('open287g-lookup').getAttribute('county')).toBeNull();
  expect(await page.locator('open287g-lookup [part=answer]').count()).toBe(0);
}, 45_000);
