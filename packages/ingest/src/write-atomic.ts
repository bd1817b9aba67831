/**
 * Replaces a folder's contents all at once: files are written into a sibling temporary folder, which is
 * then renamed into place. If anything fails before the rename, the folder is exactly as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFolderAtomically(dir: string, files: Record<string, string>): Promise<void> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const temporary = join(parent, `.${basename(dir)}.new-${stamp}`);
  const previous = join(parent, `.${basename(dir)}.old-${stamp}`);
  try {
    await mkdir(temporary);
    for (const [name, content] of Object.entries(files)) await writeFile(join(temporary, name), content);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  let moved = false;
  try {
    await rename(dir, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
  }
  try {
    await rename(temporary, dir);
  } catch (error) {
    if (moved) await rename(previous, dir);
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  if (moved) await rm(previous, { recursive: true, force: true });
}

/** One agency per line: diffs between ICE lists stay readable, and the bytes are the same for the same input. */
export function serializeWithRows(value: Record<string, unknown>, rowsKey: string): string {
  const { [rowsKey]: rows, ...head } = value;
  const lines = (rows as unknown[]).map((row) => JSON.stringify(row));
  const headJson = JSON.stringify(head);
  return `${headJson.slice(0, -1)},${JSON.stringify(rowsKey)}:[\n${lines.join(',\n')}\n]}\n`;
}
