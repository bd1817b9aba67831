/**
 * The names search matches, kept as columns (one array per field, no object per entry beyond the row it
 * stands for) with a prefix index, so a keystroke reads only the entries that could match and the whole
 * index of ~35,000 names stays small. Each table is built once for the data it comes from (see
 * `search.ts`).
 */
import type { SearchResultKind } from './search.js';

/** What an entry stands for: a `City` as it is, or a row made for a county, an agency or a known place. */
export interface EntryRow {
  /** what a reader sees, as in `SearchResult.name` */
  readonly name: string;
  readonly state: string;
  readonly counties: readonly string[];
  readonly population: number | null;
  readonly agencyId?: string | null;
}

/** Where in a table's `buckets` a word or name is filed: its first two characters, or its only one. */
const bucketKey = (text: string): string => text.slice(0, 2);

const NONE = new Int32Array(0);

export class EntryTable {
  /** every entry of a table is of one kind */
  readonly kind: SearchResultKind;
  readonly rows: EntryRow[] = [];
  /** the folded name */
  readonly full: string[] = [];
  /**
   * The folded name without a county suffix, only once some entry has one that differs (counties): until
   * then, and in the other tables, it is `full`.
   */
  private bases: string[] | null = null;
  /** `base` without spaces, so "De Kalb" finds DeKalb: the same string as `base` when it has none */
  readonly compact: string[] = [];
  /**
   * Entry numbers, ascending, by the first one and the first two characters of every word of `full` and of
   * `compact`: every entry a query can match is in the bucket of its longest word or of its compact form.
   * Exact-size typed arrays: a third of the memory of the arrays they are filed in.
   */
  private readonly buckets = new Map<string, Int32Array>();

  private constructor(kind: SearchResultKind) {
    this.kind = kind;
  }

  /** A table of `kind`, with the entries `fill` adds (each row with its folded name and base name). */
  static build(
    kind: SearchResultKind,
    fill: (add: (row: EntryRow, full: string, base?: string) => void) => void,
  ): EntryTable {
    const table = new EntryTable(kind);
    const filing = new Map<string, number[]>();
    const file = (key: string, entry: number) => {
      const bucket = filing.get(key);
      // entries are added in order, so a repeat can only be the last one filed
      if (!bucket) filing.set(key, [entry]);
      else if (bucket[bucket.length - 1] !== entry) bucket.push(entry);
    };
    fill((row, full, base = full) => {
      const entry = table.full.length;
      if (base !== full && !table.bases) table.bases = table.full.slice();
      table.rows.push(row);
      table.full.push(full);
      table.bases?.push(base);
      const compact = base.includes(' ') ? base.replace(/ /g, '') : base;
      table.compact.push(compact);
      for (let start = 0; start < full.length; ) {
        const space = full.indexOf(' ', start);
        const end = space === -1 ? full.length : space;
        file(full.charAt(start), entry);
        if (end - start > 1) file(full.slice(start, start + 2), entry);
        start = end + 1;
      }
      if (compact !== base) file(bucketKey(compact), entry);
    });
    for (const [key, bucket] of filing) table.buckets.set(key, Int32Array.from(bucket));
    return table;
  }

  get size(): number {
    return this.full.length;
  }

  base(entry: number): string {
    return (this.bases ?? this.full)[entry] as string;
  }

  /**
   * The entries that may match a query whose longest word is `word` and whose compact form is `compact`,
   * ascending (the order ties are broken in): a superset, each still to be checked.
   */
  candidates(word: string, compact: string): ArrayLike<number> & Iterable<number> {
    const byWord = this.buckets.get(bucketKey(word)) ?? NONE;
    const byCompact = this.buckets.get(bucketKey(compact)) ?? NONE;
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
