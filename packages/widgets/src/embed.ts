/**
 * The iframe page's script (dist/embed/embed.html): shows one element chosen by URL parameters and tells the
 * parent page its height, so a CMS that strips scripts from articles can still show a widget. It posts
 * only `{ type: 'open287g:resize', height }` and never reads anything from the parent page.
 *
 * Anyone can link to a site's embed.html with any query string, and a reader trusts what that site shows.
 * So the URL may only choose among the site's true answers and views: widget=lookup|models, lang=en|es,
 * theme=light|dark|auto, county=<FIPS> (lookup), models=… rows=… highlight=… (models). Anything else, or an
 * invalid value, is ignored. Where the data comes from, and any text, is never taken from the URL: an embedder
 * who wants newer data sets it in their own copy of embed.html (`<meta name="open287g-data-src">`, and
 * `<meta name="open287g-data-pinned">` for an older list on purpose).
 */
import './lookup/define.js';
import './models/define.js';

const params = new URLSearchParams(location.search);
const pick = (name: string, valid: RegExp): string | null => {
  const value = params.get(name);
  return value !== null && valid.test(value) ? value : null;
};
/** The content of a `<meta name>` that the site put in its copy of this page. */
const setting = (name: string): string | null =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || null;

const widget = pick('widget', /^(lookup|models)$/) ?? 'lookup';
const element = document.createElement(`open287g-${widget}`);
const attributes: [string, RegExp][] = [
  ['lang', /^(en|es)$/],
  ...(widget === 'lookup'
    ? ([['county', /^\d{5}$/]] as [string, RegExp][])
    : ([
        ['models', /^[a-z,]+$/],
        ['rows', /^[a-zA-Z,]+$/],
        ['highlight', /^[a-z]+$/],
      ] as [string, RegExp][])),
];
for (const [name, valid] of attributes) {
  const value = pick(name, valid);
  if (value !== null) element.setAttribute(name, value);
}
const dataSrc = setting('open287g-data-src');
if (dataSrc) element.setAttribute('data-src', dataSrc);
if (dataSrc && setting('open287g-data-pinned') === 'true') element.setAttribute('data-pinned', '');
const theme = pick('theme', /^(light|dark|auto)$/) ?? 'auto';
document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
document.documentElement.lang = element.getAttribute('lang') ?? 'en';
document.body.append(element);

// Only the height crosses to the parent; '*' is safe because nothing else is sent.
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'open287g:resize', height }, '*');
  }
}).observe(document.documentElement);
