/**
 * Fresh, mutable copies of the bundled data files, read from disk, for tests that build a dataset from a
 * modified copy. Each call parses the files again, so one test's edits never leak into another's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA_DIR = new URL('../../data/', import.meta.url);

export type AgreementTupleJson = [string, string | null, string, string | null, string | null];
export type AgencyTupleJson = [string, string, string, string[], string | null, AgreementTupleJson[]];

export interface AgreementsJson {
  format: number;
  asOf: string;
  linkBase: string;
  agencies: AgencyTupleJson[];
  [key: string]: unknown;
}

export const readDataText = (path: string): string => readFileSync(new URL(path, DATA_DIR), 'utf8');
const readJson = (path: string): unknown => JSON.parse(readDataText(path));

export function readDataFiles() {
  return {
    agreements: readJson('snapshot/agreements.json') as AgreementsJson,
    counties: readJson('reference/counties.json') as {
      states: [string, string, string][];
      counties: Record<string, [string, string, string, string]>;
      [key: string]: unknown;
    },
    mandates: readJson('reference/mandates.json'),
    history: readJson('reference/history.json'),
    places: readJson('reference/places.json'),
  };
}

/** The index of the agency with this state and name in agreements.json; throws if it is not there. */
export function agencyIndex(file: AgreementsJson, state: string, name: string): number {
  const index = file.agencies.findIndex(([s, n]) => s === state && n === name);
  if (index < 0) throw new Error(`no agency ${name}, ${state} in agreements.json`);
  return index;
}
