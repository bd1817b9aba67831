import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createDataset, decodeAgencies } from '@open287g/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { IngestError, runIngest } from '../src/index.js';
import {
  type FixtureCell,
  HEADER,
  link,
  NA,
  tempDir,
  VALID_ROWS,
  writeText,
  writeWorkbook,
} from './fixtures.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const referenceDir = join(repo, 'packages/data/reference');
const overridesDir = join(repo, 'packages/ingest/overrides');
const cli = join(repo, 'packages/ingest/dist/cli.js');
const run = promisify(execFile);
// A SIGNED date the ingest accepts for the lists these tests build (later ones are refused).
const SIGNED_BEFORE_AS_OF = new Date(Date.UTC(2025, 0, 2));

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

const ingest = (participating: string, extra: { pending?: string; asOf?: string; previous?: string } = {}) =>
  runIngest({ participating, referenceDir, overridesDir, ...extra });

async function problemsOf(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('runIngest on a valid list', () => {
  it('resolves every row by the DESIGN.md rules and folds ICE misspellings', async () => {
    const file = await writeWorkbook(join(dir, 'participatingAgencies06012026am.xlsx'), {
      trailingBlankRows: 10,
    });
    const { agreements, summary } = await ingest(file);
    expect(agreements.asOf).toBe('2026-06-01');
    expect(summary.rows).toBe(VALID_ROWS.length);
    expect(summary.byModel).toEqual({ JEM: 1, TFM: 5, WSO: 1, HYBRID: 0 });
    const byName = new Map(decodeAgencies(agreements).map((agency) => [agency.name, agency]));
    // names are trimmed, and the two Collier rows are one agency with two agreements
    const collier = byName.get("Collier County Sheriff's Office");
    expect(collier?.counties).toEqual(['12021']);
    expect(collier?.agreements.map((a) => [a.model, a.signed, a.moaUrl])).toEqual([
      ['JEM', '2020-06-09', 'https://www.ice.gov/doclib/287gMOA/collier_jem.pdf'],
      ['TFM', '2025-02-24', 'https://www.ice.gov/doclib/287gMOA/collier_tfm.pdf'],
    ]);
    // municipal with #N/A county → the town in its name, through the ZIP/city index
    expect(byName.get('Naples Police Department')).toMatchObject({
      kind: 'municipal',
      counties: ['12021'],
      place: 'Naples',
    });
    expect(byName.get('Naples Police Department')?.agreements[0]?.moaUrl).toBeNull();
    // state agency → statewide; a text date "2/7/25" is read as 2025-02-07
    expect(byName.get('Florida Highway Patrol')).toMatchObject({ kind: 'state', counties: [] });
    expect(byName.get('Florida Highway Patrol')?.agreements[0]?.signed).toBe('2025-02-07');
    // "Saint Landry County" → St. Landry Parish; "Warrant Services Officer" → WSO
    expect(byName.get("St. Landry Parish Sheriff's Office")?.counties).toEqual(['22097']);
    expect(byName.get("St. Landry Parish Sheriff's Office")?.agreements[0]?.model).toBe('WSO');
    // a typo read by the misspelling rule; "Task Force Officer" → TFM
    expect(byName.get("Lake County Sheriff's Office")?.counties).toEqual(['12069']);
    expect(byName.get("Lake County Sheriff's Office")?.agreements[0]?.model).toBe('TFM');
    // a Virginia independent city printed as a county
    expect(byName.get("Hopewell County Sheriff's Office")?.counties).toEqual(['51670']);
    expect(summary.byRule).toMatchObject({
      'COUNTY column, misspelling read': 1,
      'state agency → statewide': 1,
    });
    expect(summary.misspellings).toEqual(['FL: COUNTY "Lake Conty" → Lake County (12069)']);
  });

  it('is deterministic: the same input gives byte-identical output', async () => {
    const file = await writeWorkbook(join(dir, 'participatingAgencies06022026am.xlsx'));
    const out1 = join(dir, 'det1');
    const out2 = join(dir, 'det2');
    await run(process.execPath, [cli, '--participating', file, '--out', out1, '--quiet']);
    await run(process.execPath, [cli, '--participating', file, '--out', out2, '--quiet']);
    const [a, b] = await Promise.all([
      readFile(join(out1, 'agreements.json')),
      readFile(join(out2, 'agreements.json')),
    ]);
    expect(a.equals(b)).toBe(true);
  });

  it('writes a snapshot the SDK loads', async () => {
    const file = await writeWorkbook(join(dir, 'participatingAgencies06032026am.xlsx'));
    const { agreements } = await ingest(file);
    const read = async (name: string) => JSON.parse(await readFile(join(referenceDir, name), 'utf8'));
    const dataset = createDataset({
      agreements,
      counties: await read('counties.json'),
      mandates: await read('mandates.json'),
      history: await read('history.json'),
    });
    expect(dataset.agenciesByCounty.get('12021')?.map((agency) => agency.name)).toContain(
      'Naples Police Department',
    );
  });

  it('merges a pending list, dropping pending rows that are already active', async () => {
    const participating = await writeWorkbook(join(dir, 'participatingAgencies06042026am.xlsx'));
    const pending = await writeWorkbook(join(dir, 'pendingAgencies05302026am.xlsx'), {
      header: ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'MOA'],
      rows: [
        [
          'FLORIDA',
          "Collier County Sheriff's Office",
          'County',
          'Collier County',
          'Task Force Model',
          'link pending',
        ],
        [
          'FLORIDA',
          "Collier County Sheriff's Office",
          'County',
          'Collier County',
          'Warrant Service Officer',
          'link pending',
        ],
      ],
    });
    const { agreements, summary } = await ingest(participating, { pending });
    expect(summary.pendingRows).toBe(1);
    expect(summary.warnings.join('\n')).toContain('1 of 2 pending rows are active');
    const collier = decodeAgencies(agreements).find(
      (agency) => agency.name === "Collier County Sheriff's Office",
    );
    expect(collier?.agreements.map((a) => `${a.model}:${a.status}`)).toEqual([
      'JEM:active',
      'TFM:active',
      'WSO:pending',
    ]);
    expect(agreements.pendingSource?.file).toBe('pendingAgencies05302026am.xlsx');
  });

  it('needs --as-of when the file name carries no date', async () => {
    const file = await writeWorkbook(join(dir, 'latest-list.xlsx'));
    const error = await problemsOf(ingest(file));
    expect(error.message).toContain(
      'latest-list.xlsx: cannot tell the date of this list from its file name; pass it with --as-of',
    );
    const { agreements } = await ingest(file, { asOf: '2026-06-05' });
    expect(agreements.asOf).toBe('2026-06-05');
  });

  it('accepts SIGNED dates from the day 287(g) was enacted to the list’s own date', async () => {
    const file = await writeWorkbook(join(dir, 'participatingAgencies06082026am.xlsx'), {
      rows: VALID_ROWS.map((row, i) =>
        i === 0 ? row.with(5, '9/30/1996') : i === 1 ? row.with(5, new Date(Date.UTC(2026, 5, 8))) : row,
      ),
    });
    const { agreements } = await ingest(file);
    const collier = decodeAgencies(agreements).find(
      (agency) => agency.name === "Collier County Sheriff's Office",
    );
    expect(collier?.agreements.map((a) => a.signed)).toEqual(['1996-09-30', '2026-06-08']);
  });
});

describe('runIngest refuses bad input with the file, row and problem', () => {
  const withRow = (row: FixtureCell[]) => [...VALID_ROWS, row];

  it('a file that is not an xlsx', async () => {
    const file = await writeText(
      join(dir, 'participatingAgencies06012026am.xlsx.csv'),
      'STATE,AGENCY\nFLORIDA,x\n',
    );
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    expect(error.message).toContain('participatingAgencies06012026am.xlsx.csv: not an xlsx file');
  });

  it('a zip that is not a workbook', async () => {
    const file = join(dir, 'fake.xlsx');
    await writeFile(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    expect(error.message).toContain('fake.xlsx: not a readable xlsx workbook');
  });

  it('missing columns', async () => {
    const header = HEADER.filter((name) => name !== 'SUPPORT TYPE' && name !== 'MOA');
    const file = await writeWorkbook(join(dir, 'participatingAgencies06012026am-missing.xlsx'), {
      header,
      rows: [['FLORIDA', 'X Police Department', 'Municipality', '#N/A', SIGNED_BEFORE_AS_OF]],
    });
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    expect(error.message).toMatch(
      /row 1: missing columns SUPPORT TYPE, MOA \(found: STATE, LAW ENFORCEMENT AGENCY/,
    );
  });

  it("reads a list in ICE's format before April 2025 (no TYPE, no COUNTY), with kinds from names", async () => {
    const header = HEADER.filter((name) => name !== 'TYPE' && name !== 'COUNTY');
    const file = await writeWorkbook(join(dir, 'participatingAgencies06012026am-old.xlsx'), {
      header,
      rows: [
        ['FLORIDA', 'Naples Police Department', 'Task Force Model', SIGNED_BEFORE_AS_OF, link('n.pdf')],
        [
          'FLORIDA',
          "Collier County Sheriff's Office",
          'Jail Enforcement Model',
          SIGNED_BEFORE_AS_OF,
          link('c.pdf'),
        ],
        ['FLORIDA', 'Florida Highway Patrol', 'Task Force Model', SIGNED_BEFORE_AS_OF, link('h.pdf')],
      ],
    });
    const { agreements, summary } = await ingest(file, { asOf: '2026-06-01' });
    expect(agreements.agencies.map(([, name, kind, counties]) => [name, kind, counties])).toEqual([
      ["Collier County Sheriff's Office", 'county', ['12021']],
      ['Florida Highway Patrol', 'state', []],
      ['Naples Police Department', 'municipal', ['12021']],
    ]);
    expect(summary.kindsFromNames).toBe(3);
  });

  it('a renamed column', async () => {
    const header = HEADER.map((name) => (name === 'SUPPORT TYPE' ? 'PROGRAM' : name));
    const file = await writeWorkbook(join(dir, 'renamed.xlsx'), { header });
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    expect(error.message).toContain(
      'missing column SUPPORT TYPE (found: STATE, LAW ENFORCEMENT AGENCY, TYPE, COUNTY, PROGRAM',
    );
    expect(error.message).toContain('add its new name to COLUMNS');
  });

  it('a header that is not ICE’s at all', async () => {
    const file = await writeWorkbook(join(dir, 'other.xlsx'), {
      header: ['NAME', 'VALUE'],
      rows: [['a', 1]],
    });
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    expect(error.message).toContain(
      "no header row with STATE and LAW ENFORCEMENT AGENCY in the first 15 rows; is this ICE's 287(g) list?",
    );
  });

  // One valid Texas row with one cell changed; it lands on row 9 (header + 7 valid rows before it).
  const HARRIS: FixtureCell[] = [
    'TEXAS',
    "Harris County Sheriff's Office",
    'County',
    'Harris County',
    'Task Force Model',
    new Date(Date.UTC(2025, 0, 2)),
    link('h.pdf'),
    null,
  ];
  const changed = (changes: Partial<Record<(typeof HEADER)[number], FixtureCell>>) =>
    HEADER.map((column, i) => (column in changes ? (changes[column] as FixtureCell) : (HARRIS[i] ?? null)));

  it.each<[string, Partial<Record<(typeof HEADER)[number], FixtureCell>>, string[]]>([
    [
      'an unknown support type no known misspelling explains',
      { 'SUPPORT TYPE': 'Border Model' },
      ['row 9, SUPPORT TYPE: unknown support type "Border Model"'],
    ],
    ['an unparseable date', { SIGNED: '05/082025' }, ['row 9, SIGNED: cannot read "05/082025" as a date']],
    ['an impossible date', { SIGNED: '2/30/25' }, ['row 9, SIGNED: cannot read "2/30/25" as a date']],
    [
      'a date before 287(g) existed',
      { SIGNED: '12/31/1899' },
      ['row 9, SIGNED: 1899-12-31 is before 1996-09-30, when IIRIRA added 287(g) to the law'],
    ],
    [
      'a date after the list’s own',
      { SIGNED: '6/2/2026' },
      ["row 9, SIGNED: 2026-06-02 is after the list's date (2026-06-01); check the date, or pass"],
    ],
    [
      'an unknown state and an unknown agency type',
      { STATE: 'ATLANTIS', TYPE: 'Navy' },
      ['row 9, STATE: unknown state "ATLANTIS"', 'row 9, TYPE: unknown agency type "Navy"'],
    ],
    [
      'a county name that matches nothing',
      { 'LAW ENFORCEMENT AGENCY': "Atlantis County Sheriff's Office", COUNTY: 'Atlantis County' },
      [
        'row 9, COUNTY: "Atlantis County" (for Atlantis County Sheriff\'s Office) matches no county of Texas',
        'packages/ingest/overrides/county-names.csv',
      ],
    ],
    [
      'a municipal agency whose town cannot be found',
      { 'LAW ENFORCEMENT AGENCY': 'Qqqzzyville Police Department', TYPE: 'Municipality', COUNTY: NA },
      [
        'row 9: cannot tell which county "Qqqzzyville Police Department" (municipal) is in',
        'packages/ingest/overrides/agencies.csv',
      ],
    ],
  ])('%s', async (name, changes, messages) => {
    const file = await writeWorkbook(join(dir, `${name.replace(/\W+/g, '-')}.xlsx`), {
      rows: withRow(changed(changes)),
    });
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    for (const message of messages) expect(error.message).toContain(message);
  });

  it("takes a SIGNED cell that is no date from another list's date for the agreement, when the digits agree", async () => {
    const good = await writeWorkbook(join(dir, 'participatingAgencies05012026am-good.xlsx'));
    const { agreements } = await ingest(good, { asOf: '2026-06-01' });
    const previous = join(dir, 'previous-agreements.json');
    await writeFile(previous, JSON.stringify(agreements));
    const typo = (signed: string) => {
      const rows = VALID_ROWS.map((row) => [...row]);
      (rows[1] as FixtureCell[])[HEADER.indexOf('SIGNED')] = signed;
      return rows;
    };
    const file = await writeWorkbook(join(dir, 'slash.xlsx'), { rows: typo('02/242025') });
    const { agreements: fixed, summary } = await ingest(file, { asOf: '2026-06-01', previous });
    const collier = fixed.agencies.find((agency) => agency[1] === "Collier County Sheriff's Office");
    expect(collier?.[5][1]?.slice(0, 2)).toEqual(['TFM', '2025-02-24']);
    expect(summary.warnings).toContain(
      'slash.xlsx row 3: SIGNED "02/242025" read as 2025-02-24, this agreement\'s date on the list of 2026-06-01',
    );
    // other digits are another date: not guessed
    const other = await writeWorkbook(join(dir, 'other.xlsx'), { rows: typo('03/242025') });
    const error = await problemsOf(ingest(other, { asOf: '2026-06-01', previous }));
    expect(error.message).toContain(
      'row 3, SIGNED: cannot read "03/242025" as a date (its date on the list of 2026-06-01, 2025-02-24, has other digits)',
    );
  });

  it('reads a row that ICE repeated exactly once, with a warning', async () => {
    const file = await writeWorkbook(join(dir, 'repeated.xlsx'), {
      rows: withRow(VALID_ROWS[1] as FixtureCell[]),
    });
    const { agreements, summary } = await ingest(file, { asOf: '2026-06-01' });
    const collier = agreements.agencies.find((agency) => agency[1] === "Collier County Sheriff's Office");
    expect(collier?.[5].map((agreement) => agreement[0])).toEqual(['JEM', 'TFM']);
    expect(summary.warnings).toContain(
      "repeated.xlsx row 9: Collier County Sheriff's Office (FL) repeats row 3 exactly; read once",
    );
  });

  it('the same agency and model twice, saying different things', async () => {
    const twice = [...(VALID_ROWS[1] as FixtureCell[])];
    const signed = HEADER.indexOf('SIGNED');
    twice[signed] = '3/1/2025';
    const file = await writeWorkbook(join(dir, 'dup.xlsx'), { rows: withRow(twice) });
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    expect(error.message).toContain(
      "row 9: Collier County Sheriff's Office is listed twice with the TFM model, differently from row 3",
    );
  });

  it('reports every problem in one run, not just the first', async () => {
    const file = await writeWorkbook(join(dir, 'many.xlsx'), {
      rows: [
        ...VALID_ROWS,
        ['TEXAS', 'A Police Department', 'Municipality', NA, 'Border Model', SIGNED_BEFORE_AS_OF, null, null],
        ['TEXAS', 'B Police Department', 'Municipality', NA, 'Task Force Model', 'soon', null, null],
      ],
    });
    const error = await problemsOf(ingest(file, { asOf: '2026-06-01' }));
    expect(error.problems.map((p) => p.row)).toEqual([9, 10]);
  });
});

describe('the ingest CLI leaves the output exactly as it was on bad input', () => {
  const badInputs: [string, () => Promise<string>][] = [
    ['not an xlsx', () => writeText(join(dir, 'cli-text.xlsx'), 'hello')],
    [
      'missing column',
      () => writeWorkbook(join(dir, 'cli-missing.xlsx'), { header: HEADER.filter((h) => h !== 'COUNTY') }),
    ],
    [
      'unknown support type',
      () =>
        writeWorkbook(join(dir, 'cli-support.xlsx'), {
          rows: [
            [
              'FLORIDA',
              'X Police Department',
              'Municipality',
              'Collier County',
              'Hybrid-ish',
              SIGNED_BEFORE_AS_OF,
              null,
              null,
            ],
          ],
        }),
    ],
    [
      'unparseable date',
      () =>
        writeWorkbook(join(dir, 'cli-date.xlsx'), {
          rows: [
            [
              'FLORIDA',
              'X Police Department',
              'Municipality',
              'Collier County',
              'Task Force Model',
              'yesterday',
              null,
              null,
            ],
          ],
        }),
    ],
    [
      'unresolvable row',
      () =>
        writeWorkbook(join(dir, 'cli-unresolved.xlsx'), {
          rows: [
            [
              'FLORIDA',
              'Nowhere Special Unit',
              'Municipality',
              NA,
              'Task Force Model',
              SIGNED_BEFORE_AS_OF,
              null,
              null,
            ],
          ],
        }),
    ],
  ];

  it.each(badInputs)('%s: exit 1, the problem on stderr, the folder untouched', async (_name, make) => {
    if (!existsSync(cli)) throw new Error('run `pnpm build` first: packages/ingest/dist/cli.js is missing');
    const out = join(dir, `out-${_name.replace(/\W/g, '-')}`);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'agreements.json'), 'previous snapshot\n');
    await writeFile(join(out, 'keep.txt'), 'other file\n');
    const file = await make();
    const result = await run(process.execPath, [
      cli,
      '--participating',
      file,
      '--out',
      out,
      '--as-of',
      '2026-06-01',
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`nothing was written to ${out}`);
    expect((await readdir(out)).sort()).toEqual(['agreements.json', 'keep.txt']);
    expect(await readFile(join(out, 'agreements.json'), 'utf8')).toBe('previous snapshot\n');
    expect((await readdir(dir)).filter((name) => name.includes('.new-') || name.includes('.old-'))).toEqual(
      [],
    );
  });

  it('on success writes the snapshot (agreements.json, listings.json, feeds/), leaving other files alone', async () => {
    const out = join(dir, 'out-success');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'agreements.json'), 'previous snapshot\n');
    await writeFile(join(out, 'keep.txt'), 'other file\n');
    const file = await writeWorkbook(join(dir, 'participatingAgencies06072026am.xlsx'));
    await run(process.execPath, [cli, '--participating', file, '--out', out, '--quiet']);
    expect((await readdir(out)).sort()).toEqual(['agreements.json', 'feeds', 'keep.txt', 'listings.json']);
    expect(await readdir(join(out, 'feeds'))).toEqual(
      expect.arrayContaining(['changes.atom', 'changes.json']),
    );
    expect(await readFile(join(out, 'keep.txt'), 'utf8')).toBe('other file\n');
    expect(JSON.parse(await readFile(join(out, 'agreements.json'), 'utf8')).asOf).toBe('2026-06-07');
    // the list joins the bundled history: every list since 2021, then this one
    const lists = JSON.parse(await readFile(join(out, 'listings.json'), 'utf8')).lists;
    expect(lists).toHaveLength(24);
    expect(lists.at(-1).slice(0, 2)).toEqual(['2026-06-07', 'participatingAgencies06072026am.xlsx']);
    // the SDK's CLI reads the history beside the file: what changed since the May 2026 list
    const sdkCli = join(repo, 'packages/sdk/dist/cli.js');
    const { stdout } = await run(process.execPath, [
      sdkCli,
      'changes',
      '--json',
      '--data',
      join(out, 'agreements.json'),
    ]);
    const changes = JSON.parse(stdout);
    expect([changes.from, changes.to]).toEqual(['2026-05-18', '2026-06-07']);
    expect(changes.ended.length).toBeGreaterThan(1000);
  });

  it('refuses a future list date, an --as-of the file name contradicts, and one file under two dates', async () => {
    const future = await writeWorkbook(join(dir, 'participatingAgencies01012099am.xlsx'));
    expect(String(await problemsOf(ingest(future)))).toContain('2099-01-01, is in the future');
    const named = await writeWorkbook(join(dir, 'participatingAgencies06022026am.xlsx'));
    expect(String(await problemsOf(ingest(named, { asOf: '2026-06-03' })))).toContain(
      'its file name dates the list 2026-06-02, and --as-of says 2026-06-03',
    );
    const once = await ingest(named);
    const copy = await writeWorkbook(join(dir, 'participatingAgencies06032026am.xlsx'));
    const twice = runIngest({ participating: copy, referenceDir, overridesDir, listings: once.listings });
    expect(String(await problemsOf(twice))).toContain(
      "this file is already in the history as ICE's list of 2026-06-02",
    );
  });

  it('says a missing or unreadable file is that before asking for its date', async () => {
    const missing = await problemsOf(ingest(join(dir, 'no-such-list.xlsx')));
    expect(missing.message).not.toContain('--as-of');
    const notXlsx = await writeText(join(dir, 'notes.xlsx'), 'not a workbook');
    expect((await problemsOf(ingest(notXlsx))).message).not.toContain('--as-of');
  });

  it('refuses a folder as input and an impossible --as-of', async () => {
    const folder = await runIngest({
      participating: dir,
      referenceDir,
      overridesDir,
      asOf: '2026-06-01',
    }).catch((e: Error) => e);
    expect(String(folder)).toContain(`${dir} is not a file`);
    const file = await writeWorkbook(join(dir, 'asof.xlsx'));
    const asOf = await ingest(file, { asOf: '2026-13-45' }).catch((e: Error) => e);
    expect(String(asOf)).toContain('--as-of "2026-13-45" is not a date');
  });

  it('exits 2 with usage when --participating is missing', async () => {
    const result = await run(process.execPath, [cli]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--participating is required');
  });
});
