/**
 * Every visible string of <open287g-map>. Model names come from the SDK's bilingual model definitions. An
 * embedder overrides any of them through the `strings` property.
 */
import { CHANGED_SINCE_STRINGS, type ChangedSinceStrings } from '../shared/changed-since.js';
import type { Lang } from '../shared/i18n.js';

export interface MapStrings extends ChangedSinceStrings {
  heading: string;
  /** "{state}": the state's name */
  stateHeading: string;
  /** the map's accessible name in the national view; "{date}": the list's date */
  mapLabel: string;
  /** in a state's view; "{state}": its name */
  mapLabelState: string;
  legend: string;
  /** a legend entry's count; "{count}" counties */
  counties: string;
  countiesOne: string;
  local: string;
  statewide: string;
  none: string;
  count1: string;
  count2: string;
  count5: string;
  /** colour by model: the first of Task Force, Jail Enforcement, Warrant Service Officer a local agency has */
  modelTFM: string;
  modelJEM: string;
  modelWSO: string;
  modelHYBRID: string;
  /** a county's line: "{count}" local agencies, "{models}" their models */
  lineLocal: string;
  lineLocalOne: string;
  /** "{count}" statewide agencies */
  lineStatewide: string;
  lineStatewideOne: string;
  lineNone: string;
  /** a state's line in the national view: "{count}" of its "{total}" counties have a local agreement */
  lineState: string;
  chooseState: string;
  allStates: string;
  back: string;
  /** "{count}" counties */
  table: string;
  tableState: string;
  county: string;
  state: string;
  localAgencies: string;
  models: string;
  statewideAgencies: string;
  /** "{date}": the list's date */
  source: string;
  insets: string;
  download: string;
  getData: string;
  loading: string;
  refreshFailed: string;
  olderRefused: string;
  pinnedFailed: string;
  pinnedOlder: string;
}

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  en: {
    ...CHANGED_SINCE_STRINGS.en,
    heading: '287(g) agreements by county',
    stateHeading: '287(g) agreements in {state}',
    mapLabel:
      "Map of 287(g) agreements by county, ICE's list of {date}. Arrow keys move between states, Enter shows a state's counties.",
    mapLabelState:
      "Map of {state}'s counties. Arrow keys move between counties, Enter chooses one, Escape goes back to the whole country.",
    legend: 'Legend',
    counties: '{count} counties',
    countiesOne: '1 county',
    local: 'A local agency has an agreement',
    statewide: 'Only statewide agencies have agreements',
    none: 'No agreement listed',
    count1: '1 local agency with an agreement',
    count2: '2 to 4 local agencies with agreements',
    count5: '5 or more local agencies with agreements',
    modelTFM: 'Local Task Force agreement',
    modelJEM: 'Local Jail Enforcement agreement, no Task Force',
    modelWSO: 'Local Warrant Service Officer agreement only',
    modelHYBRID: 'Local Hybrid agreement only',
    lineLocal: '{count} local agencies have agreements ({models}).',
    lineLocalOne: '1 local agency has an agreement ({models}).',
    lineStatewide: 'No local agreement; {count} statewide agencies have one.',
    lineStatewideOne: 'No local agreement; 1 statewide agency has one.',
    lineNone: 'No agreement listed.',
    lineState: '{count} of its {total} counties have a local agreement.',
    chooseState: 'Show a state',
    allStates: 'The whole country',
    back: 'Back to the whole country',
    table: 'Table: counties with a local agreement ({count})',
    tableState: 'Table: counties of {state} with a local agreement ({count})',
    county: 'County',
    state: 'State',
    localAgencies: 'Local agencies with an agreement',
    models: 'Models',
    statewideAgencies: 'Statewide agencies with an agreement',
    source:
      "Source: ICE's list of 287(g) participating agencies of {date}. Boundaries: U.S. Census Bureau, 2023.",
    insets: 'Alaska, Hawaii and the territories are shown in boxes, not to scale.',
    download: 'Download the map (SVG)',
    getData: 'Get the data (CSV)',
    loading: 'Loading the map…',
    refreshFailed: 'Newer data could not be loaded; the map shows the list of {date}.',
    olderRefused:
      "The data this page points to is older than the widget's own; the map shows ICE's list of {date}.",
    pinnedFailed: "The list this page chose could not be loaded; the map shows ICE's list of {date}.",
    pinnedOlder:
      "The map shows ICE's list of {date}, as chosen by this page. A newer list, of {bundledDate}, exists.",
  },
  es: {
    ...CHANGED_SINCE_STRINGS.es,
    heading: 'Acuerdos 287(g) por condado',
    stateHeading: 'Acuerdos 287(g) en {state}',
    mapLabel:
      'Mapa de los acuerdos 287(g) por condado, lista de ICE del {date}. Las flechas pasan de un estado a otro; Intro muestra los condados del estado.',
    mapLabelState:
      'Mapa de los condados de {state}. Las flechas pasan de un condado a otro; Intro elige uno; Escape vuelve a todo el país.',
    legend: 'Leyenda',
    counties: '{count} condados',
    countiesOne: '1 condado',
    local: 'Una agencia local tiene un acuerdo',
    statewide: 'Solo agencias estatales tienen acuerdos',
    none: 'Ningún acuerdo en la lista',
    count1: '1 agencia local con acuerdo',
    count2: 'De 2 a 4 agencias locales con acuerdos',
    count5: '5 o más agencias locales con acuerdos',
    modelTFM: 'Acuerdo local de Fuerza de tarea',
    modelJEM: 'Acuerdo local de Aplicación en cárceles, sin Fuerza de tarea',
    modelWSO: 'Solo acuerdo local de Ejecución de órdenes',
    modelHYBRID: 'Solo acuerdo local Híbrido',
    lineLocal: '{count} agencias locales tienen acuerdos ({models}).',
    lineLocalOne: '1 agencia local tiene un acuerdo ({models}).',
    lineStatewide: 'Ningún acuerdo local; {count} agencias estatales tienen uno.',
    lineStatewideOne: 'Ningún acuerdo local; 1 agencia estatal tiene uno.',
    lineNone: 'Ningún acuerdo en la lista.',
    lineState: '{count} de sus {total} condados tienen un acuerdo local.',
    chooseState: 'Mostrar un estado',
    allStates: 'Todo el país',
    back: 'Volver a todo el país',
    table: 'Tabla: condados con un acuerdo local ({count})',
    tableState: 'Tabla: condados de {state} con un acuerdo local ({count})',
    county: 'Condado',
    state: 'Estado',
    localAgencies: 'Agencias locales con acuerdo',
    models: 'Modelos',
    statewideAgencies: 'Agencias estatales con acuerdo',
    source:
      'Fuente: lista de ICE de agencias participantes en 287(g) del {date}. Límites: Oficina del Censo de EE. UU., 2023.',
    insets: 'Alaska, Hawái y los territorios se muestran en recuadros, no a escala.',
    download: 'Descargar el mapa (SVG)',
    getData: 'Descargar los datos (CSV)',
    loading: 'Cargando el mapa…',
    refreshFailed: 'No se pudieron cargar datos más recientes; el mapa muestra la lista del {date}.',
    olderRefused:
      'Los datos que indica esta página son más antiguos que los del propio widget; el mapa muestra la lista de ICE del {date}.',
    pinnedFailed:
      'No se pudo cargar la lista que eligió esta página; el mapa muestra la lista de ICE del {date}.',
    pinnedOlder:
      'El mapa muestra la lista de ICE del {date}, elegida por esta página. Existe una lista más reciente, del {bundledDate}.',
  },
};
