/**
 * "Does my county have a 287(g) agreement?" — the answer for one county, as DESIGN.md defines it:
 * local agencies, statewide agencies (never merged into local), pending agreements, the state's mandate
 * law, and the as-of date with its source. "No agreement" is a real answer and still lists statewide ones.
 */
import type { Dataset } from './dataset.js';
import { InvalidQueryError, UnknownCountyError } from './errors.js';
import { appliesIn, type ListedAgency, type Listings, listedOn } from './listings.js';
import type { Agency, AgencyKind, Agreement, AgreementStatus, MandateLaw, Source } from './schema.js';

export interface AnswerAgreement {
  model: Agreement['model'];
  signed: string | null;
  /** `ended`: on an earlier ICE list, absent from this one (only in `CountyAnswer.ended`). */
  status: AgreementStatus | 'ended';
  moaUrl: string | null;
  addendumUrl: string | null;
  /** For an active agreement absent from the previous list: that list's date. Null otherwise, or without history. */
  newSince: string | null;
  /** For an ended agreement: the date of the last list that showed it; null for the others. */
  lastListed: string | null;
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
  /**
   * Agencies of this county (and statewide ones) whose agreements ended: on an earlier ICE list, absent from
   * this one. Empty when the dataset was loaded without its listing history.
   */
  ended: AnswerAgency[];
  /** The date of the ICE list before this one, which `newSince` refers to; null without listing history. */
  previousList: string | null;
  /** The state's enacted law requiring participation, if any. */
  mandate: MandateLaw | null;
  /** The state's enacted laws that prohibit or limit 287(g) agreements, prohibitions first. */
  restrictions: MandateLaw[];
  /** The state's other laws and bills about 287(g): pending, vetoed or superseded ones, and related laws. */
  relatedLaws: MandateLaw[];
}

const KIND_ORDER: Record<AgencyKind, number> = { county: 0, municipal: 1, state: 2 };

const byKindAndName = (a: AnswerAgency, b: AnswerAgency): number =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'en');

/** Whether the listing history shows this agreement on the list of `date`. */
function wasListed(listings: Listings, agencyId: string, model: string, date: string): boolean {
  const agreement = listings.agencyById.get(agencyId)?.agreements.find((a) => a.model === model);
  return agreement !== undefined && listedOn(agreement, date);
}

function withAgreements(
  agencies: readonly Agency[],
  status: AgreementStatus,
  previous: { listings: Listings; date: string } | null,
): AnswerAgency[] {
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
        newSince:
          status === 'active' && previous && !wasListed(previous.listings, agency.id, model, previous.date)
            ? previous.date
            : null,
        lastListed: null,
      }));
    if (agreements.length === 0) continue;
    answered.push({ id: agency.id, name: agency.name, kind: agency.kind, place: agency.place, agreements });
  }
  return answered.sort(byKindAndName);
}

/** The agreements of these agencies that earlier lists showed and the dataset's list does not. */
function endedAgreements(dataset: Dataset, agencies: readonly ListedAgency[]): AnswerAgency[] {
  const answered: AnswerAgency[] = [];
  for (const agency of agencies) {
    const current = new Set(dataset.agencyById.get(agency.id)?.agreements.map((a) => a.model));
    const agreements = agency.agreements
      .filter((agreement) => agreement.lastListed < dataset.asOf && !current.has(agreement.model))
      .map((agreement) => ({
        model: agreement.model,
        signed: agreement.signedDates.at(-1) ?? null,
        status: 'ended' as const,
        moaUrl: null,
        addendumUrl: null,
        newSince: null,
        lastListed: agreement.lastListed,
      }));
    if (agreements.length === 0) continue;
    answered.push({ id: agency.id, name: agency.name, kind: agency.kind, place: agency.place, agreements });
  }
  return answered.sort(byKindAndName);
}

const isRestriction = (law: MandateLaw) =>
  law.stage === 'enacted' && (law.effect === 'prohibits' || law.effect === 'limits');

/** A state's laws as an answer shows them: the mandate in force, the restrictions in force, and the rest. */
function stateLaws(
  dataset: Dataset,
  state: string,
): Pick<CountyAnswer, 'mandate' | 'restrictions' | 'relatedLaws'> {
  const laws = dataset.mandates.filter((law) => law.state === state);
  const mandate = laws.find((law) => law.requiresParticipation) ?? null;
  const restrictions = laws
    .filter(isRestriction)
    .sort((a, b) => Number(b.effect === 'prohibits') - Number(a.effect === 'prohibits'));
  return {
    mandate,
    restrictions,
    relatedLaws: laws.filter((law) => law !== mandate && !restrictions.includes(law)),
  };
}

/** The laws of an answer that are in force, as a reader should see them: the mandate, then the restrictions. */
export function lawsInForce(answer: Pick<CountyAnswer, 'mandate' | 'restrictions'>): MandateLaw[] {
  return answer.mandate ? [answer.mandate, ...answer.restrictions] : [...answer.restrictions];
}

/** The answer for a county FIPS code. Throws `UnknownCountyError` for a malformed or unknown code. */
export function answerCounty(dataset: Dataset, fips: string): CountyAnswer {
  const county = dataset.countyByFips.get(fips);
  if (!county) throw new UnknownCountyError(fips);
  const local = dataset.agenciesByCounty.get(fips) ?? [];
  const statewide = dataset.statewideByState.get(county.state) ?? [];
  const listings = dataset.listings;
  const previousList = listings?.lists.filter((list) => list.asOf < dataset.asOf).at(-1)?.asOf ?? null;
  const previous = listings && previousList ? { listings, date: previousList } : null;
  const localActive = withAgreements(local, 'active', previous);
  const listedHere = listings ? listings.agencies.filter((agency) => appliesIn(agency, county)) : [];
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
    statewide: withAgreements(statewide, 'active', previous),
    pending: withAgreements([...local, ...statewide], 'pending', null),
    ended: endedAgreements(dataset, listedHere),
    previousList,
    ...stateLaws(dataset, county.state),
  };
}

export interface StateAnswer {
  asOf: string;
  source: Source;
  state: { code: string; name: string; counties: number };
  /** State agencies with active agreements: they can operate in every county of the state. */
  statewide: AnswerAgency[];
  /** Counties with a local agency's active agreement, most populous first, with how many such agencies. */
  countiesWithLocalAgreement: { fips: string; name: string; population: number | null; agencies: number }[];
  /** State agencies with agreements ICE lists as pending. */
  pending: AnswerAgency[];
  mandate: MandateLaw | null;
  restrictions: MandateLaw[];
  relatedLaws: MandateLaw[];
}

/**
 * The summary for a state or territory, for a reader who named one rather than a county: its statewide
 * agencies, the counties with a local agreement, and its laws. Throws `InvalidQueryError` for an unknown code.
 */
export function answerState(dataset: Dataset, code: string): StateAnswer {
  const state = dataset.stateByCode.get(code);
  if (!state)
    throw new InvalidQueryError('state', code, 'a USPS state code of the dataset, in capitals (e.g. "TX")');
  const counties = dataset.counties.filter((county) => county.state === code);
  const statewide = dataset.statewideByState.get(code) ?? [];
  const countiesWithLocalAgreement = counties
    .map((county) => ({
      fips: county.fips,
      name: county.name,
      population: county.population,
      agencies: withAgreements(dataset.agenciesByCounty.get(county.fips) ?? [], 'active', null).length,
    }))
    .filter((county) => county.agencies > 0)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.name.localeCompare(b.name, 'en'));
  return {
    asOf: dataset.asOf,
    source: dataset.source,
    state: { code, name: state.name, counties: counties.length },
    statewide: withAgreements(statewide, 'active', null),
    countiesWithLocalAgreement,
    pending: withAgreements(statewide, 'pending', null),
    ...stateLaws(dataset, code),
  };
}
