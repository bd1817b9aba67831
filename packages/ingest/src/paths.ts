import { fileURLToPath } from 'node:url';

// Resolved from this file's place in the repo (src/ or dist/ alike), so the commands work from any cwd.
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const DEFAULT_REFERENCE_DIR = here('../../data/reference');
export const DEFAULT_SNAPSHOT_DIR = here('../../data/snapshot');
export const DEFAULT_OVERRIDES_DIR = here('../overrides');
export const DEFAULT_SHARED_DIR = here('../../../../shared/data');
