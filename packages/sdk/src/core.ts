/**
 * `@open287g/sdk/core`: everything in `@open287g/sdk` but `jsonSchemas`, without loading the schemas that
 * check data files (most of the SDK's bytes) until they are needed: the loaders load them themselves, and
 * `loadValidation()` does before the synchronous functions are given files that are not the bundled ones.
 *
 * @module
 */
export {
  type AnswerAgency,
  type AnswerAgreement,
  answerCounty,
  answerState,
  type CountyAnswer,
  lawsInForce,
  type StateAnswer,
} from './answer.js';
export {
  type Change,
  type Changes,
  type ChangesOptions,
  changeDates,
  changes,
  changesBetween,
  listingsOf,
  type Rename,
} from './changes.js';
export { countyInSentence } from './county-names.js';
export { type CountyCoverage, countyCoverage } from './coverage.js';
export { CSV_COLUMNS, type CsvCell, type CsvOptions, csvText, toCsv } from './csv.js';
export {
  type City,
  createDataset,
  createPlacesDataset,
  type Dataset,
  type DatasetFiles,
  decodeAgencies,
  decodeZipList,
  type Places,
  withAgreements,
  withMandates,
  withPlaces,
} from './dataset.js';
export {
  DatasetFetchError,
  type DatasetFetchReason,
  DatasetValidationError,
  InvalidQueryError,
  Open287gError,
  UnknownCountyError,
} from './errors.js';
export { loadValidation } from './file-check.js';
export { CURRENT_MODELS } from './file-formats.js';
export {
  appliesIn,
  type ListedAgency,
  type ListedAgreement,
  type ListedList,
  type ListedPeriod,
  type ListedSpelling,
  type ListingStatus,
  type Listings,
  listedOn,
  nameOn,
  signedOn,
  withListings,
} from './listings.js';
export {
  fetchAgreements,
  type LoadOptions,
  type LoadResult,
  loadBundledDataset,
  loadBundledFile,
  loadDataset,
  type RemoteLoadOptions,
  withRemoteAgreements,
} from './load.js';
export * from './model-summaries.js';
export * from './models.js';
export { agencyId, COUNTY_SUFFIXES, editDistance, foldText, stripCountySuffix } from './normalize.js';
// the domain and file types only: the schemas themselves are values, in `@open287g/sdk/schema`
export type {
  Agency,
  AgencyKind,
  AgencyTuple,
  Agreement,
  AgreementStatus,
  AgreementsFile,
  AgreementTuple,
  CountiesFile,
  County,
  CurrentModelCode,
  Fips,
  HistoryFile,
  HistoryPoint,
  LawEffect,
  LawStage,
  ListingAgencyTuple,
  ListingAgreementTuple,
  ListingsFile,
  MandateLaw,
  MandatesFile,
  ModelCode,
  PlacesFile,
  Source,
  State,
  StateCode,
  StateCountyColumns,
} from './schema.js';
export {
  type CountyResolution,
  MAX_QUERY_LENGTH,
  prepareSearch,
  resolveCounty,
  type SearchOptions,
  type SearchResult,
  type SearchResultKind,
  search,
} from './search.js';
export { countByModel, type ModelCounts, type StateStats, type Stats, stats } from './stats.js';
export { timeline } from './timeline.js';
