/**
 * The lookup's "Get the data" rows: what its card shows, one row per agreement. A county's card: its local
 * agencies, its state's statewide ones, pending agreements and, once the listing history is in, the ended
 * ones ("listed until"). A state's card: the local agreements of each county it counts, then the statewide
 * agencies. English column names, codes as the SDK has them (JEM, county, active), for machine use.
 */

import type { CsvCell } from '@open287g/sdk/core';
import {
  type AnswerAgency,
  answerCounty,
  type CountyAnswer,
  type Dataset,
  type StateAnswer,
} from '@open287g/sdk/core';
import type { CsvRows } from '../shared/get-data.js';
import { safeHref } from '../shared/safe-href.js';

export const ANSWER_COLUMNS = [
  'county_fips',
  'county',
  'state',
  'agency',
  'agency_id',
  'type',
  'model',
  'signed',
  'status',
  'last_listed',
  'moa_url',
  'list_date',
] as const;

type Place = { fips: string; name: string } | null;

function agencyRows(
  agencies: readonly AnswerAgency[],
  place: Place,
  state: string,
  asOf: string,
): CsvCell[][] {
  return agencies.flatMap((agency) =>
    agency.agreements.map((agreement) => [
      place?.fips ?? null,
      place?.name ?? null,
      state,
      agency.name,
      agency.id,
      agency.kind,
      agreement.model,
      agreement.signed,
      agreement.status,
      agreement.lastListed,
      // as the card links it: only an http(s) address
      safeHref(agreement.moaUrl),
      asOf,
    ]),
  );
}

export function countyRows(answer: CountyAnswer): CsvRows {
  const { county, asOf } = answer;
  const shown = [...answer.local, ...answer.statewide, ...answer.pending, ...answer.ended];
  return [ANSWER_COLUMNS, ...agencyRows(shown, county, county.state, asOf)];
}

export function stateRows(dataset: Dataset, answer: StateAnswer): CsvRows {
  const { state, asOf } = answer;
  const local = answer.countiesWithLocalAgreement.flatMap((county) =>
    agencyRows(answerCounty(dataset, county.fips).local, county, state.code, asOf),
  );
  const statewide = agencyRows([...answer.statewide, ...answer.pending], null, state.code, asOf);
  return [ANSWER_COLUMNS, ...local, ...statewide];
}
