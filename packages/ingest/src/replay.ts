/**
 * A replay: ICE's lists read one after another, oldest first, into one listing history, as the daily
 * refresh would have read them had it run since the first. Its last result is the snapshot.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { IngestError } from './errors.js';
import { dateFromFileName } from './file-date.js';
import { type IngestOptions, type IngestResult, runIngest } from './ingest.js';
import { serializeWithRows } from './write-atomic.js';

/** `previous` serves every list: a later list's dates can fix an earlier one's unreadable SIGNED cell. */
export interface ReplayOptions extends Omit<IngestOptions, 'participating' | 'asOf' | 'listings'> {
  /** ICE participating lists, each dated by its file name; read in date order, whatever order given. */
  lists: readonly string[];
  /** The pending list, merged into the newest list only. */
  pending?: string;
  /** Called after each list with its result. */
  onList?: (result: IngestResult) => void;
}

/** The lists in date order; a file whose name gives no date is an error naming it. */
export function listsInDateOrder(lists: readonly string[]): string[] {
  const undated = lists.filter((path) => !dateFromFileName(basename(path)));
  if (undated.length > 0) {
    throw new IngestError(
      undated.map((path) => ({
        file: basename(path),
        message: 'a replay dates each list by its file name, and this one has no date in it; rename it',
      })),
    );
  }
  const dateOf = (path: string) => dateFromFileName(basename(path))?.date ?? '';
  return [...lists].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
}

/**
 * Reads every list into one history; resolves with the newest list's result, which carries it all.
 * Without `previous`, the newest list is read first on its own: its dates fix an older list's SIGNED
 * cell that is no date ("05/082025"), as a later list knows the agreement.
 */
export async function replayLists(options: ReplayOptions): Promise<IngestResult> {
  const { lists, pending, onList, ...ingest } = options;
  const ordered = listsInDateOrder(lists);
  const newest = ordered.at(-1);
  if (!newest) throw new IngestError([{ file: '(none)', message: 'a replay needs at least one list' }]);
  const scratch = ingest.previous ? null : await mkdtemp(join(tmpdir(), 'open287g-replay-'));
  try {
    if (scratch) {
      const alone = await runIngest({ ...ingest, participating: newest, pending }).catch(() => null);
      if (alone) {
        ingest.previous = join(scratch, 'agreements.json');
        await writeFile(ingest.previous, serializeWithRows(alone.agreements, 'agencies'));
      }
    }
    let result: IngestResult | undefined;
    for (const participating of ordered) {
      result = await runIngest({
        ...ingest,
        participating,
        pending: participating === newest ? pending : undefined,
        listings: result?.listings,
      });
      onList?.(result);
    }
    return result as IngestResult;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
