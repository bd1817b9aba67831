import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerCounty,
  appliesIn,
  changes,
  changesBetween,
  type Dataset,
  InvalidQueryError,
  listedOn,
  listingsOf,
  loadBundledDataset,
  UnknownCountyError,
  withAgreements,
} from '../src/index.js';

const names = (agencies: readonly { name: string }[]) => agencies.map((agency) => agency.name);

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset({ places: false });
});

const listings = () => {
  if (!dataset.listings) throw new Error('the bundled dataset has no listings');
  return dataset.listings;
};

// [from, to, added, ended, renamed, resigned] for each pair of consecutive lists in the committed history
const CONSECUTIVE: [string, string, number, number, number, number][] = [
  ['2021-01-13', '2021-04-02', 0, 2, 0, 0],
  ['2021-04-02', '2021-07-01', 0, 2, 0, 1],
  ['2021-07-01', '2021-10-03', 0, 2, 0, 0],
  ['2021-10-03', '2022-01-04', 0, 2, 0, 0],
  ['2022-01-04', '2022-04-01', 0, 0, 0, 2],
  ['2022-04-01', '2022-07-03', 0, 0, 0, 0],
  ['2022-07-03', '2022-10-01', 0, 1, 1, 0],
  ['2022-10-01', '2023-01-02', 0, 1, 0, 0],
  ['2023-01-02', '2023-04-02', 0, 1, 0, 0],
  ['2023-04-02', '2023-07-14', 0, 2, 0, 0],
  ['2023-07-14', '2023-10-01', 0, 0, 0, 0],
  ['2023-10-01', '2024-01-02', 0, 0, 0, 0],
  ['2024-01-02', '2024-04-02', 0, 1, 0, 0],
  ['2024-04-02', '2024-07-03', 0, 1, 0, 0],
  ['2024-07-03', '2024-10-01', 0, 0, 0, 0],
  ['2024-10-01', '2025-01-04', 0, 0, 0, 0],
  ['2025-01-04', '2025-04-01', 292, 0, 3, 0],
  ['2025-04-01', '2025-07-01', 318, 1, 3, 3],
  ['2025-07-01', '2025-10-01', 306, 15, 20, 39],
  ['2025-10-01', '2026-01-05', 254, 15, 1, 2],
  ['2026-01-05', '2026-04-01', 354, 24, 1, 0],
  ['2026-04-01', '2026-05-18', 253, 14, 1, 2],
];

/** Agreements the history shows on the list of `date`. */
const listedCount = (date: string) =>
  listings().agencies.reduce(
    (sum, agency) => sum + agency.agreements.filter((a) => listedOn(a, date)).length,
    0,
  );

describe('the listing history', () => {
  it('holds all 23 ICE lists since 2021, the newest being the snapshot', () => {
    const dates = listings().lists.map((list) => list.asOf);
    expect(dates).toHaveLength(23);
    expect(dates.slice(1).map((_, i) => [dates[i], dates[i + 1]])).toEqual(
      CONSECUTIVE.map(([from, to]) => [from, to]),
    );
    expect(dates.at(-1)).toBe(dataset.asOf);
    expect(listings().lists.at(-1)?.sha256).toBe(dataset.source.sha256);
    // the snapshot's active agreements are exactly the newest list's
    const active = dataset.agencies.flatMap((agency) =>
      agency.agreements.filter((a) => a.status === 'active').map((a) => `${agency.id}|${a.model}`),
    );
    const listed = listings().agencies.flatMap((agency) =>
      agency.agreements.filter((a) => listedOn(a, dataset.asOf)).map((a) => `${agency.id}|${a.model}`),
    );
    expect(listed.sort()).toEqual(active.sort());
  });

  it('gives each agreement its status: active on the newest list, else ended', () => {
    const statuses = listings().agencies.flatMap((agency) => agency.agreements.map((a) => a.status));
    expect(statuses.filter((s) => s === 'active')).toHaveLength(1843);
    expect(statuses.filter((s) => s === 'ended')).toHaveLength(80);
    expect(statuses.filter((s) => s === 'pending')).toHaveLength(0);
    const harford = listings().agencyById.get('md-harford-county-sheriffs-office');
    expect(harford?.agreements.map((a) => [a.model, a.status, a.lastListed])).toEqual([
      ['JEM', 'ended', '2026-01-05'],
    ]);
  });

  it('keeps one id through every re-spelling, with each spelling and its first and last list', () => {
    const agency = listings().agencyById.get('tx-somervill-county-sheriffs-office');
    expect(agency?.name).toBe("Somervell County Sheriff's Office");
    expect(agency?.spellings).toEqual([
      { name: "Somervill County Sheriff's Office", firstListed: '2025-10-01', lastListed: '2025-10-01' },
      { name: "Somervell County Sheriff's Office", firstListed: '2026-01-05', lastListed: '2026-05-18' },
    ]);
    // the snapshot carries the registry's id, not one derived from today's spelling
    expect(dataset.agencyById.get('tx-somervill-county-sheriffs-office')?.name).toBe(
      "Somervell County Sheriff's Office",
    );
    expect(dataset.agencyById.has('tx-somervell-county-sheriffs-office')).toBe(false);
  });

  it('is counted in docs/data-methodology.md exactly as it is', async () => {
    const doc = (
      await readFile(new URL('../../../docs/data-methodology.md', import.meta.url), 'utf8')
    ).replace(/\s+/g, ' ');
    const agencies = listings().agencies;
    const agreements = agencies.flatMap((agency) => agency.agreements);
    const dates = listings().lists.map((list) => list.asOf);
    const renames = dates
      .slice(1)
      .reduce((sum, to, i) => sum + changes(dataset, { from: dates[i], to }).renamed.length, 0);
    const n = (value: number) => value.toLocaleString('en-US');
    expect(doc).toContain(
      `Registry: ${n(agencies.length)} agencies, ${n(agreements.length)} agreements; ${agencies.filter((a) => a.spellings.length > 1).length} agencies with more than one spelling; ${renames} renames between consecutive lists; ${agreements.filter((a) => a.lastListed < dataset.asOf).length} agreements ended (on an earlier list, not on 18 May 2026); ${agreements.filter((a) => a.periods.length > 1).length} agreements dropped from a list and listed again later.`,
    );
  });

  it('never merges different agencies whose names look alike', () => {
    const ids = (state: string, pattern: RegExp) =>
      listings()
        .agencies.filter((agency) => agency.state === state && pattern.test(agency.name))
        .map((agency) => agency.id);
    for (const [state, pattern, count] of [
      ['UT', /^(Sanpete|Sevier) County Sheriff/, 2],
      ['IN', /^(Lewisville|Stinesville) Police/, 2],
      ['PA', /^(Milford|Milton) Borough Police/, 2],
      ['FL', /^(Indialantic|Atlantis) Police/, 2],
      ['TX', /^(Henderson|Johnson) County Sheriff/, 2],
    ] as const) {
      expect(new Set(ids(state, pattern)).size, String(pattern)).toBe(count);
    }
  });
});

describe('changes()', () => {
  it.each(CONSECUTIVE)('%s → %s: %i added, %i ended, %i renamed, %i re-signed', (from, to, ...counts) => {
    const c = changes(dataset, { from, to });
    expect([c.added.length, c.ended.length, c.renamed.length, c.resigned.length]).toEqual(counts);
    // a rename is never also an end and an addition
    expect(listedCount(to)).toBe(listedCount(from) + c.added.length - c.ended.length);
  });

  it('defaults to the last two lists', () => {
    const c = changes(dataset);
    expect([c.from, c.to]).toEqual(['2026-04-01', '2026-05-18']);
    expect(changes(dataset, { to: '2026-04-01' }).from).toBe('2026-01-05');
  });

  it('reads re-spellings as renames, not departures', () => {
    const renames = (from: string, to: string) => changes(dataset, { from, to }).renamed.map((r) => r.to);
    expect(renames('2025-07-01', '2025-10-01')).toEqual(
      expect.arrayContaining([
        'Fort Myers Police Department', // "Ft." → "Fort"
        'Miami Springs Police Department', // "City of X Police Department" → "X Police Department"
        'Florida Fish & Wildlife Conservation Commission', // "and" → "&"
        'Indialantic Police Department', // a one-letter typo fixed
        'Boca Raton Police Services Department', // a word added
        'Gulf County Board of County Commissioners /Detention Facility', // a qualifier added
        'Louisiana State Police Department', // "Louisiana State Patrol", the same TFM signed 2025-05-20
        'Office of Agricultural Law Enforcement', // a reviewed rename (overrides/renames.csv)
      ]),
    );
    expect(renames('2025-10-01', '2026-01-05')).toEqual(["Somervell County Sheriff's Office"]);
    expect(renames('2026-01-05', '2026-04-01')).toEqual(["Douglas County Sheriff's Office"]);
    // "Department of Corrections" of Alaska became the "Alaska Department of Corrections"
    expect(renames('2025-01-04', '2025-04-01')).toContain('Alaska Department of Corrections');
    const ended = changes(dataset, { from: '2025-07-01', to: '2025-10-01' }).ended.map((c) => c.name);
    for (const name of ['Ft. Myers Police Department', 'Indiatlantic Police Department'])
      expect(ended).not.toContain(name);
  });

  it('reads one agency listed under two spellings at once as one', () => {
    const waukesha = dataset.agencies.filter(
      (a) => a.state === 'WI' && /^Waukesha County Sheriff/.test(a.name),
    );
    expect(waukesha.map((a) => a.agreements.map((g) => g.model))).toEqual([['JEM', 'WSO']]);
    const ended = changes(dataset, { from: '2025-07-01', to: '2025-10-01' }).ended;
    expect(ended.filter((c) => c.name.startsWith('Waukesha'))).toEqual([]);
  });

  it("names real departures: Maryland's sheriffs whose agreements ended in the first quarter of 2026", () => {
    const c = changes(dataset, { from: '2026-01-05', to: '2026-04-01', state: 'MD' });
    expect(c.ended.map((e) => [e.name, e.model, e.signed !== null, e.counties])).toEqual([
      ["Allegany County Sheriff's Office", 'WSO', true, ['24001']],
      ['Carroll County Sheriff’s Office', 'WSO', true, ['24013']],
      ["Cecil County Sheriff's Office", 'JEM', true, ['24015']],
      ["Frederick County Sheriff's Office", 'JEM', true, ['24021']],
      ["Harford County Sheriff's Office", 'JEM', true, ['24025']],
      ["St. Mary's County Sheriff's Office", 'WSO', true, ['24037']],
    ]);
    expect(c.added.every((a) => a.state === 'MD')).toBe(true);
  });

  it("reads newer agreements (a data-src, a file without its history) as the history's next list", async () => {
    const json = structuredClone((await import('@open287g/data/agreements')).default) as {
      asOf: string;
      agencies: unknown[][];
    };
    json.asOf = '2026-06-01';
    const collier = json.agencies.findIndex((a) => a[1] === "Collier County Sheriff's Office");
    // re-spelled by ICE: the ingest keeps its registry id in the tuple's 7th element
    json.agencies[collier] = [
      ...(json.agencies[collier] as unknown[]).slice(0, 6),
      'fl-collier-county-sheriffs-office',
    ];
    (json.agencies[collier] as unknown[])[1] = 'Collier Co. Sheriff Office';
    const naples = json.agencies.findIndex((a) => a[0] === 'FL' && a[1] === 'Naples Police Department');
    const [dropped] = json.agencies.splice(naples, 1) as [unknown[]];
    json.agencies.push([
      'TX',
      'Brand New Police Department',
      'municipal',
      ['48201'],
      null,
      [['TFM', '2026-05-30', 'active', null, null]],
    ]);
    const newer = withAgreements(dataset, json);
    const c = changes(newer);
    expect([c.from, c.to]).toEqual(['2026-05-18', '2026-06-01']);
    expect(c.renamed).toEqual([
      {
        agencyId: 'fl-collier-county-sheriffs-office',
        state: 'FL',
        from: "Collier County Sheriff's Office",
        to: 'Collier Co. Sheriff Office',
      },
    ]);
    expect(c.added.map((a) => [a.name, a.model, a.signed])).toEqual([
      ['Brand New Police Department', 'TFM', '2026-05-30'],
    ]);
    expect(c.ended.map((e) => e.name)).toEqual(
      (dropped[5] as unknown[]).map(() => 'Naples Police Department'),
    );
    expect(c.resigned).toEqual([]);
    // on the newer list: ended, active, and pending again for an agreement ICE moved to its pending list
    const marco = json.agencies.find(
      (a) => a[0] === 'FL' && a[1] === 'Marco Island Police Department',
    ) as unknown[];
    (marco[5] as unknown[][])[0]?.splice(2, 1, 'pending');
    const withPending = listingsOf(withAgreements(dataset, json));
    const status = (id: string) => withPending.agencyById.get(id)?.agreements.map((a) => a.status);
    expect(status('fl-naples-police-department')).toEqual(['ended']);
    expect(status('fl-collier-county-sheriffs-office')).toEqual(['active', 'active']);
    expect(status('fl-marco-island-police-department')).toEqual(['pending']);
    // the history itself is unchanged, and the answer agrees
    expect(changes(newer, { from: '2026-04-01', to: '2026-05-18' }).added).toHaveLength(253);
    expect(names(answerCounty(newer, '12021').ended)).toContain('Naples Police Department');
    expect(names(answerCounty(dataset, '12021').ended)).not.toContain('Naples Police Department');
  });

  it('says which dates it knows when given another, and what to load without a history', () => {
    const error = (() => {
      try {
        changes(dataset, { from: '2026-03-01' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect(String(error)).toContain('2021-01-13, 2021-04-02');
    expect(String(error)).toContain('2026-05-18');
    expect(() => changes(dataset, { from: '2026-05-18', to: '2026-04-01' })).toThrow(/before 2026-04-01/);
    expect(() => changes({ ...dataset, listings: null })).toThrow(/listing history/);
    // the first list has none before it: the error is about `to`, not a `from` never given
    expect(() => changes(dataset, { to: '2021-01-13' })).toThrow(/Invalid to: .*after the first, 2021-01-13/);
    // a history of one list has nothing to compare
    const one = { ...listings(), lists: listings().lists.slice(0, 1) };
    expect(() => changes({ ...dataset, asOf: '2021-01-13', listings: one })).toThrow(/two lists or more/);
  });

  it("counts what applies in one county: its agencies and its state's statewide ones (Collier County, FL)", () => {
    const c = changes(dataset, { from: '2026-04-01', to: '2026-05-18', county: '12021' });
    // a multi-county agency: the circuit is Charlotte, Collier, Glades, Hendry and Lee counties
    expect(c.added.map((a) => [a.name, a.model, a.counties.length])).toEqual([
      ['Office of the State Attorney, 20th Judicial Circuit', 'TFM', 5],
    ]);
    expect([c.ended, c.resigned]).toEqual([[], []]);
    // since 2025-01-04, Florida's statewide agencies' new agreements apply in Collier County too
    const since2025 = changes(dataset, { from: '2025-01-04', to: '2026-05-18', county: '12021' });
    const statewide = changes(dataset, { from: '2025-01-04', to: '2026-05-18', state: 'FL' }).added.filter(
      (a) => listings().agencyById.get(a.agencyId)?.kind === 'state',
    );
    expect(statewide.length).toBeGreaterThan(0);
    expect(since2025.added).toEqual(expect.arrayContaining(statewide));
    expect(since2025.added.length).toBe(statewide.length + 5);
  });

  it('gives each county, as `added`, exactly the agreements its answer marks new since the previous list', () => {
    for (const county of dataset.counties) {
      const answer = answerCounty(dataset, county.fips);
      const marked = [...answer.local, ...answer.statewide]
        .flatMap((agency) =>
          agency.agreements.filter((a) => a.newSince).map((a) => `${agency.id} ${a.model}`),
        )
        .sort();
      const added = changes(dataset, { county: county.fips }).added.map((a) => `${a.agencyId} ${a.model}`);
      expect(added.sort(), county.fips).toEqual(marked);
    }
  });

  it('is changesBetween over the history, once its options are checked', () => {
    for (const [from, to] of CONSECUTIVE) {
      expect(changesBetween(listings(), from, to)).toEqual(changes(dataset, { from, to }));
      expect(changesBetween(listings(), from, to, (agency) => agency.state === 'MD')).toEqual(
        changes(dataset, { from, to, state: 'MD' }),
      );
    }
    const collier = { fips: '12021', state: 'FL' };
    expect(
      changesBetween(listings(), '2025-01-04', '2026-05-18', (agency) => appliesIn(agency, collier)),
    ).toEqual(changes(dataset, { from: '2025-01-04', county: '12021' }));
  });

  it('refuses a county it does not have, or one of another state than `state`', () => {
    for (const county of ['99999', '1202', 12021])
      expect(() => changes(dataset, { county: county as string }), String(county)).toThrow(
        UnknownCountyError,
      );
    expect(() => changes(dataset, { state: 'TX', county: '12021' })).toThrow(InvalidQueryError);
    expect(changes(dataset, { state: 'FL', county: '12021' })).toEqual(changes(dataset, { county: '12021' }));
  });

  it('refuses options it cannot use instead of answering something else', () => {
    for (const state of ['ZZ', 'Maryland', 'md', 42])
      expect(() => changes(dataset, { state: state as string }), String(state)).toThrow(InvalidQueryError);
    for (const options of ['MD', null, 5])
      expect(() => changes(dataset, options as never), String(options)).toThrow(InvalidQueryError);
  });
});

describe('answerCounty() with the listing history', () => {
  it('lists ended agreements with the last list that showed them (Harford County, MD)', () => {
    const answer = answerCounty(dataset, '24025');
    expect(answer.previousList).toBe('2026-04-01');
    expect(answer.ended).toEqual([
      expect.objectContaining({
        name: "Harford County Sheriff's Office",
        kind: 'county',
        agreements: [expect.objectContaining({ model: 'JEM', status: 'ended', lastListed: '2026-01-05' })],
      }),
    ]);
    // an ended agreement is never also among the active ones
    const active = answer.local.find((a) => a.name === "Harford County Sheriff's Office")?.agreements ?? [];
    expect(active.map((a) => a.model)).not.toContain('JEM');
  });

  it('marks the agreements new since the previous list, and only those', () => {
    const added = changes(dataset).added;
    const [first] = added.filter((c) => c.counties.length > 0);
    if (!first) throw new Error('no local agreement was added on the newest list');
    const answer = answerCounty(dataset, first.counties[0] as string);
    const marked = answer.local.flatMap((agency) =>
      agency.agreements.filter((a) => a.newSince !== null).map((a) => `${agency.id}|${a.model}`),
    );
    const expected = added
      .filter((c) => c.counties.includes(first.counties[0] as string))
      .map((c) => `${c.agencyId}|${c.model}`);
    expect(marked.sort()).toEqual(expected.sort());
    expect(
      answer.local.flatMap((a) => a.agreements).every((a) => [null, '2026-04-01'].includes(a.newSince)),
    ).toBe(true);
  });

  it('says nothing of history without it', () => {
    const answer = answerCounty({ ...dataset, listings: null }, '24025');
    expect(answer.ended).toEqual([]);
    expect(answer.previousList).toBeNull();
  });
});
