/**
 * The part of the model definitions that every answer needs — each model's name and one-sentence summary,
 * in English and Spanish with sources — kept apart from the full definitions (models.ts), so a widget that
 * shows answers does not ship every authority, training and history text.
 */
import { InvalidQueryError } from './errors.js';
import type { ModelCode } from './schema.js';

export interface LocalizedText {
  en: string;
  es: string;
}

export type SourceId =
  | 'ICE'
  | 'INA/IIRIRA'
  | 'EO 14159'
  | 'Explainer-2025'
  | 'VisaVerge-2025'
  | 'DHS-OIG-2010';

export interface Fact {
  text: LocalizedText;
  /** Never empty. */
  sources: SourceId[];
}

export const fact = (en: string, es: string, ...sources: [SourceId, ...SourceId[]]): Fact => ({
  text: { en, es },
  sources,
});

export const MODEL_ORDER: readonly ModelCode[] = ['JEM', 'TFM', 'WSO', 'HYBRID'];

export const MODEL_NAMES: Record<ModelCode, { name: LocalizedText; shortName: LocalizedText }> = {
  JEM: {
    name: { en: 'Jail Enforcement Model', es: 'Modelo de Aplicación en Cárceles' },
    shortName: { en: 'Jail enforcement', es: 'Aplicación en cárceles' },
  },
  TFM: {
    name: { en: 'Task Force Model', es: 'Modelo de Fuerza de Tarea' },
    shortName: { en: 'Task force', es: 'Fuerza de tarea' },
  },
  WSO: {
    name: { en: 'Warrant Service Officer Model', es: 'Modelo de Agentes de Ejecución de Órdenes' },
    shortName: { en: 'Warrant service', es: 'Ejecución de órdenes' },
  },
  HYBRID: { name: { en: 'Hybrid Model', es: 'Modelo Híbrido' }, shortName: { en: 'Hybrid', es: 'Híbrido' } },
};

/** One plain-language sentence per model: what officers under it do. */
export const MODEL_SUMMARIES: Record<ModelCode, Fact> = {
  JEM: fact(
    'Officers inside local jails question people booked on state or local charges about their immigration status, check databases, lodge detainers and start removal paperwork.',
    'Agentes dentro de las cárceles locales interrogan sobre su estatus migratorio a personas fichadas por cargos estatales o locales, consultan bases de datos, emiten solicitudes de retención e inician los trámites de deportación.',
    'Explainer-2025',
  ),
  TFM: fact(
    'Officers use delegated immigration powers during routine policing, including civil immigration arrests, under ICE supervision.',
    'Los agentes usan facultades migratorias delegadas durante su trabajo policial habitual, incluidos arrestos migratorios civiles, bajo la supervisión de ICE.',
    'Explainer-2025',
  ),
  WSO: fact(
    "Officers may only serve and execute ICE administrative warrants on people already in their agency's custody.",
    'Los agentes solo pueden notificar y ejecutar órdenes administrativas de ICE a personas que ya están bajo la custodia de su agencia.',
    'Explainer-2025',
  ),
  HYBRID: fact(
    'Officers held both the Jail Enforcement and the Task Force powers under a single agreement.',
    'Los agentes tenían tanto las facultades de Aplicación en Cárceles como las de Fuerza de Tarea en un solo acuerdo.',
    'Explainer-2025',
  ),
};

/** A model's name in English or Spanish. Throws `InvalidQueryError` for an unknown code or language. */
export function modelName(code: ModelCode, lang: 'en' | 'es'): string {
  // own keys only: a code such as "constructor" must not find an inherited property
  if (typeof code !== 'string' || !Object.hasOwn(MODEL_NAMES, code))
    throw new InvalidQueryError('model', code, `a model code (${Object.keys(MODEL_NAMES).join(', ')})`);
  if (lang !== 'en' && lang !== 'es') throw new InvalidQueryError('lang', lang, '"en" or "es"');
  return MODEL_NAMES[code].name[lang];
}

const ICE_LABELS = new Map<string, ModelCode>([
  ['jail enforcement model', 'JEM'],
  ['jail enforcement', 'JEM'],
  ['task force model', 'TFM'],
  ['task force officer', 'TFM'],
  ['task force', 'TFM'],
  ['warrant service officer', 'WSO'],
  ['warrant services officer', 'WSO'],
  ['warrant service office', 'WSO'],
  ['warrant service officer model', 'WSO'],
  ['hybrid model', 'HYBRID'],
  ['hybrid', 'HYBRID'],
]);

export function modelFromIceLabel(label: string): ModelCode | null {
  if (typeof label !== 'string') return null;
  return ICE_LABELS.get(label.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}
