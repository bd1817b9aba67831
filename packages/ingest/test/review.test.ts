/**
 * The review file and --accept, through the built CLI: an agency no rule places is listed with ranked
 * suggestions; a reviewer's accepted line, with its note, becomes an override row, and the list then ingests.
 */
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { link, tempDir, VALID_ROWS, writeWorkbook } from './fixtures.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(repo, 'packages/ingest/dist/cli.js');

function runCli(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    );
  });
}

let dir: string;
let list: string;
let overrides: string;
beforeAll(async () => {
  dir = await tempDir();
  // Seguin's police, with a COUNTY cell no rule can read: the review should point at Seguin's county
  list = await writeWorkbook(join(dir, 'participatingAgencies06012026am.xlsx'), {
    rows: [
      ...VALID_ROWS,
      [
        'TEXAS',
        'Seguin Police Department',
        'Municipality',
        'Gulf Coast County',
        'Task Force Model',
        new Date(Date.UTC(2025, 4, 1)),
        link('seguin.pdf'),
        null,
      ],
    ],
  });
  // the reviewer's own copy of the override tables, so the repository's are never touched
  overrides = join(dir, 'overrides');
  await cp(join(repo, 'packages/ingest/overrides'), overrides, { recursive: true });
});

it('writes a review file with ranked suggestions, and --accept turns the accepted one into an override', async () => {
  const out = join(dir, 'out');
  const review = join(dir, 'participatingAgencies06012026am.review.csv');
  const refused = await runCli('--participating', list, '--out', out, '--overrides', overrides);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    `Wrote 1 agency the rules could not place, with ranked suggestions, to ${review}`,
  );
  const lines = parseCsv(await readFile(review, 'utf8'));
  expect(lines[0]).toMatchObject({
    accept: '',
    state: 'TX',
    agency: 'Seguin Police Department',
    counties: '48187',
    note: '',
  });
  expect(lines[0]?.suggestion).toContain(
    '1. Seguin, TX, a postal city of that name, is mostly in Guadalupe County',
  );

  // accepted without a note: refused, nothing added
  const marked = (note: string) =>
    [
      'accept,state,agency,kind,counties,note,suggestion',
      `yes,TX,Seguin Police Department,municipal,48187,${note},from the review`,
    ].join('\n');
  await writeFile(review, marked(''));
  const noNote = await runCli('--accept', review, '--overrides', overrides);
  expect(noNote.code).toBe(1);
  expect(noNote.stderr).toContain('an accepted line needs a note saying what source the decision rests on');

  await writeFile(review, marked('"city of Seguin, Guadalupe County (its MOA)"'));
  const accepted = await runCli(
    '--accept',
    review,
    '--overrides',
    overrides,
    '--participating',
    list,
    '--out',
    out,
  );
  expect(accepted.stderr).toContain(`Added 1 override row to ${join(overrides, 'agencies.csv')}`);
  expect(accepted.code).toBe(0);
  const written = JSON.parse(await readFile(join(out, 'agreements.json'), 'utf8'));
  const seguin = written.agencies.find((agency: unknown[]) => agency[1] === 'Seguin Police Department');
  expect(seguin?.[3]).toEqual(['48187']);
  // accepting the same line again is refused: the agency is in the table now
  const again = await runCli('--accept', review, '--overrides', overrides);
  expect(again.stderr).toContain('is already in agencies.csv');
}, 60_000);
