/**
 * The agency registry across lists: a new list continues the history with every id kept, ICE's
 * re-spellings folded into the agency they name, look-alike agencies kept apart.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AgencyTuple, changes, type ListingsFile } from '@open287g/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../src/index.js';
import { assignIds, emptyHistory, historyOf, listingsFileOf, recordList } from '../src/registry.js';
import { link, tempDir, writeWorkbook } from './fixtures.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const referenceDir = join(repo, 'packages/data/reference');
const overridesDir = join(repo, 'packages/ingest/overrides');
const bundledListings = join(repo, 'packages/data/snapshot/listings.json');
const signed = new Date(Date.UTC(2025, 4, 16));

let dir: string;
let bundled: ListingsFile;
beforeAll(async () => {
  dir = await tempDir();
  bundled = JSON.parse(await readFile(bundledListings, 'utf8'));
});

const idsOf = (listings: ListingsFile) =>
  new Set(listings.agencies.map((tuple) => tuple[6] ?? `${tuple[0].toLowerCase()}-${tuple[4][0]?.[1]}`));

describe('a new list on top of the history', () => {
  const ROWS = [
    [
      'FLORIDA',
      'Ft. Myers Police Dept.',
      'Municipality',
      'Lee County',
      'Task Force Model',
      signed,
      link('fm.pdf'),
      null,
    ],
    [
      'FLORIDA',
      'City of Naples Police Department',
      'Municipality',
      'Collier County',
      'Task Force Model',
      signed,
      null,
      null,
    ],
    [
      'FLORIDA',
      'Collier County Sheriffs Office',
      'County',
      'Collier County',
      'Task Force Model',
      signed,
      null,
      null,
    ],
    [
      'TEXAS',
      "Somervell County Sheriff's Office",
      'County',
      'Somervell County',
      'Warrant Service Officer',
      signed,
      null,
      null,
    ],
    [
      'TEXAS',
      'Brand New Town Police Department',
      'Municipality',
      'Harris County',
      'Task Force Model',
      signed,
      null,
      null,
    ],
  ];

  it('keeps every id, folds re-spellings into their agency and reports each fold', async () => {
    const file = await writeWorkbook(join(dir, 'participatingAgencies06152026am.xlsx'), { rows: ROWS });
    const { agreements, listings, summary, dataset } = await runIngest({
      participating: file,
      referenceDir,
      overridesDir,
      listings: bundledListings,
    });
    const ids = new Map(dataset.agencies.map((agency) => [agency.name, agency.id]));
    expect(ids.get('Ft. Myers Police Dept.')).toBe('fl-ft-myers-police-department');
    expect(ids.get('City of Naples Police Department')).toBe('fl-naples-police-department');
    expect(ids.get('Collier County Sheriffs Office')).toBe('fl-collier-county-sheriffs-office');
    expect(ids.get("Somervell County Sheriff's Office")).toBe('tx-somervill-county-sheriffs-office');
    expect(ids.get('Brand New Town Police Department')).toBe('tx-brand-new-town-police-department');
    // a re-spelled agency carries its registry id in agreements.json
    expect(agreements.agencies.find(([, name]) => name === 'Ft. Myers Police Dept.')?.[6]).toBe(
      'fl-ft-myers-police-department',
    );
    expect(summary.folds).toEqual(
      expect.arrayContaining([
        expect.stringContaining('FL Ft. Myers Police Dept. → fl-ft-myers-police-department'),
      ]),
    );
    // no id of the history is lost or changed
    for (const id of idsOf(bundled)) expect(idsOf(listings).has(id), id).toBe(true);
    expect(listings.lists).toHaveLength(bundled.lists.length + 1);
    const c = changes(dataset);
    expect([c.from, c.to]).toEqual(['2026-05-18', '2026-06-15']);
    expect(c.renamed.map((r) => r.to)).toEqual(
      expect.arrayContaining(['Ft. Myers Police Dept.', 'City of Naples Police Department']),
    );
    expect(c.added.map((a) => a.name)).toContain('Brand New Town Police Department');
    expect(c.added.map((a) => a.name)).not.toContain('Ft. Myers Police Dept.');
  });

  it('replaces what a list of the same date said, and files an older list in its place', async () => {
    const file = await writeWorkbook(join(dir, 'participatingAgencies06152026pm.xlsx'), { rows: ROWS });
    const once = await runIngest({
      participating: file,
      referenceDir,
      overridesDir,
      listings: bundledListings,
    });
    const twice = await runIngest({
      participating: file,
      referenceDir,
      overridesDir,
      listings: once.listings,
    });
    expect(twice.listings).toEqual(once.listings);
    const older = await writeWorkbook(join(dir, 'participatingAgencies02012026am.xlsx'), { rows: ROWS });
    const between = await runIngest({
      participating: older,
      referenceDir,
      overridesDir,
      listings: bundledListings,
    });
    const dates = between.listings.lists.map(([date]) => date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.indexOf('2026-02-01')).toBe(dates.indexOf('2026-01-05') + 1);
    // the newer lists' agreements are still theirs
    expect(changes(between.dataset, { from: '2026-04-01', to: '2026-05-18' }).added).toHaveLength(253);
  });
});

/** A one-list history of these agencies (state, name, kind, counties, place), TFM each. */
function historyWith(
  agencies: [string, string, 'county' | 'municipal' | 'state', string[], string | null][],
) {
  const history = emptyHistory({ publisher: 'test', title: 'test', url: 'https://example.org/' });
  const tuples: AgencyTuple[] = agencies.map(([state, name, kind, counties, place]) => [
    state,
    name,
    kind,
    counties,
    place,
    [['TFM', '2025-05-01', 'active', null, null]],
  ]);
  recordList(
    history,
    { asOf: '2026-01-01', file: 'a.xlsx', sha256: null },
    tuples,
    assignIds(history, tuples, { asOf: '2026-01-01', stateName: () => '' }).ids,
  );
  // through its file, as the ingest reads a history
  return historyOf(listingsFileOf(history));
}

const tuple = (
  state: string,
  name: string,
  kind: 'county' | 'municipal' | 'state',
  counties: string[],
  place: string | null,
): AgencyTuple => [state, name, kind, counties, place, [['TFM', '2025-05-01', 'active', null, null]]];

describe('assignIds', () => {
  const stateName = (code: string) => ({ AK: 'Alaska', UT: 'Utah' })[code] ?? code;

  it('folds a typo, "&", "City of" and filler words at the same place, and a state agency without its state', () => {
    const history = historyWith([
      ['FL', 'Indiatlantic Police Department', 'municipal', ['12009'], 'Indialantic'],
      ['FL', 'Florida Fish and Wildlife Conservation Commission', 'state', [], null],
      ['FL', 'City of Miami Springs Police Department', 'municipal', ['12086'], 'Miami Springs'],
      ['FL', 'Boca Raton Police Department', 'municipal', ['12099'], 'Boca Raton'],
      ['AK', 'Department of Corrections', 'state', [], null],
    ]);
    const { ids, folds } = assignIds(
      history,
      [
        tuple('FL', 'Indialantic Police Department', 'municipal', ['12009'], 'Indialantic'),
        tuple('FL', 'Florida Fish & Wildlife Conservation Commission', 'state', [], null),
        tuple('FL', 'Miami Springs Police Department', 'municipal', ['12086'], 'Miami Springs'),
        tuple('FL', 'Boca Raton Police Services Department', 'municipal', ['12099'], 'Boca Raton'),
        tuple('AK', 'Alaska Department of Corrections', 'state', [], null),
      ],
      { asOf: '2026-02-01', stateName },
    );
    expect(ids).toEqual([
      'fl-indiatlantic-police-department',
      'fl-florida-fish-and-wildlife-conservation-commission',
      'fl-city-of-miami-springs-police-department',
      'fl-boca-raton-police-department',
      'ak-department-of-corrections',
    ]);
    expect(folds).toHaveLength(5);
  });

  it('reads an agency the list before had, with the very agreement at the same place, as renamed', () => {
    const history = historyWith([
      ['LA', 'Louisiana State Patrol', 'state', [], null],
      ['OK', 'Haskell Police Department', 'municipal', ['40061'], 'Haskell'],
    ]);
    const { ids, folds } = assignIds(
      history,
      [
        tuple('LA', 'Louisiana State Police Department', 'state', [], null),
        // the same signing date, but the county's sheriff, not the town's police
        tuple('OK', "Haskell County Sheriff's Office", 'county', ['40061'], null),
      ],
      { asOf: '2026-02-01', stateName },
    );
    expect(ids).toEqual(['la-louisiana-state-patrol', 'ok-haskell-county-sheriffs-office']);
    expect(folds.map((fold) => fold.rule)).toEqual([
      'same agreement (model and SIGNED date) at the same kind and place, under a new name',
    ]);
    // a reviewed rename folds what no rule would
    const reviewed = assignIds(
      historyWith([['FL', 'Florida Department of Agriculture', 'state', [], null]]),
      [tuple('FL', 'Office of Agricultural Law Enforcement', 'state', [], null)],
      {
        asOf: '2026-02-01',
        stateName,
        renames: new Map([
          [
            'FL|fl-office-of-agricultural-law-enforcement',
            { from: 'Florida Department of Agriculture', used: false },
          ],
        ]),
      },
    );
    expect(reviewed.ids).toEqual(['fl-florida-department-of-agriculture']);
  });

  it('never merges look-alike agencies at other places, or two agencies of one list', () => {
    const history = historyWith([
      ['UT', "Sanpete County Sheriff's Office", 'county', ['49039'], null],
      ['IN', 'Lewisville Police Department', 'municipal', ['18065'], 'Lewisville'],
      ['PA', 'Milford Borough Police Department', 'municipal', ['42103'], 'Milford'],
      ['FL', 'Indialantic Police Department', 'municipal', ['12009'], 'Indialantic'],
      ['TX', "Henderson County Sheriff's Office", 'county', ['48213'], null],
    ]);
    const list = [
      tuple('UT', "Sevier County Sheriff's Office", 'county', ['49041'], null),
      tuple('IN', 'Stinesville Police Department', 'municipal', ['18105'], 'Stinesville'),
      tuple('PA', 'Milton Borough Police Department', 'municipal', ['42097'], 'Milton'),
      tuple('FL', 'Atlantis Police Department', 'municipal', ['12099'], null),
      tuple('TX', "Johnson County Sheriff's Office", 'county', ['48251'], null),
    ];
    const { ids, folds } = assignIds(history, list, { asOf: '2026-02-01', stateName });
    expect(folds).toEqual([]);
    expect(ids).toEqual(
      list.map(
        ([state, name]) =>
          `${state.toLowerCase()}-${name.toLowerCase().replace(/'/g, '').replace(/ /g, '-')}`,
      ),
    );
    // one registry agency, two spellings in one list: the exact one takes it, the other is new
    const twice = assignIds(
      historyWith([['FL', 'Naples Police Department', 'municipal', ['12021'], 'Naples']]),
      [
        tuple('FL', 'City of Naples Police Department', 'municipal', ['12021'], 'Naples'),
        tuple('FL', 'Naples Police Department', 'municipal', ['12021'], 'Naples'),
      ],
      { asOf: '2026-02-01', stateName },
    );
    expect(twice.ids).toEqual(['fl-city-of-naples-police-department', 'fl-naples-police-department']);
  });
});
