/**
 * Every visible string of <open287g-models> that is not model content (which comes, bilingual and sourced,
 * from the SDK's model definitions). An embedder overrides any of them through the `strings` property.
 */
import type { Lang } from '../shared/i18n.js';

export interface ModelsStrings {
  caption: string;
  setting: string;
  affected: string;
  training: string;
  history: string;
  count: string;
  countValue: string;
  countNone: string;
  countAsOf: string;
  yes: string;
  no: string;
  limited: string;
  /** read out for the "—" mark; the legend under the table explains it once */
  unknown: string;
  /** the list under the table where a note shared by several cells is stated once */
  notes: string;
  /** read out for a cell's footnote letter */
  noteMark: string;
  /** "{refs}" becomes the numbered source marks of the cells that show none */
  defaultSources: string;
  discontinued: string;
  highlighted: string;
  baseline: string;
  baselineNote: string;
  baselineNone: string;
  notDelegated: string;
  eventCreated: string;
  eventDiscontinued: string;
  eventRevived: string;
  noHistory: string;
  sources: string;
  sourceOne: string;
  sourceMany: string;
  /** after a source's date, for one without a stable address */
  noAddress: string;
  /** the link under the table that downloads it as a CSV file */
  getData: string;
  loading: string;
  refreshFailed: string;
  olderRefused: string;
  pinnedFailed: string;
  pinnedOlder: string;
}

export const MODELS_STRINGS: Record<Lang, ModelsStrings> = {
  en: {
    caption: 'How the 287(g) models differ',
    setting: 'Where officers use the powers',
    affected: 'Who can be affected',
    training: 'Training required',
    history: 'History',
    count: 'Active agreements',
    countValue: '{count} agreements',
    countNone: 'None (discontinued)',
    countAsOf: "one per agency, on ICE's list of {date}",
    yes: 'Yes',
    no: 'No',
    limited: 'Limited',
    unknown: 'Not stated',
    notes: 'Notes',
    noteMark: 'note {letter}',
    defaultSources: 'Where no source is marked, the source is {refs}.',
    discontinued: 'Discontinued',
    highlighted: 'highlighted',
    baseline: 'No agreement',
    baselineNote: '287(g) powers are delegated only through an agreement.',
    baselineNone: 'Not applicable',
    notDelegated: 'Not delegated',
    eventCreated: 'Created {year}',
    eventDiscontinued: 'Discontinued {year}',
    eventRevived: 'Revived {year}',
    noHistory: 'Dates not given by the sources',
    sources: 'Sources',
    getData: 'Get the data (CSV)',
    sourceOne: 'source {numbers}',
    sourceMany: 'sources {numbers}',
    noAddress: 'No stable address found.',
    loading: 'Loading the counts…',
    refreshFailed: 'Newer data could not be loaded; the counts are those of {date}.',
    olderRefused:
      "The data this page points to is older than the widget's own; the counts are those of ICE's list of {date}.",
    pinnedFailed:
      "The list this page chose could not be loaded; the counts are those of ICE's list of {date}.",
    pinnedOlder:
      "The counts are those of ICE's list of {date}, as chosen by this page. A newer list, of {bundledDate}, exists.",
  },
  es: {
    caption: 'En qué se diferencian los modelos 287(g)',
    setting: 'Dónde usan los agentes las facultades',
    affected: 'A quién puede afectar',
    training: 'Capacitación requerida',
    history: 'Cronología',
    count: 'Acuerdos activos',
    countValue: '{count} acuerdos',
    countNone: 'Ninguno (suspendido)',
    countAsOf: 'uno por agencia, en la lista de ICE del {date}',
    yes: 'Sí',
    no: 'No',
    limited: 'Limitada',
    unknown: 'No consta',
    notes: 'Notas',
    noteMark: 'nota {letter}',
    defaultSources: 'Donde no se indica la fuente, la fuente es {refs}.',
    discontinued: 'Suspendido',
    highlighted: 'destacado',
    baseline: 'Sin acuerdo',
    baselineNote: 'Las facultades 287(g) solo se delegan mediante un acuerdo.',
    baselineNone: 'No corresponde',
    notDelegated: 'No delegada',
    eventCreated: 'Creado en {year}',
    eventDiscontinued: 'Suspendido en {year}',
    eventRevived: 'Reactivado en {year}',
    noHistory: 'Las fuentes no dan fechas',
    sources: 'Fuentes',
    getData: 'Descargar los datos (CSV)',
    sourceOne: 'fuente {numbers}',
    sourceMany: 'fuentes {numbers}',
    noAddress: 'No se encontró una dirección estable.',
    loading: 'Cargando los totales…',
    refreshFailed: 'No se pudieron cargar datos más recientes; los totales son los del {date}.',
    olderRefused:
      'Los datos que indica esta página son más antiguos que los del propio widget; los totales son los de la lista de ICE del {date}.',
    pinnedFailed:
      'No se pudo cargar la lista que eligió esta página; los totales son los de la lista de ICE del {date}.',
    pinnedOlder:
      'Los totales son los de la lista de ICE del {date}, elegida por esta página. Existe una lista más reciente, del {bundledDate}.',
  },
};
