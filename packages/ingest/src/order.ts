import type { ModelCode } from '@open287g/sdk';

/**
 * Code-unit order for everything the ingest writes. `localeCompare` without a locale follows the machine's
 * locale (Estonian sorts "z" before "t"), which would make the same input give different bytes.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of models in every file: ICE's own order on its page. */
export const MODEL_ORDER: Record<ModelCode, number> = { JEM: 0, TFM: 1, WSO: 2, HYBRID: 3 };
