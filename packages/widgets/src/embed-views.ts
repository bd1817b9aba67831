/**
 * The views embed.html may show, and the embed builder offers: each element, how to load it, and the
 * attributes a URL may set on it, each with the values it may take. embed.html sets nothing else from its URL,
 * so adding an element to embeds is adding its entry here.
 */

export interface View {
  /** registers the element; only the chosen view's code is loaded */
  define: () => Promise<unknown>;
  /** the attributes a URL may set, each with the values it may take (`FLAG`: a boolean attribute) */
  attributes: Readonly<Record<string, RegExp>>;
  /**
   * the frame's height in the builder's iframe snippet: about what the view takes in a 700 px column, so the
   * page moves little when the frame resizes to its content
   */
  frameHeight: (attributes: ReadonlyMap<string, string>) => number;
}

const LANG = /^(en|es)$/;
const COUNTY = /^\d{5}$/;
const STATE = /^[A-Z]{2}$/;
const CODES = /^[a-z,]+$/;
/** on when present without a value (`&compact`) or as `=true` */
export const FLAG = /^(true)?$/;

export const VIEWS = {
  lookup: {
    define: () => import('./lookup/define.js'),
    attributes: { lang: LANG, county: COUNTY },
    // Collier County's answer is about 1,300 px; the field alone, 160
    frameHeight: (attributes) => (attributes.has('county') ? 1300 : 160),
  },
  models: {
    define: () => import('./models/define.js'),
    attributes: { lang: LANG, models: CODES, rows: /^[a-zA-Z,]+$/, highlight: /^[a-z]+$/ },
    // the cards: the table, from 52rem wide, takes about 1,600 px
    frameHeight: () => 3600,
  },
  map: {
    define: () => import('./map/define.js'),
    attributes: {
      lang: LANG,
      state: STATE,
      county: COUNTY,
      'color-by': /^(presence|count|model)$/,
      compact: FLAG,
    },
    frameHeight: () => 780,
  },
  timeline: {
    define: () => import('./timeline/define.js'),
    // from: a year, a month or a day, as the element reads it
    attributes: { lang: LANG, state: STATE, models: CODES, from: /^\d{4}(-\d{2}){0,2}$/ },
    frameHeight: () => 760,
  },
} satisfies Record<string, View>;

export type ViewName = keyof typeof VIEWS;

/** The view named `name`, if there is one: own keys only, so `constructor` finds none of Object's. */
export const viewNamed = (name: string): ViewName | null =>
  Object.hasOwn(VIEWS, name) ? (name as ViewName) : null;
