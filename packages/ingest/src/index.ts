export { formatProblem, IngestError, type Problem } from './errors.js';
export { buildFeeds } from './feeds.js';
export { dateFromFileName, type FileDate } from './file-date.js';
export {
  type IceRow,
  type Layout,
  parseIceSheet,
  parseSignedDate,
  readIceSheet,
  unwrapLink,
} from './ice-sheet.js';
export { type IngestOptions, type IngestResult, type IngestSummary, runIngest } from './ingest.js';
export {
  buildCountiesFile,
  buildHistoryFile,
  buildMandatesFile,
  buildPlacesFile,
  type CensusCounty,
  encodeStateCounties,
  historyPointOf,
  type PostalZip,
  postalOnlyZipRecords,
  type StateLawTexts,
  type ZipRecord,
} from './reference.js';
export { type Fold, identityKey } from './registry.js';
export { listsInDateOrder, type ReplayOptions, replayLists } from './replay.js';
export { matchCounty, type Rule, resolveAgency, townFromAgencyName } from './resolve.js';
export { snapshotFiles } from './snapshot-files.js';
export { serializeWithRows, writeFilesAtomically } from './write-atomic.js';
export { type Cell, readFirstSheet, type Sheet, type SheetReading } from './xlsx.js';
