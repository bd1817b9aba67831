/**
 * A link target from data, or null. Data may come from any URL an embedder sets (`data-src`): only http and
 * https are links; a `javascript:` or `data:` address never reaches an href.
 */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
