/**
 * The words of the CLI's answers for people, in English and Spanish (`--lang`, or `LANG`). Names of
 * places, agencies and laws stay as their sources print them; the sentences around them are translated.
 */

import type { AgencyKind, LawEffect, LawStage } from './schema.js';
import type { SearchResultKind } from './search.js';

export type CliLang = 'en' | 'es';

export interface CliText {
  number: (value: number) => string;
  population: (people: string) => string;
  /** `place` is the county as a sentence has it: "Collier County, FL"; in Spanish "en el condado de Collier, FL"
   *  (yes) or "del condado de Collier, FL" (no). */
  yes: (count: number, place: string) => string;
  no: (place: string) => string;
  local: string;
  statewide: (state: string) => string;
  statewideNone: (state: string) => string;
  pending: string;
  ended: string;
  kind: Record<AgencyKind, string>;
  signed: (date: string) => string;
  newSince: (date: string) => string;
  listedUntil: (date: string) => string;
  moaPending: string;
  law: string;
  lawEffect: Record<LawEffect, string>;
  lawStage: Record<LawStage, string>;
  barred: (state: string) => string;
  relatedLaw: string;
  source: string;
  data: (publisher: string, title: string, date: string, file: string) => string;
  discontinued: string;
  connecticutRegions: string;
  stateSummary: (state: string, code: string, local: number, counties: number) => string;
  stateCounties: string;
  agencies: (count: number) => string;
  more: (count: number) => string;
  oneCounty: (code: string) => string;
  listOf: (date: string) => string;
  search: SearchText;
  stats: StatsText;
  changes: ChangesText;
}

/** `search` results, and what `lookup` says when the text names no single county. */
export interface SearchText {
  kind: Record<SearchResultKind, string>;
  stateCounties: (count: number) => string;
  statewide: string;
  nothing: (query: string) => string;
  ambiguous: (query: string) => string;
  didYouMean: string;
  more: (count: number) => string;
  hintState: (state: string, place: string | null) => string;
  hintOnePlace: string;
  hintOneState: (state: string) => string;
  hintAddState: (example: string) => string;
  statewideAgency: (agency: string, state: string) => string;
}

export interface StatsText {
  title: (date: string) => string;
  agreements: string;
  agencies: string;
  states: string;
  pending: string;
  counties: string;
  byCountyAgency: string;
  population: string;
  /** `percent`: 0–100, written with one decimal in the language's own way */
  share: (percent: number) => string;
  topStates: string;
  timelineHeader: string[];
}

export interface ChangesText {
  title: (from: string, to: string, state: string | null) => string;
  counts: (added: number, ended: number, renamed: number, resigned: number) => string;
  added: (count: number) => string;
  ended: (from: string, to: string, count: number) => string;
  renamed: (count: number) => string;
  resigned: (count: number) => string;
  none: string;
  noSigned: string;
  statewide: string;
}

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

export const CLI_TEXT: Record<CliLang, CliText> = {
  en: {
    number: (value) => value.toLocaleString('en-US'),
    population: (people) => ` — population ${people} (Census Bureau, 2024 estimate)`,
    yes: (count, place) =>
      `Yes: ${count} ${count === 1 ? 'agency' : 'agencies'} in ${place} ${count === 1 ? 'has' : 'have'} a 287(g) agreement.`,
    no: (place) => `No local agency in ${place} has a 287(g) agreement.`,
    local: 'Local agencies:',
    statewide: (state) => `Statewide agencies of ${state}, which can operate anywhere in it:`,
    statewideNone: (state) => `No statewide agency of ${state} has a 287(g) agreement.`,
    pending: 'Pending agreements:',
    ended: 'No longer listed: agreements on an earlier ICE list that this one does not show:',
    kind: { county: 'county', municipal: 'municipal', state: 'state' },
    signed: (date) => `signed ${date}`,
    newSince: (date) => `new since the list of ${date}`,
    listedUntil: (date) => `listed until ${date}`,
    moaPending: '(MOA not yet published)',
    law: 'State law or policy',
    lawEffect: {
      requires: 'requires 287(g) participation',
      prohibits: 'prohibits 287(g) agreements',
      limits: 'limits 287(g) agreements',
      related: 'related to 287(g)',
    },
    lawStage: {
      enacted: 'enacted',
      pending: 'pending',
      vetoed: 'vetoed',
      'not-enacted': 'not enacted',
      superseded: 'replaced by a later measure',
    },
    barred: (state) => `A ${state} measure prohibits 287(g) agreements.`,
    relatedLaw: 'Related state law or bill',
    source: 'Source',
    data: (publisher, title, date, file) => `Data: ${publisher}, ${title}, as of ${date} (${file})`,
    discontinued: 'discontinued',
    connecticutRegions:
      "Connecticut's county equivalents are its nine planning regions (Census Bureau, since 2022); each town lies in one.",
    stateSummary: (state, code, local, counties) =>
      `${state} (${code}): ${local} of its ${counties} counties or county equivalents have a local agency with a 287(g) agreement.`,
    stateCounties: 'Counties with a local agreement (most populous first):',
    agencies: (count) => `${count} ${count === 1 ? 'agency' : 'agencies'}`,
    more: (count) => `  …and ${count} more (--json lists them all).`,
    oneCounty: (code) => `For one county: open287g lookup "<county>, ${code}".`,
    listOf: (date) => `Data: ICE's list as of ${date}.`,
    search: {
      kind: { state: 'state', county: 'county', city: 'city', zip: 'zip', agency: 'agency' },
      stateCounties: (count) => `its ${count} counties or county equivalents`,
      statewide: 'statewide',
      nothing: (query) => `Nothing matches "${query}".`,
      ambiguous: (query) => `"${query}" matches more than one county.`,
      didYouMean: 'Did you mean:',
      more: (count) => `  …and ${count} more.`,
      hintState: (state, place) =>
        `For ${state}, name one of its counties, cities or ZIP codes${place ? `, or the place itself: "${place}"` : ''}.`,
      hintOnePlace: 'It lies in several counties: choose one with --fips.',
      hintOneState: (state) =>
        `They are all in ${state}: choose one with --fips, or type the county's full name.`,
      hintAddState: (example) => `Add the state (e.g. "${example}"), or choose a county with --fips.`,
      statewideAgency: (agency, state) =>
        `${agency} is a statewide agency of ${state}: it can operate anywhere in ${state}, so every answer there lists it under "statewide". Look up a county, city or ZIP code instead.`,
    },
    stats: {
      title: (date) => `287(g) agreements on ICE's list as of ${date}`,
      agreements: 'Active agreements (agency × model)',
      agencies: 'Agencies',
      states: 'States and territories',
      pending: 'Pending agreements',
      counties: 'Counties with a local agreement',
      byCountyAgency: '  …held by a county agency',
      population: 'Population of those counties',
      share: (percent) => `${percent.toLocaleString('en-US', ONE_DECIMAL)}% of the U.S.`,
      topStates: 'Top states by agreements:',
      timelineHeader: ['date', 'rows', 'JEM', 'TFM', 'WSO', 'agencies', 'basis'],
    },
    changes: {
      title: (from, to, state) =>
        `Changes from ICE's list of ${from} to its list of ${to}${state ? ` (${state} only)` : ''}:`,
      counts: (added, ended, renamed, resigned) =>
        `${added} added, ${ended} dropped from the list, ${renamed} renamed, ${resigned} re-signed.`,
      added: (count) => `Added (${count}):`,
      ended: (from, to, count) =>
        `Dropped from the list: on the list of ${from}, not on the list of ${to} (${count}):`,
      renamed: (count) => `Renamed: the same agency, spelled anew by ICE (${count}):`,
      resigned: (count) => `Re-signed: a new SIGNED date (${count}):`,
      none: '  (none)',
      noSigned: 'no signed date',
      statewide: 'statewide',
    },
  },
  es: {
    number: (value) => value.toLocaleString('es-US'),
    population: (people) => ` — población ${people} (Oficina del Censo, estimación de 2024)`,
    yes: (count, place) =>
      `Sí: ${count} ${count === 1 ? 'agencia' : 'agencias'} ${place} ${count === 1 ? 'tiene' : 'tienen'} un acuerdo 287(g).`,
    no: (place) => `Ninguna agencia local ${place} tiene un acuerdo 287(g).`,
    local: 'Agencias locales:',
    statewide: (state) => `Agencias estatales de ${state}, que pueden actuar en cualquier parte del estado:`,
    statewideNone: (state) => `Ninguna agencia estatal de ${state} tiene un acuerdo 287(g).`,
    pending: 'Acuerdos pendientes:',
    ended: 'Ya no figuran: acuerdos de una lista anterior de ICE que esta ya no incluye:',
    kind: { county: 'del condado', municipal: 'municipal', state: 'estatal' },
    signed: (date) => `firmado el ${date}`,
    newSince: (date) => `nuevo desde la lista del ${date}`,
    listedUntil: (date) => `en la lista hasta el ${date}`,
    moaPending: '(acuerdo aún no publicado)',
    law: 'Ley o norma estatal',
    lawEffect: {
      requires: 'exige participar en 287(g)',
      prohibits: 'prohíbe los acuerdos 287(g)',
      limits: 'limita los acuerdos 287(g)',
      related: 'relacionada con 287(g)',
    },
    lawStage: {
      enacted: 'en vigor',
      pending: 'en trámite',
      vetoed: 'con veto',
      'not-enacted': 'sin aprobar',
      superseded: 'sin vigencia: se sustituyó por una medida posterior',
    },
    barred: (state) => `Una medida de ${state} prohíbe los acuerdos 287(g).`,
    relatedLaw: 'Ley o proyecto estatal relacionado',
    source: 'Fuente',
    data: (publisher, title, date, file) => `Datos: ${publisher}, ${title}, lista al ${date} (${file})`,
    discontinued: 'suspendido',
    connecticutRegions:
      'Los equivalentes de condado de Connecticut son sus nueve regiones de planificación (Oficina del Censo, desde 2022); cada pueblo está en una.',
    stateSummary: (state, code, local, counties) =>
      `${state} (${code}): ${local} de sus ${counties} condados o equivalentes tienen una agencia local con un acuerdo 287(g).`,
    stateCounties: 'Condados con un acuerdo local (los más poblados primero):',
    agencies: (count) => `${count} ${count === 1 ? 'agencia' : 'agencias'}`,
    more: (count) => `  …y ${count} más (--json los lista todos).`,
    oneCounty: (code) => `Para un condado: open287g lookup "<condado>, ${code}" --lang es.`,
    listOf: (date) => `Datos: lista de ICE al ${date}.`,
    search: {
      kind: { state: 'estado', county: 'condado', city: 'ciudad', zip: 'código postal', agency: 'agencia' },
      stateCounties: (count) => `sus ${count} condados o equivalentes`,
      statewide: 'todo el estado',
      nothing: (query) => `Nada coincide con «${query}».`,
      ambiguous: (query) => `«${query}» coincide con más de un condado.`,
      didYouMean: '¿Quiso decir…?',
      more: (count) => `  …y ${count} más.`,
      hintState: (state, place) =>
        `Para ${state}, indique uno de sus condados, ciudades o códigos postales${place ? `, o el lugar mismo: "${place}"` : ''}.`,
      hintOnePlace: 'Está en varios condados: elija uno con --fips.',
      hintOneState: (state) =>
        `Todos están en ${state}: elija uno con --fips, o escriba el nombre completo del condado.`,
      hintAddState: (example) => `Agregue el estado (p. ej. "${example}"), o elija un condado con --fips.`,
      statewideAgency: (agency, state) =>
        `${agency} es una agencia estatal de ${state}: puede actuar en cualquier parte de ${state}, así que toda respuesta allí la incluye entre las agencias estatales. Busque un condado, una ciudad o un código postal.`,
    },
    stats: {
      title: (date) => `Acuerdos 287(g) en la lista de ICE al ${date}`,
      agreements: 'Acuerdos activos (agencia × modelo)',
      agencies: 'Agencias',
      states: 'Estados y territorios',
      pending: 'Acuerdos pendientes',
      counties: 'Condados con un acuerdo local',
      byCountyAgency: '  …con acuerdo de una agencia del condado',
      population: 'Población de esos condados',
      share: (percent) => `${percent.toLocaleString('es-US', ONE_DECIMAL)} % de EE. UU.`,
      topStates: 'Estados con más acuerdos:',
      timelineHeader: ['fecha', 'filas', 'JEM', 'TFM', 'WSO', 'agencias', 'base'],
    },
    changes: {
      title: (from, to, state) =>
        `Cambios de la lista de ICE del ${from} a su lista del ${to}${state ? ` (solo ${state})` : ''}:`,
      counts: (added, ended, renamed, resigned) =>
        `${added} nuevos, ${ended} retirados de la lista, ${renamed} con nombre nuevo, ${resigned} firmados de nuevo.`,
      added: (count) => `Nuevos (${count}):`,
      ended: (from, to, count) =>
        `Retirados de la lista: en la lista del ${from}, no en la del ${to} (${count}):`,
      renamed: (count) => `Con nombre nuevo: la misma agencia, escrita de otra forma por ICE (${count}):`,
      resigned: (count) => `Firmados de nuevo: una nueva fecha SIGNED (${count}):`,
      none: '  (ninguno)',
      noSigned: 'sin fecha de firma',
      statewide: 'todo el estado',
    },
  },
};

/** `--lang` if given, else the language of `LANG` (es_US.UTF-8 → es), else English; null if unsupported. */
export function cliLang(asked: string | undefined, env: string | undefined): CliLang | null {
  if (asked !== undefined) return asked === 'en' || asked === 'es' ? asked : null;
  return env?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
