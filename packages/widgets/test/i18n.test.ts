/** The shortcuts i18n.ts takes around Intl give what Intl gives. */
import { expect, it } from 'vitest';
import { formatNumber, isPlural } from '../src/shared/i18n.js';

it('writes and pluralises whole numbers under 1,000 as Intl does in en-US and es-US, and larger ones with Intl', () => {
  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['es', 'es-US'],
  ] as const) {
    const numbers = new Intl.NumberFormat(locale);
    const plurals = new Intl.PluralRules(locale);
    for (let n = 0; n < 1000; n++) {
      expect(formatNumber(n, lang)).toBe(numbers.format(n));
      expect(isPlural(n, lang)).toBe(plurals.select(n) !== 'one');
    }
    for (const n of [1000, 1843, 39501, 1_000_000, 2.5, -1])
      expect([formatNumber(n, lang), isPlural(n, lang)]).toEqual([
        numbers.format(n),
        plurals.select(n) !== 'one',
      ]);
  }
  expect(formatNumber(1843, 'en')).toBe('1,843');
});
