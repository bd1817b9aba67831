import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = 'packages/sdk/dist/cli.js';
const SOURCE_URL = 'https://www.ice.gov/identify-and-arrest/287g';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, CLI))) {
    throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
  }
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The documented shape of `lookup --json`. */
function expectAnswerShape(answer: unknown) {
  if (!isObject(answer)) throw new Error('lookup --json must print one JSON object');
  expect(answer.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(answer.county).toMatchObject({
    fips: expect.stringMatching(/^\d{5}$/),
    name: expect.any(String),
    state: expect.stringMatching(/^[A-Z]{2}$/),
  });
  for (const list of [answer.local, answer.statewide]) {
    expect(Array.isArray(list)).toBe(true);
    for (const agency of list as unknown[]) {
      expect(agency).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        kind: expect.stringMatching(/^(county|municipal|state)$/),
        agreements: expect.any(Array),
      });
      const { agreements } = agency as { agreements: unknown[] };
      expect(agreements.length).toBeGreaterThan(0);
      for (const agreement of agreements) {
        expect(agreement).toMatchObject({
          model: expect.stringMatching(/^(JEM|TFM|WSO)$/),
          signed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          status: expect.stringMatching(/^(active|pending)$/),
        });
        const { moaUrl } = agreement as { moaUrl: unknown };
        expect(moaUrl === null || (typeof moaUrl === 'string' && /^https?:\/\//.test(moaUrl))).toBe(true);
      }
    }
  }
  expect(answer.mandate === null || isObject(answer.mandate)).toBe(true);
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('the open287g CLI (built)', () => {
  it('lookup --fips 12021 --json prints one answer object for Collier County, FL', async () => {
    const { code, stdout, stderr } = await run('lookup', '--fips', '12021', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const answer = JSON.parse(stdout);
    expectAnswerShape(answer);
    expect(answer.asOf).toBe('2026-05-18');
    expect(answer.county).toMatchObject({ fips: '12021', name: 'Collier County', state: 'FL' });
    const sheriff = answer.local.find((a: { name: string }) => a.name === "Collier County Sheriff's Office");
    expect(sheriff.agreements.map((a: { model: string }) => a.model)).toEqual(['JEM', 'TFM']);
    expect(answer.statewide.length).toBeGreaterThan(0);
    expect(answer.mandate).toMatchObject({ state: 'FL', requiresParticipation: true });
  });

  it('lookup "Collier County, FL" --json gives the same answer', async () => {
    const [byName, byFips] = await Promise.all([
      run('lookup', 'Collier County, FL', '--json'),
      run('lookup', '--fips', '12021', '--json'),
    ]);
    expect(byName.code).toBe(0);
    expect(JSON.parse(byName.stdout)).toEqual(JSON.parse(byFips.stdout));
  });

  it('lookup of a county without agreements prints mandate null and empty lists', async () => {
    const { code, stdout } = await run('lookup', '--fips', '06037', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expectAnswerShape(answer);
    expect(answer).toMatchObject({ local: [], statewide: [], mandate: null, hasLocalAgreement: false });
  });

  it('lookup miami exits 2 and lists the candidates', async () => {
    const { code, stdout, stderr } = await run('lookup', 'miami');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"miami" matches more than one county');
    expect(stderr).toContain('Miami-Dade County, FL [county] → FIPS 12086');
    expect(stderr).toContain('Miami County, OH [county] → FIPS 39109');
    expect(stderr.indexOf('Miami-Dade County, FL')).toBeLessThan(stderr.indexOf('Miami County, OH'));
  });

  it('lookup miami --json exits 2 with the candidates as JSON', async () => {
    const { code, stdout } = await run('lookup', 'miami', '--json');
    expect(code).toBe(2);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ error: 'ambiguous', query: 'miami' });
    expect(result.candidates[0]).toMatchObject({
      label: 'Miami-Dade County, FL',
      counties: [{ fips: '12086', name: 'Miami-Dade County', state: 'FL' }],
    });
  });

  it('lookup "zzzzqqq" exits 1', async () => {
    const { code, stdout, stderr } = await run('lookup', 'zzzzqqq');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Nothing matches "zzzzqqq"');
  });

  it('lookup of a typo exits 1 and suggests the county', async () => {
    const { code, stderr } = await run('lookup', 'colierr');
    expect(code).toBe(1);
    expect(stderr).toContain('Did you mean:');
    expect(stderr).toContain('Collier County, FL [county] → FIPS 12021');
  });

  it('lookup --fips of an unknown or malformed code exits 1 with the reason', async () => {
    const [unknown, malformed] = await Promise.all([
      run('lookup', '--fips', '99999'),
      run('lookup', '--fips', '1202'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No county with FIPS code 99999 is in the dataset.');
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('"1202" is not a county FIPS code');
  });

  it('stats --json has asOf, 1,843 agreements, agencies and counts by model', async () => {
    const { code, stdout } = await run('stats', '--json');
    expect(code).toBe(0);
    const s = JSON.parse(stdout);
    expect(s).toMatchObject({
      asOf: '2026-05-18',
      agreements: 1843,
      agencies: 1551,
      byModel: { JEM: 182, TFM: 1162, WSO: 499 },
    });
  });

  it('prints a human answer with the as-of date and the source URL', async () => {
    const { code, stdout } = await run('lookup', '--fips', '12021');
    expect(code).toBe(0);
    expect(stdout).toContain('Collier County, FL (FIPS 12021)');
    expect(stdout).toContain("Collier County Sheriff's Office");
    expect(stdout).toContain('as of 2026-05-18');
    expect(stdout).toContain(`Source: ${SOURCE_URL}`);
    expect(stdout).toContain('State law: CS/SB 1808');
  });

  it('exits 2 for an unknown command or option', async () => {
    const [command, option] = await Promise.all([run('frobnicate'), run('stats', '--frobnicate')]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Unknown command "frobnicate"');
    expect(command.stderr).toContain('Usage: open287g');
    expect(option.code).toBe(2);
  });

  it('answers bad arguments with a clear message and exit code, never a stack trace', async () => {
    const unknown = await run('lookup', '--fips', '99999', '--json');
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ error: 'unknown-county', fips: '99999' });
    const lang = await run('models', '--lang', 'fr');
    expect([lang.code, lang.stderr.trim()]).toEqual([2, '--lang must be en or es, not "fr".']);
    const state = await run('csv', '--state', 'ZZ');
    expect(state.code).toBe(2);
    expect(state.stderr).toContain('"ZZ" is not one');
    const out = await run('csv', '--out', '/nonexistent-dir/x.csv');
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('cannot write /nonexistent-dir/x.csv');
    for (const result of [unknown, lang, state, out]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a statewide agency instead of saying nothing matches', async () => {
    const { code, stderr } = await run('lookup', 'Texas Department of Public Safety');
    expect(code).toBe(2);
    expect(stderr).toContain('is a statewide agency of Texas');
  });

  it('stops quietly when its output is cut short (csv | head -1)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [CLI, 'csv'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('csv --state FL prints only Florida rows', async () => {
    const { code, stdout } = await run('csv', '--state', 'FL');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'state,agency,agency_id,kind,county_fips,county_names,place,model,signed,status,moa_url,addendum_url',
    );
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(348);
    for (const row of rows) expect(row.startsWith('FL,')).toBe(true);
    const lower = await run('csv', '--state', 'fl');
    expect(lower.stdout).toBe(stdout);
  });

  it('search --json lists Collier County first', async () => {
    const { code, stdout } = await run('search', 'collier', '--json');
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results[0]).toMatchObject({
      kind: 'county',
      label: 'Collier County, FL',
      counties: [{ fips: '12021', name: 'Collier County', state: 'FL' }],
    });
  });

  it('timeline --json ends with the snapshot date', async () => {
    const { code, stdout } = await run('timeline', '--json');
    expect(code).toBe(0);
    const points = JSON.parse(stdout);
    expect(points[0].date).toBe('2021-01-13');
    expect(points.at(-1)).toMatchObject({ date: '2026-05-18', rows: 1843 });
  });

  it('--data with an unreachable URL warns and answers from the bundled data', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/agreements.json`;
    const { code, stdout, stderr } = await run('stats', '--json', '--data', url);
    expect(code).toBe(0);
    expect(stderr).toContain(`Could not load the dataset from ${url} (network)`);
    expect(stderr).toContain('Using the bundled data of 2026-05-18 instead.');
    expect(JSON.parse(stdout)).toMatchObject({ asOf: '2026-05-18', agreements: 1843 });
  });
});
