/**
 * Workbooks built to break a reader — a value in Excel's last column, zip bombs, millions of empty rows, an
 * archive that lies about its sizes — and SIGNED dates outside the program's life, run through the built
 * CLI in a child process with a 256 MB heap. Each must end within the child's time limit with exit 1, say
 * what is wrong, and leave the output folder exactly as it was.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FixtureCell, HEADER, link, tempDir, VALID_ROWS } from './fixtures.js';
import {
  paddedEntry,
  replaceEntry,
  SHARED_STRINGS_PATH,
  SHEET_HEAD,
  SHEET_PATH,
  workbookEntries,
  writeXlsx,
} from './xlsx-writer.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(repo, 'packages/ingest/dist/cli.js');
const CHILD_TIMEOUT_MS = 20_000;
const PREVIOUS = 'previous snapshot\n';
/** 1.5 GB of spaces, about 1.5 MB deflated */
const BOMB_MIB = 1500;

let dir: string;
beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('run `pnpm build` first: packages/ingest/dist/cli.js is missing');
  dir = await tempDir('open287g-hostile-');
});

interface ChildResult {
  code: number | null;
  signal: string | null;
  killed: boolean;
  stderr: string;
}

function ingestInChild(file: string, out: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        '--max-old-space-size=256',
        cli,
        '--participating',
        file,
        '--out',
        out,
        '--as-of',
        '2026-06-01',
        '--quiet',
      ],
      { timeout: CHILD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const failed = error as (Error & { code?: number; signal?: string; killed?: boolean }) | null;
        resolve({
          code: failed ? (failed.code ?? null) : 0,
          signal: failed?.signal ?? null,
          killed: failed?.killed ?? false,
          stderr,
        });
      },
    );
  });
}

const texasRow = (signed: Date): FixtureCell[] => [
  'TEXAS',
  "Harris County Sheriff's Office",
  'County',
  'Harris County',
  'Task Force Model',
  signed,
  link('h.pdf'),
  null,
];

const cases: [string, (path: string) => Promise<string>, RegExp][] = [
  [
    '3,000 rows whose only value is in column XFD, the last one',
    (path) => {
      const rows = Array.from(
        { length: 3000 },
        (_, i) => `<row r="${i + 2}"><c r="XFD${i + 2}"><v>1</v></c></row>`,
      );
      return writeXlsx(path, workbookEntries([HEADER], rows.join('')));
    },
    /row 2, XFD: a value outside the columns the header names, in a row that is otherwise empty/,
  ],
  [
    'a zip bomb: the sheet declares and inflates to 1.5 GB',
    (path) =>
      writeXlsx(
        path,
        replaceEntry(
          workbookEntries([HEADER, ...VALID_ROWS]),
          paddedEntry(SHEET_PATH, SHEET_HEAD, BOMB_MIB, '</sheetData></worksheet>'),
        ),
      ),
    /xl\/worksheets\/sheet1\.xml would inflate to 1,572,864,\d{3} bytes; the limit for one part is 67,108,864/,
  ],
  [
    '3 million empty rows',
    (path) => writeXlsx(path, workbookEntries([HEADER, ...VALID_ROWS], '<row/>'.repeat(3_000_000))),
    /the sheet goes on past row 100,000/,
  ],
  [
    'an entry that declares 1 KB and inflates to 1.5 GB',
    (path) => {
      const bomb = paddedEntry(SHARED_STRINGS_PATH, '<sst><si><t>STATE</t></si>', BOMB_MIB, '</sst>');
      return writeXlsx(path, replaceEntry(workbookEntries([HEADER, ...VALID_ROWS]), { ...bomb, size: 1024 }));
    },
    /xl\/sharedStrings\.xml inflates to more than the 1,024 bytes its zip entry declares/,
  ],
  [
    'a SIGNED date of 1899',
    (path) =>
      writeXlsx(path, workbookEntries([HEADER, ...VALID_ROWS, texasRow(new Date(Date.UTC(1899, 11, 31)))])),
    /row 9, SIGNED: 1899-12-31 is before 1996-09-30/,
  ],
  [
    'a SIGNED date of 2099',
    (path) =>
      writeXlsx(path, workbookEntries([HEADER, ...VALID_ROWS, texasRow(new Date(Date.UTC(2099, 0, 1)))])),
    /row 9, SIGNED: 2099-01-01 is after the list's date \(2026-06-01\)/,
  ],
];

describe('hostile workbooks: the CLI refuses them quickly, in bounded memory, writing nothing', () => {
  it.each(cases)('%s', async (name, build, message) => {
    const slug = name.replace(/\W+/g, '-');
    const file = await build(join(dir, `${slug}.xlsx`));
    const out = join(dir, `out-${slug}`);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'agreements.json'), PREVIOUS);

    const result = await ingestInChild(file, out);

    expect(result.killed, `still running after ${CHILD_TIMEOUT_MS / 1000} s`).toBe(false);
    expect(result.signal).toBeNull();
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(`nothing was written to ${out}`);
    expect(result.code).toBe(1);
    expect(await readFile(join(out, 'agreements.json'), 'utf8')).toBe(PREVIOUS);
  });
});
