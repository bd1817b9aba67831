import { describe, expect, it } from 'vitest';
import { countyInSentence } from '../src/index.js';

describe('countyInSentence', () => {
  it('keeps the Census name in English', () => {
    expect(countyInSentence('Collier County', 'FL', 'en')).toBe('Collier County, FL');
    expect(countyInSentence('Collier County', 'FL', 'en', 'of')).toBe('Collier County, FL');
  });

  it('says the kind of county in Spanish, the place name as it is', () => {
    const cases: [string, string, string, string][] = [
      ['Collier County', 'FL', 'el condado de Collier, FL', 'del condado de Collier, FL'],
      ['St. Landry Parish', 'LA', 'la parroquia de St. Landry, LA', 'de la parroquia de St. Landry, LA'],
      ['Hopewell city', 'VA', 'la ciudad de Hopewell, VA', 'de la ciudad de Hopewell, VA'],
      [
        'Juneau City and Borough',
        'AK',
        'la ciudad y distrito de Juneau, AK',
        'de la ciudad y distrito de Juneau, AK',
      ],
      [
        'Capitol Planning Region',
        'CT',
        'la región de planificación de Capitol, CT',
        'de la región de planificación de Capitol, CT',
      ],
      ['Adjuntas Municipio', 'PR', 'el municipio de Adjuntas, PR', 'del municipio de Adjuntas, PR'],
      ['Guam', 'GU', 'Guam, GU', 'de Guam, GU'],
      ['Carson City', 'NV', 'Carson City, NV', 'de Carson City, NV'],
    ];
    for (const [name, state, plain, of] of cases) {
      expect(countyInSentence(name, state, 'es')).toBe(plain);
      expect(countyInSentence(name, state, 'es', 'of')).toBe(of);
      expect(countyInSentence(name, state, 'es', 'in')).toBe(`en ${plain}`);
    }
  });
});
