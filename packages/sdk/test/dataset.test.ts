import { beforeAll, describe, expect, it } from 'vitest';
import {
  CURRENT_MODELS,
  createDataset,
  type Dataset,
  DatasetValidationError,
  loadBundledDataset,
  stats,
} from '../src/index.js';
import { agencyIndex, readDataFiles } from './data-files.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset();
});

const allAgreements = () => dataset.agencies.flatMap((agency) => agency.agreements);

describe('the bundled dataset', () => {
  it('is the ICE list of 18 May 2026', () => {
    expect(dataset.asOf).toBe('2026-05-18');
    expect(dataset.source.file).toBe('participatingAgencies05182026am.xlsx');
    expect(dataset.source.url).toBe('https://www.ice.gov/identify-and-arrest/287g');
  });

  it('counts 1,843 active agreement rows: JEM 182, TFM 1,162, WSO 499', () => {
    const s = stats(dataset);
    expect(s.asOf).toBe('2026-05-18');
    expect(s.agreements).toBe(1843);
    expect(s.byModel).toEqual({ JEM: 182, TFM: 1162, WSO: 499 });
    expect(s.pending).toBe(0);
    expect(allAgreements()).toHaveLength(1843);
  });

  it('has 1,549 agencies (county 815, municipal 667, state 67) in 40 states and territories', () => {
    const s = stats(dataset);
    expect(dataset.agencies).toHaveLength(1549);
    expect(s.agencies).toBe(1549);
    expect(s.byKind).toEqual({ county: 815, municipal: 667, state: 67 });
    expect(s.states).toBe(40);
  });

  it('merges agencies ICE spells with a curly and a straight apostrophe into one (stable id)', () => {
    // ICE lists "Calhoun County Sheriff’s Office" (JEM) and "Calhoun County Sheriff's Office" (TFM, WSO).
    const calhoun = dataset.agencies.filter((a) => a.id === 'tx-calhoun-county-sheriffs-office');
    expect(calhoun).toHaveLength(1);
    expect(calhoun[0]?.agreements.map((a) => a.model).sort()).toEqual(['JEM', 'TFM', 'WSO']);
    expect(new Set(dataset.agencies.map((a) => a.id)).size).toBe(dataset.agencies.length);
    expect(dataset.agencyById.size).toBe(dataset.agencies.length);
  });

  it('gives every agency at least one agreement, and no agency two agreements of one model', () => {
    for (const agency of dataset.agencies) {
      expect(agency.agreements.length, agency.id).toBeGreaterThanOrEqual(1);
      const models = agency.agreements.map((a) => a.model);
      expect(new Set(models).size, agency.id).toBe(models.length);
      for (const agreement of agency.agreements) expect(agreement.agencyId).toBe(agency.id);
    }
  });

  it('resolves every county and municipal agency to counties of its own state; state agencies to none', () => {
    for (const agency of dataset.agencies) {
      expect(dataset.stateByCode.has(agency.state), agency.id).toBe(true);
      if (agency.kind === 'state') {
        expect(agency.counties, agency.id).toEqual([]);
        continue;
      }
      expect(agency.counties.length, agency.id).toBeGreaterThanOrEqual(1);
      for (const fips of agency.counties) {
        const county = dataset.countyByFips.get(fips);
        expect(county, `${agency.id} → ${fips}`).toBeDefined();
        expect(county?.state, `${agency.id} → ${fips}`).toBe(agency.state);
      }
    }
  });

  it('indexes agencies by county and state agencies by state', () => {
    expect(dataset.agenciesByCounty.get('12021')?.map((a) => a.name)).toContain(
      "Collier County Sheriff's Office",
    );
    for (const [fips, agencies] of dataset.agenciesByCounty) {
      for (const agency of agencies) expect(agency.counties).toContain(fips);
    }
    const statewide = [...dataset.statewideByState.values()].flat();
    expect(statewide).toHaveLength(67);
    for (const agency of statewide) expect(agency.kind).toBe('state');
  });

  it('gives every agreement a current model, an ISO signed date and a clean MOA link', () => {
    for (const agreement of allAgreements()) {
      expect(CURRENT_MODELS).toContain(agreement.model);
      expect(agreement.status).toBe('active');
      expect(agreement.signed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const signed = agreement.signed as string;
      expect(new Date(`${signed}T00:00:00Z`).toISOString().slice(0, 10)).toBe(signed);
      expect(signed <= dataset.asOf).toBe(true);
      for (const url of [agreement.moaUrl, agreement.addendumUrl]) {
        if (url === null) continue;
        // ICE's sheet has Outlook safelinks and chrome-extension:// wrappers; the ingest unwraps them.
        expect(url).not.toMatch(/safelinks|chrome-extension/);
        // ten rows of ICE's sheet say http://; https pages would block them as mixed content
        expect(url).toMatch(/^https:\/\/www\.ice\.gov\/\S+\.pdf$/i);
      }
    }
  });

  it('spans the signed dates ICE lists (2016-03-19 → 2026-05-17)', () => {
    const dates = allAgreements()
      .map((a) => a.signed as string)
      .sort();
    expect(dates[0]).toBe('2016-03-19');
    expect(dates.at(-1)).toBe('2026-05-17');
  });

  it('keeps "link pending" MOAs as null (163) and the 45 addenda', () => {
    expect(allAgreements().filter((a) => a.moaUrl === null)).toHaveLength(163);
    expect(allAgreements().filter((a) => a.addendumUrl !== null)).toHaveLength(45);
  });

  it('unwraps the Outlook safelink ICE gave for the Texarkana Police Department MOA', () => {
    const texarkana = dataset.agencyById.get('ar-texarkana-police-department');
    expect(texarkana?.agreements[0]?.moaUrl).toBe(
      'https://www.ice.gov/doclib/287gMOA/TexarkanaPoliceDeptAR_TFM_MOA_07112025.pdf',
    );
  });

  it('has the 3,233 Census county-equivalents of 56 states and territories', () => {
    expect(dataset.counties).toHaveLength(3233);
    expect(dataset.states).toHaveLength(56);
    expect(dataset.countyByFips.size).toBe(3233);
    for (const county of dataset.counties) {
      expect(county.fips).toMatch(/^\d{5}$/);
      expect(county.fips.slice(0, 2)).toBe(dataset.stateByCode.get(county.state)?.fips);
    }
    expect(dataset.countyByFips.get('22097')?.name).toBe('St. Landry Parish');
    expect(dataset.countyByFips.get('51670')?.name).toBe('Hopewell city');
  });

  it('loads without the ZIP/city index when asked', async () => {
    const lean = await loadBundledDataset({ places: false });
    expect(lean.places).toBeNull();
    expect(lean.agencies).toHaveLength(1549);
    expect(dataset.places?.zips.get('34102')).toEqual(['12021']);
  });
});

function validationError(build: () => unknown): DatasetValidationError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return error as DatasetValidationError;
  }
  throw new Error('expected createDataset to throw DatasetValidationError');
}

describe('createDataset() with corrupted files', () => {
  it('builds the same dataset from an unmodified copy', () => {
    const copy = createDataset(readDataFiles());
    expect(copy.asOf).toBe('2026-05-18');
    expect(stats(copy)).toEqual(stats(dataset));
  });

  it('rejects a county FIPS that is not 5 digits, naming the file and the path', () => {
    const files = readDataFiles();
    const index = agencyIndex(files.agreements, 'FL', "Collier County Sheriff's Office");
    const agency = files.agreements.agencies[index];
    if (!agency) throw new Error('unreachable');
    agency[3] = ['123'];
    const error = validationError(() => createDataset(files));
    expect(error.file).toBe('agreements.json');
    expect(error.issues.map((issue) => issue.path)).toContain(`agencies.${index}.3.0`);
    expect(error.message).toContain('agreements.json');
    expect(error.message).toContain(`agencies.${index}.3.0`);
    expect(error.message).toContain('5 digits');
  });

  it('rejects an unknown model code', () => {
    const files = readDataFiles();
    const index = agencyIndex(files.agreements, 'FL', "Collier County Sheriff's Office");
    const agreement = files.agreements.agencies[index]?.[5][0];
    if (!agreement) throw new Error('unreachable');
    agreement[0] = 'XYZ';
    const error = validationError(() => createDataset(files));
    expect(error.file).toBe('agreements.json');
    expect(error.issues.map((issue) => issue.path)).toContain(`agencies.${index}.5.0.0`);
    expect(error.message).toContain(`agencies.${index}.5.0.0`);
  });

  it('rejects an agency pointing at a county of another state', () => {
    const files = readDataFiles();
    const index = agencyIndex(files.agreements, 'FL', "Collier County Sheriff's Office");
    const agency = files.agreements.agencies[index];
    if (!agency) throw new Error('unreachable');
    agency[3] = ['48201']; // Harris County, TX
    const error = validationError(() => createDataset(files));
    expect(error.file).toBe('agreements.json');
    expect(error.issues).toEqual([{ path: `agencies.${index}.3`, message: 'county 48201 is not in FL' }]);
    expect(error.message).toContain(`agencies.${index}.3: county 48201 is not in FL`);
  });

  it('rejects a well-formed county FIPS that does not exist', () => {
    const files = readDataFiles();
    const index = agencyIndex(files.agreements, 'FL', "Collier County Sheriff's Office");
    const agency = files.agreements.agencies[index];
    if (!agency) throw new Error('unreachable');
    agency[3] = ['12999'];
    const error = validationError(() => createDataset(files));
    expect(error.issues).toEqual([{ path: `agencies.${index}.3`, message: 'unknown county FIPS 12999' }]);
  });

  it('rejects an agency of a state the counties file does not know', () => {
    const files = readDataFiles();
    const index = agencyIndex(files.agreements, 'FL', "Collier County Sheriff's Office");
    const agency = files.agreements.agencies[index];
    if (!agency) throw new Error('unreachable');
    agency[0] = 'ZZ';
    const error = validationError(() => createDataset(files));
    expect(error.issues.map((issue) => issue.path)).toContain(`agencies.${index}.0`);
  });

  it('rejects a non-ISO signed date and an agency without agreements', () => {
    const files = readDataFiles();
    const index = agencyIndex(files.agreements, 'FL', "Collier County Sheriff's Office");
    const agency = files.agreements.agencies[index];
    if (!agency?.[5][0]) throw new Error('unreachable');
    agency[5][0][1] = '6/9/20';
    const other = files.agreements.agencies[index + 1];
    if (!other) throw new Error('unreachable');
    other[5] = [];
    const error = validationError(() => createDataset(files));
    const paths = error.issues.map((issue) => issue.path);
    expect(paths).toContain(`agencies.${index}.5.0.1`);
    expect(paths).toContain(`agencies.${index + 1}.5`);
  });

  it('rejects a wrong format number and a missing asOf at the top level', () => {
    const files = readDataFiles();
    files.agreements.format = 2;
    delete (files.agreements as Partial<typeof files.agreements>).asOf;
    const error = validationError(() => createDataset(files));
    const paths = error.issues.map((issue) => issue.path);
    expect(paths).toContain('format');
    expect(paths).toContain('asOf');
  });

  it('names counties.json when the counties file is corrupted', () => {
    const files = readDataFiles();
    const florida = files.counties.counties.FL;
    if (!florida) throw new Error('no Florida counties');
    florida[1] = 'one 2 2';
    const error = validationError(() => createDataset(files));
    expect(error.file).toBe('counties.json');
    expect(error.issues.map((issue) => issue.path)).toContain('counties.FL.1');
    expect(error.message).toMatch(/^counties\.json is not a valid open287g data file/);
  });

  it('names the state whose county columns do not line up', () => {
    const files = readDataFiles();
    const florida = files.counties.counties.FL;
    if (!florida) throw new Error('no Florida counties');
    // one population short: every county after would take its neighbour's
    florida[3] = florida[3].slice(0, florida[3].lastIndexOf(' '));
    const error = validationError(() => createDataset(files));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: 'counties.FL', message: expect.stringMatching(/different lengths/) }),
    ]);
  });

  it('names history.json, mandates.json and places.json when those are corrupted', () => {
    const history = readDataFiles();
    (history.history as { points: { date: string }[] }).points[0] = { date: '13 Jan 2021' };
    expect(validationError(() => createDataset(history)).file).toBe('history.json');

    const mandates = readDataFiles();
    (mandates.mandates as { laws: { sources: string[] }[] }).laws[0] = { sources: [] };
    expect(validationError(() => createDataset(mandates)).file).toBe('mandates.json');

    const places = readDataFiles();
    (places.places as { zips: Record<string, string> }).zips['12021'] = 'not a zip list';
    const error = validationError(() => createDataset(places));
    expect(error.file).toBe('places.json');
    expect(error.issues.map((issue) => issue.path)).toContain('zips.12021');
  });

  it('lists at most five issues in the message and counts the rest', () => {
    const files = readDataFiles();
    for (const agency of files.agreements.agencies.slice(0, 8)) agency[2] = 'sheriff';
    const error = validationError(() => createDataset(files));
    expect(error.issues).toHaveLength(8);
    expect(error.message).toContain('…and 3 more');
  });
});
