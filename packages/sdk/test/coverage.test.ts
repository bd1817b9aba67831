import { beforeAll, expect, it } from 'vitest';
import { answerCounty, countyCoverage, type Dataset, loadBundledDataset, MODEL_ORDER } from '../src/index.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset();
});

it('counts, for every county, what its full answer lists', () => {
  const coverage = countyCoverage(dataset);
  expect(coverage.map((county) => county.fips)).toEqual(dataset.counties.map((county) => county.fips));
  for (const county of coverage) {
    const answer = answerCounty(dataset, county.fips);
    const models = new Set(answer.local.flatMap((agency) => agency.agreements.map((a) => a.model)));
    expect(county, county.fips).toEqual({
      fips: county.fips,
      localAgencies: answer.local.length,
      localModels: MODEL_ORDER.filter((model) => models.has(model)),
      statewideAgencies: answer.statewide.length,
    });
  }
});

it('gives real figures: Collier County, FL has local Jail Enforcement and Task Force agreements', () => {
  const collier = countyCoverage(dataset).find((county) => county.fips === '12021');
  expect(collier?.localAgencies).toBe(5);
  expect(collier?.localModels).toEqual(['JEM', 'TFM']);
  expect(collier?.statewideAgencies).toBe(12);
  // some counties have nothing, local or statewide
  expect(countyCoverage(dataset).some((c) => c.localAgencies === 0 && c.statewideAgencies === 0)).toBe(true);
});
