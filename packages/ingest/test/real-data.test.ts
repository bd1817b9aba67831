/**
 * The ingest on ICE's real list (18 May 2026) and the history files in ../shared/data. Skipped, with a
 * notice, in a clone that has no ../shared/data beside it; every other test uses the committed snapshot.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPlacesDataset, decodeAgencies } from '@open287g/sdk';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { buildHistoryFile, replayLists, runIngest, serializeWithRows } from '../src/index.js';
import { stateIndexOf } from '../src/states.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const shared = join(repo, '../shared/data');
const participating = join(shared, 'ice287g/current/participatingAgencies05182026am.xlsx');
const pending = join(shared, 'ice287g/current/pendingAgencies02272026am.xlsx');
const hasShared = existsSync(participating);
if (!hasShared) console.warn(`[open287g] ${shared} is absent: skipping the tests on ICE's real files.`);

const referenceDir = join(repo, 'packages/data/reference');

describe.skipIf(!hasShared)("ingest of ICE's 18 May 2026 list", () => {
  it('resolves all 1,843 rows', async () => {
    const { agreements, summary } = await runIngest({
      participating,
      pending,
      referenceDir,
      overridesDir: join(repo, 'packages/ingest/overrides'),
    });
    expect(summary.rows).toBe(1843);
    expect(summary.byModel).toEqual({ JEM: 182, TFM: 1162, WSO: 499, HYBRID: 0 });
    const rows = decodeAgencies(agreements).reduce((sum, agency) => sum + agency.agreements.length, 0);
    expect(rows).toBe(1843);
    // every override is used, but for those of agencies on earlier lists only
    expect(summary.overridesUnused.map((line) => line.split(' — ')[0])).toEqual([
      'NC Albemarle District Jail',
      "PA Derry Township Constable's Office",
      'FL University of Central Florida Board of Trustees',
      'FL renamed "Florida Department of Agriculture" → "Office of Agricultural Law Enforcement"',
    ]);
    expect(summary.misspellings).toHaveLength(15);
  });

  it('states in docs/data-methodology.md exactly the counts the ingest computes', async () => {
    const { summary } = await runIngest({
      participating,
      pending,
      referenceDir,
      overridesDir: join(repo, 'packages/ingest/overrides'),
    });
    const doc = (await readFile(join(repo, 'docs/data-methodology.md'), 'utf8')).replace(/\s+/g, ' ');
    const number = (text: string) => Number(text.replace(/,/g, ''));
    const stated =
      /Rows by rule: COUNTY column ([\d,]+); suffix folded ([\d,]+); misspelling read ([\d,]+); county override ([\d,]+); statewide ([\d,]+); town in the name ([\d,]+); agency override ([\d,]+) \(([\d,]+) in all\)/.exec(
        doc,
      );
    expect(stated, 'the "Rows by rule" sentence').not.toBeNull();
    const rule = (name: keyof typeof summary.byRule) => summary.byRule[name] ?? 0;
    expect(stated?.slice(1).map(number)).toEqual([
      rule('COUNTY column'),
      rule('COUNTY column, suffix folded'),
      rule('COUNTY column, misspelling read'),
      rule('COUNTY override'),
      rule('state agency → statewide'),
      rule('town in agency name → ZIP/city index'),
      rule('agency override'),
      summary.rows,
    ]);
    // the rules above are the only ones this list needs
    expect(Object.values(summary.byRule).reduce((sum, n) => sum + (n ?? 0), 0)).toBe(summary.rows);
    expect(doc).toContain(`as printed and as read (${summary.misspellings.length} on the May 2026 list)`);
    const tableRows = async (name: string) =>
      parseCsv(await readFile(join(repo, 'packages/ingest/overrides', name), 'utf8')).length;
    expect(doc).toContain(
      `county-names.csv\` (${await tableRows('county-names.csv')} rows) and \`agencies.csv\` (${await tableRows('agencies.csv')} rows)`,
    );
  });

  it('counts each history list as the shared counts file does', async () => {
    const read = async (name: string) => JSON.parse(await readFile(join(referenceDir, name), 'utf8'));
    const { states } = createPlacesDataset({
      counties: await read('counties.json'),
      mandates: await read('mandates.json'),
    });
    const history = await buildHistoryFile(join(shared, 'ice287g/history'), stateIndexOf(states));
    const expected = new Map(
      parseCsv(await readFile(join(shared, 'ice287g/history_counts_all_snapshots.csv'), 'utf8')).map((r) => [
        r.file,
        r,
      ]),
    );
    expect(history.points).toHaveLength(22);
    for (const point of history.points) {
      const row = expected.get(point.file);
      expect(row, point.file).toBeDefined();
      expect([point.rows, point.byModel.JEM, point.byModel.TFM, point.byModel.WSO], point.file).toEqual([
        Number(row?.rows),
        Number(row?.jem),
        Number(row?.tfm),
        Number(row?.wso),
      ]);
      expect(point.date).toBe(row?.snapshot_date);
    }
    const committed = JSON.parse(await readFile(join(referenceDir, 'history.json'), 'utf8'));
    expect(committed.points).toEqual(history.points);
  });
});

const snapshot = join(repo, 'packages/data/snapshot');

describe.skipIf(!hasShared)("replaying ICE's lists since 2021", () => {
  it('resolves every row of every list, reading kinds from names before TYPE existed, and reproduces the committed snapshot byte for byte', async () => {
    const history = join(shared, 'ice287g/history');
    const files = (await readdir(history)).filter((name) => name.endsWith('.xlsx'));
    expect(files).toHaveLength(22);
    const read: string[] = [];
    const result = await replayLists({
      lists: [...files.map((name) => join(history, name)), participating],
      pending,
      referenceDir,
      overridesDir: join(repo, 'packages/ingest/overrides'),
      // no previous list given: the replay reads the newest first, whose dates fix an older list's SIGNED
      // cell that is no date ("05/082025" in July 2025), as a replay into a new folder does
      onList: ({ summary, agreements }) => {
        read.push(summary.asOf);
        if (summary.file === 'participatingAgencies-20250401123225.xlsx') {
          // ICE put the sheriff's WSO row under Massachusetts; it joins the Minnesota sheriff's TFM row
          const crowWing = agreements.agencies.filter(
            ([, agency]) => agency === "Crow Wing County Sheriff's Office",
          );
          expect(
            crowWing.map(([state, , , counties, , models]) => [state, counties, models.map((m) => m[0])]),
          ).toEqual([['MN', ['27035'], ['TFM', 'WSO']]]);
        }
        // every row placed by some rule; a list before April 2025 has its kinds read from names
        const rows = Object.values(summary.byRule).reduce((sum, n) => sum + (n ?? 0), 0);
        expect(rows, summary.file).toBe(summary.rows);
        if (summary.file.startsWith('ParticipatingEntities'))
          expect(summary.kindsFromNames, summary.file).toBe(summary.agencies);
      },
    });
    // read in date order, whatever order the files came in
    expect(read).toEqual([...read].sort());
    expect(read).toHaveLength(23);
    expect(serializeWithRows(result.agreements, 'agencies')).toBe(
      await readFile(join(snapshot, 'agreements.json'), 'utf8'),
    );
    expect(serializeWithRows(result.listings, 'agencies')).toBe(
      await readFile(join(snapshot, 'listings.json'), 'utf8'),
    );
  }, 120_000);
});
