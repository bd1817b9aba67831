// `pnpm screenshots`: every widget state, in English and Spanish, at 375 and 1280 px, into docs/images/
// (<state>-<lang>-<width>.png), from the built CDN file in headless Chromium. Run after `pnpm build`; look
// at the images before calling a change to the widgets done.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(repo, 'packages/widgets/dist/cdn');
const out = join(repo, 'docs/images');
if (!existsSync(join(cdn, 'open287g.js'))) {
  console.error('packages/widgets/dist/cdn/open287g.js is missing: run `pnpm build` first.');
  process.exit(1);
}

// what the element is given, and what a reader then types (or the keys they press)
const STATES = [
  { name: 'lookup-empty', element: '<open287g-lookup></open287g-lookup>' },
  { name: 'lookup-suggestions', element: '<open287g-lookup></open287g-lookup>', type: 'Harris' },
  { name: 'lookup-yes', element: '<open287g-lookup county="12021"></open287g-lookup>' },
  { name: 'lookup-no', element: '<open287g-lookup county="06037"></open287g-lookup>' },
  // Dallas County, TX: no local agreement, Texas's statewide agencies
  { name: 'lookup-statewide-only', element: '<open287g-lookup county="48113"></open287g-lookup>' },
  // Harford County, MD: its sheriff's agreement ended in 2026
  { name: 'lookup-ended', element: '<open287g-lookup county="24025"></open287g-lookup>' },
  {
    name: 'lookup-choice',
    element: '<open287g-lookup></open287g-lookup>',
    type: 'St. Louis, MO',
    enter: true,
  },
  // a state named alone: its summary
  { name: 'lookup-state', element: '<open287g-lookup></open287g-lookup>', type: 'Texas', enter: true },
  // the same answer on a dark page
  { name: 'lookup-yes-dark', element: '<open287g-lookup county="12021"></open287g-lookup>', dark: true },
  { name: 'models', element: '<open287g-models></open287g-models>' },
  { name: 'map', element: '<open287g-map></open287g-map>' },
  { name: 'map-state-model', element: '<open287g-map state="TX" color-by="model"></open287g-map>' },
  { name: 'map-dark', element: '<open287g-map color-by="count"></open287g-map>', dark: true },
  { name: 'timeline', element: '<open287g-timeline></open287g-timeline>' },
  // the keyboard on the chart: Tab to it, then back one list
  { name: 'timeline-focus', element: '<open287g-timeline></open287g-timeline>', keys: ['Tab', 'ArrowLeft'] },
  { name: 'timeline-state', element: '<open287g-timeline state="TX" from="2024"></open287g-timeline>' },
  { name: 'timeline-dark', element: '<open287g-timeline></open287g-timeline>', dark: true },
];

const page = (lang, element, dark) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="/open287g.js"></script><link rel="stylesheet" href="/open287g.css">
<style>body { margin: 16px; font-family: Georgia, serif; }${dark ? ' :root { color-scheme: dark; background: #111; }' : ''}</style></head>
<body>${element}</body></html>`;

mkdirSync(out, { recursive: true });
const scratch = join(cdn, '.screenshot.html');
const server = await startStaticServer({ root: cdn });
const browser = await launchChromium();
let written = 0;
try {
  const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
  for (const state of STATES.filter((entry) => !only || only.test(entry.name))) {
    for (const lang of ['en', 'es']) {
      for (const width of [375, 1280]) {
        writeFileSync(scratch, page(lang, state.element, state.dark));
        const tab = await browser.newPage({ viewport: { width, height: 800 } });
        await tab.goto(`${server.url}/.screenshot.html`);
        const element = tab
          .locator('open287g-lookup, open287g-models, open287g-map, open287g-timeline')
          .first();
        await element.evaluate((node) => node.ready);
        if (state.type) {
          await tab.getByRole('combobox').click();
          await tab.keyboard.type(state.type);
          if (state.enter) await tab.keyboard.press('Enter');
        }
        for (const key of state.keys ?? []) await tab.keyboard.press(key);
        const path = join(out, `${state.name}-${lang}-${width}.png`);
        await element.screenshot({ path, animations: 'disabled' });
        await tab.close();
        written++;
        console.log(`… ${path}`);
      }
    }
  }
} finally {
  rmSync(scratch, { force: true });
  await browser.close();
  await server.close();
}
console.log(`Wrote ${written} screenshots to ${out}.`);
