/**
 * What applies in each county, in brief: for a map or any view of every county at once, without building a
 * full answer per county. It counts what `answerCounty` lists, by the same rules (local agencies covering
 * the county, statewide agencies of its state, active agreements only).
 */
import type { Dataset } from './dataset.js';
import { MODEL_ORDER } from './model-summaries.js';
import type { Agency, ModelCode } from './schema.js';

export interface CountyCoverage {
  fips: string;
  /** local agencies covering the county with an active agreement (`CountyAnswer.local.length`) */
  localAgencies: number;
  /** the models of those agencies' active agreements, each once, in `MODEL_ORDER` */
  localModels: ModelCode[];
  /** state agencies of the county's state with an active agreement (`CountyAnswer.statewide.length`) */
  statewideAgencies: number;
}

const activeModels = (agency: Agency): ModelCode[] =>
  agency.agreements.filter((agreement) => agreement.status === 'active').map((agreement) => agreement.model);

/** Every county of the dataset, in its order, with what applies there. */
export function countyCoverage(dataset: Dataset): CountyCoverage[] {
  const statewide = new Map<string, number>();
  for (const [state, agencies] of dataset.statewideByState)
    statewide.set(state, agencies.filter((agency) => activeModels(agency).length > 0).length);
  return dataset.counties.map((county) => {
    let localAgencies = 0;
    const models = new Set<ModelCode>();
    for (const agency of dataset.agenciesByCounty.get(county.fips) ?? []) {
      const active = activeModels(agency);
      if (active.length === 0) continue;
      localAgencies++;
      for (const model of active) models.add(model);
    }
    return {
      fips: county.fips,
      localAgencies,
      localModels: MODEL_ORDER.filter((model) => models.has(model)),
      statewideAgencies: statewide.get(county.state) ?? 0,
    };
  });
}
