/**
 * What each 287(g) model lets deputized officers do, in English and Spanish. Every statement carries the
 * sources that reported it, so an app can show where a claim comes from. Where the published descriptions
 * of a model are silent, this module says so instead of filling the gap.
 */
import {
  type Fact,
  fact,
  type LocalizedText,
  MODEL_NAMES,
  MODEL_SUMMARIES,
  type SourceId,
} from './model-summaries.js';
import type { ModelCode } from './schema.js';

/**
 * A full citation: who published the source, its title, when, and where to read it. `url` is null only where
 * no stable address was found; `note` then says so (and says how the source is otherwise identified).
 */
export interface SourceInfo {
  id: SourceId;
  /** The author or publisher as it names itself (an agency, an office of Congress, an organization, a newsroom). */
  publisher: string;
  title: LocalizedText;
  /**
   * When it was published or enacted, as precisely as the source gives it: "2010-03", "2025-01-20" or "2025".
   * null for a page its publisher keeps updating (ICE's program page and list).
   */
  date: string | null;
  url: string | null;
  /** Anything a reader needs to weigh the citation, e.g. that no stable address was found. */
  note: LocalizedText | null;
}

export type AuthorityCode =
  | 'interview'
  | 'databases'
  | 'detainers'
  | 'recordEntry'
  | 'noticeToAppear'
  | 'voluntaryDeparture'
  | 'detentionBond'
  | 'transfer'
  | 'serveWarrants'
  | 'communityArrest';

export interface AuthorityInfo {
  code: AuthorityCode;
  label: LocalizedText;
  description: Fact;
}

/**
 * 'limited': the sources describe a restricted form of the power. 'unknown': the sources do not describe the
 * power for this model — which is not the same as a limit, so it is never shown as one.
 */
export type AuthorityLevel = 'yes' | 'no' | 'limited' | 'unknown';

export interface ModelAuthority {
  level: AuthorityLevel;
  note: Fact | null;
}

export type ModelEventKind = 'created' | 'discontinued' | 'revived' | 'introduced';

export interface ModelEvent {
  year: number;
  kind: ModelEventKind;
  fact: Fact;
}

export interface ModelDefinition {
  code: ModelCode;
  name: LocalizedText;
  /** For table headers and badges. */
  shortName: LocalizedText;
  /** One plain-language sentence: what officers under this model do. */
  summary: Fact;
  setting: 'jail' | 'community';
  where: Fact;
  whoIsAffected: Fact;
  authorities: Record<AuthorityCode, ModelAuthority>;
  training: Fact;
  /** Chronological. */
  history: ModelEvent[];
  status: 'current' | 'discontinued';
  /** Figures reported at the time; the dataset's own history series, built from ICE's lists, supersedes them. */
  reportedCounts: Fact[];
}

const grant = (level: AuthorityLevel, note: Fact | null = null): ModelAuthority => ({ level, note });

export const SOURCES: Record<SourceId, SourceInfo> = {
  ICE: {
    id: 'ICE',
    publisher: 'U.S. Immigration and Customs Enforcement (ICE)',
    title: {
      en: 'Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act: program page and list of participating agencies',
      es: 'Delegación de autoridad migratoria según la sección 287(g) de la Ley de Inmigración y Nacionalidad: página del programa y lista de agencias participantes',
    },
    date: null,
    url: 'https://www.ice.gov/identify-and-arrest/287g',
    note: null,
  },
  'INA/IIRIRA': {
    id: 'INA/IIRIRA',
    publisher: 'Office of the Law Revision Counsel, U.S. House of Representatives',
    title: {
      en: '8 U.S.C. § 1357(g), section 287(g) of the Immigration and Nationality Act, added by the Illegal Immigration Reform and Immigrant Responsibility Act of 1996 (Pub. L. 104-208)',
      es: '8 U.S.C. § 1357(g), sección 287(g) de la Ley de Inmigración y Nacionalidad, añadida por la Ley de Reforma de la Inmigración Ilegal y de Responsabilidad del Inmigrante de 1996 (Ley Pública 104-208)',
    },
    date: '1996-09-30',
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1357&num=0&edition=prelim',
    note: null,
  },
  'EO 14159': {
    id: 'EO 14159',
    publisher: 'Federal Register',
    title: {
      en: 'Executive Order 14159, "Protecting the American People Against Invasion", 90 FR 8443',
      es: 'Orden Ejecutiva 14159, "Protecting the American People Against Invasion", 90 FR 8443',
    },
    date: '2025-01-20',
    url: 'https://www.federalregister.gov/documents/2025/01/29/2025-02006/protecting-the-american-people-against-invasion',
    note: null,
  },
  'Explainer-2025': {
    id: 'Explainer-2025',
    publisher: 'National Immigration Forum',
    title: {
      en: 'Reviving 287(g) Agreements Under the New Administration: Implementation, Concerns, and Implications (explainer)',
      es: 'Reviving 287(g) Agreements Under the New Administration: Implementation, Concerns, and Implications (análisis explicativo)',
    },
    date: '2025',
    url: 'https://immigrationforum.org/article/reviving-the-287g-agreements-under-the-new-administration-implementation-concerns-and-implications',
    note: null,
  },
  'VisaVerge-2025': {
    id: 'VisaVerge-2025',
    publisher: 'VisaVerge.com',
    title: {
      en: 'Reporting on the 287(g) expansion, April to September 2025',
      es: 'Artículos sobre la expansión del programa 287(g), de abril a septiembre de 2025',
    },
    date: '2025',
    url: null,
    note: {
      en: "No article address that states these figures was found; the figures are superseded by the counts from ICE's own lists.",
      es: 'No se encontró la dirección de un artículo que dé estas cifras; las cifras quedan superadas por los totales de las propias listas de ICE.',
    },
  },
  'DHS-OIG-2010': {
    id: 'DHS-OIG-2010',
    publisher: 'Office of Inspector General, U.S. Department of Homeland Security',
    title: {
      en: 'The Performance of 287(g) Agreements (report OIG-10-63)',
      es: 'The Performance of 287(g) Agreements (informe OIG-10-63)',
    },
    date: '2010-03',
    url: 'https://www.oig.dhs.gov/sites/default/files/assets/Mgmt/OIG_10-63_Mar10.pdf',
    note: null,
  },
};

export const AUTHORITIES: Record<AuthorityCode, AuthorityInfo> = {
  interview: {
    code: 'interview',
    label: { en: 'Interview about immigration status', es: 'Entrevistar sobre el estatus migratorio' },
    description: fact(
      'Interview people to determine their immigration status.',
      'Entrevistar a personas para determinar su estatus migratorio.',
      'Explainer-2025',
    ),
  },
  databases: {
    code: 'databases',
    label: { en: 'Check DHS databases', es: 'Consultar bases de datos del DHS' },
    description: fact(
      "Check a person's records in DHS databases.",
      'Consultar los registros de una persona en las bases de datos del DHS.',
      'Explainer-2025',
    ),
  },
  detainers: {
    code: 'detainers',
    label: { en: 'Issue immigration detainers', es: 'Emitir solicitudes de retención (detainers)' },
    description: fact(
      'Issue immigration detainers.',
      'Emitir solicitudes de retención migratoria (detainers).',
      'Explainer-2025',
    ),
  },
  recordEntry: {
    code: 'recordEntry',
    label: { en: 'Enter data into ICE systems', es: 'Registrar datos en los sistemas de ICE' },
    description: fact(
      "Enter data into ICE's database and case-management system.",
      'Ingresar datos en la base de datos y en el sistema de gestión de casos de ICE.',
      'Explainer-2025',
    ),
  },
  noticeToAppear: {
    code: 'noticeToAppear',
    label: { en: 'Issue a Notice to Appear', es: 'Emitir una Notificación de Comparecencia' },
    description: fact(
      'Issue a Notice to Appear, the charging document that starts removal proceedings.',
      'Emitir una Notificación de Comparecencia (Notice to Appear), el documento de cargos que inicia el proceso de deportación.',
      'Explainer-2025',
    ),
  },
  voluntaryDeparture: {
    code: 'voluntaryDeparture',
    label: { en: 'Recommend voluntary departure', es: 'Recomendar la salida voluntaria' },
    description: fact(
      'Recommend voluntary departure instead of formal removal.',
      'Recomendar la salida voluntaria en lugar de la deportación formal.',
      'Explainer-2025',
    ),
  },
  detentionBond: {
    code: 'detentionBond',
    label: { en: 'Recommend detention and bond', es: 'Recomendar detención y fianza' },
    description: fact(
      'Recommend detention and an immigration bond.',
      'Recomendar la detención y una fianza de inmigración.',
      'Explainer-2025',
    ),
  },
  transfer: {
    code: 'transfer',
    label: { en: 'Transfer to ICE custody', es: 'Trasladar a la custodia de ICE' },
    description: fact(
      'Transfer noncitizens into ICE custody.',
      'Trasladar a personas no ciudadanas a la custodia de ICE.',
      'Explainer-2025',
    ),
  },
  serveWarrants: {
    code: 'serveWarrants',
    label: { en: 'Serve ICE administrative warrants', es: 'Ejecutar órdenes administrativas de ICE' },
    description: fact(
      'Serve and execute ICE administrative warrants.',
      'Notificar y ejecutar órdenes administrativas de ICE.',
      'Explainer-2025',
    ),
  },
  communityArrest: {
    code: 'communityArrest',
    label: { en: 'Make arrests in the community', es: 'Hacer arrestos en la comunidad' },
    description: fact(
      'Make civil immigration arrests in the community without a separate criminal charge.',
      'Hacer arrestos migratorios civiles en la comunidad sin un cargo penal aparte.',
      'Explainer-2025',
    ),
  },
};

// A description that leaves a power out does not show the model lacks it, so neither 'yes' nor 'no' is claimed.
const NOT_DESCRIBED = fact(
  'The published descriptions of this model do not mention this power, so its scope is not established here.',
  'Las descripciones publicadas de este modelo no mencionan esta facultad, por lo que aquí no se establece su alcance.',
  'Explainer-2025',
);

// Starting removal is what a Notice to Appear does, but the sources stop short of saying who signs it.
const REMOVAL_PAPERWORK = fact(
  'Officers start the paperwork for removal; the sources do not say whether they issue the Notice to Appear themselves.',
  'Los agentes inician los trámites de deportación; las fuentes no indican si ellos mismos emiten la Notificación de Comparecencia.',
  'Explainer-2025',
);

const WSO_ONLY_WARRANTS = fact(
  'Officers under this model may only serve and execute ICE administrative warrants.',
  'Los agentes de este modelo solo pueden notificar y ejecutar órdenes administrativas de ICE.',
  'Explainer-2025',
);

const JEM: ModelDefinition = {
  code: 'JEM',
  name: MODEL_NAMES.JEM.name,
  shortName: MODEL_NAMES.JEM.shortName,
  summary: MODEL_SUMMARIES.JEM,
  setting: 'jail',
  where: fact('Inside local jails.', 'Dentro de las cárceles locales.', 'Explainer-2025'),
  whoIsAffected: fact(
    'People already arrested and booked into a local jail on state or local charges.',
    'Personas ya arrestadas y fichadas en una cárcel local por cargos estatales o locales.',
    'Explainer-2025',
  ),
  authorities: {
    interview: grant('yes'),
    databases: grant('yes'),
    detainers: grant('yes'),
    recordEntry: grant('unknown', NOT_DESCRIBED),
    noticeToAppear: grant('limited', REMOVAL_PAPERWORK),
    voluntaryDeparture: grant('unknown', NOT_DESCRIBED),
    detentionBond: grant('unknown', NOT_DESCRIBED),
    transfer: grant(
      'yes',
      fact(
        'The transfer to ICE happens after the local charges are resolved.',
        'El traslado a ICE ocurre después de que se resuelven los cargos locales.',
        'Explainer-2025',
      ),
    ),
    serveWarrants: grant('unknown', NOT_DESCRIBED),
    communityArrest: grant(
      'no',
      fact(
        'Officers work inside the jail, with people already booked there.',
        'Los agentes trabajan dentro de la cárcel, con personas que ya están fichadas allí.',
        'Explainer-2025',
      ),
    ),
  },
  training: fact(
    'A four-week basic course at the Federal Law Enforcement Training Center in Charleston, South Carolina, plus a one-week refresher every two years; in 2025 sheriffs reported that a five-day course would replace it.',
    'Un curso básico de cuatro semanas en el Centro Federal de Capacitación de Agentes del Orden (FLETC) en Charleston, Carolina del Sur, más un curso de actualización de una semana cada dos años; en 2025, alguaciles informaron que un curso de cinco días lo reemplazaría.',
    'Explainer-2025',
  ),
  history: [],
  status: 'current',
  reportedCounts: [
    fact(
      '2010: in a DHS Inspector General sample of 280 people at four sites, 9% were in the top "Priority I" category of serious offenders and 47% in the lowest category (misdemeanors and traffic offenses).',
      '2010: en una muestra del Inspector General del DHS de 280 personas en cuatro sitios, el 9% estaba en la categoría más alta, "Prioridad I" (delitos graves), y el 47% en la más baja (delitos menores e infracciones de tránsito).',
      'DHS-OIG-2010',
      'Explainer-2025',
    ),
    fact(
      'December 2024: 60 participating agencies in 16 states.',
      'Diciembre de 2024: 60 agencias participantes en 16 estados.',
      'Explainer-2025',
    ),
    fact(
      'April 14, 2025: 86 participating agencies in 25 states.',
      '14 de abril de 2025: 86 agencias participantes en 25 estados.',
      'Explainer-2025',
    ),
  ],
};

const TFM: ModelDefinition = {
  code: 'TFM',
  name: MODEL_NAMES.TFM.name,
  shortName: MODEL_NAMES.TFM.shortName,
  summary: MODEL_SUMMARIES.TFM,
  setting: 'community',
  where: fact(
    'In the community, during routine policing such as traffic stops, patrols and investigations.',
    'En la comunidad, durante el trabajo policial habitual, como paradas de tránsito, patrullajes e investigaciones.',
    'Explainer-2025',
  ),
  whoIsAffected: fact(
    'People officers deal with in routine policing, such as traffic stops, patrols and investigations; officers may question a person about immigration status when they have reasonable suspicion.',
    'Personas con quienes los agentes tratan en su trabajo policial habitual, como paradas de tránsito, patrullajes e investigaciones; los agentes pueden interrogar a una persona sobre su estatus migratorio cuando tienen una sospecha razonable.',
    'Explainer-2025',
  ),
  authorities: {
    interview: grant(
      'yes',
      fact(
        'When officers have reasonable suspicion.',
        'Cuando los agentes tienen una sospecha razonable.',
        'Explainer-2025',
      ),
    ),
    databases: grant('yes'),
    detainers: grant('yes'),
    recordEntry: grant('unknown', NOT_DESCRIBED),
    noticeToAppear: grant('limited', REMOVAL_PAPERWORK),
    voluntaryDeparture: grant('unknown', NOT_DESCRIBED),
    detentionBond: grant('unknown', NOT_DESCRIBED),
    transfer: grant('unknown', NOT_DESCRIBED),
    serveWarrants: grant('unknown', NOT_DESCRIBED),
    communityArrest: grant(
      'yes',
      fact(
        'During routine policing and without a separate criminal charge, under ICE supervision.',
        'Durante el trabajo policial habitual y sin un cargo penal aparte, bajo la supervisión de ICE.',
        'Explainer-2025',
      ),
    ),
  },
  training: fact(
    'Historically the same four-week course as the Jail Enforcement Model; in 2025 ICE introduced a 40-hour online course covering immigration law, civil rights, cross-cultural communication, liability and complaint procedures.',
    'Históricamente, el mismo curso de cuatro semanas del Modelo de Aplicación en Cárceles; en 2025, ICE introdujo un curso en línea de 40 horas sobre ley de inmigración, derechos civiles, comunicación intercultural, responsabilidad legal y procedimientos de quejas.',
    'Explainer-2025',
  ),
  history: [
    {
      year: 2012,
      kind: 'discontinued',
      fact: fact(
        'The Task Force Model was discontinued in 2012 after civil-rights findings.',
        'El Modelo de Fuerza de Tarea se discontinuó en 2012 tras hallazgos sobre derechos civiles.',
        'Explainer-2025',
      ),
    },
    {
      year: 2025,
      kind: 'revived',
      fact: fact(
        'The Task Force Model was revived in 2025 under Executive Order 14159.',
        'El Modelo de Fuerza de Tarea se reactivó en 2025 conforme a la Orden Ejecutiva 14159.',
        'Explainer-2025',
      ),
    },
    {
      year: 2025,
      kind: 'introduced',
      fact: fact(
        'ICE introduced a 40-hour online training course for Task Force officers.',
        'ICE introdujo un curso de capacitación en línea de 40 horas para los agentes de Fuerza de Tarea.',
        'Explainer-2025',
      ),
    },
  ],
  status: 'current',
  reportedCounts: [
    fact(
      'January 20 to March 11, 2025: 625 officers trained across 141 agencies in 16 states.',
      'Del 20 de enero al 11 de marzo de 2025: 625 agentes capacitados en 141 agencias de 16 estados.',
      'Explainer-2025',
    ),
    fact(
      'April 14, 2025: 190 participating agencies in 23 states.',
      '14 de abril de 2025: 190 agencias participantes en 23 estados.',
      'Explainer-2025',
    ),
    fact(
      'August 2025: 434 of the 896 active 287(g) agreements were Task Force agreements.',
      'Agosto de 2025: 434 de los 896 acuerdos 287(g) activos eran de Fuerza de Tarea.',
      'VisaVerge-2025',
    ),
  ],
};

const WSO: ModelDefinition = {
  code: 'WSO',
  name: MODEL_NAMES.WSO.name,
  shortName: MODEL_NAMES.WSO.shortName,
  summary: MODEL_SUMMARIES.WSO,
  setting: 'jail',
  where: fact(
    "In the agency's own jail, with people already in its custody.",
    'En la cárcel de la propia agencia, con personas que ya están bajo su custodia.',
    'Explainer-2025',
  ),
  whoIsAffected: fact(
    "People already in the agency's custody who are named in an ICE administrative warrant.",
    'Personas que ya están bajo la custodia de la agencia y que figuran en una orden administrativa de ICE.',
    'Explainer-2025',
  ),
  authorities: {
    interview: grant(
      'no',
      fact(
        'Officers under this model cannot question people about their immigration status.',
        'Los agentes de este modelo no pueden interrogar a las personas sobre su estatus migratorio.',
        'Explainer-2025',
      ),
    ),
    databases: grant('no', WSO_ONLY_WARRANTS),
    detainers: grant('no', WSO_ONLY_WARRANTS),
    recordEntry: grant('no', WSO_ONLY_WARRANTS),
    noticeToAppear: grant('no', WSO_ONLY_WARRANTS),
    voluntaryDeparture: grant('no', WSO_ONLY_WARRANTS),
    detentionBond: grant('no', WSO_ONLY_WARRANTS),
    transfer: grant(
      'limited',
      fact(
        "Serving an ICE administrative warrant concerns people already in the agency's custody; the sources do not describe any other transfer to ICE under this model.",
        'La entrega de una orden administrativa de ICE se refiere a personas que ya están bajo la custodia de la agencia; las fuentes no describen otro traslado a ICE en este modelo.',
        'Explainer-2025',
      ),
    ),
    serveWarrants: grant(
      'yes',
      fact(
        "Only on people already in the agency's custody.",
        'Solo a personas que ya están bajo la custodia de la agencia.',
        'Explainer-2025',
      ),
    ),
    communityArrest: grant(
      'no',
      fact(
        'Officers under this model cannot make immigration arrests in the community.',
        'Los agentes de este modelo no pueden hacer arrestos migratorios en la comunidad.',
        'Explainer-2025',
      ),
    ),
  },
  training: fact('Eight hours.', 'Ocho horas.', 'Explainer-2025'),
  history: [
    {
      year: 2019,
      kind: 'created',
      fact: fact(
        'The Warrant Service Officer Model was created in 2019.',
        'El Modelo de Agentes de Ejecución de Órdenes se creó en 2019.',
        'Explainer-2025',
      ),
    },
  ],
  status: 'current',
  reportedCounts: [
    fact(
      'December 2024: 75 participating agencies in 11 states.',
      'Diciembre de 2024: 75 agencias participantes en 11 estados.',
      'Explainer-2025',
    ),
    fact(
      'April 14, 2025: 180 participating agencies in 27 states.',
      '14 de abril de 2025: 180 agencias participantes en 27 estados.',
      'Explainer-2025',
    ),
  ],
};

// An undescribed power could be anything from no to yes, so it ranks above a known "no" and below any
// described power when the Hybrid takes the broader of its two models.
const LEVEL_RANK: Record<AuthorityLevel, number> = { no: 0, unknown: 1, limited: 2, yes: 3 };

const HYBRID_COMBINED = fact(
  'Hybrid agreements combined the Jail Enforcement and Task Force powers, so this follows the broader of those two models.',
  'Los acuerdos híbridos combinaban las facultades de Aplicación en Cárceles y de Fuerza de Tarea, así que aquí se sigue el más amplio de esos dos modelos.',
  'Explainer-2025',
);

// Deriving the Hybrid levels keeps them from drifting when what is known about JEM or TFM changes.
const hybridAuthorities = Object.fromEntries(
  Object.entries(JEM.authorities).map(([code, jail]) => {
    const task = TFM.authorities[code as AuthorityCode];
    const level = LEVEL_RANK[task.level] > LEVEL_RANK[jail.level] ? task.level : jail.level;
    return [code, grant(level, HYBRID_COMBINED)];
  }),
) as Record<AuthorityCode, ModelAuthority>;

const HYBRID: ModelDefinition = {
  code: 'HYBRID',
  name: MODEL_NAMES.HYBRID.name,
  shortName: MODEL_NAMES.HYBRID.shortName,
  summary: MODEL_SUMMARIES.HYBRID,
  // The setting names the widest place officers could use the powers, and Task Force powers reach the street.
  setting: 'community',
  where: fact(
    'Both inside jails and in the community, because one agreement combined the two models.',
    'Tanto dentro de las cárceles como en la comunidad, porque un solo acuerdo combinaba los dos modelos.',
    'Explainer-2025',
  ),
  whoIsAffected: fact(
    'Both people booked into the jail and people officers encountered while policing the community.',
    'Tanto las personas fichadas en la cárcel como las personas con quienes los agentes tenían contacto en su trabajo policial en la comunidad.',
    'Explainer-2025',
  ),
  authorities: hybridAuthorities,
  training: fact(
    'The sources used here do not describe training for Hybrid agreements.',
    'Las fuentes usadas aquí no describen la capacitación para los acuerdos híbridos.',
    'Explainer-2025',
  ),
  history: [
    {
      year: 2012,
      kind: 'discontinued',
      fact: fact(
        'Suspended in 2012 along with the Task Force Model, and not revived as such.',
        'Se suspendió en 2012 junto con el Modelo de Fuerza de Tarea y no se ha reactivado como tal.',
        'Explainer-2025',
      ),
    },
  ],
  status: 'discontinued',
  reportedCounts: [
    fact(
      'April 14, 2025: ten agencies held separate Jail Enforcement and Task Force agreements.',
      '14 de abril de 2025: diez agencias tenían acuerdos separados de Aplicación en Cárceles y de Fuerza de Tarea.',
      'Explainer-2025',
    ),
  ],
};

export const MODELS: Record<ModelCode, ModelDefinition> = { JEM, TFM, WSO, HYBRID };

/** Hybrid comes last because it exists only in history. */

export const PROGRAM_FACTS: Fact[] = [
  fact(
    'Section 287(g), added to the Immigration and Nationality Act in 1996 by IIRIRA, lets DHS, through ICE, sign a Memorandum of Agreement (MOA) with a state or local law enforcement agency that delegates specific immigration powers to trained officers.',
    'La sección 287(g), añadida a la Ley de Inmigración y Nacionalidad en 1996 por la ley IIRIRA, permite que el DHS, por medio de ICE, firme un Memorando de Acuerdo (MOA) con una agencia policial estatal o local para delegar facultades migratorias específicas a agentes capacitados.',
    'INA/IIRIRA',
    'Explainer-2025',
  ),
  fact(
    'Participation is voluntary under federal law.',
    'Según la ley federal, la participación es voluntaria.',
    'INA/IIRIRA',
  ),
  fact(
    'Deputized officers remain employees of their own agency, work under ICE supervision, and must follow federal civil-rights law and DHS and ICE policy, including on use of force, racial profiling and complaints.',
    'Los agentes delegados siguen siendo empleados de su propia agencia, trabajan bajo la supervisión de ICE y deben cumplir la ley federal de derechos civiles y las políticas del DHS y de ICE, entre ellas las de uso de la fuerza, perfil racial y quejas.',
    'Explainer-2025',
  ),
  fact(
    'Which delegated powers an agreement grants depends on its model.',
    'Las facultades delegadas que otorga un acuerdo dependen de su modelo.',
    'Explainer-2025',
  ),
  fact(
    'Reported agreement counts: 135 when the Biden administration ended in January 2025; 456 active by mid-April 2025; 896 active in 40 states by August 2025, 434 of them under the Task Force Model.',
    'Cifras de acuerdos reportadas: 135 al terminar el gobierno de Biden en enero de 2025; 456 activos a mediados de abril de 2025; 896 activos en 40 estados en agosto de 2025, 434 de ellos del Modelo de Fuerza de Tarea.',
    'VisaVerge-2025',
  ),
  fact(
    'ICE had about 6,000 deportation officers nationwide in 2025, and the program is described as a "force multiplier" for the agency.',
    'ICE tenía unos 6,000 agentes de deportación en todo el país en 2025, y el programa se describe como un "multiplicador de fuerza" para la agencia.',
    'Explainer-2025',
  ),
];

// Every spelling ICE has printed, misspellings included; anything not listed is left unmatched, not guessed.
