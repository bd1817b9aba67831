/**
 * embed.html in the host pages newsrooms have, in Debian's Chromium: a page that sizes its frames with the real
 * Pym.js parent script from npm, a page that listens the way AMP's amp-iframe does, and a page with our own
 * snippet; each frame from another origin. Every message the frame sends is its height and nothing else.
 * Also the page's own parameters: theme, plain, and values it must ignore.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const embedHtml = new URL('../dist/embed/embed.html', import.meta.url);
const PYM = 'node_modules/pym.js/dist/pym.v1.min.js';
const EMBED = '/packages/widgets/dist/embed/embed.html';
const COLLIER_YES = 'Yes — 5 agencies in Collier County, FL have a 287(g) agreement.';

let widgets: { url: string; close: () => Promise<void> };
let host: { url: string; close: () => Promise<void> };
/** the newsroom's site: its pages are written here, with its copy of Pym.js as npm ships it */
let hostFolder: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (!existsSync(embedHtml))
    throw new Error('run `pnpm build` first: packages/widgets/dist/embed/embed.html is missing');
  if (!existsSync(join(root, PYM)))
    throw new Error('run `pnpm install` first: pym.js (a root devDependency) is missing');
  // Two origins: the newsroom's site and the one that serves embed.html. The host pages are real files on a
  // loopback server, not intercepted requests: Chromium lets only a page from a local address frame one.
  hostFolder = mkdtempSync(join(tmpdir(), 'open287g-host-'));
  mkdirSync(join(hostFolder, 'js'));
  copyFileSync(join(root, PYM), join(hostFolder, 'js/pym.v1.min.js'));
  widgets = await startStaticServer({ root });
  host = await startStaticServer({ root: hostFolder });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await widgets?.close();
  await host?.close();
  if (hostFolder) rmSync(hostFolder, { recursive: true, force: true });
});

const embedUrl = (query: string) => `${widgets.url}${EMBED}?${query}`;

/**
 * A host page at `host`'s origin with `body`; it records every message a frame sends it, as AMP's runtime
 * would see it (the data as structured-cloned), in `window.received`.
 */
let hostPages = 0;
async function openHost(body: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const name = `story-${++hostPages}.html`;
  writeFileSync(
    join(hostFolder, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
        <script>
          window.received = [];
          addEventListener('message', (event) => {
            if (event.origin === ${JSON.stringify(widgets.url)}) window.received.push(event.data);
          });
        </script></head><body><main><h1>A story</h1>${body}</main></body></html>`,
  );
  await page.goto(`${host.url}/${name}`);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const embedFrame = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes(EMBED))).toBe(true);
  return page.frames().find((frame) => frame.url().includes(EMBED)) as Frame;
};

/** The frame's content height, measured inside it as embed.html measures it. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

const answerOf = (frame: Frame) =>
  frame
    .locator('open287g-lookup [part=answer]')
    .textContent({ timeout: 1_000 })
    .catch(() => null);

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: unknown[] }).received);

it("is sized by Pym.js's own parent script, and accepts the parameters Pym adds to its URL", async () => {
  const page = await openHost(`<div id="collier"></div>
    <script src="js/pym.v1.min.js"></script>
    <script>
      new pym.Parent('collier', ${JSON.stringify(embedUrl('widget=lookup&county=12021'))}, {
        title: '287(g) agreements in Collier County, FL',
      });
    </script>`);
  const iframe = page.locator('#collier iframe');
  expect(await iframe.getAttribute('title')).toBe('287(g) agreements in Collier County, FL');
  // Pym names the frame and passes the page's width, title and address; the widget ignores all but the name
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  expect([...src.searchParams.keys()]).toEqual(
    expect.arrayContaining(['initialWidth', 'childId', 'parentTitle', 'parentUrl']),
  );
  const frame = await embedFrame(page);
  await expect.poll(() => answerOf(frame), { timeout: 20_000 }).toBe(COLLIER_YES);
  const sized = async () => Number.parseInt((await iframe.getAttribute('height')) ?? '0', 10);
  await expect.poll(async () => (await sized()) - (await contentHeight(frame)), { timeout: 10_000 }).toBe(0);
  expect(await sized()).toBeGreaterThan(400);
  // the frame holds its whole content: nothing is cut off at its bottom
  expect(await iframe.evaluate((element) => Math.round(element.getBoundingClientRect().height))).toBe(
    await sized(),
  );
  // narrower, the answer's lines wrap: the frame follows its new height
  const wide = await sized();
  await page.setViewportSize({ width: 340, height: 900 });
  await expect.poll(sized, { timeout: 10_000 }).toBeGreaterThan(wide);
  await expect.poll(async () => (await sized()) - (await contentHeight(frame)), { timeout: 10_000 }).toBe(0);
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
}, 45_000);

it('runs the Pym.js example page: the article sizes its plain lookup frame', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${widgets.url}/examples/html/pym-embed.html`);
  const iframe = page.locator('#collier-287g iframe');
  expect(await iframe.getAttribute('title')).toBe('287(g) agreements in Collier County, FL');
  const frame = await embedFrame(page);
  await expect.poll(() => answerOf(frame), { timeout: 20_000 }).toBe(COLLIER_YES);
  // the answer grows once the listing history is in: the frame follows until the two agree
  const sized = async () => Number.parseInt((await iframe.getAttribute('height')) ?? '0', 10);
  await expect.poll(async () => (await sized()) - (await contentHeight(frame)), { timeout: 10_000 }).toBe(0);
  expect(await frame.locator('open287g-lookup [part=source]').isVisible()).toBe(false);
}, 45_000);

/** How amp-iframe reads a frame's message: an object from that frame with AMP's sentinel and a type. */
const ampMessages = (messages: unknown[]) =>
  messages.filter(
    (data): data is Record<string, unknown> =>
      typeof data === 'object' && data !== null && (data as { sentinel?: unknown }).sentinel === 'amp',
  );

it("sends AMP's embed-size and our own message, each with the content's height and nothing else", async () => {
  const page = await openHost(
    `<iframe title="287(g) lookup" src="${embedUrl('widget=lookup&county=12021&childId=story-frame')}"
      style="width: 600px; height: 150px; border: 0"></iframe>`,
  );
  const frame = await embedFrame(page);
  await expect.poll(() => answerOf(frame), { timeout: 20_000 }).toBe(COLLIER_YES);
  const height = await contentHeight(frame);
  await expect
    .poll(async () => ampMessages(await received(page)).at(-1), { timeout: 10_000 })
    .toEqual({
      sentinel: 'amp',
      type: 'embed-size',
      height,
    });
  const all = await received(page);
  expect(all.filter((data) => (data as { type?: unknown }).type === 'open287g:resize').at(-1)).toEqual({
    type: 'open287g:resize',
    height,
  });
  expect(all.filter((data) => typeof data === 'string').at(-1)).toBe(
    `pymxPYMxstory-framexPYMxheightxPYMx${height}`,
  );
  // every message, first to last, is one of the three shapes, with a whole number of pixels
  for (const data of all) {
    if (typeof data === 'string') expect(data).toMatch(/^pymxPYMxstory-framexPYMxheightxPYMx\d+$/);
    else {
      expect(Object.keys(data as object).sort()).toEqual(
        (data as { sentinel?: unknown }).sentinel === 'amp'
          ? ['height', 'sentinel', 'type']
          : ['height', 'type'],
      );
      expect(Number.isInteger((data as { height: unknown }).height)).toBe(true);
    }
  }
}, 45_000);

it('sends no Pym message without a valid childId, and still renders', async () => {
  const page = await openHost(
    `<iframe title="287(g) lookup" src="${embedUrl('widget=lookup&county=12021&childId=a%20b%3Cscript%3E')}"
      style="width: 600px; height: 150px; border: 0"></iframe>`,
  );
  const frame = await embedFrame(page);
  await expect.poll(() => answerOf(frame), { timeout: 20_000 }).toBe(COLLIER_YES);
  await expect.poll(async () => ampMessages(await received(page)).length).toBeGreaterThan(0);
  expect((await received(page)).filter((data) => typeof data === 'string')).toEqual([]);
}, 45_000);

/** embed.html on its own, with the reader's system set to `scheme`. */
async function openEmbed(query: string, scheme: 'light' | 'dark' = 'light') {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, colorScheme: scheme });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(embedUrl(query));
  await page.waitForFunction(() => {
    const element = document.body.firstElementChild as (HTMLElement & { ready?: Promise<void> }) | null;
    return element?.ready?.then(() => true);
  });
  return { page, errors };
}

/** Relative luminance (0 black … 1 white) of a computed `rgb(…)` colour. */
const luminance = (color: string) => {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};

const colours = (page: Page) =>
  page.evaluate(() => {
    const heading = document.querySelector('open287g-lookup')?.shadowRoot?.querySelector('h2');
    return {
      page: getComputedStyle(document.body).backgroundColor,
      text: heading ? getComputedStyle(heading).color : '',
    };
  });

it.each([
  ['theme=dark', 'light', 'dark'],
  ['theme=light', 'dark', 'light'],
  ['theme=auto', 'dark', 'dark'],
  ['theme=evil', 'dark', 'dark'],
] as const)(
  '%s on a %s system gives a %s page',
  async (query, scheme, expected) => {
    const { page } = await openEmbed(`widget=lookup&${query}`, scheme);
    const { page: background, text } = await colours(page);
    if (expected === 'dark') {
      expect(luminance(background)).toBeLessThan(0.05);
      expect(luminance(text)).toBeGreaterThan(0.6);
    } else {
      expect(luminance(background)).toBeGreaterThan(0.9);
      expect(luminance(text)).toBeLessThan(0.05);
    }
  },
  45_000,
);

/** Whether a part inside the embedded element takes room on screen (a visually hidden one takes 1 px). */
const shown = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const part = document.body.firstElementChild?.shadowRoot?.querySelector(selector);
    if (!part) return null;
    const box = part.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  }, selector);

it("plain takes away the lookup's heading and source line; the heading is still there for screen readers", async () => {
  const before = await openEmbed('widget=lookup&county=12021');
  expect(await shown(before.page, '[part=heading]')).toBe(true);
  expect(await shown(before.page, '[part=source]')).toBe(true);
  const { page } = await openEmbed('widget=lookup&county=12021&plain');
  expect(await shown(page, '[part=heading]')).toBe(false);
  expect(await shown(page, '[part=source]')).toBe(false);
  expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
    'Does my county have a 287(g) agreement?',
  );
  expect(await page.locator('open287g-lookup [part=answer]').textContent()).toBe(COLLIER_YES);
  // the frame is shorter by what was taken away
  const height = (p: Page) => p.evaluate(() => document.documentElement.getBoundingClientRect().height);
  expect(await height(page)).toBeLessThan((await height(before.page)) - 50);
}, 45_000);

it.each([
  ['a table', 1280, 'caption'],
  ['cards', 375, '.cards-title'],
] as const)(
  "plain takes away the models' title above %s",
  async (_layout, width, selector) => {
    const { page } = await openEmbed('widget=models&plain=true');
    await page.setViewportSize({ width, height: 900 });
    expect(await shown(page, selector)).toBe(false);
    const { page: full } = await openEmbed('widget=models');
    await full.setViewportSize({ width, height: 900 });
    expect(await shown(full, selector)).toBe(true);
  },
  45_000,
);

it.each([
  'widget=constructor&county=12021',
  'widget=__proto__&county=12021',
  'widget=LOOKUP&county=12021',
  'widget=lookup&county=12021&plain=no&compact=yes&initialWidth=abc&parentTitle=%3Cb%3E&parentUrl=javascript:x&foo=bar',
])(
  'ignores what it does not know (%s): the lookup, in full, for Collier County',
  async (query) => {
    const { page, errors } = await openEmbed(query);
    expect(await page.locator('open287g-lookup [part=answer]').textContent()).toBe(COLLIER_YES);
    expect(await shown(page, '[part=heading]')).toBe(true);
    expect(await shown(page, '[part=source]')).toBe(true);
    expect(await page.locator('open287g-lookup').evaluate((element) => element.getAttributeNames())).toEqual([
      'county',
    ]);
    expect(errors).toEqual([]);
  },
  45_000,
);

it.each([
  [
    'widget=map&state=TX&county=48201&color-by=count&compact&lang=es',
    { state: 'TX', county: '48201', 'color-by': 'count', compact: '', lang: 'es' },
  ],
  ['widget=map&state=tx&county=4820&color-by=evil&compact=no&models=jem', {}],
  [
    'widget=timeline&state=TX&models=jem,tfm&from=2024-07&county=48201',
    { state: 'TX', models: 'jem,tfm', from: '2024-07' },
  ],
  ['widget=timeline&state=Texas&models=JEM&from=2024%2F07', {}],
])(
  'sets on the map and the timeline only what they take, as they take it (%s)',
  async (query, expected) => {
    const { page, errors } = await openEmbed(query);
    const attributes = await page
      .locator('body > *')
      .evaluate((element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])));
    expect(attributes).toEqual(expected);
    expect(errors).toEqual([]);
  },
  45_000,
);
