/**
 * Every visible string of <open287g-models> that is not model content (which comes, bilingual and sourced,
 * from the SDK's model definitions). An embedder overrides any of them through the `strings` property.
 */
import type { Lang } from '../shared/i18n.js';

export interface ModelsStrings {
  caption: string;
  rowHeader: string;
  setting: string;
  affected: string;
  training: string;
  history: string;
  count: string;
  countValue: string;
  countAsOf: string;
  settingJail: string;
  settingCommunity: string;
  yes: string;
  no: string;
  limited: string;
  discontinued: string;
  highlighted: string;
  baseline: string;
  baselineNone: string;
  baselineNo: string;
  eventCreated: string;
  eventDiscontinued: string;
  eventRevived: string;
  eventIntroduced: string;
  noHistory: string;
  sources: string;
  sourceRef: string;
  loading: string;
  refreshFailed: string;
}

export const MODELS_STRINGS: Record<Lang, ModelsStrings> = {
  en: {
    caption: 'How the 287(g) models differ',
    rowHeader: 'Model',
    setting: 'Where officers use the powers',
    affected: 'Who can be affected',
    training: 'Training required',
    history: 'History',
    count: 'Active agreements now',
    countValue: '{count} agreements, one per agency',
    countAsOf: "on ICE's list of {date}",
    settingJail: 'In the jail',
    settingCommunity: 'In the community',
    yes: 'Yes',
    no: 'No',
    limited: 'Limited',
    discontinued: 'Discontinued',
    highlighted: 'highlighted',
    baseline: 'No agreement',
    baselineNone: 'Not applicable',
    baselineNo: 'Without an agreement, local officers are not delegated these immigration powers.',
    eventCreated: 'Created {year}',
    eventDiscontinued: 'Discontinued {year}',
    eventRevived: 'Revived {year}',
    eventIntroduced: 'Changed {year}',
    noHistory: 'Dates not given by the sources',
    sources: 'Sources',
    sourceRef: 'source {numbers}',
    loading: 'Loading the counts…',
    refreshFailed: 'Newer data could not be loaded; the counts are those of {date}.',
  },
  es: {
    caption: 'En qué se diferencian los modelos 287(g)',
    rowHeader: 'Modelo',
    setting: 'Dónde usan los agentes las facultades',
    affected: 'A quién puede afectar',
    training: 'Capacitación requerida',
    history: 'Historia',
    count: 'Acuerdos activos hoy',
    countValue: '{count} acuerdos, uno por agencia',
    countAsOf: 'en la lista de ICE del {date}',
    settingJail: 'En la cárcel',
    settingCommunity: 'En la comunidad',
    yes: 'Sí',
    no: 'No',
    limited: 'Limitado',
    discontinued: 'Suspendido',
    highlighted: 'destacado',
    baseline: 'Sin acuerdo',
    baselineNone: 'No corresponde',
    baselineNo: 'Sin un acuerdo, a los agentes locales no se les delegan estas facultades migratorias.',
    eventCreated: 'Creado en {year}',
    eventDiscontinued: 'Suspendido en {year}',
    eventRevived: 'Reactivado en {year}',
    eventIntroduced: 'Modificado en {year}',
    noHistory: 'Las fuentes no dan fechas',
    sources: 'Fuentes',
    sourceRef: 'fuente {numbers}',
    loading: 'Cargando los totales…',
    refreshFailed: 'No se pudieron cargar datos más recientes; los totales son los del {date}.',
  },
};
