/**
 * The `format` each data file has in this version; a layout change bumps its number. The same values as in
 * `schema.ts` (a test holds them equal), for code that reads bundled files without loading the schemas.
 */
export const FILE_FORMATS = {
  agreements: 1,
  counties: 2,
  places: 1,
  listings: 1,
  mandates: 1,
  history: 1,
} as const;

export type DataFileName = keyof typeof FILE_FORMATS;

/** The models ICE signs today (Hybrid is discontinued). */
export const CURRENT_MODELS = ['JEM', 'TFM', 'WSO'] as const;
