/**
 * `@open287g/sdk/core`, as the widgets use it: without the schemas until something needs checking. This
 * file imports only the core entry (each test file has its own modules), so the schemas are not loaded
 * until a test loads them.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_MODELS as coreModels,
  createDataset,
  DatasetFetchError,
  DatasetValidationError,
  loadBundledDataset,
  loadBundledFile,
  loadValidation,
  Open287gError,
  search,
  withAgreements,
  withRemoteAgreements,
} from '../src/core.js';
import { FILE_FORMATS as coreFormats } from '../src/file-formats.js';
import { CURRENT_MODELS, FILE_FORMATS } from '../src/schema.js';
import { readDataFiles } from './data-files.js';

describe('@open287g/sdk/core', () => {
  it('has the same file formats and current models as the schemas', () => {
    expect(coreFormats).toEqual(FILE_FORMATS);
    expect(coreModels).toEqual(CURRENT_MODELS);
  });

  it('answers from the bundled files without loading the schemas, and says how to check other files', async () => {
    const dataset = await loadBundledDataset({ places: false, listings: false });
    expect(search(dataset, 'collier fl')[0]?.label).toBe('Collier County, FL');
    // a copy read from disk is not a bundled file: it needs the checks, which are not loaded yet
    expect(() => createDataset(readDataFiles())).toThrow(Open287gError);
    expect(() => createDataset(readDataFiles())).toThrow(/await loadValidation\(\) first/);
    // a bundled file is taken as the file it is, not as another one
    const counties = await loadBundledFile('counties');
    expect(() => withAgreements(dataset, counties)).toThrow(/await loadValidation\(\) first/);
  });

  it('checks files once loadValidation() has loaded the schemas, and a fetched list is checked by itself', async () => {
    const bundled = await loadBundledDataset({ places: false, listings: false });
    const broken = readDataFiles();
    broken.agreements.asOf = 'yesterday';
    // the loader loads the checks itself: a list fetched here is refused for its content, not for them
    const url = URL.createObjectURL(new Blob([JSON.stringify(broken.agreements)]));
    const fetched = withRemoteAgreements(bundled, { url, fetch: (input) => fetch(input) });
    await expect(fetched).rejects.toThrow(DatasetFetchError);
    await expect(fetched).rejects.toMatchObject({ reason: 'schema', message: expect.stringMatching(/asOf/) });
    await loadValidation();
    expect(() => createDataset(broken)).toThrow(DatasetValidationError);
    expect(createDataset(readDataFiles()).asOf).toBe(bundled.asOf);
  });
});
