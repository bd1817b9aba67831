// Benchmark: prints figures, asserts nothing. Run after a build: `pnpm bench` (or `npm run bench`).
// - ingest wall time on ICE's real list, and a replay of all 23 lists since 2021 (when ../shared/data is beside the repo)
// - snapshot bytes, raw and gzip, of each data file
// - dataset load time and search latency (median, p95) over a few thousand queries
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => join(repo, path);
for (const file of ['packages/sdk/dist/index.js', 'packages/ingest/dist/index.js']) {
  if (!existsSync(dist(file))) {
    console.error(`${file} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}
const sdk = await import(dist('packages/sdk/dist/index.js'));
const ingest = await import(dist('packages/ingest/dist/index.js'));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log(
  `open287g benchmark — node ${process.version}, ${new Date().toISOString()}, load average ${load()}\n`,
);

// 1. ingest
const participating = join(repo, '../shared/data/ice287g/current/participatingAgencies05182026am.xlsx');
if (existsSync(participating)) {
  const times = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const { summary } = await ingest.runIngest({
      participating,
      referenceDir: join(repo, 'packages/data/reference'),
      overridesDir: join(repo, 'packages/ingest/overrides'),
    });
    times.push(performance.now() - started);
    rows = summary.rows;
  }
  console.log(
    `Ingest of ${rows} rows (ICE list of 18 May 2026), no write: median ${ms(median(times))} of 3 runs`,
  );
  // every list since 2021 (the history folder and the current list), replayed into one history
  const history = join(repo, '../shared/data/ice287g/history');
  const lists = [
    ...readdirSync(history)
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => join(history, name)),
    participating,
  ];
  const started = performance.now();
  const replay = await ingest.replayLists({
    lists,
    referenceDir: join(repo, 'packages/data/reference'),
    overridesDir: join(repo, 'packages/ingest/overrides'),
    previous: join(repo, 'packages/data/snapshot/agreements.json'),
  });
  const replayed = performance.now() - started;
  console.log(
    `Replay of all ${lists.length} ICE lists since 2021 into one history, no write: ${ms(replayed)} (${replay.listings.lists.length} lists, ${replay.listings.agencies.length} agencies in the registry)`,
  );
} else {
  console.log(`Ingest: skipped (${participating} is absent)`);
}

// 2. snapshot bytes: the files a browser may load (the feeds are for feed readers, summed apart)
console.log('\nData files (what a browser would download):');
for (const folder of ['snapshot', 'reference']) {
  for (const name of readdirSync(join(repo, 'packages/data', folder)).sort()) {
    if (!name.endsWith('.json')) continue;
    const bytes = readFileSync(join(repo, 'packages/data', folder, name));
    console.log(
      `  ${`${folder}/${name}`.padEnd(28)} raw ${kb(bytes.length).padStart(9)}   gzip ${kb(gzipSync(bytes, { level: 9 }).length).padStart(8)}`,
    );
  }
}
const feeds = join(repo, 'packages/data/snapshot/feeds');
const feedFiles = readdirSync(feeds, { recursive: true }).filter((name) => /\.(json|atom)$/.test(name));
const feedBytes = feedFiles.map((name) => readFileSync(join(feeds, name)));
console.log(
  `  snapshot/feeds/ (${feedFiles.length} files)    raw ${kb(feedBytes.reduce((sum, b) => sum + b.length, 0)).padStart(9)}   gzip ${kb(feedBytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0)).padStart(8)}  (changes.json ${kb(gzipSync(readFileSync(join(feeds, 'changes.json')), { level: 9 }).length)} gzip)`,
);

// 3. load and search
let started = performance.now();
const dataset = await sdk.loadBundledDataset();
console.log(`\nloadBundledDataset() with the ZIP/city index: ${ms(performance.now() - started)}`);
started = performance.now();
sdk.search(dataset, 'a');
console.log(`First search (builds the index): ${ms(performance.now() - started)}`);

// Queries as a reader types them: every prefix of county, city and agency names, plus ZIP codes.
const names = [
  ...dataset.counties.filter((_, i) => i % 7 === 0).map((c) => `${c.name}, ${c.state}`),
  ...dataset.places.cities.filter((_, i) => i % 97 === 0).map((c) => c.name),
  ...dataset.agencies.filter((_, i) => i % 41 === 0).map((a) => a.name),
  ...[...dataset.places.zips.keys()].filter((_, i) => i % 101 === 0),
  'condado de harris',
  'doña ana',
  'st lucie',
  'colierr',
];
const queries = names.flatMap((name) =>
  Array.from({ length: Math.min(name.length, 12) }, (_, i) => name.slice(0, i + 1)),
);
const latencies = [];
for (const query of queries) {
  const t = performance.now();
  sdk.search(dataset, query);
  latencies.push(performance.now() - t);
}
console.log(
  `search(): ${queries.length} queries (keystroke prefixes): median ${ms(median(latencies))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
);
const answers = [];
for (const county of dataset.counties) {
  const t = performance.now();
  sdk.answerCounty(dataset, county.fips);
  answers.push(performance.now() - t);
}
console.log(
  `answerCounty(): ${answers.length} counties: median ${ms(median(answers))}, p95 ${ms(percentile(answers, 95))}`,
);

// 4. the widget in headless Chromium (Debian's; skipped when absent)
const { CHROMIUM_PATH } = await import('./chromium.mjs');
const cdnDir = join(repo, 'packages/widgets/dist/cdn');
if (!existsSync(CHROMIUM_PATH) || !existsSync(join(cdnDir, 'open287g.js'))) {
  console.log('\nWidget in Chromium: skipped (no Chromium, or the widgets are not built)');
} else {
  console.log('\nCDN files (gzip):');
  for (const name of readdirSync(cdnDir)
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .sort()) {
    console.log(
      `  ${name.padEnd(28)} ${kb(gzipSync(readFileSync(join(cdnDir, name)), { level: 9 }).length).padStart(9)}`,
    );
  }
  const { benchLookupPage } = await import('./bench-page.mjs');
  console.log(`\nload average before the page benchmark: ${load()}`);
  await benchLookupPage(repo);
}
