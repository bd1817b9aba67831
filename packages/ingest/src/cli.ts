#!/usr/bin/env node
/**
 * open287g-ingest --participating <ICE xlsx> [--pending <xlsx>] [--out <dir>] [--reference <dir>]
 *                 [--overrides <dir>] [--as-of YYYY-MM-DD] [--previous <agreements.json>]
 *                 [--review <file>] [--accept <review file>]
 * open287g-ingest fetch [--page <url>] [--downloads <dir>] [the options above but --participating]
 * open287g-ingest replay --list <xlsx or folder> [--list …] [--pending <xlsx>] [--out <dir>]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from './errors.js';
import { fetchIceLists } from './fetch-list.js';
import { ICE_PAGE, type IngestResult, type IngestSummary, runIngest } from './ingest.js';
import {
  BUNDLED_LISTINGS,
  DEFAULT_OVERRIDES_DIR,
  DEFAULT_REFERENCE_DIR,
  DEFAULT_SNAPSHOT_DIR,
} from './paths.js';
import { replayLists } from './replay.js';
import { acceptReview, reviewFileOf } from './review.js';
import { snapshotFiles } from './snapshot-files.js';
import { writeFilesAtomically } from './write-atomic.js';

const USAGE = `Usage: open287g-ingest --participating <ICE participating xlsx> [options]
       open287g-ingest fetch [--page <url>] [--downloads <dir>] [options]
       open287g-ingest replay --list <xlsx or folder> [--list …] [--pending <xlsx>] [options]

Turns ICE's 287(g) list into the open287g snapshot, resolving every row to counties: agreements.json (the
list) and listings.json (every list read so far: the agency registry, with stable ids and every spelling,
and what each list showed), from which the SDK derives what changed between lists.

fetch downloads the lists that ICE's 287(g) page links (the participating list, and the pending list when
there is one), whatever the files are called, and ingests them; when the participating list is the one
already in --out (same sha256), it does nothing and says so.

replay reads many lists, oldest first (dated by their file names), into a new history, and writes the
newest one's snapshot: how the committed snapshot is built from ICE's lists since 2021.

Options:
  --participating <file>  ICE's participating-agencies xlsx (required, except with fetch)
  --page <url>            with fetch: the page that links the lists (default: ${ICE_PAGE})
  --downloads <dir>       with fetch: where to keep the downloaded files (default: a new temporary folder)
  --pending <file>        ICE's pending-agencies xlsx, merged in as pending agreements
  --out <dir>             where to write agreements.json; other files there are left alone
                          (default in the repo: packages/data/snapshot)
  --reference <dir>       counties.json and places.json to resolve against (default: packages/data/reference)
  --overrides <dir>       the reviewed override CSVs (default: packages/ingest/overrides)
  --as-of <YYYY-MM-DD>    the list's date, when its file name does not say it
  --previous <file>       the agreements.json of another list, whose dates fix SIGNED cells that are
                          no date (default: the agreements.json already in --out, if any; the
                          history's dates are used too)
  --listings <file>       the listing history to add the list to (default: the listings.json in --out,
                          else the one of the installed @open287g/data)
  --new-history           start the history with this list instead
  --list <file or dir>    with replay: a list, or a folder of them (repeatable)
  --review <file>         where to write the review file when rows cannot be placed (default: beside
                          the list, <list>.review.csv)
  --accept <file>         add the lines marked accept=yes in a review file to the agency overrides
                          (each needs a note), then ingest if --participating is given
  --quiet                 print only problems
  -h, --help              this text`;

function table(entries: [string, string | number][]): string {
  const width = Math.max(...entries.map(([label]) => label.length));
  return entries.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

/** "+12 added, 3 ended, 1 renamed, 0 re-signed since 2026-04-01", or that this list starts the history. */
function changeLine(summary: IngestSummary): string {
  const c = summary.changes;
  if (!c) return 'History: this list is the first in listings.json.';
  return `Since the list of ${c.from}: ${c.added.length} added, ${c.ended.length} ended, ${c.renamed.length} renamed (same agency, new spelling), ${c.resigned.length} re-signed.`;
}

function printSummary(summary: IngestSummary, out: string): void {
  const lines = [
    `Ingested ${summary.file} (ICE list of ${summary.asOf}) → ${out}`,
    table([
      ['rows (agency × model)', summary.rows],
      ['pending rows', summary.pendingRows],
      ['agencies', summary.agencies],
      ...Object.entries(summary.byModel).map(([model, n]): [string, number] => [`  ${model}`, n]),
      ...Object.entries(summary.byKind).map(([kind, n]): [string, number] => [`  ${kind} agencies`, n]),
    ]),
    ...(summary.kindsFromNames > 0
      ? [`No TYPE column: the kind of ${summary.kindsFromNames} agencies was read from their names.`]
      : []),
    'Rows resolved, by rule:',
    table(Object.entries(summary.byRule).map(([rule, n]): [string, number] => [rule, n ?? 0])),
    `Misspelled county names read (${summary.misspellings.length}):`,
    ...summary.misspellings.map((line) => `  ${line}`),
    `Overrides used (${summary.overridesUsed.length}):`,
    ...summary.overridesUsed.map((line) => `  ${line}`),
    `Agencies matched to the registry under a new spelling (${summary.folds.length}):`,
    ...summary.folds.map((line) => `  ${line}`),
    changeLine(summary),
  ];
  if (summary.overridesUnused.length > 0) {
    lines.push(
      `Overrides not needed by this list (${summary.overridesUnused.length}); remove them if ICE fixed the name:`,
    );
    lines.push(...summary.overridesUnused.map((line) => `  ${line}`));
  }
  if (summary.warnings.length > 0) {
    lines.push(`Warnings (${summary.warnings.length}):`, ...summary.warnings.map((line) => `  ${line}`));
  }
  console.log(lines.join('\n'));
}

/**
 * fetch: the page's lists downloaded, or 'unchanged' when ICE's participating list is the one the snapshot
 * in `out` was made from, or 'failed' (said on stderr).
 */
async function fetchLists(
  page: string,
  downloadsDir: string | undefined,
  out: string,
  quiet: boolean,
): Promise<{ participating: string; pending: string | null } | 'unchanged' | 'failed'> {
  const downloads = resolve(downloadsDir ?? (await mkdtemp(join(tmpdir(), 'open287g-fetch-'))));
  if (!quiet) console.error(`… reading ${page}`);
  let lists: Awaited<ReturnType<typeof fetchIceLists>>;
  try {
    lists = await fetchIceLists({ page, downloads });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(`open287g-ingest: nothing was written to ${out}.\n${error.message}`);
    return 'failed';
  }
  for (const list of [lists.participating, lists.pending]) {
    if (list && !quiet) console.error(`… downloaded ${list.url} → ${list.path} (sha256 ${list.sha256})`);
  }
  const current = await readFile(join(out, 'agreements.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { source?: { sha256?: string } }).source?.sha256)
    .catch(() => undefined);
  if (current === lists.participating.sha256) {
    console.log(
      `ICE's list is unchanged: ${basename(lists.participating.path)} is the list ${join(out, 'agreements.json')} was made from. Nothing to do.`,
    );
    return 'unchanged';
  }
  return { participating: lists.participating.path, pending: lists.pending?.path ?? null };
}

/** <list>.review.csv beside the list: the maintainer's download folder, never the snapshot folder. */
const defaultReviewPath = (list: string) =>
  join(dirname(list), `${basename(list, extname(list))}.review.csv`);

/** Writes the review file for the rows no rule placed, and says how to use it. */
async function writeReview(error: IngestError, path: string): Promise<void> {
  const review = reviewFileOf(error.problems);
  if (!review) return;
  try {
    await writeFile(path, review.text);
  } catch (writeError) {
    console.error(`(the review file could not be written to ${path}: ${(writeError as Error).message})`);
    return;
  }
  console.error(
    `\nWrote ${review.agencies} agenc${review.agencies === 1 ? 'y' : 'ies'} the rules could not place, with ranked suggestions, to ${path}.\nMark the right line accept=yes, write in its note what source the decision rests on (the MOA, the agency's site), then run again with --accept ${path}.`,
  );
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  const argv = process.argv.slice(2);
  const fetching = argv[0] === 'fetch';
  const replaying = argv[0] === 'replay';
  const parse = () =>
    parseArgs({
      args: fetching || replaying ? argv.slice(1) : argv,
      options: {
        page: { type: 'string' },
        downloads: { type: 'string' },
        participating: { type: 'string' },
        pending: { type: 'string' },
        out: { type: 'string' },
        reference: { type: 'string' },
        overrides: { type: 'string' },
        'as-of': { type: 'string' },
        previous: { type: 'string' },
        review: { type: 'string' },
        accept: { type: 'string' },
        listings: { type: 'string' },
        'new-history': { type: 'boolean' },
        list: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  try {
    args = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const overridesDir = resolve(values.overrides ?? DEFAULT_OVERRIDES_DIR);
  if (values.accept) {
    try {
      const added = await acceptReview(resolve(values.accept), overridesDir);
      console.error(
        `Added ${added} override row${added === 1 ? '' : 's'} to ${join(overridesDir, 'agencies.csv')}.`,
      );
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      console.error(`open287g-ingest: nothing was added from ${values.accept}.\n${error.message}`);
      return 1;
    }
    if (!values.participating && !fetching) return 0;
  }
  if (replaying && !values.list?.length) {
    console.error(`replay needs at least one --list.\n\n${USAGE}`);
    return 2;
  }
  if (!values.participating && !fetching && !replaying) {
    console.error(`--participating is required.\n\n${USAGE}`);
    return 2;
  }
  const outDir = values.out ?? DEFAULT_SNAPSHOT_DIR;
  if (!outDir) {
    console.error(`--out is required outside the open287g repository.\n\n${USAGE}`);
    return 2;
  }
  const out = resolve(outDir);
  const started = performance.now();
  let participating = values.participating ? resolve(values.participating) : '';
  let pending = values.pending ? resolve(values.pending) : undefined;
  if (fetching) {
    const lists = await fetchLists(values.page ?? ICE_PAGE, values.downloads, out, values.quiet === true);
    if (lists === 'failed') return 1;
    if (lists === 'unchanged') return 0;
    participating = lists.participating;
    pending = lists.pending ?? pending;
  }
  const log = values.quiet ? undefined : (line: string) => console.error(`… ${line}`);
  const common = {
    referenceDir: resolve(values.reference ?? DEFAULT_REFERENCE_DIR),
    overridesDir,
    log,
    previous: values.previous
      ? resolve(values.previous)
      : existsSync(join(out, 'agreements.json'))
        ? join(out, 'agreements.json')
        : undefined,
    previousIsGuess: !values.previous,
  };
  try {
    let result: IngestResult;
    if (replaying) {
      const lists = (await Promise.all((values.list ?? []).map((path) => listFiles(resolve(path))))).flat();
      result = await replayLists({
        ...common,
        lists,
        pending,
        onList: ({ summary }) => {
          if (!values.quiet)
            console.error(
              `✓ ${summary.file} (${summary.asOf}): ${summary.rows} rows. ${changeLine(summary)}`,
            );
        },
      });
    } else {
      const listings = values['new-history']
        ? undefined
        : values.listings
          ? resolve(values.listings)
          : existsSync(join(out, 'listings.json'))
            ? join(out, 'listings.json')
            : BUNDLED_LISTINGS;
      if (listings && !values.quiet)
        console.error(`… continuing the history of ${listings} (it is read, not written)`);
      result = await runIngest({
        ...common,
        participating,
        pending,
        asOf: values['as-of'],
        listings,
      });
    }
    const { summary } = result;
    try {
      await writeFilesAtomically(out, snapshotFiles(result));
    } catch (error) {
      console.error(`open287g-ingest: cannot write to ${out}: ${(error as Error).message}`);
      return 1;
    }
    if (!values.quiet) {
      printSummary(summary, out);
      console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(`open287g-ingest: nothing was written to ${out}.\n${error.message}`);
      const list = error.problems.find((problem) => problem.row !== undefined)?.file;
      await writeReview(error, values.review ?? defaultReviewPath(participating || list || 'replay'));
      return 1;
    }
    throw error;
  }
}

/** A list, or the .xlsx lists in a folder. */
async function listFiles(path: string): Promise<string[]> {
  if (!(await stat(path).catch(() => null))?.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.xlsx'));
  return names.map((name) => join(path, name));
}

process.exitCode = await main();
