import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('../county-report.mjs', import.meta.url));
const run = promisify(execFile);

it('answers a county, prints national counts and writes the state CSV', async () => {
  const csv = join(await mkdtemp(join(tmpdir(), 'open287g-example-')), 'fl.csv');
  const { stdout } = await run(process.execPath, [script, 'Collier County, FL', csv]);
  expect(stdout).toContain('Collier County, FL: 5 local agencies have a 287(g) agreement.');
  expect(stdout).toContain("Collier County Sheriff's Office: Jail Enforcement Model (signed 2020-06-09)");
  expect(stdout).toContain('Nationally, as of 2026-05-18: 1843 agreements (JEM 182, TFM 1162, WSO 499)');
  const lines = (await readFile(csv, 'utf8')).trim().split('\r\n');
  expect(lines[0]).toMatch(/^state,agency,agency_id,kind,county_fips/);
  expect(lines.slice(1).every((line) => line.startsWith('FL,'))).toBe(true);
  expect(lines.length - 1).toBe(348);
});

it('exits 1 and lists candidates for an ambiguous place', async () => {
  const error = await run(process.execPath, [script, 'miami']).catch(
    (caught: { code: number; stderr: string }) => caught,
  );
  expect(error).toMatchObject({ code: 1 });
  expect((error as { stderr: string }).stderr).toContain('Miami-Dade County, FL');
});

it('exits 1 and asks for a county when given a statewide agency', async () => {
  const error = await run(process.execPath, [script, 'Texas Highway Patrol']).catch(
    (caught: { code: number; stderr: string }) => caught,
  );
  expect(error).toMatchObject({ code: 1 });
  expect((error as { stderr: string }).stderr).toContain('a statewide agency: it can act anywhere in TX.');
});

it("lists a state's changes between two lists: Maryland's sheriffs in the first quarter of 2026", async () => {
  const changes = fileURLToPath(new URL('../state-changes.mjs', import.meta.url));
  const { stdout } = await run(process.execPath, [changes, 'md', '2026-01-05', '2026-04-01']);
  expect(stdout).toContain("MD: ICE's list of 2026-01-05 → its list of 2026-04-01");
  expect(stdout).toContain('Ended (6):');
  expect(stdout).toContain(
    "  Harford County Sheriff's Office: Jail Enforcement Model, signed 2020-06-26 (Harford County)",
  );
  const unknown = await run(process.execPath, [changes, 'md', '2026-03-01']).catch(
    (caught: { code: number; stderr: string }) => caught,
  );
  expect(unknown).toMatchObject({ code: 2 });
  expect((unknown as { stderr: string }).stderr).toContain('2026-04-01');
});

it('lists the state laws in force: mandates, prohibitions and limits, in English and Spanish', async () => {
  const laws = fileURLToPath(new URL('../state-laws.mjs', import.meta.url));
  const { stdout } = await run(process.execPath, [laws]);
  expect(stdout).toMatch(
    /^Maryland \(0 of 24 counties with a local agreement\)\n {2}prohibits agreements: HB 444/m,
  );
  expect(stdout).toMatch(
    /^Texas \(\d+ of 254 counties with a local agreement\)\n {2}requires participation: SB 8/m,
  );
  expect(stdout).toContain('  limits agreements: S.79, Act 5 of 2017');
  const spanish = await run(process.execPath, [laws, '--lang', 'es']);
  expect(spanish.stdout).toContain('prohíbe los acuerdos: SB 54');
  expect(spanish.stdout).toContain('Prohíbe a toda agencia o funcionario policial');
});
