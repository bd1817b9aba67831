/**
 * The embed builder (dist/builder/builder.html) end to end in Debian's Chromium, as a producer uses it:
 * choose a widget, a county, a language and colours, copy a snippet through the Clipboard API, paste it into a
 * fresh page on another site, and see the widget there with those choices — from the built CDN files (the
 * script snippet) and from embed.html (the iframe snippet). Also: by keyboard alone, in Spanish, under a
 * strict CSP, axe clean, with nothing typed sent anywhere, and the copy fallback when the clipboard refuses.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const builderHtml = new URL('../dist/builder/builder.html', import.meta.url);
const BUILDER = '/packages/widgets/dist/builder/builder.html';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const CSP = "default-src 'self'";
const COLLIER_ES = 'Sí — 5 agencias en el condado de Collier, FL tienen un acuerdo 287(g).';

type Server = { url: string; close: () => Promise<void> };
let site: Server;
/** the built CDN folder on an origin of its own, as a CDN serves it (module scripts need CORS) */
let cdn: Server;
/** a newsroom's site, where the snippets are pasted into fresh pages */
let newsroom: Server;
/** the site without its CSP, for axe, which is injected as a script that the strict CSP would block */
let plain: Server;
let newsroomFolder: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
/** every context a test opens, closed after it: pages left open behind later ones slow the whole run */
const opened: BrowserContext[] = [];
async function newContext(options: Parameters<typeof browser.newContext>[0]): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  opened.push(context);
  return context;
}

beforeAll(async () => {
  if (!existsSync(builderHtml))
    throw new Error('run `pnpm build` first: packages/widgets/dist/builder/builder.html is missing');
  site = await startStaticServer({ root, headers: { 'content-security-policy': CSP } });
  cdn = await startStaticServer({
    root: join(root, 'packages/widgets/dist/cdn'),
    headers: { 'access-control-allow-origin': '*' },
  });
  plain = await startStaticServer({ root });
  newsroomFolder = mkdtempSync(join(tmpdir(), 'open287g-newsroom-'));
  newsroom = await startStaticServer({ root: newsroomFolder });
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), cdn?.close(), newsroom?.close(), plain?.close()]);
  if (newsroomFolder) rmSync(newsroomFolder, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
  requests: string[];
}

/** The builder, with the clipboard allowed; every error, CSP violation and request is recorded. */
async function openBuilder({ width = 1280, scheme = 'light' as 'light' | 'dark' } = {}): Promise<Opened> {
  const context = await newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // a missing resource is reported below with its URL
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  // the browser asks for /favicon.ico by itself; the page has none
  const own = (url: string) => !url.endsWith('/favicon.ico');
  page.on('response', (response) => {
    if (response.status() >= 400 && own(response.url()))
      problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (own(request.url())) requests.push(request.url());
  });
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `CSP: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  await page.goto(`${site.url}${BUILDER}`);
  // the bundled list's date shows once the data is in
  await expect
    .poll(() => page.getByText(/ICE’s list bundled with the widget, of May 18, 2026/).count(), {
      timeout: 20_000,
    })
    .toBe(1);
  return { page, context, problems, requests };
}

// a short wait, so that expect.poll retries and reports what it saw
const textOf = (locator: Locator) => locator.textContent({ timeout: 1_000 }).catch(() => null);
const preview = (page: Page) => page.locator('#preview > *');
const snippet = (page: Page, which: 'script' | 'iframe') =>
  page.locator(`#${which}-code`).inputValue({ timeout: 1_000 });

/** Writes `html` as a fresh page on the newsroom's site and opens it. */
let pasted = 0;
async function pasteIntoPage(html: string, lang = 'en'): Promise<Page> {
  const name = `story-${++pasted}.html`;
  writeFileSync(
    join(newsroomFolder, name),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A story</title></head>
    <body><main><h1>A story</h1>${html}</main></body></html>`,
  );
  const page = await (await newContext({ viewport: { width: 900, height: 900 } })).newPage();
  await page.goto(`${newsroom.url}/${name}`);
  return page;
}

it('writes a script snippet that, pasted into a fresh page, shows the chosen county in Spanish and dark', async () => {
  const { page, problems, requests } = await openBuilder();
  // a copy on the site by default; the hint names the npm CDN's folder of this very version
  expect(await page.getByLabel('Folder of open287g.js, for the script snippet').inputValue()).toBe(
    '/js/open287g/',
  );
  expect(await page.locator('body').textContent()).toContain(
    `https://cdn.jsdelivr.net/npm/@open287g/widgets@${version}/dist/cdn/`,
  );
  const loaded = requests.length;
  await page.getByLabel('County', { exact: true }).fill('collier');
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('1 county matches.');
  // what was typed went nowhere: no request at all while searching
  expect(requests.slice(loaded)).toEqual([]);
  await page.getByRole('button', { name: /Collier County, FL/ }).click();
  await expect
    .poll(() => textOf(page.locator('#county-chosen')))
    .toMatch(/Chosen: Collier County, FL \(FIPS 12021\)\./);
  await page.getByRole('group', { name: 'Language of the widget' }).getByLabel('Español').check();
  await page.getByLabel('Dark').check();
  await page.getByLabel('Folder of open287g.js, for the script snippet').fill(`${cdn.url}/`);

  // the preview is the real element with those attributes
  expect(await preview(page).evaluate((element) => element.localName)).toBe('open287g-lookup');
  await expect
    .poll(() => preview(page).locator('[part=answer]').textContent({ timeout: 1_000 }), { timeout: 20_000 })
    .toBe(COLLIER_ES);

  await page.getByRole('button', { name: 'Copy the script snippet' }).click();
  await expect.poll(() => textOf(page.locator('#script-code ~ .actions [role=status]'))).toBe('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippet(page, 'script'));
  expect(copied).toContain(
    `<script type="module" referrerpolicy="no-referrer" src="${cdn.url}/open287g.js">`,
  );
  expect(copied).toContain('<open287g-lookup county="12021" lang="es" theme="dark">');
  expect(problems).toEqual([]);
  // the builder asked its own origin only
  expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);

  const story = await pasteIntoPage(copied);
  const answer = story.locator('open287g-lookup [part=answer]');
  await expect.poll(() => answer.textContent({ timeout: 1_000 }), { timeout: 20_000 }).toBe(COLLIER_ES);
  expect(
    await story.locator('open287g-lookup').evaluate((element) => getComputedStyle(element).colorScheme),
  ).toBe('dark');
}, 60_000);

it('writes an iframe snippet with a title that, pasted into a fresh page, shows the chosen county', async () => {
  const { page } = await openBuilder();
  await page.getByLabel('County', { exact: true }).fill('12021');
  await page.getByLabel('County', { exact: true }).press('Enter');
  await page.getByRole('group', { name: 'Language of the widget' }).getByLabel('Español').check();
  await page.getByLabel('Dark').check();
  // embed.html from the widgets' site, as a newsroom's own copy would be
  const embedBase = `${site.url}/packages/widgets/dist/embed/`;
  await page.getByLabel('Folder of your copy of embed.html, for the iframe snippet').fill(embedBase);
  await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippet(page, 'iframe'));
  expect(copied).toContain(
    `src="${embedBase}embed.html?widget=lookup&amp;county=12021&amp;lang=es&amp;theme=dark"`,
  );

  const story = await pasteIntoPage(copied, 'es');
  const frame = story.locator('iframe');
  expect(await frame.getAttribute('title')).toBe('Acuerdos 287(g) en el condado de Collier, FL');
  const inside = story.frameLocator('iframe');
  await expect
    .poll(() => inside.locator('open287g-lookup [part=answer]').textContent({ timeout: 1_000 }), {
      timeout: 20_000,
    })
    .toBe(COLLIER_ES);
  expect(await inside.locator('html').evaluate((element) => getComputedStyle(element).colorScheme)).toBe(
    'dark',
  );
}, 60_000);

it('offers a state for the map and the timeline, and the pasted map shows that state', async () => {
  const { page, problems } = await openBuilder();
  await page.getByLabel('County map').check();
  // the map takes a county to outline and a state to zoom to
  expect(await page.locator('#county-search').count()).toBe(1);
  await page.getByLabel('State', { exact: true }).selectOption('TX');
  await page.getByRole('group', { name: 'Language of the widget' }).getByLabel('Español').check();
  await page.getByLabel('Folder of open287g.js, for the script snippet').fill(`${cdn.url}/`);
  expect(
    await preview(page).evaluate((element) => [element.localName, element.getAttribute('state')]),
  ).toEqual(['open287g-map', 'TX']);
  const script = await snippet(page, 'script');
  expect(script).toContain('<open287g-map state="TX" lang="es">');
  expect(await snippet(page, 'iframe')).toContain('title="Mapa de los acuerdos 287(g) en Texas"');
  const story = await pasteIntoPage(script, 'es');
  await expect
    .poll(() => textOf(story.locator('open287g-map [part=heading]')), { timeout: 20_000 })
    .toBe('Acuerdos 287(g) en Texas');

  await page.getByLabel('Agreements over time').check();
  // the timeline takes a state, and no county
  expect(await page.locator('#county-search').count()).toBe(0);
  expect(await page.getByLabel('State', { exact: true }).inputValue()).toBe('TX');
  expect(await snippet(page, 'script')).toContain('<open287g-timeline state="TX" lang="es">');
  expect(await snippet(page, 'iframe')).toContain(
    'embed.html?widget=timeline&amp;state=TX&amp;lang=es&amp;theme=auto"',
  );
  expect(problems).toEqual([]);
}, 60_000);

it("sets the map's colours and the timeline's first year, in the snippets and the preview", async () => {
  const { page, problems } = await openBuilder();
  await page.getByLabel('County map').check();
  await page.getByLabel('How many local agencies have one').check();
  expect(await preview(page).getAttribute('color-by')).toBe('count');
  expect(await snippet(page, 'script')).toContain('<open287g-map color-by="count" lang="en">');
  expect(await snippet(page, 'iframe')).toContain('widget=map&amp;color-by=count&amp;lang=en');
  // the default rule is written as no attribute
  await page.getByLabel('Where a local agency has an agreement').check();
  expect(await snippet(page, 'script')).toContain('<open287g-map lang="en">');

  await page.getByLabel('Agreements over time').check();
  expect(await page.getByLabel('How many local agencies have one').count()).toBe(0);
  await page.getByLabel('First year shown').selectOption('2024');
  expect(await preview(page).getAttribute('from')).toBe('2024');
  expect(await snippet(page, 'script')).toContain('<open287g-timeline from="2024" lang="en">');
  expect(await snippet(page, 'iframe')).toContain('widget=timeline&amp;from=2024&amp;lang=en');
  expect(problems).toEqual([]);
}, 60_000);

it('is usable by keyboard alone: find a county, choose it, copy the snippet', async () => {
  const { page } = await openBuilder();
  /** Tabs until `predicate` holds for the focused element (at most 60 stops). */
  const tabTo = async (predicate: string) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`never focused: ${predicate}`);
  };
  await tabTo("document.activeElement?.id === 'county-search'");
  await page.keyboard.type('harris tx');
  await page.keyboard.press('Enter');
  await expect.poll(() => textOf(page.locator('#county-chosen'))).toMatch(/Harris County, TX \(FIPS 48201\)/);
  // focus stays in the field, which now describes the choice
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('county-search');
  await tabTo("document.activeElement?.textContent?.trim() === 'Copy the script snippet'");
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(ring).toBe('solid');
  await page.keyboard.press('Enter');
  await expect.poll(() => textOf(page.locator('#script-code ~ .actions [role=status]'))).toBe('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('county="48201"');
}, 60_000);

it('selects the snippet for Ctrl+C when the clipboard refuses', async () => {
  const { page } = await openBuilder();
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  await expect
    .poll(() => textOf(page.locator('#iframe-code ~ .actions [role=status]')))
    .toBe('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  const selection = await page.evaluate(() => {
    const area = document.activeElement as HTMLTextAreaElement;
    return { id: area.id, start: area.selectionStart, end: area.selectionEnd, length: area.value.length };
  });
  expect(selection).toEqual({ id: 'iframe-code', start: 0, end: selection.length, length: selection.length });
  expect(selection.length).toBeGreaterThan(50);
}, 60_000);

it('speaks Spanish after the language switch, and offers no county for the models table', async () => {
  const { page } = await openBuilder();
  await page.getByRole('button', { name: 'Español' }).click();
  expect(await page.locator('h1').textContent()).toBe('Generador de código para insertar');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
  await expect
    .poll(() => page.getByText('La lista de ICE incluida en el widget, del 18 de mayo de 2026').count())
    .toBe(1);
  await page.getByLabel('Los modelos comparados').check();
  await expect.poll(() => page.getByText('Este widget es igual para todos los condados').count()).toBe(1);
  expect(await page.locator('#county-search').count()).toBe(0);
  // the widget's language is a choice of its own
  expect(await snippet(page, 'script')).toContain('<open287g-models lang="en">');
  await page.getByRole('group', { name: 'Idioma del widget' }).getByLabel('Español').check();
  expect(await snippet(page, 'script')).toContain('<open287g-models lang="es">');
  expect(await snippet(page, 'iframe')).toContain('title="Los modelos 287(g) comparados"');
  expect(await preview(page).evaluate((element) => element.localName)).toBe('open287g-models');
}, 60_000);

it('pins a hosted list: data-src and data-pinned in the script, the meta lines for embed.html', async () => {
  const { page } = await openBuilder();
  await page.getByLabel(/A list you host/).check();
  const field = page.getByLabel('Address of that agreements.json');
  await field.fill('javascript:alert(1)');
  await field.press('Tab');
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  expect(await snippet(page, 'script')).not.toContain('data-src');
  const list = `${site.url}/packages/data/snapshot/agreements.json`;
  await field.fill(list);
  await field.press('Tab');
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('false');
  expect(await snippet(page, 'script')).toContain(`data-src="${list}" data-pinned>`);
  expect(await page.locator('#meta-code').inputValue()).toBe(
    `<meta name="open287g-data-src" content="${list}" />\n<meta name="open287g-data-pinned" content="true" />`,
  );
  // the URL of embed.html never carries the data
  expect(await snippet(page, 'iframe')).not.toContain('agreements.json');
  expect(await preview(page).getAttribute('data-src')).toBe(list);
}, 60_000);

it('keeps the last good address when a folder is not one', async () => {
  const { page } = await openBuilder();
  const field = page.getByLabel('Folder of open287g.js, for the script snippet');
  await field.fill('javascript:alert(1)//');
  await expect
    .poll(() => textOf(page.locator('#cdn-base-error')))
    .toMatch(/Give an http\(s\) address or a path/);
  expect(await snippet(page, 'script')).toContain('src="/js/open287g/open287g.js"');
}, 60_000);

it.each([
  ['English, light, 1280 px', 'light', 1280, 'English'],
  ['Spanish, dark, 375 px', 'dark', 375, 'Español'],
] as const)(
  'is axe clean with an answer in the preview (%s)',
  async (_name, scheme, width, ui) => {
    const context = await newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${plain.url}${BUILDER}`);
    await page.getByRole('button', { name: ui }).click();
    const county = page.locator('#county-search');
    await county.fill('collier');
    await county.press('Enter');
    await expect.poll(() => preview(page).locator('[part=answer]').count(), { timeout: 20_000 }).toBe(1);
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      type Run = (context: Document, options: object) => Promise<{ violations: unknown[] }>;
      // only violations: collecting every passing node as well doubles the run on this large page
      const results = await (window as unknown as { axe: { run: Run } }).axe.run(document, {
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => {
        const { id, nodes } = v as { id: string; nodes: { target: string[] }[] };
        return `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`;
      });
    });
    expect(violations).toEqual([]);
  },
  60_000,
);
