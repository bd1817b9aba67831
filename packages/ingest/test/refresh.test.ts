/**
 * The scheduled refresh: the workflow file is valid (action-validator, which also rejects a broken copy), and
 * the script it runs works end to end against a loopback page of ICE's shape — a new list becomes the
 * snapshot, a pull request body and a changeset; the same list again changes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir, writeWorkbook } from './fixtures.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const workflow = join(repo, '.github/workflows/refresh-data.yml');

function run(command: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(command, args, { cwd: repo, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}
const validator = join(repo, 'node_modules/.bin/action-validator');

let dir: string;
let server: Server;
let page: string;
beforeAll(async () => {
  dir = await tempDir();
  const list = await readFile(await writeWorkbook(join(dir, 'participatingAgencies06012026am.xlsx')));
  server = createServer((req, res) => {
    if (req.url === '/287g')
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<p><a href="/files/participatingAgencies06012026am.xlsx">Participating Agencies</a></p>');
    else if (req.url === '/files/participatingAgencies06012026am.xlsx') res.writeHead(200).end(list);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/287g`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('has a valid workflow file, by a validator that rejects a broken one', async () => {
  expect((await run(validator, [workflow])).code).toBe(0);
  const broken = join(dir, '.github/workflows/broken.yml');
  await mkdir(join(dir, '.github/workflows'), { recursive: true });
  await writeFile(
    broken,
    (await readFile(workflow, 'utf8')).replace('- uses: actions/checkout@v4', '- usess: x'),
  );
  expect((await run(validator, [broken])).code).not.toBe(0);
}, 60_000);

it('refreshes the snapshot from the page, writing the pull request body and a changeset, once', async () => {
  const out = join(dir, 'snapshot');
  const changesets = join(dir, 'changesets');
  await mkdir(changesets, { recursive: true });
  const env = (outputs: string) => ({
    OPEN287G_PAGE: page,
    OPEN287G_OUT: out,
    OPEN287G_CHANGESETS: changesets,
    GITHUB_OUTPUT: outputs,
  });
  const outputs = join(dir, 'outputs-1');
  const first = await run(process.execPath, ['scripts/refresh-data.mjs'], env(outputs));
  expect(first.code, first.stderr).toBe(0);
  const said = Object.fromEntries(
    (await readFile(outputs, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split('=')),
  );
  expect(said).toMatchObject({ changed: 'true', 'as-of': '2026-06-01' });
  const body = await readFile(said.body as string, 'utf8');
  expect(body).toContain("ICE's 287(g) list of 2026-06-01 (`participatingAgencies06012026am.xlsx`");
  expect(body).toMatch(/\| agencies \| 0 \| \d+ \| \+\d+ \|/);
  // the list of changes, from the history the ingest continued (the bundled one: the May 2026 list before)
  expect(body).toContain('## Changes from the list of 2026-05-18 to the list of 2026-06-01');
  expect(body).toMatch(/### Ended \((\d{3,})\)\n\n(- .+\n){150}- …and \d+ more/);
  // Collier County's sheriff is on both lists: in no section
  expect(body).not.toContain("Collier County Sheriff's Office · JEM");
  expect(body).toContain('### Renamed (');
  expect(await readFile(join(changesets, 'data-2026-06-01.md'), 'utf8')).toContain('"@open287g/data": minor');
  expect(JSON.parse(await readFile(join(out, 'agreements.json'), 'utf8')).asOf).toBe('2026-06-01');

  const second = await run(process.execPath, ['scripts/refresh-data.mjs'], env(join(dir, 'outputs-2')));
  expect(second.code).toBe(0);
  expect(await readFile(join(dir, 'outputs-2'), 'utf8')).toBe('changed=false\n');
}, 60_000);
