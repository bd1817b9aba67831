/**
 * Checking a data file against its schema, by name. The schemas (zod) are most of the SDK's bytes, and the
 * widgets need them only for a list fetched from `data-src`: so this module does not import them.
 * `validation.ts` does: the `@open287g/sdk` entry gives its check here at once; `@open287g/sdk/core` leaves
 * it to `loadValidation()`, which the SDK's own asynchronous loaders call before they check anything.
 */
import { isTrustedFile } from './bundled-files.js';
import { DatasetValidationError, Open287gError } from './errors.js';
import type { DataFileName } from './file-formats.js';
import type { DataFiles } from './validation.js';

export type FileCheckResult<N extends DataFileName> =
  | { data: DataFiles[N] }
  | { issues: { path: string; message: string }[] };

type FileCheck = <N extends DataFileName>(name: N, json: unknown) => FileCheckResult<N>;

let check: FileCheck | null = null;

export function useFileCheck(fileCheck: FileCheck): void {
  check = fileCheck;
}

/**
 * `json` as the data file `name` (`file` is what errors call it: a file name or URL). A bundled file (see
 * `bundled-files.ts`) is taken as it is; anything else is checked against its schema, which throws
 * `DatasetValidationError` with every problem found.
 */
export function parseFile<N extends DataFileName>(name: N, json: unknown, file: string): DataFiles[N] {
  if (isTrustedFile(json, name)) return json as DataFiles[N];
  if (!check) {
    throw new Open287gError(
      `open287g: ${file} needs checking, and the checks are not loaded: import from "@open287g/sdk", or await loadValidation() first when you import from "@open287g/sdk/core"`,
    );
  }
  const result = check(name, json);
  if ('data' in result) return result.data;
  throw new DatasetValidationError(file, result.issues);
}

/**
 * Loads the schemas that check data files, if they are not loaded yet. Only needed with
 * `@open287g/sdk/core`, before `createDataset` and the other synchronous functions are given files that are
 * not the bundled ones; the SDK's loaders (`loadDataset`, `withRemoteAgreements`, …) call it themselves.
 */
export async function loadValidation(): Promise<void> {
  check ??= (await import('./validation.js')).checkFile;
}
