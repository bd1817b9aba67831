/**
 * The iframe page's script (dist/cdn/embed.html): shows one element chosen by URL parameters and tells the
 * parent page its height, so a CMS that strips scripts from articles can still show a widget. It posts
 * only `{ type: 'open287g:resize', height }` and never reads anything from the parent page.
 *
 * Parameters: widget=lookup|models, lang=en|es, theme=light|dark|auto, county=<FIPS> (lookup),
 * models=… rows=… highlight=… (models), data-src=<URL>. Anything else, or an invalid value, is ignored.
 */
import './lookup/define.js';
import './models/define.js';

const params = new URLSearchParams(location.search);
const pick = (name: string, valid: RegExp): string | null => {
  const value = params.get(name);
  return value !== null && valid.test(value) ? value : null;
};

const widget = pick('widget', /^(lookup|models)$/) ?? 'lookup';
const element = document.createElement(`open287g-${widget}`);
const attributes: [string, RegExp][] = [
  ['lang', /^(en|es)$/],
  ['data-src', /^https:\/\/\S+$/],
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
