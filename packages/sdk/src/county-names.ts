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
 * `form: 'of'` gives the phrase after "de" in Spanish, with the article joined as Spanish requires
 * ("del condado de Collier, FL", "de la parroquia de St. Landry, LA", "de Guam, GU"); English has no such form.
 */
export function countyInSentence(
  name: string,
  state: string,
  lang: Lang,
  form: 'name' | 'of' = 'name',
): string {
  if (lang === 'en') return `${name}, ${state}`;
  const kind = SPANISH_KINDS.find(([suffix]) => name.endsWith(suffix));
  if (!kind) return form === 'of' ? `de ${name}, ${state}` : `${name}, ${state}`;
  const [suffix, article, noun] = kind;
  const phrase = `${noun} de ${name.slice(0, -suffix.length)}, ${state}`;
  if (form === 'name') return `${article} ${phrase}`;
  return article === 'el' ? `del ${phrase}` : `de la ${phrase}`;
}
