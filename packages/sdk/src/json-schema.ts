/** The schemas as JSON Schema, for users of the data files who do not use TypeScript. */
import * as z from 'zod/mini';
import {
  Agency,
  AgreementsFile,
  CountiesFile,
  County,
  HistoryFile,
  MandatesFile,
  PlacesFile,
} from './schema.js';

export function jsonSchemas(): Record<string, unknown> {
  return {
    'agreements.schema.json': z.toJSONSchema(AgreementsFile),
    'counties.schema.json': z.toJSONSchema(CountiesFile),
    'places.schema.json': z.toJSONSchema(PlacesFile),
    'mandates.schema.json': z.toJSONSchema(MandatesFile),
    'history.schema.json': z.toJSONSchema(HistoryFile),
    'agency.schema.json': z.toJSONSchema(Agency),
    'county.schema.json': z.toJSONSchema(County),
  };
}
