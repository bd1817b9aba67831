/**
 * Writes files into a folder without ever leaving a half-written one: every file is first written under a
 * temporary name beside its target, and only when all are written are they renamed into place (a rename
 * within a folder is atomic). Other files in the folder are never touched. If any write fails, the
 * temporary files are removed and the folder is exactly as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `files` by path relative to `dir` ("feeds/states/fl.json"); their folders are made as needed. */
export async function writeFilesAtomically(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const pending = Object.entries(files).map(([name, content]) => {
    const target = join(dir, name);
    return { content, target, temporary: join(dirname(target), `.${basename(target)}.${stamp}.tmp`) };
  });
  try {
    for (const folder of new Set(pending.map((file) => dirname(file.temporary))))
      await mkdir(folder, { recursive: true });
    for (const file of pending) await writeFile(file.temporary, file.content);
  } catch (error) {
    await Promise.all(pending.map((file) => rm(file.temporary, { force: true })));
    throw error;
  }
  for (const file of pending) await rename(file.temporary, file.target);
}

/** One agency per line: diffs between ICE lists stay readable, and the bytes are the same for the same input. */
export function serializeWithRows(value: Record<string, unknown>, rowsKey: string): string {
  const { [rowsKey]: rows, ...head } = value;
  const lines = (rows as unknown[]).map((row) => JSON.stringify(row));
  const headJson = JSON.stringify(head);
  return `${headJson.slice(0, -1)},${JSON.stringify(rowsKey)}:[\n${lines.join(',\n')}\n]}\n`;
}
