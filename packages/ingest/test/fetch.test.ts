/**
 * `open287g-ingest fetch` against a loopback page of ICE's shape that the test writes: the lists are found by
 * their links whatever they are called, downloaded, checked, ingested, and a list already in the snapshot is
 * not ingested again.
 */
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir, writeWorkbook } from './fixtures.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(repo, 'packages/ingest/dist/cli.js');

let dir: string;
let server: Server;
let base: string;
const files = new Map<string, Buffer>();
const pages = new Map<string, string>();

/** A page shaped like ICE's: prose, other links, and the list linked with ICE's kind of text. */
const icePage = (links: string) => `<!doctype html><html><body>
  <h1>Delegation of Immigration Authority Section 287(g)</h1>
  <p>See the <a href="/about.pdf">fact sheet</a>.</p>
  <h2>Participating Agencies</h2><p>${links}</p></body></html>`;

beforeAll(async () => {
  dir = await tempDir();
  // ICE renames its files: this one is found by its link text, not its name
  files.set(
    '/doclib/287g/list-2026.xlsx',
    await readFile(await writeWorkbook(join(dir, 'participatingAgencies06012026am.xlsx'))),
  );
  files.set('/doclib/287g/notes.xlsx', Buffer.from('this is not a workbook'));
  pages.set(
    '/287g',
    icePage(
      '<a href="/doclib/287g/list-2026.xlsx">Participating Agencies (June 1, 2026) <span>XLSX</span></a>',
    ),
  );
  pages.set('/no-list', icePage('<a href="/doclib/287g/report.pdf">Annual report</a>'));
  pages.set('/not-xlsx', icePage('<a href="/doclib/287g/notes.xlsx">Participating agencies</a>'));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    const file = files.get(path);
    if (page) res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (file) res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function fetchCli(page: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        cli,
        'fetch',
        '--page',
        page,
        '--out',
        out,
        '--downloads',
        join(dir, 'downloads'),
        '--as-of',
        '2026-06-01',
      ],
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

it('finds the list by its link, downloads and ingests it, and does nothing when it has not changed', async () => {
  const out = join(dir, 'snapshot');
  const first = await fetchCli(`${base}/287g`, out);
  expect(first.stderr).toContain(`downloaded ${base}/doclib/287g/list-2026.xlsx`);
  expect(first.code).toBe(0);
  const written = JSON.parse(await readFile(join(out, 'agreements.json'), 'utf8'));
  expect(written.asOf).toBe('2026-06-01');
  expect(written.agencies.length).toBeGreaterThan(3);
  const before = await stat(join(out, 'agreements.json'));

  const again = await fetchCli(`${base}/287g`, out);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain("ICE's list is unchanged");
  expect((await stat(join(out, 'agreements.json'))).mtimeMs).toBe(before.mtimeMs);
}, 60_000);

it.each([
  [
    'a page without a link to the list',
    '/no-list',
    "no link to the participating agencies' xlsx on the page",
  ],
  ['a link to a file that is not an xlsx', '/not-xlsx', 'not an xlsx file'],
  ['a page that does not exist', '/gone', 'the server answered HTTP 404'],
])(
  'refuses %s, writing nothing',
  async (_what, path, message) => {
    const out = join(dir, `refused${path.replace(/\W/g, '-')}`);
    const result = await fetchCli(`${base}${path}`, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    await expect(stat(join(out, 'agreements.json'))).rejects.toThrow();
  },
  60_000,
);
