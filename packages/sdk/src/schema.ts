/**
 * The open287g data model, as zod schemas. Two layers:
 * - the domain model (Agency, Agreement, County, …) that queries return and developers use;
 * - the wire formats of the JSON files in `@open287g/data`, which are compact tuples because a widget
 *   ships them to browsers (see docs/data-methodology.md for the byte budget).
 * Each wire file carries `format: 1`; a breaking change to its layout bumps that number.
 */
// zod/mini: the same schemas at a fifth of the bytes, because the widgets load this module in browsers (when
// they check a list fetched from `data-src`).
import * as z from 'zod/mini';

// FILE_FORMATS and CURRENT_MODELS have the same values in file-formats.ts, and a test holds them equal: the
// schemas import nothing from the rest of the SDK, so a widget loads them in a file of their own (only for a
// list fetched from `data-src`) without its shared code split into one more file it must wait for at start.
/** The `format` each data file has in this version; a layout change bumps its number. */
export const FILE_FORMATS = {
  agreements: 1,
  counties: 2,
  places: 1,
  listings: 1,
  mandates: 1,
  history: 1,
} as const;

/** A county (or county-equivalent) FIPS code: always a 5-character string, never a number. */
export const Fips = z
  .string()
  .check(z.regex(/^\d{5}$/, 'a county FIPS code is 5 digits, as a string (e.g. "12021")'));
export const StateCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'a USPS state code is 2 capital letters (e.g. "FL")'));
/** A web address: only http(s), because widgets render these as links. */
export const WebUrl = z.url({ protocol: /^https?$/ });
/** "2026-02-30" has the shape of a date but is none; a widget formatting it would throw. */
const isCalendarDate = (text: string): boolean => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};
export const IsoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'),
    z.refine(isCalendarDate, 'not a calendar date'),
  );

/** The three models ICE signs today, plus the Hybrid model that exists only in history. */
export const CURRENT_MODELS = ['JEM', 'TFM', 'WSO'] as const;
export const ModelCode = z.enum(['JEM', 'TFM', 'WSO', 'HYBRID']);
export const CurrentModelCode = z.enum(CURRENT_MODELS);
export const AgencyKind = z.enum(['county', 'municipal', 'state']);
export const AgreementStatus = z.enum(['active', 'pending']);

export const Source = z.object({
  publisher: z.string(),
  title: z.string(),
  url: WebUrl,
  file: z.optional(z.string()),
  sha256: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  license: z.optional(z.string()),
  note: z.optional(z.string()),
});

export const Agreement = z.object({
  agencyId: z.string(),
  model: ModelCode,
  /** ISO date ICE lists as SIGNED; null for pending agreements, which ICE lists without one. */
  signed: z.nullable(IsoDate),
  status: AgreementStatus,
  moaUrl: z.nullable(WebUrl),
  addendumUrl: z.nullable(WebUrl),
});

export const Agency = z.object({
  /** Stable across ICE's re-spellings: derived from state + normalized name (see `agencyId`). */
  id: z.string(),
  /** As ICE prints it, trimmed. */
  name: z.string(),
  state: StateCode,
  kind: AgencyKind,
  /** County FIPS codes the agency covers; empty for a `state` agency, which covers the whole state. */
  counties: z.array(Fips),
  /** The city or town of a municipal agency, when known. */
  place: z.nullable(z.string()),
  agreements: z.array(Agreement),
});

export const County = z.object({
  fips: Fips,
  /** The Census name: "Collier County", "St. Landry Parish", "Hopewell city". */
  name: z.string(),
  state: StateCode,
  /** Census Vintage 2024 estimate; null for territories, which the file has no estimate for. */
  population: z.nullable(z.int().check(z.nonnegative())),
});

export const State = z.object({
  code: StateCode,
  fips: z.string().check(z.regex(/^\d{2}$/)),
  name: z.string(),
});

/**
 * What a state law does (or a bill would do) about 287(g): `requires` participation, `prohibits` agreements,
 * `limits` them (some agencies, some models, or only with approval), or is `related` (e.g. detainer housing).
 */
export const LawEffect = z.enum(['requires', 'prohibits', 'limits', 'related']);

/** Where a law or bill stands: only an `enacted` one is in force; `superseded` was, and a later act replaced it. */
export const LawStage = z.enum(['enacted', 'pending', 'vetoed', 'not-enacted', 'superseded']);

export const MandateLaw = z.object({
  state: StateCode,
  law: z.string(),
  /** A year or a session ("2025-2026"), as the source gives it. */
  year: z.string(),
  /** "enacted", or how far a bill got, in the source's words. */
  status: z.string(),
  stage: LawStage,
  effect: LawEffect,
  /** True only for an enacted law that requires agencies to seek or hold an agreement; a pending bill or a
   *  related law (e.g. detainer housing) is false, so a widget never presents it as a mandate. */
  requiresParticipation: z.boolean(),
  whoMustParticipate: z.string(),
  requirement: z.string(),
  /** The same sentence in Spanish; the law's name stays as enacted. */
  requirementEs: z.string(),
  effective: z.string(),
  sources: z.array(WebUrl).check(z.minLength(1)),
  notes: z.string(),
});

export const HistoryPoint = z.object({
  date: IsoDate,
  /** How the date was established: an ICE file name, or a web-archive capture of ICE's page. */
  basis: z.string(),
  file: z.string(),
  rows: z.int().check(z.nonnegative()),
  agencies: z.int().check(z.nonnegative()),
  states: z.int().check(z.nonnegative()),
  byModel: z.object({
    JEM: z.int().check(z.nonnegative()),
    TFM: z.int().check(z.nonnegative()),
    WSO: z.int().check(z.nonnegative()),
    HYBRID: z.int().check(z.nonnegative()),
  }),
});

// ---- wire formats (the files in @open287g/data) ----

/** [model, signed, status, moa, addendum]; moa/addendum are relative to `linkBase` unless absolute. */
export const AgreementTuple = z.tuple([
  ModelCode,
  z.nullable(IsoDate),
  AgreementStatus,
  z.nullable(z.string().check(z.minLength(1))),
  z.nullable(z.string().check(z.minLength(1))),
]);
/** An agency id, as `agencyId` derives it: "fl-collier-county-sheriffs-office". */
export const AgencyId = z
  .string()
  .check(z.regex(/^[a-z]{2}-[a-z0-9-]+$/, 'an agency id is "xx-name-as-slug"'));
/**
 * [state, name, kind, counties, place, agreements, id]; `id` only when it is not `agencyId(state, name)`:
 * an agency ICE has re-spelled keeps the id of its first spelling (see `ListingsFile`).
 */
export const AgencyTuple = z.tuple([
  StateCode,
  z.string().check(z.minLength(1)),
  AgencyKind,
  z.array(Fips),
  z.nullable(z.string().check(z.minLength(1))),
  z.array(AgreementTuple).check(z.minLength(1)),
  z.optional(AgencyId),
]);

export const AgreementsFile = z.object({
  format: z.literal(FILE_FORMATS.agreements),
  asOf: IsoDate,
  source: Source,
  /** The pending list merged in, when one was given; ICE seems to have stopped publishing it in 2026. */
  pendingSource: z.nullable(Source),
  linkBase: WebUrl,
  agencies: z.array(AgencyTuple),
});

/** [county part of the FIPS (3 digits), Census name, population or null] */
/**
 * One state's counties as four columns of equal length, in FIPS order (columns, not rows, because each
 * column compresses best beside its own kind; see `decodeCounties`):
 * 0. the suffix most of its county names end in ("County", "Parish", "Municipio"), or "";
 * 1. the 3-digit county codes as numbers, the first as it is and each next as its difference from the one
 *    before, space-separated ("1 2 2" = 001 003 005);
 * 2. the names, "|"-separated, each without that suffix, or whole after "=" ("Alachua|=Suffolk city");
 * 3. the Census populations in base 36, space-separated, an empty one where there is no estimate.
 */
export const StateCountyColumns = z.tuple([
  z.string(),
  z.string().check(z.regex(/^\d+( \d+)*$/, 'county codes are "first delta delta …"')),
  z.string().check(z.minLength(1)),
  z.string().check(z.regex(/^[0-9a-z]*( [0-9a-z]*)*$/, 'populations are base-36 numbers, space-separated')),
]);
export const CountiesFile = z.object({
  format: z.literal(FILE_FORMATS.counties),
  source: Source,
  /** [state FIPS, USPS code, name] */
  states: z.array(
    z.tuple([z.string().check(z.regex(/^\d{2}$/)), StateCode, z.string().check(z.minLength(1))]),
  ),
  /** keyed by USPS code */
  counties: z.record(StateCode, StateCountyColumns),
});
/**
 * ZIP codes of a county, sorted and delta-encoded to stay small: the first as 5 digits, then each as its
 * difference from the one before, space-separated ("34101 1 1 7" = 34101 34102 34103 34110).
 */
export const ZipList = z.string().check(z.regex(/^\d{5}( \d+)*$/, 'a ZIP list is "first-ZIP delta delta …"'));
/** Postal cities of a county, "|"-separated; in `cities` each as "name~k", its ZIP codes having about 2^k
 *  residents (for ranking search results), in `citiesShared` as the name alone. */
export const CityList = z.string().check(z.minLength(1));
export const PlacesFile = z.object({
  format: z.literal(FILE_FORMATS.places),
  source: Source,
  /** county FIPS → the ZIP codes whose main county it is */
  zips: z.record(Fips, ZipList),
  /** county FIPS → ZIP codes that reach into it although their main county is another */
  zipsShared: z.record(Fips, ZipList),
  /** county FIPS → the postal cities whose main county it is */
  cities: z.record(Fips, CityList),
  /** county FIPS → postal cities that reach into it although their main county is another */
  citiesShared: z.record(Fips, CityList),
});

const ListIndex = z.int().check(z.nonnegative());
/** [asOf, file name, sha256 of the file or null]: one ICE list, in `ListingsFile.lists` (oldest first). */
export const ListTuple = z.tuple([IsoDate, z.string().check(z.minLength(1)), z.nullable(z.string())]);
/**
 * [model, listed, signed]: `listed` are the runs of lists that showed the agreement, as [first, last] list
 * indices; `signed` the SIGNED date from each list index on where it changed, as [index, date or null].
 */
export const ListingAgreementTuple = z.tuple([
  ModelCode,
  z.array(z.tuple([ListIndex, ListIndex])).check(z.minLength(1)),
  z.array(z.tuple([ListIndex, z.nullable(IsoDate)])).check(z.minLength(1)),
]);
/**
 * [state, kind, counties, place, names, agreements, id]: `names` the spelling ICE printed from each list
 * index on where it changed, as [index, name]; `id` only when it is not `agencyId(state, first name)`.
 */
export const ListingAgencyTuple = z.tuple([
  StateCode,
  AgencyKind,
  z.array(Fips),
  z.nullable(z.string().check(z.minLength(1))),
  z.array(z.tuple([ListIndex, z.string().check(z.minLength(1))])).check(z.minLength(1)),
  z.array(ListingAgreementTuple).check(z.minLength(1)),
  z.optional(AgencyId),
]);
/**
 * Every ICE list the ingest has read and what each listed: the agency registry (one stable id per real
 * agency, every spelling) and each agreement's listing history, from which changes are derived.
 */
export const ListingsFile = z.object({
  format: z.literal(FILE_FORMATS.listings),
  source: Source,
  lists: z.array(ListTuple).check(z.minLength(1)),
  agencies: z.array(ListingAgencyTuple),
});

export const MandatesFile = z.object({
  format: z.literal(FILE_FORMATS.mandates),
  source: Source,
  laws: z.array(MandateLaw),
});
export const HistoryFile = z.object({
  format: z.literal(FILE_FORMATS.history),
  source: Source,
  points: z.array(HistoryPoint),
});

export type Fips = z.infer<typeof Fips>;
export type StateCode = z.infer<typeof StateCode>;
export type ModelCode = z.infer<typeof ModelCode>;
export type CurrentModelCode = z.infer<typeof CurrentModelCode>;
export type AgencyKind = z.infer<typeof AgencyKind>;
export type AgreementStatus = z.infer<typeof AgreementStatus>;
export type Source = z.infer<typeof Source>;
export type Agreement = z.infer<typeof Agreement>;
export type Agency = z.infer<typeof Agency>;
export type County = z.infer<typeof County>;
export type State = z.infer<typeof State>;
export type MandateLaw = z.infer<typeof MandateLaw>;
export type LawEffect = z.infer<typeof LawEffect>;
export type LawStage = z.infer<typeof LawStage>;
export type HistoryPoint = z.infer<typeof HistoryPoint>;
export type AgreementsFile = z.infer<typeof AgreementsFile>;
export type CountiesFile = z.infer<typeof CountiesFile>;
export type PlacesFile = z.infer<typeof PlacesFile>;
export type MandatesFile = z.infer<typeof MandatesFile>;
export type HistoryFile = z.infer<typeof HistoryFile>;
export type AgreementTuple = z.infer<typeof AgreementTuple>;
export type ListingsFile = z.infer<typeof ListingsFile>;
export type ListingAgencyTuple = z.infer<typeof ListingAgencyTuple>;
export type ListingAgreementTuple = z.infer<typeof ListingAgreementTuple>;
export type AgencyTuple = z.infer<typeof AgencyTuple>;
export type StateCountyColumns = z.infer<typeof StateCountyColumns>;
