/**
 * Every visible string of <open287g-timeline>, in English and Spanish, but the model names (the SDK's
 * bilingual definitions) and the dates and numbers (Intl, in the reader's language). An embedder overrides
 * any of them through the element's `strings` property. "{name}" placeholders are filled as text.
 */
import { CHANGED_SINCE_STRINGS, type ChangedSinceStrings } from '../shared/changed-since.js';
import type { Lang } from '../shared/i18n.js';

export interface TimelineStrings extends ChangedSinceStrings {
  heading: string;
  /** {state}: the state's name */
  headingState: string;
  loading: string;
  /** {first}, {last}: counts ("150 agreements"); {firstDate}, {lastDate}: the lists' dates */
  summary: string;
  agreementsOne: string;
  agreementsMany: string;
  /** over the y axis */
  axis: string;
  total: string;
  /** the total's name when `models` leaves some models out */
  totalShown: string;
  /** agreements on the list before that a list no longer shows */
  ended: string;
  endedLong: string;
  /** the name of the chart's single tab stop (a slider over the list dates) */
  chartLabel: string;
  chartHint: string;
  /** {date}: a list's date, in the tooltip and the announcement */
  list: string;
  tableToggle: string;
  caption: string;
  dateColumn: string;
  /** {state}: a `state` code the data does not have */
  unknownState: string;
  noHistory: string;
  /** {count}: how many lists; {first}, {date}: the first and the last list's dates */
  source: string;
  sourceLink: string;
  credits: string;
  getData: string;
  refreshFailed: string;
  olderRefused: string;
  pinnedFailed: string;
  pinnedOlder: string;
}

export const TIMELINE_STRINGS: Record<Lang, TimelineStrings> = {
  en: {
    ...CHANGED_SINCE_STRINGS.en,
    getData: 'Get the data (CSV)',
    heading: '287(g) agreements by model',
    headingState: '287(g) agreements by model in {state}',
    loading: 'Loading the history…',
    summary: "ICE's list of {firstDate} showed {first}; its list of {lastDate} shows {last}.",
    agreementsOne: '{count} agreement',
    agreementsMany: '{count} agreements',
    axis: 'Agreements',
    total: 'Total',
    totalShown: 'Total of the models shown',
    ended: 'No longer listed',
    endedLong: 'No longer listed since the list before',
    chartLabel: 'ICE list shown in the chart',
    chartHint:
      'Left and right arrows: the list before or after. Home and End: the first or the last. Escape hides the details.',
    list: "ICE's list of {date}",
    tableToggle: 'Data table',
    caption: '287(g) agreements on each ICE list, by model',
    dateColumn: 'List of',
    unknownState: 'No state or territory with the code {state} is in the data; showing the whole country.',
    noHistory: "The history of ICE's lists could not be loaded.",
    source:
      'Data: U.S. Immigration and Customs Enforcement (ICE), {count} lists from {first} to the list as of {date}.',
    sourceLink: 'ICE’s 287(g) page',
    credits: 'Counts are agreements (one per agency and model) on each list, as read by open287g.',
    refreshFailed: 'Newer data could not be loaded; showing the data of {date}.',
    olderRefused:
      "The data this page points to is older than the widget's own; showing ICE's lists up to {date}.",
    pinnedFailed: "The list this page chose could not be loaded; showing ICE's lists up to {date}.",
    pinnedOlder:
      "Showing ICE's lists up to {date}, as chosen by this page. A newer list, of {bundledDate}, exists.",
  },
  es: {
    ...CHANGED_SINCE_STRINGS.es,
    getData: 'Descargar los datos (CSV)',
    heading: 'Acuerdos 287(g) por modelo',
    headingState: 'Acuerdos 287(g) por modelo en {state}',
    loading: 'Cargando el historial…',
    summary: 'La lista de ICE del {firstDate} incluía {first}; la del {lastDate} incluye {last}.',
    agreementsOne: '{count} acuerdo',
    agreementsMany: '{count} acuerdos',
    axis: 'Acuerdos',
    total: 'Total',
    totalShown: 'Total de los modelos mostrados',
    ended: 'Ya no figuran',
    endedLong: 'Ya no figuran respecto de la lista anterior',
    chartLabel: 'Lista de ICE que muestra el gráfico',
    chartHint:
      'Flechas izquierda y derecha: la lista anterior o la siguiente. Inicio y Fin: la primera o la última. Escape oculta los detalles.',
    list: 'Lista de ICE del {date}',
    tableToggle: 'Tabla de datos',
    caption: 'Acuerdos 287(g) en cada lista de ICE, por modelo',
    dateColumn: 'Lista del',
    unknownState:
      'Ningún estado o territorio con el código {state} figura en los datos; se muestra todo el país.',
    noHistory: 'No se pudo cargar el historial de las listas de ICE.',
    source:
      'Datos: Servicio de Inmigración y Control de Aduanas (ICE) de EE. UU., {count} listas, desde la del {first} hasta la lista al {date}.',
    sourceLink: 'Página 287(g) de ICE',
    credits:
      'Los totales son acuerdos (uno por agencia y modelo) en cada lista, según la lectura de open287g.',
    refreshFailed: 'No se pudieron cargar datos más recientes; se muestran los datos del {date}.',
    olderRefused:
      'Los datos que indica esta página son más antiguos que los del propio widget; se muestran las listas de ICE hasta la del {date}.',
    pinnedFailed:
      'No se pudo cargar la lista que eligió esta página; se muestran las listas de ICE hasta la del {date}.',
    pinnedOlder:
      'Se muestran las listas de ICE hasta la del {date}, elegida por esta página. Existe una lista más reciente, del {bundledDate}.',
  },
};
