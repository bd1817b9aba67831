/**
 * A county's name inside a sentence. English keeps the Census name ("Collier County, FL"); Spanish keeps the
 * place's own name but says the kind of county in Spanish ("el condado de Collier, FL", "la parroquia de
 * St. Landry, LA"), as Spanish-language public information does. Names without a kind (Guam, Carson City,
 * District of Columbia) stay as they are.
 */
import type { LocalizedText } from './model-summaries.js';

type Lang = keyof LocalizedText;

// Longest first: "City and Borough" before "Borough".
const SPANISH_KINDS: readonly [suffix: string, article: 'el' | 'la', noun: string][] = [
  [' City and Borough', 'la', 'ciudad y distrito'],
  [' Planning Region', 'la', 'región de planificación'],
  [' Census Area', 'el', 'área censal'],
  [' Municipality', 'el', 'municipio'],
  [' Municipio', 'el', 'municipio'],
  [' Borough', 'el', 'distrito'],
  [' County', 'el', 'condado'],
  [' Parish', 'la', 'parroquia'],
  [' city', 'la', 'ciudad'],
];

/**
 * In Spanish, `form: 'of'` gives the phrase after "de", the article joined as Spanish requires ("del condado
 * de Collier, FL", "de la parroquia de St. Landry, LA", "de Guam, GU"), and `form: 'in'` the phrase after "en"
 * ("en el condado de Collier, FL": the agencies there, not the county government's). English has neither.
 */
export function countyInSentence(
  name: string,
  state: string,
  lang: Lang,
  form: 'name' | 'of' | 'in' = 'name',
): string {
  if (lang === 'en') return `${name}, ${state}`;
  const kind = SPANISH_KINDS.find(([suffix]) => name.endsWith(suffix));
  const preposition = form === 'name' ? '' : form === 'of' ? 'de ' : 'en ';
  if (!kind) return `${preposition}${name}, ${state}`;
  const [suffix, article, noun] = kind;
  const phrase = `${noun} de ${name.slice(0, -suffix.length)}, ${state}`;
  if (form === 'of') return article === 'el' ? `del ${phrase}` : `de la ${phrase}`;
  return `${preposition}${article} ${phrase}`;
}
