/**
 * ZIP code → county FIPS codes, as `Places.zips` reads it, in about a tenth of the memory of a `Map` of
 * 40,000 arrays: one slot per possible ZIP code holds its main county's number, and the few ZIP codes that
 * reach into other counties keep those in a small map. The lists `get` returns are made when asked for.
 */
const NONE = -1;
const ZIP_CODES = 100_000;

export class ZipIndex implements ReadonlyMap<string, readonly string[]> {
  /** county number of each ZIP code's main county, by ZIP code as a number; NONE where there is no ZIP */
  private readonly main = new Int16Array(ZIP_CODES).fill(NONE);
  /** the other counties of ZIP codes that span several, after the main one */
  private readonly others = new Map<number, string[]>();
  /** county number → FIPS code */
  private readonly fipsCodes: string[] = [];
  private readonly numberOfFips = new Map<string, number>();
  private count = 0;

  /** Adds `fips` to the ZIP code's counties: its main county if it has none yet, else one more. */
  add(zip: number, fips: string): void {
    if (this.main[zip] === NONE) {
      let number = this.numberOfFips.get(fips);
      if (number === undefined) {
        number = this.fipsCodes.length;
        this.fipsCodes.push(fips);
        this.numberOfFips.set(fips, number);
      }
      this.main[zip] = number;
      this.count++;
      return;
    }
    const list = this.others.get(zip);
    if (list) list.push(fips);
    else this.others.set(zip, [fips]);
  }

  get size(): number {
    return this.count;
  }

  private countiesOf(zip: number): readonly string[] {
    const main = this.fipsCodes[this.main[zip] as number] as string;
    const others = this.others.get(zip);
    return others ? [main, ...others] : [main];
  }

  /** The ZIP code as a number, if it is five digits that have an entry. */
  private find(key: string): number | null {
    if (key.length !== 5 || !/^\d{5}$/.test(key)) return null;
    const zip = Number(key);
    return this.main[zip] === NONE ? null : zip;
  }

  get(key: string): readonly string[] | undefined {
    const zip = this.find(key);
    return zip === null ? undefined : this.countiesOf(zip);
  }

  has(key: string): boolean {
    return this.find(key) !== null;
  }

  *entries(): MapIterator<[string, readonly string[]]> {
    for (let zip = 0; zip < ZIP_CODES; zip++) {
      if (this.main[zip] !== NONE) yield [String(zip).padStart(5, '0'), this.countiesOf(zip)];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<readonly string[]> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entries();
  }

  forEach(
    callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
