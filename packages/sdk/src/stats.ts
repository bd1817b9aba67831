/**
 * Counts over the dataset. "Agreements" are ICE's rows (one per agency × model); "agencies" are distinct
 * agencies. Only active agreements count, as on ICE's participating list.
 */
import type { Dataset } from './dataset.js';
import type { Agency, AgencyKind, CurrentModelCode, ModelCode } from './schema.js';

export type ModelCounts = Record<CurrentModelCode, number> & Partial<Record<'HYBRID', number>>;

export interface StateStats {
  agreements: number;
  agencies: number;
  byModel: ModelCounts;
}

export interface Stats {
  asOf: string;
  /** Active agreement rows, as ICE counts them. */
  agreements: number;
  /** Agencies with at least one active agreement. */
  agencies: number;
  byModel: ModelCounts;
  /** Agencies by kind. */
  byKind: Record<AgencyKind, number>;
  /** States and territories with at least one active agreement. */
  states: number;
  byState: Record<string, StateStats>;
  /** Agreement rows ICE lists as pending. */
  pending: number;
  counties: {
    /** Counties with at least one local agency (sheriff, jail, municipal police) holding an active agreement. */
    withLocalAgreement: number;
    /** Counties where a county-level agency (sheriff, county jail) holds one. */
    withCountyAgency: number;
    /** Census population of the counties with a local agreement, and of all counties. */
    populationWithLocalAgreement: number;
    populationTotal: number;
  };
}

const emptyModels = (): ModelCounts => ({ JEM: 0, TFM: 0, WSO: 0 });

function addModel(counts: ModelCounts, model: ModelCode): void {
  counts[model] = (counts[model] ?? 0) + 1;
}

const isActive = (agency: Agency) => agency.agreements.some((agreement) => agreement.status === 'active');

/** Active agreements by model — also the number of agencies holding each, as ICE lists one row per model. */
export function countByModel(dataset: Dataset): ModelCounts {
  const counts = emptyModels();
  for (const agency of dataset.agencies) {
    for (const agreement of agency.agreements)
      if (agreement.status === 'active') addModel(counts, agreement.model);
  }
  return counts;
}

export function stats(dataset: Dataset): Stats {
  const byKind: Record<AgencyKind, number> = { county: 0, municipal: 0, state: 0 };
  const byState: Record<string, StateStats> = {};
  let agreements = 0;
  let pending = 0;
  const localCounties = new Set<string>();
  const countyAgencyCounties = new Set<string>();

  for (const agency of dataset.agencies) {
    for (const agreement of agency.agreements) {
      if (agreement.status === 'pending') {
        pending++;
        continue;
      }
      agreements++;
      byState[agency.state] ??= { agreements: 0, agencies: 0, byModel: emptyModels() };
      const state = byState[agency.state] as StateStats;
      state.agreements++;
      addModel(state.byModel, agreement.model);
    }
    if (!isActive(agency)) continue;
    byKind[agency.kind]++;
    (byState[agency.state] as StateStats).agencies++;
    for (const fips of agency.counties) {
      localCounties.add(fips);
      if (agency.kind === 'county') countyAgencyCounties.add(fips);
    }
  }

  let populationTotal = 0;
  let populationWithLocalAgreement = 0;
  for (const county of dataset.counties) {
    populationTotal += county.population ?? 0;
    if (localCounties.has(county.fips)) populationWithLocalAgreement += county.population ?? 0;
  }

  return {
    asOf: dataset.asOf,
    agreements,
    agencies: byKind.county + byKind.municipal + byKind.state,
    byModel: countByModel(dataset),
    byKind,
    states: Object.keys(byState).length,
    byState,
    pending,
    counties: {
      withLocalAgreement: localCounties.size,
      withCountyAgency: countyAgencyCounties.size,
      populationWithLocalAgreement,
      populationTotal,
    },
  };
}
