/**
 * Language for a widget: its own `lang`, else the nearest ancestor's `[lang]` (across shadow roots), else its
 * document's; anything starting with "es" is Spanish, everything else English. `Intl` formatters are cached
 * per language because a result card formats many dates.
 */
export type Lang = 'en' | 'es';

export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  // node types, not instanceof: in a same-origin iframe the ancestors come from another window's classes
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('lang'))
      return toLang((node as Element).getAttribute('lang') ?? '');
    node =
      node.parentNode ??
      (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null);
  }
  return toLang(element.ownerDocument.documentElement.lang);
}

const toLang = (tag: string): Lang => (tag.trim().toLowerCase().startsWith('es') ? 'es' : 'en');

// U.S. Spanish: 416,233 as U.S. readers write it, not Spain's 416.233, which reads as a decimal here.
const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function cached<T>(map: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = map.get(lang);
  if (!value) {
    value = make();
    map.set(lang, value);
  }
  return value;
}

/** "2026-05-18" → "May 18, 2026" / "18 de mayo de 2026", read as a calendar date (no time zone shift). */
export function formatDate(iso: string, lang: Lang): string {
  const format = cached(
    dateFormats,
    lang,
    () => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }),
  );
  const date = new Date(`${iso}T00:00:00Z`);
  // the schema admits only calendar dates; should one slip through, the text beats a render that throws
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

// The first Intl.NumberFormat or Intl.PluralRules of a page costs Chromium 25–35 ms on this project's 2-core
// machine (it loads its locale data), and the lookup's first keystroke counts its matches. Whole numbers
// under 1,000 are written and pluralised the same by both locales without it (a test holds them equal).
const isSmallWhole = (value: number): boolean => Number.isInteger(value) && value >= 0 && value < 1000;

export function formatNumber(value: number, lang: Lang): string {
  if (isSmallWhole(value)) return String(value);
  return cached(numberFormats, lang, () => new Intl.NumberFormat(LOCALES[lang])).format(value);
}

export function isPlural(count: number, lang: Lang): boolean {
  if (isSmallWhole(count)) return count !== 1;
  return cached(pluralRules, lang, () => new Intl.PluralRules(LOCALES[lang])).select(count) !== 'one';
}

/** Fills "{name}" placeholders. Values are inserted as text by the caller's template, never as markup. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}

/** Fills "{name}" placeholders with ISO dates ("2026-05-18"), each written out in the reader's language. */
export function fillDates(template: string, dates: Record<string, string>, lang: Lang): string {
  const values: Record<string, string> = {};
  for (const [name, iso] of Object.entries(dates)) values[name] = formatDate(iso, lang);
  return fill(template, values);
}
