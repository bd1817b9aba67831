import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  return runNode([CLI, ...args]);
}

/** The CLI with Node options before it, e.g. to make it believe its stdout is a terminal. */
function runNode(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      // LANG chooses the language of answers: English here unless a test says otherwise
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } },
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

  it('lookup --json adds "ended": agreements on an earlier list, with status ended and lastListed', async () => {
    const { code, stdout } = await run('lookup', '--fips', '24025', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.ended).toEqual([
      expect.objectContaining({
        name: "Harford County Sheriff's Office",
        agreements: [expect.objectContaining({ model: 'JEM', status: 'ended', lastListed: '2026-01-05' })],
      }),
    ]);
    const human = await run('lookup', '--fips', '24025');
    expect(human.stdout).toContain('listed until 2026-01-05');
  });

  it("changes --json: the last two lists by default, with the contract's fields", async () => {
    const { code, stdout, stderr } = await run('changes', '--json');
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['from', 'to', 'added', 'ended', 'renamed', 'resigned']);
    expect([result.from, result.to]).toEqual(['2026-04-01', '2026-05-18']);
    expect([result.added.length, result.ended.length, result.renamed.length, result.resigned.length]).toEqual(
      [253, 14, 1, 2],
    );
    for (const change of [...result.added, ...result.ended, ...result.resigned])
      expect(Object.keys(change)).toEqual(['agencyId', 'name', 'state', 'model', 'signed', 'counties']);
    expect(Object.keys(result.renamed[0])).toEqual(['agencyId', 'state', 'from', 'to']);
  });

  it('changes --data: a newer list is the next of the history; a broken listings.json beside it is said and left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'open287g-cli-changes-'));
    const list = JSON.parse(await readFile(join(ROOT, 'packages/data/snapshot/agreements.json'), 'utf8'));
    list.asOf = '2026-06-01';
    list.agencies = list.agencies.filter((agency: unknown[]) => agency[0] !== 'WY');
    await writeFile(join(dir, 'agreements.json'), JSON.stringify(list));
    await writeFile(join(dir, 'listings.json'), '{"format": 1, "lists": "not a list"}');
    const { code, stdout, stderr } = await run(
      'changes',
      '--state',
      'WY',
      '--json',
      '--data',
      join(dir, 'agreements.json'),
    );
    expect(code).toBe(0);
    expect(stderr).toContain('could not use');
    expect(stderr).toContain('listings.json');
    expect(stderr).toContain('Using the bundled history instead.');
    const result = JSON.parse(stdout);
    expect([result.from, result.to]).toEqual(['2026-05-18', '2026-06-01']);
    expect(result.ended.length).toBeGreaterThan(0);
    expect(result.ended.every((c: { state: string }) => c.state === 'WY')).toBe(true);
    expect(result.ended.map((c: { name: string }) => c.name)).toContain('Shoshoni Police Department');
    expect(result.added).toEqual([]);
  });

  it("changes --data of a list the history lacks says the history's lists are compared", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'open287g-cli-older-'));
    const list = JSON.parse(await readFile(join(ROOT, 'packages/data/snapshot/agreements.json'), 'utf8'));
    list.asOf = '2026-02-01';
    await writeFile(join(dir, 'agreements.json'), JSON.stringify(list));
    const { code, stderr } = await run('changes', '--data', join(dir, 'agreements.json'));
    expect(code).toBe(0);
    expect(stderr).toContain("ICE's list of 2026-02-01 is not in the history; comparing the history's lists");
  });

  it('changes --from --to --state compares the lists asked for; an unknown date lists the dates', async () => {
    const md = JSON.parse(
      (await run('changes', '--from', '2026-01-05', '--to', '2026-04-01', '--state', 'md', '--json')).stdout,
    );
    expect(md.ended.map((c: { name: string }) => c.name)).toContain("Harford County Sheriff's Office");
    expect(md.ended.every((c: { state: string }) => c.state === 'MD')).toBe(true);
    const unknown = await run('changes', '--from', '2026-03-01');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('2021-01-13, 2021-04-02');
    const json = await run('changes', '--to', '1999-01-01', '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: 'unknown-date',
      dates: expect.arrayContaining(['2026-05-18']),
    });
    // dates in the wrong order, and a first list with none before it: not "unknown"
    const order = await run('changes', '--from', '2026-05-18', '--to', '2026-01-05', '--json');
    expect(JSON.parse(order.stdout)).toMatchObject({ error: 'no-earlier-list' });
    const first = await run('changes', '--to', '2021-01-13');
    expect(first.stderr).toContain('Invalid to');
    const state = await run('changes', '--state', 'ZZ', '--json');
    expect([state.code, JSON.parse(state.stdout).error]).toEqual([2, 'unknown-state']);
    const extra = await run('changes', 'extra');
    expect([extra.code, extra.stderr]).toEqual([2, expect.stringContaining('changes takes options only')]);
    const human = await run('changes', '--from', '2025-07-01', '--to', '2025-10-01');
    expect(human.stdout).toContain('Ft. Myers Police Department → Fort Myers Police Department');
  });

  it('lookup --lang es answers in Spanish, as LANG=es does by default; names stay as their sources print them', async () => {
    const spanish = await run('lookup', 'Collier County, FL', '--lang', 'es');
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toContain('Sí: 5 agencias en el condado de Collier, FL tienen un acuerdo 287(g).');
    expect(spanish.stdout).toContain('Ley o norma estatal (exige participar en 287(g)): CS/SB 1808');
    expect(spanish.stdout).toContain(
      'Cada agencia que administra una cárcel de condado debe firmar un acuerdo 287(g) por escrito con ICE',
    );
    expect(spanish.stdout).toContain('Agencias locales:');
    expect(spanish.stdout).toContain('Modelo de Aplicación en Cárceles  firmado el 2020-06-09');
    expect(spanish.stdout).toContain("Collier County Sheriff's Office");
    expect(spanish.stdout).not.toMatch(/\b(Yes|Local agencies|signed|Statewide agencies)\b/);
    const byLang = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [CLI, 'lookup', '--fips', '24025'],
        { cwd: ROOT, env: { ...process.env, LANG: 'es_US.UTF-8' } },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    expect(byLang).toContain('en la lista hasta el 2026-01-05');
    expect((await run('lookup', 'Texas', '--lang', 'es')).stdout).toMatch(
      /^Texas \(TX\): \d+ de sus 254 condados/,
    );
    expect((await run('models', '--lang', 'es')).stdout).toContain('Modelo Híbrido (suspendido)');
    // every command for people: search, an ambiguous lookup, stats, timeline and changes
    expect((await run('search', 'Washington', '--lang', 'es')).stdout).toContain(
      'Washington [estado] → sus 39 condados o equivalentes',
    );
    const stLouis = await run('lookup', 'St. Louis', '--lang', 'es');
    expect(stLouis.code).toBe(2);
    expect(stLouis.stderr).toContain('«St. Louis» coincide con más de un condado.');
    expect(stLouis.stderr).toContain('Agregue el estado');
    const stats = (await run('stats', '--lang', 'es')).stdout;
    expect(stats).toMatch(/^Acuerdos 287\(g\) en la lista de ICE al 2026-05-18/);
    expect(stats).toContain('Modelo de Fuerza de Tarea');
    expect((await run('timeline', '--lang', 'es')).stdout).toMatch(/^ *fecha +filas/);
    const changes = (await run('changes', '--state', 'MD', '--lang', 'es')).stdout;
    expect(changes).toContain(
      'Retirados de la lista: en la lista del 2026-04-01, no en la del 2026-05-18 (2):',
    );
    expect(changes).not.toMatch(/\b(Added|Ended|signed)\b/);
    // --json stays as it is, for programs, whatever the language
    expect(JSON.parse((await run('lookup', 'St. Louis', '--json', '--lang', 'es')).stdout).error).toBe(
      'ambiguous',
    );
    expect((await run('lookup', '--fips', '09110')).stdout).toContain('nine planning regions');
    const french = await run('lookup', 'Collier', '--lang', 'fr');
    expect([french.code, french.stderr]).toEqual([2, expect.stringContaining('--lang must be en or es')]);
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
      agencies: 1549,
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
    expect(stdout).toContain('State law or policy (requires 287(g) participation): CS/SB 1808');
  });

  it('says so when a state law prohibits agreements, and lists the other bills with their stage', async () => {
    const maryland = await run('lookup', '--fips', '24025');
    expect(maryland.stdout).toContain(
      'No local agency in Harford County, MD has a 287(g) agreement.\nA Maryland measure prohibits 287(g) agreements.',
    );
    expect(maryland.stdout).toContain(
      'State law or policy (prohibits 287(g) agreements): HB 444 / SB 245 of 2026',
    );
    expect(maryland.stdout).toMatch(/Related state law or bill: HB 1222 of 2025.* — not enacted/);
    const newJersey = await run('lookup', 'New Jersey', '--lang', 'es');
    expect(newJersey.stdout).toContain('Ley o norma estatal (prohíbe los acuerdos 287(g))');
    expect(newJersey.stdout).toMatch(/A6310.* — con veto/);
  });

  it('exits 2 for an unknown command or option', async () => {
    const [command, option] = await Promise.all([run('frobnicate'), run('stats', '--frobnicate')]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Unknown command "frobnicate"');
    expect(command.stderr).toContain('Usage: open287g');
    expect(option.code).toBe(2);
    // in our words, with the usage; not Node's parser's advice on positional arguments
    expect(option.stderr).toContain('open287g: --frobnicate is not an option (they are listed below).');
    expect(option.stderr).toContain('Usage: open287g');
    expect(option.stderr).not.toContain('positional');
    const [missing, extra] = await Promise.all([run('lookup', '--fips'), run('stats', '--json=yes')]);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'open287g: --fips needs a value.']);
    expect([extra.code, extra.stderr.split('\n')[0]]).toEqual([2, 'open287g: --json takes no value.']);
  });

  it('lookup of a state name: its summary (exit 0, no county, the state code), or the state first among candidates', async () => {
    const texas = await run('lookup', 'Texas', '--json');
    expect(texas.code).toBe(0);
    const summary = JSON.parse(texas.stdout);
    expect(summary.county).toBeUndefined();
    expect(summary.state).toMatchObject({ code: 'TX', name: 'Texas' });
    expect(summary.countiesWithLocalAgreement.length).toBeGreaterThan(100);
    const human = await run('lookup', 'Puerto Rico');
    expect(human.stdout).toContain('Puerto Rico (PR): 0 of its 78 counties or county equivalents');
    const dc = JSON.parse((await run('lookup', 'DC', '--json')).stdout);
    expect(dc.county).toMatchObject({ fips: '11001' });
    const newYork = await run('lookup', 'New York', '--json');
    expect(newYork.code).toBe(2);
    expect(JSON.parse(newYork.stdout).candidates[0]).toMatchObject({ kind: 'state', state: 'NY' });
  });

  it('says how many more candidates an ambiguous lookup left out, and how to narrow it from what was typed', async () => {
    const washington = await run('lookup', 'Washington County');
    expect(washington.code).toBe(2);
    expect(washington.stderr).toMatch(/…and \d+ more\./);
    expect(washington.stderr).toContain('Add the state (e.g. "Washington County, OR")');
    const json = JSON.parse((await run('lookup', 'Washington County', '--json')).stdout);
    expect(json.candidates).toHaveLength(20);
    expect(json.more).toBeGreaterThan(0);
    const stLouis = await run('lookup', 'St. Louis, MO');
    expect(stLouis.code).toBe(2);
    expect(stLouis.stderr).toContain('They are all in MO');
    expect(stLouis.stderr).not.toContain('Add the state');
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
    const badLimits = ['abc', '0', '-3', '2.5'];
    const limits = await Promise.all(badLimits.map((n) => run('search', 'miami', `--limit=${n}`)));
    expect(limits.map((limit) => [limit.code, limit.stderr.trim()])).toEqual(
      badLimits.map((n) => [2, `--limit takes a whole number, 1 or more, not "${n}".`]),
    );
    for (const result of [unknown, lang, state, out, ...limits])
      expect(result.stderr).not.toMatch(/\n\s+at /);
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

describe('the CLI on an untrusted --data file', () => {
  // Everything a terminal would act on rather than show, and sequences that use it: clear the screen,
  // retitle the window (OSC 0 and 2), a hidden hyperlink (OSC 8), CR and backspace over text, a C1 CSI.
  const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
  const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)).join('');
  const BIDI = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
  const HOSTILE = `\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b]2;pwned\x1b\\\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07\rFAKE\b\b\b\b\u009b31m${C0}\x7f${C1}${BIDI}`;
  /** What no output may carry raw: C0 but tab and line feed, DEL, C1, bidi controls (as U+XXXX). */
  const unsafeIn = (text: string) =>
    Array.from(text)
      .map((c) => c.codePointAt(0) ?? 0)
      .filter(
        (code) =>
          (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
          (code >= 0x7f && code <= 0x9f) ||
          BIDI.includes(String.fromCodePoint(code)),
      )
      .map((code) => `U+${code.toString(16).padStart(4, '0')}`);
  const LOCAL = `Oficina del Alguacil de Peñón${HOSTILE}`;
  const PLACE = `Inmokalee${HOSTILE}`;
  const MOA = `moa${HOSTILE}.pdf`;
  const LONG = 'Agencia Estatal de Florida, ñandú '.padEnd(10_000, 'é');
  let file: string;
  let original: { source: { title: string; file: string }; linkBase: string };

  beforeAll(async () => {
    original = JSON.parse(await readFile(join(ROOT, 'packages/data/snapshot/agreements.json'), 'utf8'));
    const hostile = structuredClone(original) as typeof original & { agencies: unknown[] };
    hostile.source.title = `287(g) participating agencies${HOSTILE}`;
    hostile.source.file = `list${HOSTILE}.xlsx`;
    hostile.agencies.push(
      ['FL', LOCAL, 'county', ['12021'], PLACE, [['JEM', '2025-01-01', 'active', MOA, null]]],
      ['FL', LONG, 'state', [], null, [['TFM', '2025-01-01', 'active', null, null]]],
    );
    file = join(await mkdtemp(join(tmpdir(), 'open287g-cli-')), 'agreements.json');
    await writeFile(file, JSON.stringify(hostile));
  });

  const expectSafe = (result: Run) => {
    expect(unsafeIn(result.stdout)).toEqual([]);
    expect(unsafeIn(result.stderr)).toEqual([]);
  };

  it('reads a local path or a file: URL as the agreements file', async () => {
    const [path, url] = await Promise.all([
      run('search', 'oficina del alguacil', '--json', '--data', file),
      run('search', 'oficina del alguacil', '--json', '--data', pathToFileURL(file).href),
    ]);
    for (const result of [path, url]) {
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(JSON.parse(result.stdout)[0].name).toBe(LOCAL);
    }
  });

  it('falls back to the bundled data, saying why, when the file cannot be used', async () => {
    const missing = join(tmpdir(), 'open287g-no-such-file.json');
    const { code, stdout, stderr } = await run('stats', '--json', '--data', missing);
    expect(code).toBe(0);
    expect(stderr).toContain(`could not use ${missing}`);
    expect(stderr).toContain('Using the bundled data of 2026-05-18 instead.');
    expect(JSON.parse(stdout)).toMatchObject({ asOf: '2026-05-18', agreements: 1843 });
  });

  it('prints no control or bidi character in a human answer, and each row stays on its line', async () => {
    const result = await run('lookup', '--fips', '12021', '--data', file);
    expect(result.code).toBe(0);
    expectSafe(result);
    const row = result.stdout.split('\n').find((line) => line.includes('Oficina del Alguacil de Peñón'));
    // the CR, backspaces and line feed in the name neither overwrite nor break its row
    // (an agency the history has never seen is new since the list before)
    expect(row).toMatch(
      /Peñón.*pwned.*FAKE.*county +JEM Jail Enforcement Model +signed 2025-01-01, new since the list of 2026-04-01 +https:/,
    );
    expect(result.stdout).toContain(
      'Data: U.S. Immigration and Customs Enforcement (ICE), 287(g) participating',
    );
  });

  it('clips a 10,000-character agency name in tables and messages, keeping its accents', async () => {
    const results = await Promise.all([
      run('lookup', '--fips', '12021', '--data', file),
      run('search', 'agencia estatal', '--data', file),
      run('lookup', 'agencia estatal de florida', '--data', file),
    ]);
    const [answer, found, statewide] = results;
    expect(statewide?.code).toBe(2);
    for (const result of results) {
      expectSafe(result);
      const output = result.stdout + result.stderr;
      expect(output).toContain(LONG.slice(0, 150));
      expect(output).toContain('é…');
      expect(output).not.toContain(LONG.slice(0, 300));
      for (const line of output.split('\n')) expect(line.length).toBeLessThan(600);
    }
    expect(answer?.stdout).toMatch(/Agencia Estatal de Florida, ñandú é+… +state +TFM Task Force Model/);
    expect(found?.stdout).toMatch(/^Agencia Estatal de Florida, ñandú é+… \[agency\] → statewide$/m);
    expect(statewide?.stderr).toMatch(
      /^Agencia Estatal de Florida, ñandú é+… is a statewide agency of Florida/,
    );
  });

  it('prints stats and search results for people without control characters, accents intact', async () => {
    const [statistics, found, accented] = await Promise.all([
      run('stats', '--data', file),
      run('search', 'oficina del alguacil', '--data', file),
      run('search', 'doña ana', '--data', file),
    ]);
    for (const result of [statistics, found, accented]) expectSafe(result);
    expect(statistics.stdout).toContain('Source: https://www.ice.gov/identify-and-arrest/287g (list');
    expect(found.stdout).toMatch(
      /^Oficina del Alguacil de Peñón\uFFFD\[2J.*, FL \[agency\] → Collier County, FL \(12021\)$/m,
    );
    expect(accented.stdout).toContain('Doña Ana County, NM [county] → FIPS 35013');
  });

  it('--json keeps every string whole and exact, with no raw control character on screen', async () => {
    const [answer, found, statewide] = await Promise.all([
      run('lookup', '--fips', '12021', '--json', '--data', file),
      run('search', 'agencia estatal', '--json', '--data', file),
      run('lookup', 'agencia estatal de florida', '--json', '--data', file),
    ]);
    for (const result of [answer, found, statewide]) expect(unsafeIn(result.stdout)).toEqual([]);
    const parsed = JSON.parse(answer.stdout);
    expect(parsed.source).toMatchObject({
      title: `287(g) participating agencies${HOSTILE}`,
      file: `list${HOSTILE}.xlsx`,
    });
    const local = parsed.local.find((agency: { name: string }) => agency.name === LOCAL);
    expect(local).toMatchObject({ place: PLACE, agreements: [{ moaUrl: original.linkBase + MOA }] });
    expect(parsed.statewide.map((agency: { name: string }) => agency.name)).toContain(LONG);
    expect(JSON.parse(found.stdout)[0].label).toBe(`${LONG}, FL`);
    expect(JSON.parse(statewide.stdout)).toMatchObject({ error: 'statewide-agency', agency: { name: LONG } });
  });

  it('writes CSV to a pipe or a file as the data is, and neutralises it at a terminal', async () => {
    const out = join(tmpdir(), `open287g-cli-${process.pid}.csv`);
    const [piped, written, terminal] = await Promise.all([
      run('csv', '--state', 'FL', '--data', file),
      run('csv', '--state', 'FL', '--data', file, '--out', out),
      runNode([
        '--import',
        'data:text/javascript,process.stdout.isTTY=true',
        CLI,
        ...['csv', '--state', 'FL', '--data', file],
      ]),
    ]);
    expect(piped.stdout).toContain(`FL,"${LOCAL}",`);
    expect(written.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(piped.stdout);
    expect(terminal.code).toBe(0);
    expectSafe(terminal);
    expect(terminal.stdout).toContain('FL,"Oficina del Alguacil de Peñón');
  });
});
