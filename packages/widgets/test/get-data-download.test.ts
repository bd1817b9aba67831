/**
 * "Get the data" end to end: the built CDN file on a page served with `Content-Security-Policy:
 * default-src 'self'`; a reader tabs to the link and presses Enter, and Chromium really downloads the file,
 * which holds the SDK's answer. Nothing is requested on the way and the policy reports nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerCounty, loadBundledDataset } from '@open287g/sdk';
import type { Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdn = new URL('../dist/cdn/open287g.js', import.meta.url);

let server: { url: string; close: () => Promise<void> };
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (!existsSync(cdn))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  server = await startStaticServer({ root, headers: { 'content-security-policy': "default-src 'self'" } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Get the data</title>
    <script type="module" src="/packages/widgets/dist/cdn/open287g.js"></script>
    <link rel="stylesheet" href="/packages/widgets/dist/cdn/open287g.css" />
  </head>
  <body><main><open287g-lookup county="12021"></open287g-lookup><open287g-models></open287g-models></main></body>
</html>`;

/** The page, its elements ready; `log` collects its errors and, from then on, its requests. */
async function open(): Promise<{ page: Page; log: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const log: string[] = [];
  page.on('pageerror', (error) => log.push(`error ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.push(`console ${message.text()}`);
  });
  await page.route(`${server.url}/get-data/page.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "default-src 'self'" },
      body: PAGE,
    }),
  );
  await page.goto(`${server.url}/get-data/page.html`);
  await page.evaluate(() =>
    Promise.all(
      ['open287g-lookup', 'open287g-models'].map(async (tag) => {
        await customElements.whenDefined(tag);
        await (document.querySelector(tag) as unknown as { ready: Promise<void> }).ready;
      }),
    ),
  );
  page.on('request', (request) => {
    if (!request.url().startsWith('blob:')) log.push(`request ${request.url()}`);
  });
  return { page, log };
}

/** Focuses the element's link, presses Enter, and reads the file Chromium downloads. */
async function download(page: Page, tag: string): Promise<{ name: string; text: string }> {
  await page.locator(`${tag} [part=get-data] a`).focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

it("downloads Collier County's answer and the models table, requesting nothing", async () => {
  const { page, log } = await open();
  const dataset = await loadBundledDataset({ places: false });

  const county = await download(page, 'open287g-lookup');
  expect(county.name).toBe(`open287g-collier-county-fl-${dataset.asOf}.csv`);
  expect(county.text.startsWith('\uFEFFcounty_fips,county,state,agency,agency_id,type,model,')).toBe(true);
  const answer = answerCounty(dataset, '12021');
  const ids = [...answer.local, ...answer.statewide, ...answer.pending, ...answer.ended].flatMap((agency) =>
    agency.agreements.map(() => agency.id),
  );
  const lines = county.text.trim().split('\r\n').slice(1);
  expect(lines).toHaveLength(ids.length);
  for (const [i, line] of lines.entries()) expect(line).toContain(`,${ids[i]},`);

  const models = await download(page, 'open287g-models');
  expect(models.name).toBe(`open287g-models-${dataset.asOf}.csv`);
  expect(models.text.split('\r\n')[0]).toBe(
    '\uFEFF,Jail Enforcement Model,Task Force Model,Warrant Service Officer Model,Hybrid Model',
  );

  expect(log).toEqual([]);
  await page.close();
}, 45_000);
