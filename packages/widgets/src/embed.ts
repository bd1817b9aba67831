/**
 * The iframe page's script (dist/embed/embed.html): shows one element chosen by URL parameters and tells the
 * parent page its height, so a CMS that strips scripts from articles can still show a widget. It speaks the
 * resize messages newsrooms' pages already handle — Pym.js's (`pym.Parent`), AMP's `embed-size` (for
 * `amp-iframe`) and our own `{ type: 'open287g:resize', height }` — and each carries the height and nothing
 * else. It never reads anything from the parent page.
 *
 * Anyone can link to a site's embed.html with any query string, and a reader trusts what that site shows.
 * So the URL may only choose among the site's true answers and views: a widget of `VIEWS` and the attributes
 * listed there, each value matching its pattern, plus theme=light|dark|auto and plain. Anything else, or an
 * invalid value, is ignored. Where the data comes from, and any text, is never taken from the URL: an embedder
 * who wants newer data sets it in their own copy of embed.html (`<meta name="open287g-data-src">`, and
 * `<meta name="open287g-data-pinned">` for an older list on purpose).
 */

interface View {
  /** registers the element; only the chosen view's code is loaded */
  define: () => Promise<unknown>;
  /** the attributes a URL may set, each with the values it may take (`FLAG`: a boolean attribute) */
  attributes: Record<string, RegExp>;
}

const LANG = /^(en|es)$/;
/** on when present without a value (`&compact`) or as `=true` */
const FLAG = /^(true)?$/;

const VIEWS: Record<string, View> = {
  lookup: {
    define: () => import('./lookup/define.js'),
    attributes: { lang: LANG, county: /^\d{5}$/ },
  },
  models: {
    define: () => import('./models/define.js'),
    attributes: { lang: LANG, models: /^[a-z,]+$/, rows: /^[a-zA-Z,]+$/, highlight: /^[a-z]+$/ },
  },
};

const params = new URLSearchParams(location.search);
const pick = (name: string, valid: RegExp): string | null => {
  const value = params.get(name);
  return value !== null && valid.test(value) ? value : null;
};
/** The content of a `<meta name>` that the site put in its copy of this page. */
const setting = (name: string): string | null =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || null;

// own keys only: `widget=constructor` must not find Object's
const chosen = params.get('widget') ?? '';
const widget = Object.hasOwn(VIEWS, chosen) ? chosen : 'lookup';
const view = VIEWS[widget] as View;
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
