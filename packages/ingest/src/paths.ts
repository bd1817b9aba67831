import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved from this file's place in the repo (src/ or dist/ alike), so the commands work from any cwd.
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The reference files of the installed @open287g/data (in the repo: packages/data/reference). */
export const DEFAULT_REFERENCE_DIR = dirname(
  fileURLToPath(import.meta.resolve('@open287g/data/reference/counties.json')),
);
/**
 * Where the repo keeps the snapshot. Outside the repo there is no default: an installed @open287g/data in
 * node_modules is not a place to write to, so --out is required.
 */
export const DEFAULT_SNAPSHOT_DIR = existsSync(here('../../../pnpm-workspace.yaml'))
  ? here('../../data/snapshot')
  : null;
export const DEFAULT_OVERRIDES_DIR = here('../overrides');
/** The state-law research this project keeps itself (the shared folder has the mandates only). */
export const DEFAULT_SOURCES_DIR = here('../sources');
export const DEFAULT_SHARED_DIR = here('../../../../shared/data');
/** The listing history of the installed @open287g/data: where a new list's history continues by default. */
export const BUNDLED_LISTINGS = fileURLToPath(import.meta.resolve('@open287g/data/snapshot/listings.json'));
