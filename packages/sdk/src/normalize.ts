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

// Two rows of the distance table, reused by every call: a search that suggests spellings compares the query
// with some 35,000 names, and allocating rows for each made a keystroke take tens of milliseconds.
let above = new Int32Array(64);
let row = new Int32Array(64);

/**
 * Levenshtein distance between two (folded) strings if it is at most `limit`, else null; stops early, as only
 * close spellings matter (search suggestions, the ingest's reading of ICE's typos). Only the cells within
 * `limit` of the diagonal are computed: any path through another costs more than `limit`. Cells whose
 * distance is over `limit` hold `limit + 1`, which decides the same.
 */
export function editDistance(a: string, b: string, within: number): number | null {
  // the band's edges are whole cells: a limit of 1.5 allows what 1 allows
  const limit = Math.floor(within);
  if (Math.abs(a.length - b.length) > limit) return null;
  const over = limit + 1;
  const n = b.length;
  if (above.length <= n + 1) {
    above = new Int32Array(n + 2);
    row = new Int32Array(n + 2);
  }
  let previous = above;
  let current = row;
  for (let j = 0; j <= n; j++) previous[j] = Math.min(j, over);
  previous[n + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(n, i + limit);
    current[low - 1] = low === 1 ? Math.min(i, over) : over;
    let rowMin = current[low - 1] as number;
    const char = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
        over,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    current[high + 1] = over;
    if (rowMin > limit) return null;
    const done = previous;
    previous = current;
    current = done;
  }
  const distance = previous[n] as number;
  return distance <= limit ? distance : null;
}
