/**
 * The files of a snapshot folder, by path relative to it: the list (agreements.json), its history
 * (listings.json) and the change feeds (feeds/), all from one ingest result so they always agree.
 */
import { buildFeeds } from './feeds.js';
import type { IngestResult } from './ingest.js';
import { serializeWithRows } from './write-atomic.js';

export function snapshotFiles(result: IngestResult): Record<string, string> {
  const files: Record<string, string> = {
    'agreements.json': serializeWithRows(result.agreements, 'agencies'),
    'listings.json': serializeWithRows(result.listings, 'agencies'),
  };
  for (const [path, text] of Object.entries(buildFeeds(result.dataset))) files[`feeds/${path}`] = text;
  return files;
}
