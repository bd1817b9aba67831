/**
 * Every visible string of <open287g-lookup>, in English and Spanish. An embedder overrides any of them
 * through the element's `strings` property. "{name}" placeholders are filled as text, never as markup.
 */
import type { ModelCode } from '@open287g/sdk/core';
import { CHANGED_SINCE_STRINGS, type ChangedSinceStrings } from '../shared/changed-since.js';
import type { Lang } from '../shared/i18n.js';

export interface LookupStrings extends ChangedSinceStrings {
  /** Model names and one-sentence meanings; by default the SDK's bilingual definitions. */
  models?: Partial<Record<ModelCode, { name?: string; summary?: string }>>;
  heading: string;
  label: string;
  placeholder: string;
  loading: string;
  resultsOne: string;
  resultsMany: string;
  noResults: string;
  loadingPlaces: string;
  optionIn: string;
  statewideAgency: string;
  groupState: string;
  groupCounty: string;
  groupCity: string;
  groupZip: string;
  groupAgency: string;
  zipLabel: string;
  /** {count}, {county}: the county as a sentence has it (Spanish: "en el condado de Collier, FL" in the
   *  yes answers, "del condado de Collier, FL" in the no answer) */
  answerYesOne: string;
  answerYesMany: string;
  answerNo: string;
  /** the status badge before the answer: a local agreement, none, or only statewide agencies */
  badgeYes: string;
  badgeNo: string;
  badgeStatewide: string;
  /** {people}: the county's population */
  population: string;
  /** {state}: under a "no" in a state whose law prohibits agreements */
  barred: string;
  localHeading: string;
  statewideHeading: string;
  modelsHeading: string;
  statewideExplain: string;
  statewideNone: string;
  pendingHeading: string;
  /** under a Connecticut answer: what its county equivalents are */
  connecticutRegions: string;
  /** heading over agreements an earlier ICE list showed and the current one does not */
  endedHeading: string;
  /** {date}: the last list that showed the agreement */
  listedUntil: string;
  /** {date}: the previous ICE list, which did not show this agreement */
  newSince: string;
  signed: string;
  moaLink: string;
  moaPending: string;
  lawHeading: string;
  /** {state}, {law}, {year}: an enacted law that requires, prohibits or limits participation */
  mandate: string;
  lawProhibits: string;
  lawLimits: string;
  lawLink: string;
  /** {state}, {count}: the disclosure of the state's other bills and measures */
  otherLaws: string;
  stagePending: string;
  stageVetoed: string;
  stageNotEnacted: string;
  stageSuperseded: string;
  /** an enacted law on a related matter (detainer housing), not on 287(g) participation itself */
  stageRelated: string;
  /** {state}, {count}, {total}, {units}: a state's summary */
  stateSummary: string;
  /** what a state's county equivalents are called, by state; `other` for the rest */
  countyUnits: Partial<Record<string, string>> & { other: string };
  stateCountiesHeading: string;
  stateChoose: string;
  /** {count}: counties with a local agreement beyond those offered */
  stateMore: string;
  /** the data credits under the source line */
  credits: string;
  source: string;
  sourceLink: string;
  /** the link under an answer that downloads it as a CSV file */
  getData: string;
  refreshFailed: string;
  olderRefused: string;
  pinnedFailed: string;
  pinnedOlder: string;
  unknownCounty: string;
  chooseCounty: string;
  /** {query}: what was typed, which several counties answer to */
  chooseAmong: string;
  /** {count}: counties that match beyond those offered */
  chooseMore: string;
}

export const LOOKUP_STRINGS: Record<Lang, LookupStrings> = {
  en: {
    heading: 'Does my county have a 287(g) agreement?',
    label: 'County, city, ZIP code or agency',
    placeholder: 'e.g. Collier County, FL or 34102',
    loading: 'Loading the data…',
    resultsOne: '1 result. Use the up and down arrows to choose.',
    resultsMany: '{count} results. Use the up and down arrows to choose.',
    noResults: 'No place or agency matches.',
    loadingPlaces: 'Loading ZIP codes and towns…',
    optionIn: 'in',
    statewideAgency:
      '{agency} is a statewide agency of {state}: it can operate anywhere in {state}. Choose your county to see all the agreements that apply there.',
    groupState: 'States and territories',
    groupCounty: 'Counties',
    groupCity: 'Cities and towns',
    groupZip: 'ZIP codes',
    groupAgency: 'Agencies',
    zipLabel: 'ZIP {zip}',
    answerYesOne: '{count} agency in {county} has a 287(g) agreement.',
    answerYesMany: '{count} agencies in {county} have a 287(g) agreement.',
    answerNo: 'No local agency in {county} has a 287(g) agreement.',
    badgeYes: 'Yes',
    badgeNo: 'No local agreement',
    badgeStatewide: 'Only statewide agencies',
    population: 'Population {people} (Census Bureau, 2024 estimate)',
    barred: 'A {state} measure prohibits 287(g) agreements.',
    localHeading: 'Local agencies',
    statewideHeading: 'Statewide agencies of {state} ({count})',
    modelsHeading: 'What these agreements allow',
    statewideExplain:
      'These state agencies have agreements and can operate anywhere in {state}, including here.',
    statewideNone: 'No statewide agency of {state} has a 287(g) agreement.',
    pendingHeading: 'Pending agreements',
    connecticutRegions:
      'Connecticut’s county equivalents are its nine planning regions, which the Census Bureau has used since 2022; each town lies in one.',
    endedHeading: 'No longer on ICE’s list',
    listedUntil: 'listed until {date}',
    newSince: 'new since ICE’s list of {date}',
    signed: 'signed {date}',
    moaLink: 'Agreement (PDF)',
    moaPending: 'agreement not yet published',
    lawHeading: 'State law and policy',
    mandate: 'A {state} law requires 287(g) participation: {law} ({year}).',
    lawProhibits: 'A {state} measure prohibits 287(g) agreements: {law} ({year}).',
    lawLimits: 'A {state} measure limits 287(g) agreements: {law} ({year}).',
    lawLink: 'Read the law',
    otherLaws: 'Other bills and measures in {state} ({count})',
    stagePending: 'pending',
    stageVetoed: 'vetoed',
    stageNotEnacted: 'not enacted',
    stageSuperseded: 'replaced by a later measure',
    stageRelated: 'enacted, on a related matter',
    stateSummary:
      '{state}: {count} of {total} {units} have at least one local agency with a 287(g) agreement.',
    countyUnits: {
      other: 'counties',
      LA: 'parishes',
      AK: 'boroughs and census areas',
      CT: 'planning regions',
      VA: 'counties and independent cities',
      PR: 'municipios',
      AS: 'county equivalents',
      MP: 'county equivalents',
      VI: 'county equivalents',
    },
    stateCountiesHeading: 'Where a local agency has an agreement, most populous first',
    stateChoose:
      'Type your county, city or ZIP code, or choose below, to see every agreement that applies there.',
    stateMore: '…and {count} more: type a name to search.',
    credits:
      'Population: U.S. Census Bureau. ZIP codes: SimpleMaps.com (CC BY 4.0) and the HUD–USPS crosswalk. State laws: compiled by open287g from each law’s sources.',
    source: 'Data: U.S. Immigration and Customs Enforcement (ICE), list as of {date}.',
    sourceLink: 'ICE’s 287(g) page',
    getData: 'Get the data (CSV)',
    refreshFailed: 'Newer data could not be loaded; showing the data of {date}.',
    olderRefused:
      "The data this page points to is older than the widget's own; showing ICE's list of {date}.",
    pinnedFailed: "The list this page chose could not be loaded; showing ICE's list of {date}.",
    pinnedOlder:
      "Showing ICE's list of {date}, as chosen by this page. A newer list, of {bundledDate}, exists.",
    unknownCounty: 'No county with the code {fips} is in the data.',
    chooseCounty: '{place} is in more than one county. Which one?',
    chooseAmong: 'More than one county matches “{query}”. Which one?',
    chooseMore: '{count} more match too: add the state to find yours.',
    ...CHANGED_SINCE_STRINGS.en,
  },
  es: {
    heading: '¿Tiene mi condado un acuerdo 287(g)?',
    label: 'Condado, ciudad, código postal o agencia',
    placeholder: 'p. ej. Collier County, FL o 34102',
    loading: 'Cargando los datos…',
    resultsOne: '1 resultado. Use las flechas arriba y abajo para elegir.',
    resultsMany: '{count} resultados. Use las flechas arriba y abajo para elegir.',
    noResults: 'Ningún lugar ni agencia coincide.',
    loadingPlaces: 'Cargando códigos postales y pueblos…',
    optionIn: 'en',
    statewideAgency:
      '{agency} es una agencia estatal de {state}: puede actuar en cualquier parte de {state}. Elija su condado para ver todos los acuerdos que se aplican allí.',
    groupState: 'Estados y territorios',
    groupCounty: 'Condados',
    groupCity: 'Ciudades y pueblos',
    groupZip: 'Códigos postales',
    groupAgency: 'Agencias',
    zipLabel: 'Código postal {zip}',
    answerYesOne: '{count} agencia {county} tiene un acuerdo 287(g).',
    answerYesMany: '{count} agencias {county} tienen un acuerdo 287(g).',
    answerNo: 'Ninguna agencia local {county} tiene un acuerdo 287(g).',
    badgeYes: 'Sí',
    badgeNo: 'Sin acuerdo local',
    badgeStatewide: 'Solo agencias estatales',
    population: 'Población: {people} (Oficina del Censo, estimación de 2024)',
    barred: 'Una medida de {state} prohíbe los acuerdos 287(g).',
    localHeading: 'Agencias locales',
    statewideHeading: 'Agencias estatales de {state} ({count})',
    modelsHeading: 'Qué permiten estos acuerdos',
    statewideExplain:
      'Estas agencias estatales tienen acuerdos y pueden actuar en cualquier parte de {state}, incluso aquí.',
    statewideNone: 'Ninguna agencia estatal de {state} tiene un acuerdo 287(g).',
    pendingHeading: 'Acuerdos pendientes',
    connecticutRegions:
      'Los equivalentes de condado de Connecticut son sus nueve regiones de planificación, que la Oficina del Censo usa desde 2022; cada pueblo está en una.',
    endedHeading: 'Ya no figuran en la lista de ICE',
    listedUntil: 'en la lista hasta el {date}',
    newSince: 'nuevo desde la lista de ICE del {date}',
    signed: 'firmado el {date}',
    moaLink: 'Acuerdo (PDF)',
    moaPending: 'acuerdo aún no publicado',
    lawHeading: 'Leyes y normas estatales',
    mandate: 'Una ley de {state} exige participar en 287(g): {law} ({year}).',
    lawProhibits: 'Una medida de {state} prohíbe los acuerdos 287(g): {law} ({year}).',
    lawLimits: 'Una medida de {state} limita los acuerdos 287(g): {law} ({year}).',
    lawLink: 'Leer la ley',
    otherLaws: 'Otros proyectos de ley y medidas de {state} ({count})',
    stagePending: 'en trámite',
    stageVetoed: 'con veto',
    stageNotEnacted: 'sin aprobar',
    stageSuperseded: 'sin vigencia: se sustituyó por una medida posterior',
    stageRelated: 'en vigor, sobre un asunto relacionado',
    stateSummary:
      '{state}: {count} de {total} {units} tienen al menos una agencia local con un acuerdo 287(g).',
    countyUnits: {
      other: 'condados',
      LA: 'parroquias',
      AK: 'distritos y áreas censales',
      CT: 'regiones de planificación',
      VA: 'condados y ciudades independientes',
      PR: 'municipios',
      AS: 'equivalentes de condado',
      MP: 'equivalentes de condado',
      VI: 'equivalentes de condado',
    },
    stateCountiesHeading: 'Dónde una agencia local tiene un acuerdo, de mayor a menor población',
    stateChoose:
      'Escriba su condado, ciudad o código postal, o elija abajo, para ver todos los acuerdos que se aplican allí.',
    stateMore: '…y {count} más: escriba un nombre para buscar.',
    credits:
      'Población: Oficina del Censo de EE. UU. Códigos postales: SimpleMaps.com (CC BY 4.0) y la tabla de correspondencias HUD–USPS. Leyes estatales: recopiladas por open287g a partir de las fuentes de cada ley.',
    source: 'Datos: Servicio de Inmigración y Control de Aduanas (ICE) de EE. UU., lista al {date}.',
    sourceLink: 'Página 287(g) de ICE',
    getData: 'Descargar los datos (CSV)',
    refreshFailed: 'No se pudieron cargar datos más recientes; se muestran los datos del {date}.',
    olderRefused:
      'Los datos que indica esta página son más antiguos que los del propio widget; se muestra la lista de ICE del {date}.',
    pinnedFailed: 'No se pudo cargar la lista que eligió esta página; se muestra la lista de ICE del {date}.',
    pinnedOlder:
      'Se muestra la lista de ICE del {date}, elegida por esta página. Existe una lista más reciente, del {bundledDate}.',
    unknownCounty: 'Ningún condado con el código {fips} figura en los datos.',
    chooseCounty: '{place} está en más de un condado. ¿Cuál?',
    chooseAmong: 'Más de un condado coincide con «{query}». ¿Cuál?',
    chooseMore: 'Coinciden {count} más: agregue el estado para encontrar el suyo.',
    ...CHANGED_SINCE_STRINGS.es,
  },
};
