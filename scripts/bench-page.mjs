// The Chromium page benchmark of `pnpm bench`: our lookup page beside a fixed, simple reference page (Lit
// and one 40 KB JSON file), measured in the same run, so each time can also be read as a ratio that stays
// comparable across runs on a noisy machine. Prints figures; asserts nothing.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const COLD_LOADS = 7;
const LONG_TASK_WINDOW = 5000;

// What readers type, letter by letter: names, ZIP codes, Spanish, typos.
const WORDS = [
  'collier county',
  'miami',
  'harris tx',
  'doña ana',
  'boca raton',
  '34102',
  'st lucie',
  'springfield',
  'condado de harris',
  'los angeles',
  'naples police department',
  'washington county',
  'kodiak',
  'hopewell',
];

/** The reference page's data: about 40 KB of JSON once gzipped, the same bytes every run (a seeded generator). */
function referenceData() {
  let seed = 287;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = () =>
    Array.from({ length: 4 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * 26)]).join('');
  const rows = Array.from({ length: 2300 }, (_, i) => ({
    name: `${word()} ${word()}`,
    code: String(10000 + i),
    value: Math.floor(random() * 1e6),
  }));
  return JSON.stringify(rows);
}

/** Writes the reference page (an import map to the repository's own Lit) where the static server sees it. */
function writeReferencePage(repo) {
  const dir = join(repo, 'node_modules/.cache/open287g-bench');
  mkdirSync(dir, { recursive: true });
  const lit = realpathSync(join(repo, 'node_modules/lit'));
  const url = (path) => `/${relative(repo, path)}`;
  const folder = (path) => `${url(path)}/`;
  const imports = {
    lit: url(join(lit, 'index.js')),
    'lit/': folder(lit),
    'lit-html': url(join(lit, '../lit-html/lit-html.js')),
    'lit-html/': folder(join(lit, '../lit-html')),
    'lit-element/': folder(join(lit, '../lit-element')),
    '@lit/reactive-element': url(join(lit, '../@lit/reactive-element/reactive-element.js')),
    '@lit/reactive-element/': folder(join(lit, '../@lit/reactive-element')),
  };
  writeFileSync(join(dir, 'reference-data.json'), referenceData());
  writeFileSync(
    join(dir, 'reference.js'),
    `import { LitElement, html } from 'lit';
class ReferenceSearch extends LitElement {
  static properties = { rows: { state: true }, query: { state: true }, chosen: { state: true } };
  constructor() { super(); this.rows = null; this.query = ''; this.chosen = null; }
  async connectedCallback() {
    super.connectedCallback();
    this.rows = await (await fetch('reference-data.json')).json();
  }
  render() {
    const q = this.query.toLowerCase();
    const found = q && this.rows ? this.rows.filter((row) => row.name.startsWith(q)).slice(0, 8) : [];
    return html\`<label for="input">Name</label>
      <input id="input" ?readonly=\${!this.rows} @input=\${(e) => { this.query = e.target.value; }} />
      <div id="listbox" role="listbox">\${found.map((row, i) => html\`<div role="option" id="option-\${i}" @click=\${() => { this.chosen = row; }}>\${row.name}</div>\`)}</div>
      \${this.chosen ? html\`<h3 id="answer-sentence">\${this.chosen.name}: \${this.chosen.value}</h3>\` : ''}\`;
  }
}
customElements.define('reference-search', ReferenceSearch);
`,
  );
  writeFileSync(
    join(dir, 'reference.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>reference</title><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module" src="reference.js"></script></head>
<body><main><h1>Reference</h1><reference-search></reference-search></main></body></html>`,
  );
  const data = readFileSync(join(dir, 'reference-data.json'));
  return {
    path: `/${relative(repo, dir)}/reference.html`,
    dataGzip: gzipSync(data, { level: 9 }).length,
    // what a reader of the reference page types and chooses, as "Collier" on ours
    firstName: JSON.parse(data)[0].name,
  };
}

// In the page before anything else: long tasks, and the moment the field accepts typing (polled each frame,
// as a reader would see it; open shadow roots only).
const PROBE = `
window.__bench = { longTasks: [], usable: null };
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
(function poll() {
  const el = document.querySelector('open287g-lookup, reference-search');
  const input = el && el.shadowRoot && el.shadowRoot.querySelector('input');
  if (input && !input.readOnly) { window.__bench.usable = performance.now(); return; }
  requestAnimationFrame(poll);
})();`;

/** In the page: the field's element, its input, and a wait for its next render. */
const IN_PAGE_HELPERS = `
window.__field = () => {
  const element = document.querySelector('open287g-lookup, reference-search');
  return { element, input: element.shadowRoot.querySelector('input') };
};
window.__type = async (text) => {
  const { element, input } = window.__field();
  // a reader's typing starts with the field focused
  if (element.shadowRoot.activeElement !== input) input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  // layout too: results are rendered when they can be seen
  return element.shadowRoot.querySelector('#listbox')?.offsetHeight;
};`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// each file compressed once, however many loads fetched it
const gzipped = new Map();
const gzipSize = (path) => {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipped.get(path);
};

/** gzip -9 bytes of each file the page loaded, read from the repository (the server sends them as they are). */
function gzipBytes(repo, serverUrl, urls) {
  let total = 0;
  const files = [];
  for (const url of new Set(urls)) {
    if (!url.startsWith(serverUrl)) continue;
    const path = join(repo, decodeURIComponent(new URL(url).pathname));
    // a 404 (none expected) carries no file
    if (!existsSync(path)) continue;
    const bytes = gzipSize(path);
    files.push([relative(repo, path), bytes]);
    total += bytes;
  }
  return { total, files };
}

async function coldLoad(browser, url, interact) {
  const context = await browser.newContext();
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.usable !== null);
  await page.evaluate(IN_PAGE_HELPERS);
  let answered = null;
  if (interact) {
    // type the name a letter at a time, choose its option, and wait for its answer (within 20 s)
    answered = await page.evaluate(async (name) => {
      const { element } = window.__field();
      const giveUp = performance.now() + 20_000;
      const frame = () => {
        if (performance.now() > giveUp) throw new Error(`no answer for ${name} within 20 s`);
        return new Promise(requestAnimationFrame);
      };
      for (let i = 1; i <= name.length; i++) await window.__type(name.slice(0, i));
      for (;;) {
        const option = [...element.shadowRoot.querySelectorAll('[role=option]')].find((o) =>
          o.textContent.includes(name),
        );
        if (option) {
          option.click();
          break;
        }
        await frame();
      }
      while (!element.shadowRoot.querySelector('#answer-sentence')?.textContent.includes(name)) await frame();
      return performance.now();
    }, interact);
  }
  await page.waitForLoadState('networkidle');
  const wait = LONG_TASK_WINDOW - (await page.evaluate(() => performance.now()));
  if (wait > 0) await page.waitForTimeout(wait);
  const probe = await page.evaluate(() => ({
    usable: window.__bench.usable,
    longTasks: window.__bench.longTasks,
    resources: [
      [location.href, 0],
      ...performance.getEntriesByType('resource').map((entry) => [entry.name, entry.responseEnd]),
    ],
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...probe, answered, heap: usedSize };
}

/** Keystroke → results rendered (with layout), over every prefix of `WORDS`, once everything has loaded. */
async function keystrokes(browser, url) {
  const page = await browser.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.usable !== null);
  await page.waitForLoadState('networkidle');
  await page.evaluate(IN_PAGE_HELPERS);
  // the lookup's full index is in once `ready` settles; the reference page has nothing more to wait for
  await page.evaluate(() => window.__field().element.ready);
  // one pass, as a reader types: the first keystrokes run colder code than the rest
  const times = await page.evaluate(async (words) => {
    const times = [];
    for (const word of words) {
      for (let i = 1; i <= word.length; i++) {
        const started = performance.now();
        await window.__type(word.slice(0, i));
        times.push(performance.now() - started);
      }
    }
    return times;
  }, WORDS);
  await page.close();
  return times;
}

async function measurePage(browser, repo, serverUrl, path, interact) {
  const url = serverUrl + path;
  const passive = [];
  const active = [];
  for (let run = 0; run < COLD_LOADS; run++) passive.push(await coldLoad(browser, url, false));
  for (let run = 0; run < COLD_LOADS; run++) active.push(await coldLoad(browser, url, interact));
  const idle = passive.map((load) =>
    gzipBytes(
      repo,
      serverUrl,
      load.resources.map(([name]) => name),
    ),
  );
  const beforeUsable = passive.map(
    (load) =>
      gzipBytes(
        repo,
        serverUrl,
        load.resources.filter(([, end]) => end <= load.usable).map(([name]) => name),
      ).total,
  );
  const afterLookup = active.map(
    (load) =>
      gzipBytes(
        repo,
        serverUrl,
        load.resources.map(([name]) => name),
      ).total,
  );
  return {
    idleBytes: idle.map((load) => load.total),
    idleFiles: idle.at(-1).files,
    beforeUsable,
    afterLookup,
    usable: passive.map((load) => load.usable),
    answered: active.map((load) => load.answered),
    longTasks: passive.map((load) =>
      load.longTasks
        .filter(([start]) => start < LONG_TASK_WINDOW)
        .reduce((sum, [, duration]) => sum + duration, 0),
    ),
    longestTask: Math.max(0, ...passive.flatMap((load) => load.longTasks.map(([, duration]) => duration))),
    heap: active.map((load) => load.heap),
    keystrokes: await keystrokes(browser, url),
  };
}

const stat = (values, format) =>
  `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Measures both pages and prints the table: median (min–max) of the cold loads, and ours ÷ reference. */
export async function benchPages({ browser, repo, serverUrl, lookupPath }) {
  const reference = writeReferencePage(repo);
  const ours = await measurePage(browser, repo, serverUrl, lookupPath, 'Collier');
  const ref = await measurePage(browser, repo, serverUrl, reference.path, reference.firstName);
  const rows = [
    ['bytes to network idle, gzip (no typing)', 'idleBytes', kb],
    ['bytes before the field is usable, gzip', 'beforeUsable', kb],
    ['bytes after a lookup (ZIP/city index in), gzip', 'afterLookup', kb],
    ['navigation → field usable', 'usable', ms],
    ['navigation → Collier’s answer (type, choose)', 'answered', ms],
    ['main-thread long tasks, first 5 s (sum)', 'longTasks', ms],
    ['JS heap after GC (after the lookup)', 'heap', mb],
  ];
  console.log(
    `\nPage benchmark: ${lookupPath} against a reference page (Lit + one ${kb(reference.dataGzip)} JSON file), ${COLD_LOADS} cold loads each, loopback, gzip -9 bytes per file`,
  );
  const width = 50;
  console.log(`  ${''.padEnd(width)} ${'ours: median (min–max)'.padEnd(30)} ${'reference'.padEnd(12)} ratio`);
  for (const [label, key, format] of rows) {
    const a = median(ours[key]);
    const b = median(ref[key]);
    console.log(
      `  ${label.padEnd(width)} ${stat(ours[key], format).padEnd(30)} ${format(b).padEnd(12)} ${b > 0 ? (a / b).toFixed(2) : '—'}`,
    );
  }
  const p95 = percentile(ours.keystrokes, 95);
  const refP95 = percentile(ref.keystrokes, 95);
  console.log(
    `  ${'keystroke → results rendered, p95'.padEnd(width)} ${`${ms(p95)} (median ${ms(median(ours.keystrokes))}, ${ours.keystrokes.length} keys)`.padEnd(30)} ${ms(refP95).padEnd(12)} ${(p95 / refP95).toFixed(2)}`,
  );
  console.log(`  longest main-thread task in any load: ${ms(ours.longestTask)}`);
  console.log('  files to network idle (gzip):');
  for (const [file, bytes] of ours.idleFiles) console.log(`    ${file.padEnd(60)} ${kb(bytes).padStart(9)}`);
}

/** Serves the repository on loopback, launches Chromium and runs `benchPages` on the lookup's page. */
export async function benchLookupPage(repo) {
  const { launchChromium } = await import('./chromium.mjs');
  const { startStaticServer } = await import('./static-server.mjs');
  const server = await startStaticServer({ root: repo });
  const browser = await launchChromium();
  try {
    await benchPages({ browser, repo, serverUrl: server.url, lookupPath: '/scripts/bench-lookup.html' });
  } finally {
    await browser.close();
    await server.close();
  }
}

// `node scripts/bench-page.mjs`: this part of `pnpm bench` alone
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  const { loadavg } = await import('node:os');
  console.log(
    `load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  await benchLookupPage(fileURLToPath(new URL('..', import.meta.url)));
}
