/**
 * The iframe page's script (dist/embed/embed.html): shows one element chosen by URL parameters and tells the
 * parent page its height, so a CMS that strips scripts from articles can still show a widget. It speaks the
 * resize messages newsrooms' pages already handle — Pym.js's (`pym.Parent`), AMP's `embed-size` (for
 * `amp-iframe`) and our own `{ type: 'open287g:resize', height }` — and each carries the height and nothing
 * else. It never reads anything from the parent page.
 *
 * Anyone can link to a site's embed.html with any query string, and a reader trusts what that site shows.
 * So the URL may only choose among the site's true answers and views: a widget of `VIEWS` (embed-views.ts)
 * and the attributes listed there, each value matching its pattern, plus theme=light|dark|auto and plain.
 * Anything else, or an invalid value, is ignored. Where the data comes from, and any text, is never taken
 * from the URL: an embedder who wants newer data sets it in their own copy of embed.html
 * (`<meta name="open287g-data-src">`, and `<meta name="open287g-data-pinned">` for an older list on purpose).
 */
import { FLAG, VIEWS, type View, viewNamed } from './embed-views.js';

const params = new URLSearchParams(location.search);
const pick = (name: string, valid: RegExp): string | null => {
  const value = params.get(name);
  return value !== null && valid.test(value) ? value : null;
};
/** The content of a `<meta name>` that the site put in its copy of this page. */
const setting = (name: string): string | null =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || null;

const widget = viewNamed(params.get('widget') ?? '') ?? 'lookup';
const view: View = VIEWS[widget];
const element = document.createElement(`open287g-${widget}`);
for (const [name, valid] of Object.entries(view.attributes)) {
  const value = pick(name, valid);
  if (value !== null) element.setAttribute(name, valid === FLAG ? '' : value);
}
const dataSrc = setting('open287g-data-src');
if (dataSrc) element.setAttribute('data-src', dataSrc);
if (dataSrc && setting('open287g-data-pinned') === 'true') element.setAttribute('data-pinned', '');
const theme = pick('theme', /^(light|dark|auto)$/) ?? 'auto';
document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
// plain: the story around the frame has its own heading and source line (embed.css hides the elements')
document.documentElement.toggleAttribute('data-plain', pick('plain', FLAG) !== null);
document.documentElement.lang = element.getAttribute('lang') ?? 'en';
document.body.append(element);
void view.define();

// Pym.js's parent names its frame in `childId` (it also sends initialWidth, parentTitle and parentUrl, which
// this page does not read) and only hears messages that carry that name.
const pymId = pick('childId', /^[\w.:-]{1,100}$/);

/** The height, in every form a parent page may listen for. */
const heightMessages = (height: number): unknown[] => [
  { type: 'open287g:resize', height },
  { sentinel: 'amp', type: 'embed-size', height },
  ...(pymId ? [['pym', pymId, 'height', height].join('xPYMx')] : []),
];

// Only the height crosses to the parent; '*' is safe because nothing else is sent.
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    for (const message of heightMessages(height)) window.parent.postMessage(message, '*');
  }
}).observe(document.documentElement);
