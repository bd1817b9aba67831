/**
 * An element's strings with the embedder's overrides (`element.strings = { … }`). Embedders set these from
 * CMS fields and translation files, so anything can arrive: `undefined`, `null`, a number where a sentence
 * belongs, an empty field, a key from another version. A bad value is ignored with one console warning,
 * never fatal: the default string is shown instead.
 */
const merged = new WeakMap<object, WeakMap<object, object>>();

const warned = new Set<string>();

/** Each problem once per page: `t` is read on every render. */
function warn(tag: string, message: string): void {
  const text = `${tag}: ${message}; the default is used.`;
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/**
 * `defaults` with each own key of `custom` whose value is a string where `defaults` has a string.
 * `extraKeys` are accepted without a check here (the element reads and checks them itself).
 */
export function withCustomStrings<T extends object>(
  defaults: T,
  custom: unknown,
  tag: string,
  extraKeys: readonly string[] = [],
): T {
  if (custom === undefined || custom === null) return defaults;
  if (typeof custom !== 'object') {
    warn(tag, `strings must be an object of strings, not ${kindOf(custom)}`);
    return defaults;
  }
  let byDefaults = merged.get(custom);
  const cached = byDefaults?.get(defaults);
  if (cached) return cached as T;
  const result: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const key of Object.keys(custom)) {
    const value = (custom as Record<string, unknown>)[key];
    if (extraKeys.includes(key)) continue;
    if (!Object.hasOwn(defaults, key)) warn(tag, `unknown string "${key}" ignored`);
    else if (typeof value !== 'string') warn(tag, `strings.${key} is ${kindOf(value)}, not a string`);
    else if (value.trim() === '') warn(tag, `strings.${key} is blank`);
    else result[key] = value;
  }
  if (!byDefaults) {
    byDefaults = new WeakMap();
    merged.set(custom, byDefaults);
  }
  byDefaults.set(defaults, result);
  return result as T;
}

/**
 * The string at `path` in `custom` (`['models', 'TFM', 'name']` → `strings.models.TFM.name`), through own
 * keys only; null when it is not set, and also, with a warning, when something on the way is of the wrong
 * kind or the string is blank.
 */
export function customString(custom: unknown, path: readonly string[], tag: string): string | null {
  let value = custom;
  for (const [depth, key] of path.entries()) {
    if (typeof value !== 'object' || value === null) {
      if (depth > 0)
        warn(tag, `strings.${path.slice(0, depth).join('.')} is ${kindOf(value)}, not an object`);
      return null;
    }
    if (!Object.hasOwn(value, key)) return null;
    value = (value as Record<string, unknown>)[key];
  }
  const name = `strings.${path.join('.')}`;
  if (typeof value !== 'string') warn(tag, `${name} is ${kindOf(value)}, not a string`);
  else if (value.trim() === '') warn(tag, `${name} is blank`);
  else return value;
  return null;
}
