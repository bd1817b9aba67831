/** agreements.json as parsed JSON: its agencies are tuples (see the SDK's AgencyTuple). */
export type AgreementsJson = { asOf: string; agencies: unknown[][] } & Record<string, unknown>;
export function agreementsOf(asOf: string, edit?: (file: AgreementsJson) => AgreementsJson): string;
export function startFaultyDataHost(options?: {
  files?: Record<string, string>;
  elsewhere?: string;
}): Promise<{
  url: string;
  requests: Map<string, number>;
  headers: Map<string, Record<string, string | string[] | undefined>>;
  close: () => Promise<void>;
}>;
