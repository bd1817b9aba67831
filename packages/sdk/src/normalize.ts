/**
 * Text folding shared by the ingest (matching ICE's spellings to Census names) and search (matching what a
 * reader types). Keeping one implementation means a name the ingest resolves is a name search finds.
 */

const COMBINING_MARKS = /\p{M}+/gu;

// Words of letters and digits between single spaces: most names, which fold to their lower case alone.
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const SAINT = /\b(saint|ste)\b/g;

/** Lower case, accents removed ("Doña" → "dona"), punctuation to spaces, "saint"/"ste" → "st", spaces folded. */
export function foldText(text: string): string {
  // the same result, for the ~30,000 names a search index folds, without five passes over each
  if (PLAIN.test(text)) return text.toLowerCase().replace(SAINT, 'st');
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(SAINT, 'st')
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

/**
 * Levenshtein distance between two (folded) strings if it is at most `limit`, else null; stops early, as only
 * close spellings matter (search suggestions, the ingest's reading of ICE's typos).
 */
export function editDistance(a: string, b: string, limit: number): number | null {
  if (Math.abs(a.length - b.length) > limit) return null;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return null;
    previous = current;
  }
  const distance = previous[b.length] ?? limit + 1;
  return distance <= limit ? distance : null;
}
