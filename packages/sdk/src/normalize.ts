/**
 * Text folding shared by the ingest (matching ICE's spellings to Census names) and search (matching what a
 * reader types). Keeping one implementation means a name the ingest resolves is a name search finds.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case, accents removed ("Doña" → "dona"), punctuation to spaces, "saint"/"ste" → "st", spaces folded. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(saint|ste)\b/g, 'st')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Census suffixes of county-equivalents, longest first so "city and borough" wins over "borough".
 * "city" is last: in Virginia "Fairfax city" and "Fairfax County" are different places.
 */
export const COUNTY_SUFFIXES = [
  'city and borough',
  'census area',
  'municipality',
  'borough',
  'parish',
  'county',
  'district',
  'island',
  'islands',
  'municipio',
  'city',
] as const;

const SUFFIX_PATTERN = new RegExp(`\\s(?:${COUNTY_SUFFIXES.join('|')})$`);

/** "st lucie county" → "st lucie"; leaves a bare name alone. Input must already be folded. */
export function stripCountySuffix(folded: string): string {
  const stripped = folded.replace(SUFFIX_PATTERN, '');
  return stripped.length > 0 ? stripped : folded;
}

/**
 * The stable agency id: state plus the folded name, as a slug ("fl-collier-county-sheriffs-office").
 * ICE re-spaces, re-cases and swaps apostrophes between lists; none of that changes the id.
 */
export function agencyId(state: string, name: string): string {
  return `${state.toLowerCase()}-${foldText(name).replace(/ /g, '-')}`;
}
