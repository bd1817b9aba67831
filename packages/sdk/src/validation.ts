/**
 * The zod schemas' check of the data files, which `file-check.ts` uses once it has it: the `@open287g/sdk`
 * entry gives it at once, `loadValidation()` loads it when a caller of `@open287g/sdk/core` needs it. It
 * imports nothing but the schemas, so a browser build loads it as one file (see `schema.ts`).
 */
import type * as z from 'zod/mini';
import type { FileCheckResult } from './file-check.js';
import type { DataFileName } from './file-formats.js';
import {
  AgreementsFile,
  CountiesFile,
  HistoryFile,
  ListingsFile,
  MandatesFile,
  PlacesFile,
} from './schema.js';

const SCHEMAS = {
  agreements: AgreementsFile,
  counties: CountiesFile,
  places: PlacesFile,
  listings: ListingsFile,
  mandates: MandatesFile,
  history: HistoryFile,
} satisfies Record<DataFileName, z.ZodMiniType>;

/** Each data file's parsed type. */
export type DataFiles = { [N in DataFileName]: z.infer<(typeof SCHEMAS)[N]> };

/** zod/mini carries no message catalogue: say what was wrong from the issue itself. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return `expected at least ${issue.minimum}`;
    case 'invalid_format':
      return `expected a ${issue.format}`;
    default:
      return issue.code;
  }
}

/** `json` as the data file `name`, or what is wrong with it (a path and a message per problem). */
export function checkFile<N extends DataFileName>(name: N, json: unknown): FileCheckResult<N> {
  const result = SCHEMAS[name].safeParse(json);
  if (result.success) return { data: result.data as DataFiles[N] };
  return {
    issues: result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: describeIssue(issue),
    })),
  };
}
