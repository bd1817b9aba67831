/**
 * `@open287g/sdk`: the whole SDK, with the schemas that check data files loaded. `@open287g/sdk/core` is the
 * same without them until they are needed, for pages that count their bytes.
 */
import { useFileCheck } from './file-check.js';
import { checkFile } from './validation.js';

useFileCheck(checkFile);

export * from './core.js';
export { jsonSchemas } from './json-schema.js';
