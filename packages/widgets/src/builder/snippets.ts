/**
 * The HTML the embed builder gives a producer for their choice: the element with its attributes after the
 * CDN script, or an iframe of embed.html whose URL carries the same choice as parameters. Both are built
 * from one list of attributes, limited to those the view takes (embed-views.ts), so the preview, the script
 * snippet and the iframe snippet always show the same thing.
 */
import { countyInSentence, type Dataset } from '@open287g/sdk/core';
import { VIEWS, type ViewName } from '../embed-views.js';
import { fill, type Lang } from '../shared/i18n.js';
import { SNIPPET_STRINGS } from './strings.js';

export type Theme = 'auto' | 'light' | 'dark';

export interface Choice {
  widget: ViewName;
  /** a county FIPS code; used by the views that take `county` */
  county: string | null;
  /** a USPS state code; used by the views that take `state` */
  state: string | null;
  lang: Lang;
  theme: Theme;
  /** the address of a pinned agreements.json; null: the bundled list */
  dataSrc: string | null;
  /** the map's colours; "presence", its default, is written as no attribute */
  colorBy: 'presence' | 'count' | 'model';
  /** the timeline's first year; null: every list */
  from: string | null;
}

const ICE_LIST = 'https://www.ice.gov/identify-and-arrest/287g';

const takes = (widget: ViewName, attribute: string) => Object.hasOwn(VIEWS[widget].attributes, attribute);

/** The choice as the view's own attributes (what a URL may also set), in the order a snippet writes them. */
function viewAttributes(choice: Choice): Map<string, string> {
  const attributes = new Map<string, string>();
  if (choice.county && takes(choice.widget, 'county')) attributes.set('county', choice.county);
  if (choice.state && takes(choice.widget, 'state')) attributes.set('state', choice.state);
  if (choice.colorBy !== 'presence' && takes(choice.widget, 'color-by'))
    attributes.set('color-by', choice.colorBy);
  if (choice.from && takes(choice.widget, 'from')) attributes.set('from', choice.from);
  attributes.set('lang', choice.lang);
  return attributes;
}

/**
 * The element's attributes for a page that loads the script. "auto" sets none: the element then follows the
 * page's color-scheme, as a widget in an article should.
 */
export function elementAttributes(choice: Choice): Map<string, string> {
  const attributes = viewAttributes(choice);
  if (choice.theme !== 'auto') attributes.set('theme', choice.theme);
  if (choice.dataSrc) {
    attributes.set('data-src', choice.dataSrc);
    attributes.set('data-pinned', '');
  }
  return attributes;
}

/** Text safe inside a double-quoted attribute value or element content. */
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );

/** `base` as a folder: with its closing slash. */
const folder = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The script and stylesheet from `cdnBase`, then the element, with the link it shows until the script runs. */
export function scriptSnippet(choice: Choice, cdnBase: string): string {
  const base = escapeHtml(folder(cdnBase));
  const attributes = [...elementAttributes(choice)]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const tag = `open287g-${choice.widget}`;
  return [
    `<script type="module" referrerpolicy="no-referrer" src="${base}open287g.js"></script>`,
    `<link rel="stylesheet" referrerpolicy="no-referrer" href="${base}open287g.css" />`,
    `<${tag}${attributes}>`,
    `  <p><a href="${ICE_LIST}">${escapeHtml(SNIPPET_STRINGS[choice.lang].fallbackLink)}</a></p>`,
    `</${tag}>`,
  ].join('\n');
}

/** The frame's title, in the widget's language: what it shows, and where. */
export function frameTitle(choice: Choice, places: Dataset | null): string {
  const strings = SNIPPET_STRINGS[choice.lang];
  const attributes = viewAttributes(choice);
  const county = places?.countyByFips.get(attributes.get('county') ?? '');
  const state = places?.stateByCode.get(attributes.get('state') ?? '');
  const placeNames = {
    county: county ? countyInSentence(county.name, county.state, choice.lang, 'in') : null,
    state: state ? fill(strings.inState, { state: state.name }) : null,
  };
  for (const [attribute, template] of Object.entries(strings.frameTitlesIn[choice.widget] ?? {})) {
    const place = placeNames[attribute as keyof typeof placeNames];
    if (place && template) return fill(template, { place });
  }
  return strings.frameTitles[choice.widget];
}

/** embed.html's address for the choice: the view's attributes and the theme as parameters. */
export function embedUrl(choice: Choice, embedBase: string): string {
  const query = new URLSearchParams({ widget: choice.widget, ...Object.fromEntries(viewAttributes(choice)) });
  query.set('theme', choice.theme);
  return `${folder(embedBase)}embed.html?${query}`;
}

export function iframeSnippet(choice: Choice, embedBase: string, places: Dataset | null): string {
  const height = VIEWS[choice.widget].frameHeight(viewAttributes(choice));
  return [
    `<iframe src="${escapeHtml(embedUrl(choice, embedBase))}"`,
    `  title="${escapeHtml(frameTitle(choice, places))}"`,
    `  style="width: 100%; height: ${height}px; border: 0" loading="lazy"></iframe>`,
  ].join('\n');
}

/** The lines a site adds to its copy of embed.html to show a pinned list (its URL never can). */
export function embedMetaLines(dataSrc: string): string {
  return [
    `<meta name="open287g-data-src" content="${escapeHtml(dataSrc)}" />`,
    '<meta name="open287g-data-pinned" content="true" />',
  ].join('\n');
}
