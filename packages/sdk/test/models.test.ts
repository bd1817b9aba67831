import { describe, expect, it } from 'vitest';
import {
  AUTHORITIES,
  type Fact,
  InvalidQueryError,
  type LocalizedText,
  MODEL_ORDER,
  MODELS,
  modelFromIceLabel,
  modelName,
  PROGRAM_FACTS,
  SOURCES,
} from '../src/index.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isText = (value: unknown): value is LocalizedText => isObject(value) && 'en' in value && 'es' in value;
const isFact = (value: unknown): value is Fact => isObject(value) && 'text' in value && 'sources' in value;

// Walking every export, rather than listing fields, means a text added later cannot skip these checks.
function collect<T>(value: unknown, matches: (value: unknown) => value is T, found: T[] = []): T[] {
  if (matches(value)) found.push(value);
  if (isObject(value)) for (const child of Object.values(value)) collect(child, matches, found);
  return found;
}

const everything = { SOURCES, AUTHORITIES, MODELS, PROGRAM_FACTS };
const facts = collect(everything, isFact);
const texts = collect(everything, isText);
const authorityCodes = Object.keys(AUTHORITIES).sort();

describe('texts and sources', () => {
  it('reaches the facts nested in models, authorities and the program', () => {
    expect(facts).toContain(MODELS.JEM.summary);
    expect(facts).toContain(MODELS.WSO.authorities.interview.note);
    expect(facts).toContain(MODELS.TFM.history[0]?.fact);
    expect(facts).toContain(AUTHORITIES.transfer.description);
    expect(facts).toContain(PROGRAM_FACTS[0]);
  });

  it('gives every fact English and Spanish text and at least one known source, each once', () => {
    for (const fact of facts) {
      expect(fact.text.en.trim()).not.toBe('');
      expect(fact.text.es.trim()).not.toBe('');
      expect(fact.sources.length).toBeGreaterThan(0);
      expect(new Set(fact.sources).size).toBe(fact.sources.length);
      for (const source of fact.sources) expect(Object.keys(SOURCES)).toContain(source);
    }
  });

  it('translates every text, so no Spanish field is a copy of the English', () => {
    expect(texts.length).toBeGreaterThan(facts.length);
    expect(texts.filter((text) => text.en.trim() === text.es.trim())).toEqual([]);
  });

  it('keys each source by its id and cites it in full: publisher, title, date, https address', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.id).toBe(id);
      expect(source.publisher.trim()).not.toBe('');
      // ICE's page is kept up to date; every other source has a date, as precise as it gives one
      if (id === 'ICE') expect(source.date).toBeNull();
      else expect(source.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (source.url === null) expect(source.note?.en, id).toMatch(/address/);
      else expect(new URL(source.url).protocol).toBe('https:');
    }
    expect(SOURCES.ICE.url).toBe('https://www.ice.gov/identify-and-arrest/287g');
    expect(SOURCES['INA/IIRIRA'].url).toContain('uscode.house.gov');
    expect(SOURCES['EO 14159'].url).toContain('federalregister.gov');
    expect(SOURCES['DHS-OIG-2010'].url).toContain('oig.dhs.gov');
    // the one source without an address is not what any model description rests on
    expect(
      Object.values(SOURCES)
        .filter((source) => source.url === null)
        .map((source) => source.id),
    ).toEqual(['VisaVerge-2025']);
    const described = collect({ AUTHORITIES, MODELS }, isFact).filter(
      (fact) => !Object.values(MODELS).some((model) => model.reportedCounts.includes(fact)),
    );
    for (const fact of described) expect(fact.sources).not.toContain('VisaVerge-2025');
  });
});

describe('models', () => {
  it('orders every model exactly once, and keys each by its code', () => {
    expect([...MODEL_ORDER].sort()).toEqual(Object.keys(MODELS).sort());
    expect(new Set(MODEL_ORDER).size).toBe(MODEL_ORDER.length);
    for (const code of MODEL_ORDER) expect(MODELS[code].code).toBe(code);
  });

  it('rates every authority for every model', () => {
    for (const [code, authority] of Object.entries(AUTHORITIES)) expect(authority.code).toBe(code);
    for (const model of Object.values(MODELS)) {
      expect(Object.keys(model.authorities).sort()).toEqual(authorityCodes);
    }
  });

  it('explains every limited authority', () => {
    for (const model of Object.values(MODELS)) {
      for (const authority of Object.values(model.authorities)) {
        if (authority.level === 'limited' || authority.level === 'unknown')
          expect(authority.note).not.toBeNull();
      }
    }
  });

  it('marks only the Hybrid model as discontinued', () => {
    expect(MODELS.HYBRID.status).toBe('discontinued');
    for (const code of ['JEM', 'TFM', 'WSO'] as const) expect(MODELS[code].status).toBe('current');
  });

  it('lists history in chronological order', () => {
    for (const model of Object.values(MODELS)) {
      const years = model.history.map((event) => event.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
  });

  it('limits Warrant Service Officers to warrants on people already in custody', () => {
    expect(MODELS.WSO.authorities.interview.level).toBe('no');
    expect(MODELS.WSO.authorities.communityArrest.level).toBe('no');
    expect(MODELS.WSO.authorities.serveWarrants.level).toBe('yes');
    expect(MODELS.WSO.setting).toBe('jail');
  });

  it('keeps Jail Enforcement in the jail and lets the Task Force arrest in the community', () => {
    expect(MODELS.JEM.authorities.communityArrest.level).toBe('no');
    expect(MODELS.JEM.setting).toBe('jail');
    expect(MODELS.TFM.authorities.communityArrest.level).toBe('yes');
    expect(MODELS.TFM.setting).toBe('community');
  });

  it('gives the Hybrid model at least every power of the Jail Enforcement and Task Force models', () => {
    const rank = { no: 0, unknown: 1, limited: 2, yes: 3 };
    for (const [code, hybrid] of Object.entries(MODELS.HYBRID.authorities)) {
      for (const other of [MODELS.JEM, MODELS.TFM]) {
        const level = other.authorities[code as keyof typeof other.authorities].level;
        expect(rank[hybrid.level]).toBeGreaterThanOrEqual(rank[level]);
      }
    }
  });

  it('names models in both languages', () => {
    expect(modelName('JEM', 'en')).toBe('Jail Enforcement Model');
    expect(modelName('TFM', 'es')).toBe(MODELS.TFM.name.es);
    expect(modelName('WSO', 'es')).not.toBe(modelName('WSO', 'en'));
  });

  it.each([['constructor'], ['__proto__'], ['toString'], ['jem'], [42]])(
    'names no model for %j, not even from an inherited key: InvalidQueryError',
    (code) => {
      expect(() => modelName(code as 'JEM', 'en')).toThrow(InvalidQueryError);
      expect(() => modelName(code as 'JEM', 'en')).toThrow(/expected a model code \(JEM, TFM, WSO, HYBRID\)/);
    },
  );

  it('names a model only in English or Spanish', () => {
    expect(() => modelName('JEM', 'fr' as 'en')).toThrow('Invalid lang: expected "en" or "es"');
  });
});

describe('modelFromIceLabel', () => {
  it.each([
    ['Jail Enforcement Model', 'JEM'],
    ['Jail Enforcement', 'JEM'],
    ['Task Force Model', 'TFM'],
    ['Task Force Officer', 'TFM'],
    ['Task Force', 'TFM'],
    ['Warrant Service Officer', 'WSO'],
    ['Warrant Services Officer', 'WSO'],
    ['Warrant Service Office', 'WSO'],
    ['Warrant Service Officer Model', 'WSO'],
    ['Hybrid Model', 'HYBRID'],
    ['Hybrid', 'HYBRID'],
  ])('folds %j to %s, whatever the case and spacing', (label, code) => {
    expect(modelFromIceLabel(label)).toBe(code);
    expect(modelFromIceLabel(label.toUpperCase())).toBe(code);
    expect(modelFromIceLabel(` ${label.toLowerCase().replaceAll(' ', ' \t ')}\n`)).toBe(code);
  });

  it.each(['Task', 'Jail', '', '   ', 'Jail Enforcement Modelx', 'JEM', 'TaskForce', 'Warrant'])(
    'does not guess a model from %j',
    (label) => {
      expect(modelFromIceLabel(label)).toBeNull();
    },
  );

  it('reads no model from a cell that is not text', () => {
    expect(modelFromIceLabel(42 as unknown as string)).toBeNull();
  });
});
