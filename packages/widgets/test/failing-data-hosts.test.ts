/**
 * The built CDN file with a `data-src` on a data host that fails the ways real ones do: it hangs, trickles,
 * is busy for an hour, redirects to another origin, sends a gzip bomb, or serves an older list. Whatever the
 * host does, the bundled answers and the town/ZIP search are there at once, the element settles within the
 * deadline, says why it shows what it shows, and tells the page once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { afterAll, beforeAll, type ExpectStatic, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { agreementsOf, startFaultyDataHost } from '../../../scripts/faulty-data-host.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdn = new URL('../dist/cdn/open287g.js', import.meta.url);
const COLLIER_YES = 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.';

type Host = Awaited<ReturnType<typeof startFaultyDataHost>>;
let server: { url: string; close: () => Promise<void> };
let host: Host;
let elsewhere: Host;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (!existsSync(cdn))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  server = await startStaticServer({ root });
  elsewhere = await startFaultyDataHost({ files: { '/agreements.json': agreementsOf('2026-06-01') } });
  host = await startFaultyDataHost({
    elsewhere: elsewhere.url,
    files: {
      '/agreements.json': agreementsOf('2026-06-01'),
      '/impossible-date.json': agreementsOf('2026-13-45'),
      // ICE's list of January 2021 had no Collier County agreement
      '/older.json': agreementsOf('2021-01-13', (file) => ({
        ...file,
        agencies: file.agencies.filter((agency) => !(agency[3] as string[]).includes('12021')),
      })),
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
  await elsewhere?.close();
});

/**
 * A page with `<open287g-lookup county="12021">` and the given attributes; `window.seen` records every
 * open287g-select (county and first local agency count) and open287g-data-error (reason).
 */
async function openLookup(attributes: Record<string, string>): Promise<Page> {
  const page = await browser.newPage();
  const fetches: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch') fetches.push(request.url());
  });
  fetchesOf.set(page, fetches);
  await page.goto(`${server.url}/examples/html/strict-csp.html`);
  await page.evaluate((attributes) => {
    document.querySelector('main')?.replaceChildren();
    const seen: string[] = [];
    Object.assign(window, { seen });
    const element = document.createElement('open287g-lookup');
    element.setAttribute('county', '12021');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.addEventListener('open287g-select', (event) =>
      seen.push(
        `select ${(event as CustomEvent).detail.county.fips} ${(event as CustomEvent).detail.local.length}`,
      ),
    );
    element.addEventListener('open287g-data-error', (event) =>
      seen.push(`error ${(event as CustomEvent).detail.reason}`),
    );
    document.querySelector('main')?.append(element);
  }, attributes);
  return page;
}

const fetchesOf = new WeakMap<Page, string[]>();

const read = (page: Page, selector: string) =>
  page
    .locator(`open287g-lookup ${selector}`)
    .textContent({ timeout: 1_000 })
    .catch(() => null);
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
const ready = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('open287g-lookup') as unknown as { ready: Promise<void> }).ready.then(() => true),
  );

/** Types a ZIP code and waits for its option: the town/ZIP index works. */
async function zipSearchWorks(page: Page, expect: ExpectStatic): Promise<void> {
  await page.locator('open287g-lookup input').fill('34102');
  await expect.poll(() => read(page, '[role=option]'), { timeout: 5_000 }).toContain('34102');
}

// concurrent: three of them wait out the 8 s deadline
it.concurrent.for<[string, string, string]>([
  ['never answers', '/hang.json', 'timeout'],
  ['sends headers, then trickles bytes forever', '/trickle.json', 'timeout'],
  ['stops halfway through the body', '/stall-body.json', 'timeout'],
  ['answers 503 with Retry-After: 3600', '/busy.json', 'http'],
  ['redirects to another origin', '/redirect-away.json', 'redirect'],
  ['sends a gzip bomb (1 MB on the wire, 1 GiB inflated)', '/bomb.json', 'size'],
  ['serves a list dated 2026-13-45', '/impossible-date.json', 'schema'],
])(
  'answers at once and settles within the deadline when the data host %s',
  { timeout: 45_000 },
  async ([, path, reason], { expect }) => {
    const page = await openLookup({ 'data-src': `${host.url}${path}` });
    // the bundled answers and the ZIP/city index never wait on data-src
    await expect.poll(() => read(page, '[part=answer]'), { timeout: 5_000 }).toBe(COLLIER_YES);
    await zipSearchWorks(page, expect);
    // the whole remote load has an 8 s deadline; ready resolves after it, whatever the host does
    expect(
      await Promise.race([ready(page), new Promise((done) => setTimeout(() => done(false), 15_000))]),
    ).toBe(true);
    expect(await read(page, '[part=note]')).toBe(
      'Newer data could not be loaded; showing the data of May 18, 2026.',
    );
    expect(await seen(page)).toEqual(['select 12021 5', `error ${reason}`]);
    await page.close();
  },
);

it('refuses an older data-src: the newer bundled answer stays, says why, and is sent to the page once', async () => {
  const page = await openLookup({ 'data-src': `${host.url}/older.json` });
  expect(await ready(page)).toBe(true);
  expect(await read(page, '[part=answer]')).toBe(COLLIER_YES);
  expect(await read(page, '[part=note]')).toBe(
    "The data this page points to is older than the widget's own; showing ICE's list of May 18, 2026.",
  );
  expect(await seen(page)).toEqual(['select 12021 5', 'error older']);
  await page.close();
}, 45_000);

it('shows a pinned older list when the page asks for it (data-pinned), with both dates, answering once', async () => {
  const page = await openLookup({ 'data-src': `${host.url}/older.json`, 'data-pinned': '' });
  expect(await ready(page)).toBe(true);
  expect(await read(page, '[part=answer]')).toMatch(
    / — No local agency in Collier County, FL has a 287\(g\) agreement\.$/,
  );
  expect(await read(page, '[part=source]')).toContain('January 13, 2021');
  // and, from the listing history (which holds that list), what has changed there since
  expect(await page.locator('open287g-lookup [part=note]').allTextContents()).toEqual([
    "Showing ICE's list of January 13, 2021, as chosen by this page. A newer list, of May 18, 2026, exists.",
    "Since this list (January 13, 2021), ICE's list has changed for Collier County, FL: 16 agreements added, 0 dropped from the list. Newest list: May 18, 2026.",
  ]);
  expect(await seen(page)).toEqual(['select 12021 0']);
  await page.close();
}, 45_000);

it('says so when a pinned list cannot be loaded, and shows the bundled answers', async () => {
  const page = await openLookup({ 'data-src': `${host.url}/missing.json`, 'data-pinned': '' });
  expect(await ready(page)).toBe(true);
  expect(await read(page, '[part=answer]')).toBe(COLLIER_YES);
  expect(await read(page, '[part=note]')).toBe(
    "The list this page chose could not be loaded; showing ICE's list of May 18, 2026.",
  );
  expect(await seen(page)).toEqual(['select 12021 5', 'error http']);
  await page.close();
}, 45_000);

it('drops its failure note once a later data-src works', async () => {
  const page = await openLookup({ 'data-src': `${host.url}/missing.json` });
  // a cookie for 127.0.0.1, which the data host shares (cookies ignore the port): it must not be sent
  await page.context().addCookies([{ name: 'reader', value: 'someone', url: server.url }]);
  expect(await ready(page)).toBe(true);
  expect(await read(page, '[part=note]')).toContain('Newer data could not be loaded');
  await page.evaluate(
    (url) => document.querySelector('open287g-lookup')?.setAttribute('data-src', url),
    `${host.url}/agreements.json`,
  );
  // a new data source, a new `ready`: it resolves once that source's data is shown
  expect(await ready(page)).toBe(true);
  expect(await read(page, '[part=source]')).toContain('June 1, 2026');
  expect(await page.locator('open287g-lookup [part=note]').count()).toBe(0);
  // the data host learns nothing about the page or the reader
  expect(host.headers.get('/agreements.json')?.referer).toBeUndefined();
  expect(host.headers.get('/agreements.json')?.cookie).toBeUndefined();
  await page.close();
}, 45_000);

it('treats a data-src of only spaces as none: no request, no note', async () => {
  const page = await openLookup({ 'data-src': '   ' });
  expect(await ready(page)).toBe(true);
  expect(await read(page, '[part=answer]')).toBe(COLLIER_YES);
  expect(await page.locator('open287g-lookup [part=note]').count()).toBe(0);
  expect(fetchesOf.get(page)).toEqual([]);
  expect(await seen(page)).toEqual(['select 12021 5']);
  await page.close();
}, 45_000);
