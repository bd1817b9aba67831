/**
 * "Does my county have a 287(g) agreement?" — the answer for one county, as DESIGN.md defines it:
 * local agencies, statewide agencies (never merged into local), pending agreements, the state's mandate
 * law, and the as-of date with its source. "No agreement" is a real answer and still lists statewide ones.
 */
import type { Dataset } from './dataset.js';
import { UnknownCountyError } from './errors.js';
import type { Agency, AgencyKind, Agreement, AgreementStatus, MandateLaw, Source } from './schema.js';

export interface AnswerAgreement {
  model: Agreement['model'];
  signed: string | null;
  status: AgreementStatus;
  moaUrl: string | null;
  addendumUrl: string | null;
}

export interface AnswerAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  place: string | null;
  agreements: AnswerAgreement[];
}

export interface CountyAnswer {
  asOf: string;
  source: Source;
  county: { fips: string; name: string; state: string; stateName: string; population: number | null };
  /** True when at least one local agency has an active agreement. */
  hasLocalAgreement: boolean;
  /** Agencies covering this county with active agreements: sheriff, county jail, municipal police. */
  local: AnswerAgency[];
  /** State agencies with active agreements, which can operate in every county of the state. */
  statewide: AnswerAgency[];
  /** Local or statewide agencies with agreements ICE lists as pending. */
  pending: AnswerAgency[];
  /** The state's enacted law requiring participation, if any. */
  mandate: MandateLaw | null;
  /** Other laws and bills of the state about 287(g) that do not (yet) require it, with their status. */
  relatedLaws: MandateLaw[];
}

const KIND_ORDER: Record<AgencyKind, number> = { county: 0, municipal: 1, state: 2 };

function withAgreements(agencies: readonly Agency[], status: AgreementStatus): AnswerAgency[] {
  const answered: AnswerAgency[] = [];
  for (const agency of agencies) {
    const agreements = agency.agreements
      .filter((agreement) => agreement.status === status)
      .map(({ model, signed, status, moaUrl, addendumUrl }) => ({
        model,
        signed,
        status,
        moaUrl,
        addendumUrl,
      }));
    if (agreements.length === 0) continue;
    answered.push({ id: agency.id, name: agency.name, kind: agency.kind, place: agency.place, agreements });
  }
  return answered.sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'en'),
  );
}

/** The answer for a county FIPS code. Throws `UnknownCountyError` for a malformed or unknown code. */
export function answerCounty(dataset: Dataset, fips: string): CountyAnswer {
  const county = dataset.countyByFips.get(fips);
  if (!county) throw new UnknownCountyError(fips);
  const local = dataset.agenciesByCounty.get(fips) ?? [];
  const statewide = dataset.statewideByState.get(county.state) ?? [];
  const laws = dataset.mandates.filter((law) => law.state === county.state);
  const localActive = withAgreements(local, 'active');
  return {
    asOf: dataset.asOf,
    source: dataset.source,
    county: {
      fips: county.fips,
      name: county.name,
      state: county.state,
      stateName: dataset.stateByCode.get(county.state)?.name ?? county.state,
      population: county.population,
    },
    hasLocalAgreement: localActive.length > 0,
    local: localActive,
    statewide: withAgreements(statewide, 'active'),
    pending: withAgreements([...local, ...statewide], 'pending'),
    mandate: laws.find((law) => law.requiresParticipation) ?? null,
    relatedLaws: laws.filter((law) => !law.requiresParticipation),
  };
}
