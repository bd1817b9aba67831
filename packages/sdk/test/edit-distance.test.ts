import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/normalize.js';
import { readDataFiles } from './data-files.js';

/** The whole Levenshtein table, no shortcuts: what `editDistance` must agree with. */
function fullDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + cost,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

const expected = (a: string, b: string, limit: number) => {
  const distance = fullDistance(a, b);
  return distance <= limit ? distance : null;
};

describe('editDistance', () => {
  it('agrees with the full table on small words, every limit from 0 to 4', () => {
    const words = [
      '',
      'a',
      'ab',
      'ba',
      'abc',
      'acb',
      'bca',
      'aaaa',
      'abab',
      'collier',
      'colier',
      'colliers',
      'kollier',
    ];
    for (const a of words)
      for (const b of words)
        for (let limit = 0; limit <= 4; limit++)
          expect(editDistance(a, b, limit), `${a}|${b}|${limit}`).toBe(expected(a, b, limit));
  });

  it('reads a limit that is not a whole number as the whole number below it', () => {
    expect(editDistance('abc', 'abd', 1.5)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3.7)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2.9)).toBe(null);
  });

  it('agrees with the full table on county names and their random misspellings', () => {
    // every seventh county name of counties.json (its names column is "|"-separated, "=" marks a full name)
    const names = Object.values(readDataFiles().counties.counties)
      .flatMap(([, , list]) => list.split('|'))
      .filter((_, i) => i % 7 === 0)
      .map((name) => name.replace(/^=/, '').toLowerCase());
    let seed = 287;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const misspell = (word: string) => {
      const chars = [...word];
      for (let k = random(4); k > 0; k--) {
        const at = random(chars.length + 1);
        const kind = random(3);
        if (kind === 0) chars.splice(at, 0, 'aeiouxyz'.charAt(random(8)));
        else if (kind === 1) chars.splice(at, 1);
        else chars.splice(at, 1, 'rstln'.charAt(random(5)));
      }
      return chars.join('');
    };
    for (const name of names) {
      for (let k = 0; k < 20; k++) {
        const other = k < 10 ? misspell(name) : (names[random(names.length)] as string);
        for (let limit = 0; limit <= 4; limit++)
          expect(editDistance(name, other, limit), `${name}|${other}|${limit}`).toBe(
            expected(name, other, limit),
          );
      }
    }
  });
});
