/**
 * The names search matches, kept as columns (one array per field, no object per entry) with a prefix index,
 * so a keystroke reads only the entries that could match and the whole index of ~35,000 names stays a few
 * megabytes. Each table is built once for the data it comes from (see `search.ts`) and shared by every
 * dataset that holds the same counties, cities or agencies.
 */
import type { SearchResultKind } from './search.js';

/** Where in a table's `buckets` a word or name is filed: its first two characters, or its only one. */
const bucketKey = (text: string): string => text.slice(0, 2);

export class EntryTable {
  readonly kind: SearchResultKind[] = [];
  /** what a reader sees, as in `SearchResult.name` */
  readonly name: string[] = [];
  readonly state: string[] = [];
  readonly counties: (readonly string[])[] = [];
  readonly agencyId: (string | null)[] = [];
  readonly population: (number | null)[] = [];
  /** the folded name */
  readonly full: string[] = [];
  /** the folded name without a county suffix: the same string as `full` for everything but counties */
  readonly base: string[] = [];
  /** `base` without spaces, so "De Kalb" finds DeKalb: the same string as `base` when it has none */
  readonly compact: string[] = [];
  /**
   * Entry numbers, ascending, by the first one and the first two characters of every word of `full` and of
   * `compact`: every entry a query can match is in the bucket of its longest word or of its compact form.
   */
  private buckets = new Map<string, number[]>();

  get size(): number {
    return this.full.length;
  }

  add(
    kind: SearchResultKind,
    name: string,
    state: string,
    counties: readonly string[],
    agencyId: string | null,
    population: number | null,
    full: string,
    base = full,
  ): void {
    const entry = this.full.length;
    this.kind.push(kind);
    this.name.push(name);
    this.state.push(state);
    this.counties.push(counties);
    this.agencyId.push(agencyId);
    this.population.push(population);
    this.full.push(full);
    this.base.push(base);
    const compact = base.includes(' ') ? base.replace(/ /g, '') : base;
    this.compact.push(compact);
    for (let start = 0; start < full.length; ) {
      const space = full.indexOf(' ', start);
      const end = space === -1 ? full.length : space;
      this.file(full.charAt(start), entry);
      if (end - start > 1) this.file(full.slice(start, start + 2), entry);
      start = end + 1;
    }
    if (compact !== base) this.file(bucketKey(compact), entry);
  }

  private file(key: string, entry: number): void {
    const bucket = this.buckets.get(key);
    // entries are added in order, so a repeat can only be the last one filed
    if (!bucket) this.buckets.set(key, [entry]);
    else if (bucket[bucket.length - 1] !== entry) bucket.push(entry);
  }

  /**
   * The entries that may match a query whose longest word is `word` and whose compact form is `compact`,
   * ascending (the order ties are broken in): a superset, each still to be checked.
   */
  candidates(word: string, compact: string): readonly number[] {
    const byWord = this.buckets.get(bucketKey(word)) ?? [];
    const byCompact = this.buckets.get(bucketKey(compact)) ?? [];
    if (byCompact === byWord || byCompact.length === 0) return byWord;
    if (byWord.length === 0) return byCompact;
    // both ascending: merged, each entry once
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < byWord.length || j < byCompact.length) {
      const a = byWord[i] ?? Number.POSITIVE_INFINITY;
      const b = byCompact[j] ?? Number.POSITIVE_INFINITY;
      merged.push(Math.min(a, b));
      if (a <= b) i++;
      if (b <= a) j++;
    }
    return merged;
  }
}
