/**
 * loadDataset({ url }) against data hosts that fail the ways real ones do. Each bound is asserted as an
 * outcome: the load settles (with the bundled data and the reason) well within a limit, whatever the host does.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementsOf, startFaultyDataHost } from '../../../scripts/faulty-data-host.mjs';
import { InvalidQueryError, loadDataset } from '../src/index.js';

type Host = Awaited<ReturnType<typeof startFaultyDataHost>>;
let host: Host;
let elsewhere: Host;

// ICE's list of January 2021, as a hostile or stale host might serve it: no Collier County agency at all.
const older = agreementsOf('2021-01-13', (file) => ({
  ...file,
  agencies: file.agencies.filter((agency) => !(agency[3] as string[]).includes('12021')),
}));

beforeAll(async () => {
  elsewhere = await startFaultyDataHost({ files: { '/agreements.json': agreementsOf('2026-06-01') } });
  host = await startFaultyDataHost({
    elsewhere: elsewhere.url,
    files: {
      '/agreements.json': agreementsOf('2026-06-01'),
      '/older.json': older,
      // the shape of dates, but none: a widget formatting them would throw
      '/impossible-date.json': agreementsOf('2026-13-45'),
      '/impossible-signed.json': agreementsOf('2026-06-01', (file) => {
        (file.agencies[0] as unknown[][])[5] = [['JEM', '2020-02-30', 'active', null, null]];
        return file;
      }),
      // a date past today would pass for newer than any list
      '/future.json': agreementsOf('2099-12-31'),
    },
  });
});

afterAll(async () => {
  await host?.close();
  await elsewhere?.close();
});

/** Loads with the given options and returns the result and how long it took to settle. */
async function timedLoad(
  path: string,
  options: { timeout?: number; retry?: number; allowOlder?: boolean } = {},
) {
  const started = performance.now();
  const result = await loadDataset({ url: `${host.url}${path}`, places: false, ...options });
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe('loadDataset({ url }) on a failing data host', () => {
  it('gives up on a host that sends headers and then trickles bytes forever, at the deadline', async () => {
    const { result, seconds } = await timedLoad('/trickle.json', { timeout: 1500 });
    expect(result.origin).toBe('bundled');
    expect(result.error?.reason).toBe('timeout');
    expect(result.error?.message).toContain('not loaded within 1500 ms');
    expect(seconds).toBeLessThan(5);
  });

  it('gives up on a body that stops halfway, at the deadline', async () => {
    const { result, seconds } = await timedLoad('/stall-body.json', { timeout: 1500 });
    expect(result.error?.reason).toBe('timeout');
    expect(seconds).toBeLessThan(5);
  });

  it('does not wait out Retry-After: 3600 on a 503; it settles with the HTTP status', async () => {
    const { result, seconds } = await timedLoad('/busy.json', { retry: 1 });
    expect(result.origin).toBe('bundled');
    expect(result.error?.reason).toBe('http');
    expect(result.error?.message).toContain('HTTP 503');
    expect(host.requests.get('/busy.json')).toBe(2);
    expect(seconds).toBeLessThan(5);
  });

  it('keeps the deadline across retries: a host that is always busy costs at most the timeout', async () => {
    const { result, seconds } = await timedLoad('/busy.json', { retry: 50, timeout: 2000 });
    expect(result.error?.reason).toBe('timeout');
    expect(seconds).toBeLessThan(5);
  });

  it('refuses data that a redirect to another origin served, naming that origin', async () => {
    const { result } = await timedLoad('/redirect-away.json', { retry: 0 });
    expect(result.origin).toBe('bundled');
    expect(result.error?.reason).toBe('redirect');
    expect(result.error?.message).toContain(elsewhere.url);
    expect(result.dataset.asOf).toBe('2026-05-18');
  });

  it('follows a redirect within the same origin', async () => {
    const { result } = await timedLoad('/redirect-here.json', { retry: 0 });
    expect(result.error).toBeNull();
    expect(result.origin).toBe('remote');
    expect(result.dataset.asOf).toBe('2026-06-01');
  });

  it('stops reading a gzip bomb (1 MB on the wire, 1 GiB inflated) at the size bound', async () => {
    const before = process.memoryUsage().rss;
    const { result, seconds } = await timedLoad('/bomb.json', { retry: 0, timeout: 20_000 });
    expect(result.origin).toBe('bundled');
    expect(result.error?.reason).toBe('size');
    expect(result.error?.message).toContain('a dataset is far smaller');
    // inflated whole, the bomb would be a 1 GiB string
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    expect(seconds).toBeLessThan(15);
  }, 30_000);

  it('refuses a list older than the bundled one, so it cannot silently replace newer data', async () => {
    const { result } = await timedLoad('/older.json', { retry: 0 });
    expect(result.origin).toBe('bundled');
    expect(result.error?.reason).toBe('older');
    expect(result.error?.message).toContain('2021-01-13');
    expect(result.error?.message).toContain('2026-05-18');
    expect(result.dataset.agenciesByCounty.get('12021')?.length).toBe(5);
  });

  it('uses an older list when asked to (a pinned list), and says which list is bundled', async () => {
    const { result } = await timedLoad('/older.json', { retry: 0, allowOlder: true });
    expect(result.origin).toBe('remote');
    expect(result.error).toBeNull();
    expect(result.dataset.asOf).toBe('2021-01-13');
    expect(result.bundledAsOf).toBe('2026-05-18');
    expect(result.dataset.agenciesByCounty.get('12021')).toBeUndefined();
  });

  it.each([
    ['a list date that is no calendar date', '/impossible-date.json', 'asOf: not a calendar date'],
    ['a signing date that is no calendar date', '/impossible-signed.json', 'not a calendar date'],
    ['a list date in the future', '/future.json', 'its list date 2099-12-31 is in the future'],
  ])('refuses %s (reason "schema")', async (_what, path, message) => {
    const { result } = await timedLoad(path, { retry: 0 });
    expect(result.origin).toBe('bundled');
    expect(result.error?.reason).toBe('schema');
    expect(result.error?.message).toContain(message);
  });

  it.each([
    [{ url: 42 }, 'Invalid url: expected a URL as a string, got the number 42.'],
    [{ timeout: Number.POSITIVE_INFINITY }, 'Invalid timeout'],
    [{ timeout: 2 ** 31 }, 'at most 2147483647'],
    [{ timeout: -1 }, 'Invalid timeout'],
    [{ retry: 1.5 }, 'Invalid retry'],
  ])('throws InvalidQueryError for options of the wrong type: %j', async (options, message) => {
    const load = loadDataset({ url: `${host.url}/agreements.json`, places: false, ...options } as never);
    await expect(load).rejects.toThrow(InvalidQueryError);
    await expect(load).rejects.toThrow(message);
  });

  it('treats a url of only spaces as none, and refuses one that is not http(s)', async () => {
    const blank = await loadDataset({ url: '   ', places: false });
    expect(blank).toMatchObject({ origin: 'bundled', error: null });
    const file = await loadDataset({ url: 'file:///etc/passwd', places: false });
    expect(file.error?.reason).toBe('url');
    expect(file.error?.message).toContain('not an http(s) URL');
  });
});

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = 'packages/sdk/dist/cli.js';

/** The built CLI; resolves with its exit code, output and how long it ran. */
function runCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({
        code: error ? Number(error.code ?? 1) : 0,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

describe('the CLI with --data on a failing data host', () => {
  beforeAll(() => {
    if (!existsSync(`${ROOT}${CLI}`)) throw new Error(`run \`pnpm build\` first: ${CLI} is missing`);
  });

  it('answers from the bundled data, saying why, when the host trickles bytes forever', async () => {
    const result = await runCli('lookup', '--fips', '12021', '--json', '--data', `${host.url}/trickle.json`);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).asOf).toBe('2026-05-18');
    expect(result.stderr).toContain('(timeout): not loaded within 8000 ms');
    expect(result.stderr).toContain('Using the bundled data of 2026-05-18 instead.');
    // the SDK's 8 s deadline, plus the CLI's start
    expect(result.seconds).toBeLessThan(20);
  }, 30_000);

  it('refuses a --data file that is not a regular file (a FIFO would be read forever), and a blank --data is none', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'open287g-cli-'));
    const fifo = join(folder, 'fifo');
    execFileSync('mkfifo', [fifo]);
    try {
      const result = await runCli('lookup', '--fips', '12021', '--json', '--data', fifo);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`could not use ${fifo}: it is not a regular file`);
      expect(JSON.parse(result.stdout).asOf).toBe('2026-05-18');
      const blank = await runCli('lookup', '--fips', '12021', '--json', '--data', ' ');
      expect(blank).toMatchObject({ code: 0, stderr: '' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);

  it('answers from an older list given on purpose, and says it is older', async () => {
    const result = await runCli('lookup', '--fips', '12021', '--json', '--data', `${host.url}/older.json`);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.asOf).toBe('2021-01-13');
    expect(answer.local).toEqual([]);
    expect(result.stderr).toContain(
      "answering from ICE's list of 2021-01-13, older than the bundled one of 2026-05-18",
    );
  }, 30_000);
});
