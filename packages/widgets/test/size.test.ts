/**
 * Byte budgets on the built CDN file (a test may hold bytes; times belong in `pnpm bench`). The lookup's
 * JavaScript is the entry plus the chunks it imports statically; data chunks and the fetch library, which
 * load only for `data-src`, are counted apart.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { expect, it } from 'vitest';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const cdnLookup = fileURLToPath(new URL('../dist/cdn-lookup/', import.meta.url));
const cdnMap = fileURLToPath(new URL('../dist/cdn-map/', import.meta.url));
const entry = join(cdn, 'open287g.js');
const closureBytes = (file: string, dir = cdn) =>
  [...staticClosure(file, dir)].reduce((sum, chunk) => sum + gzipped(chunk, dir), 0);
const gzipped = (file: string, dir = cdn) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** The entry and every chunk reachable from it by static `import … from "./x.js"`. */
function staticClosure(file: string, dir = cdn, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const match of code.matchAll(
    /(?:^|[;}])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g,
  )) {
    if (match[1]) staticClosure(match[1], dir, seen);
  }
  return seen;
}

// 31 KB. It had been raised from 30 KB to 37.5 KB in four steps: the listing history's decoder and state
// names and known places in search (1.2 KB); the finished card (3.2 KB: a state's summary card, the laws
// that prohibit or limit agreements, the status badge, model tags, Spanish county phrases and data credits,
// in both languages); issue 12's column index for search with its prefix buckets and the compact ZIP map
// (1.3 KB); and issue 13's "Get the data" link (0.6 KB) and a pinned list's "changed since" note (1.1 KB).
// Then the schemas that check data files (zod, 8.3 KB) left it: the widgets import `@open287g/sdk/core`,
// which loads them only to check a list fetched from `data-src`.
it('keeps the lookup JavaScript (Lit included, data and the schemas excluded) within 31 KB gzip', () => {
  if (!existsSync(entry))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  const files = [...staticClosure('open287g-lookup.js', cdnLookup)];
  const bytes = closureBytes('open287g-lookup.js', cdnLookup);
  console.log(`[size] lookup JS: ${(bytes / 1024).toFixed(1)} KB gzip (${files.join(', ')})`);
  expect(files.some((file) => /agreements|counties|places|listings|validation/.test(file))).toBe(false);
  // the schemas are a file of their own, which the lookup loads only on demand, and zod is in no other file
  const lazy = readdirSync(cdnLookup).filter((file) => file.endsWith('.js') && !files.includes(file));
  const withZod = readdirSync(cdnLookup).filter(
    (file) => file.endsWith('.js') && readFileSync(join(cdnLookup, file), 'utf8').includes('ZodMiniObject'),
  );
  expect(withZod).toEqual([lazy.find((file) => file.startsWith('validation-'))]);
  expect(bytes).toBeLessThanOrEqual(31 * 1024);
});

/**
 * What one element's module (`timeline/define.js`) adds to the CDN file: the CDN entry, src/cdn.ts, built
 * here twice as tsup.config.ts builds it (minified, split, everything bundled, the data as chunks), once as
 * it is and once without that import, and the two entries' static closures compared; dist/cdn has a single
 * entry chunk holding every element, which cannot tell them apart. The build's plugin that minifies CSS
 * literals is left out, so the figure is slightly above what ships.
 */
async function addedToCdn(module: string): Promise<number> {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const code = readFileSync(join(src, 'cdn.ts'), 'utf8').replace(/import '\.\//g, `import '${src}`);
  const line = `import '${src}${module}';\n`;
  expect(code).toContain(line);
  const dir = mkdtempSync(join(tmpdir(), 'open287g-size-'));
  const bytes = async (name: string, entryCode: string) => {
    writeFileSync(join(dir, `${name}.ts`), entryCode);
    await build({
      config: false,
      silent: true,
      entry: { [name]: join(dir, `${name}.ts`) },
      outDir: join(dir, name),
      format: ['esm'],
      target: 'es2022',
      platform: 'browser',
      minify: true,
      splitting: true,
      noExternal: [/.*/],
      dts: false,
    });
    return closureBytes(`${name}.js`, join(dir, name));
  };
  try {
    return (await bytes('with', code)) - (await bytes('without', code.replace(line, '')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let timeline: Promise<number> | undefined;
const timelineAdded = () => {
  timeline ??= addedToCdn('timeline/define.js');
  return timeline;
};

it('adds at most 10 KB gzip for <open287g-timeline> to the CDN file', async () => {
  const added = await timelineAdded();
  console.log(`[size] timeline adds: ${(added / 1024).toFixed(1)} KB gzip`);
  expect(added).toBeGreaterThan(0);
  expect(added).toBeLessThanOrEqual(10 * 1024);
});

/** The gzip bytes of the one CDN data chunk named `name`. */
function dataChunk(name: string, dir = cdn): number {
  const chunks = readdirSync(dir).filter((file) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(file));
  expect(chunks, name).toHaveLength(1);
  return gzipped(chunks[0] as string, dir);
}

// What the full CDN file adds beyond the lookup: <open287g-models> (10.5 KB, raised from 8 KB for a full
// citation of every source, numbered marks and notes stated once) and <open287g-map>'s own code (15.5 KB:
// its element, the county coverage, the SVG file); the map's geometry is a chunk loaded only by a map.
it('adds at most 26 KB gzip to the CDN file beyond the lookup, for the models table and the map', async () => {
  if (!existsSync(entry))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  // the timeline has a budget of its own
  const added =
    closureBytes('open287g.js') - closureBytes('open287g-lookup.js', cdnLookup) - (await timelineAdded());
  console.log(
    `[size] models table and map add: ${(added / 1024).toFixed(1)} KB gzip (CDN file in all: ${(closureBytes('open287g.js') / 1024).toFixed(1)} KB)`,
  );
  expect(added).toBeGreaterThan(0);
  expect(added).toBeLessThanOrEqual(26 * 1024);
  expect([...staticClosure('open287g.js')].some((file) => file.startsWith('geometry-'))).toBe(false);
});

it("keeps the map's script and geometry within 100 KB gzip, the geometry loaded only by a map", () => {
  if (!existsSync(join(cdnMap, 'open287g-map.js')))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn-map/open287g-map.js is missing');
  const files = [...staticClosure('open287g-map.js', cdnMap)];
  const script = closureBytes('open287g-map.js', cdnMap);
  const geometry = dataChunk('geometry', cdnMap);
  console.log(
    `[size] map: ${(script / 1024).toFixed(1)} KB script + ${(geometry / 1024).toFixed(1)} KB geometry gzip`,
  );
  expect(files.some((file) => /geometry|agreements|counties|places/.test(file))).toBe(false);
  expect(script + geometry).toBeLessThanOrEqual(100 * 1024);
  // pages without a map never get its geometry: the lookup-only build has none
  expect(readdirSync(cdnLookup).some((file) => file.startsWith('geometry-'))).toBe(false);
});

// Each data file, at its size when issue 12 was done plus a little room for ICE's list to grow.
const DATA_BUDGETS_KB = { counties: 23, mandates: 10.5, agreements: 40, listings: 30, places: 260 };

it('keeps each data file within its budget', () => {
  if (!existsSync(entry))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  for (const [name, budget] of Object.entries(DATA_BUDGETS_KB)) {
    const bytes = dataChunk(name);
    console.log(`[size] ${name}: ${(bytes / 1024).toFixed(1)} KB gzip (budget ${budget} KB)`);
    expect(bytes, name).toBeLessThanOrEqual(budget * 1024);
  }
});

// What a lookup page downloads, in the order it needs it (see shared/data.ts): the field is usable after
// the script, the stylesheet and the counties; with the agreements and state laws it answers; the listing
// history comes with the first answer and the ZIP/city index once the field is focused.
it('keeps the lookup page within 55 KB gzip before its field is usable, and 103 KB before anyone types', () => {
  if (!existsSync(entry))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  const script = closureBytes('open287g-lookup.js', cdnLookup) + gzipped('open287g.css', cdnLookup);
  const usable = script + dataChunk('counties', cdnLookup);
  const idle = usable + dataChunk('agreements', cdnLookup) + dataChunk('mandates', cdnLookup);
  const all = idle + dataChunk('listings', cdnLookup) + dataChunk('places', cdnLookup);
  console.log(
    `[size] lookup page: ${(usable / 1024).toFixed(1)} KB until usable, ${(idle / 1024).toFixed(1)} KB until idle, ${(all / 1024).toFixed(1)} KB with everything`,
  );
  expect(usable).toBeLessThanOrEqual(55 * 1024);
  expect(idle).toBeLessThanOrEqual(103 * 1024);
  expect(all).toBeLessThanOrEqual(400 * 1024);
});

it('ships a .gz and a .br copy of every CDN file, each smaller and the same bytes once decompressed', () => {
  if (!existsSync(entry))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  for (const dir of [cdn, cdnLookup]) {
    for (const file of readdirSync(dir).filter((name) => /\.(js|css)$/.test(name))) {
      const bytes = readFileSync(join(dir, file));
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(bytes), file).toBe(true);
      const brotli = readFileSync(join(dir, `${file}.br`));
      expect(brotliDecompressSync(brotli).equals(bytes), file).toBe(true);
      expect(brotli.length, file).toBeLessThanOrEqual(gzipped(file, dir));
    }
  }
});

it('keeps the placeholder stylesheet, which blocks rendering in the head, within 1 KB gzip', () => {
  if (!existsSync(entry))
    throw new Error('run `pnpm build` first: packages/widgets/dist/cdn/open287g.js is missing');
  const bytes = gzipped('open287g.css');
  console.log(`[size] open287g.css: ${bytes} B gzip`);
  expect(bytes).toBeLessThanOrEqual(1024);
  expect(gzipped('open287g.css', cdnLookup)).toBe(bytes);
});
