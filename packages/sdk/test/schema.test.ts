import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/index.js';
import { AgreementsFile, Fips } from '../src/schema.js';
import { readDataText } from './data-files.js';

describe('jsonSchemas()', () => {
  const schemas = jsonSchemas();

  it('returns the seven schemas, each with a "type"', () => {
    expect(Object.keys(schemas).sort()).toEqual([
      'agency.schema.json',
      'agreements.schema.json',
      'counties.schema.json',
      'county.schema.json',
      'history.schema.json',
      'mandates.schema.json',
      'places.schema.json',
    ]);
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema, name).toHaveProperty('type', 'object');
    }
  });

  it('describes the agreements file: its required keys and the FIPS pattern', () => {
    const agreements = schemas['agreements.schema.json'] as { required: string[]; properties: object };
    expect(agreements.required).toEqual(
      expect.arrayContaining(['format', 'asOf', 'source', 'pendingSource', 'linkBase', 'agencies']),
    );
    expect(JSON.stringify(agreements)).toContain('^\\\\d{5}$');
    const county = schemas['county.schema.json'] as { properties: Record<string, unknown> };
    expect(Object.keys(county.properties).sort()).toEqual(['fips', 'name', 'population', 'state']);
  });
});

describe('Fips', () => {
  it('accepts a 5-digit string', () => {
    expect(Fips.safeParse('01001').success).toBe(true);
    expect(Fips.safeParse('12021').success).toBe(true);
  });

  it.each([
    ['a number', 1001],
    ['4 digits', '1001'],
    ['6 digits', '010011'],
    ['letters', '1202x'],
    ['spaces', ' 12021'],
    ['null', null],
  ])('rejects %s (%j)', (_, value) => {
    const result = Fips.safeParse(value);
    expect(result.success).toBe(false);
  });

  it('explains the rule in its message', () => {
    const result = Fips.safeParse('1001');
    expect(result.error?.issues[0]?.message).toBe(
      'a county FIPS code is 5 digits, as a string (e.g. "12021")',
    );
  });
});

describe('AgreementsFile', () => {
  it('accepts the bundled snapshot', () => {
    const result = AgreementsFile.safeParse(JSON.parse(readDataText('snapshot/agreements.json')));
    expect(result.error).toBeUndefined();
    expect(result.data?.agencies).toHaveLength(1549);
  });
});
