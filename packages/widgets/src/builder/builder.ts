/**
 * The embed builder (dist/builder/builder.html): a producer picks a widget, a county or a state, the
 * widget's language, its colours and its data, sees the real element with those options, and copies the
 * script snippet or the iframe snippet. The county search is the SDK's, on the counties bundled with the
 * widgets: nothing chosen or typed here leaves the page. The page itself speaks English or Spanish.
 */
import { type County, type Dataset, search } from '@open287g/sdk/core';
import { html, nothing, render, type TemplateResult } from 'lit';
import { VIEWS, type ViewName } from '../embed-views.js';
import { dataSteps } from '../shared/data.js';
import { fill, formatDate, type Lang } from '../shared/i18n.js';
import {
  type Choice,
  elementAttributes,
  embedMetaLines,
  iframeSnippet,
  scriptSnippet,
  type Theme,
} from './snippets.js';
import { BUILDER_STRINGS, type BuilderStrings } from './strings.js';

/** the package's version, set at build: the npm CDN's folder of the files this page was built with */
declare const OPEN287G_VERSION: string;
const NPM_CDN = `https://cdn.jsdelivr.net/npm/@open287g/widgets@${OPEN287G_VERSION}/dist/cdn/`;

const MAX_MATCHES = 8;
const LANGS: readonly Lang[] = ['en', 'es'];
const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const THEME_KEYS = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' } as const;

/** An address the producer typed, and the last good one, which the snippets use meanwhile. */
interface Address {
  text: string;
  good: string;
}

const address = (text: string): Address => ({ text, good: text });

const page = {
  ui: (document.documentElement.lang === 'es' ? 'es' : 'en') as Lang,
  choice: {
    widget: 'lookup',
    county: null,
    state: null,
    lang: 'en',
    theme: 'auto',
    dataSrc: null,
    colorBy: 'presence',
    from: null,
  } as Choice,
  query: '',
  places: null as Dataset | null,
  asOf: null as string | null,
  pinned: false,
  pinnedUrl: address(''),
  // a copy on the site by default: it works before the package is on npm, and no CDN sees the readers
  cdn: address('/js/open287g/'),
  // where docs/embedding.md has a site put its copy of dist/embed/
  embed: address('/js/open287g-embed/'),
  copied: { script: null, iframe: null } as Record<'script' | 'iframe', 'copied' | 'copyFallback' | null>,
};
page.choice.lang = page.ui;

/** An http(s) address, absolute or relative to the page the snippet goes in. */
function isAddress(text: string): boolean {
  if (!text || /\s/.test(text)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text, 'https://site.invalid/').protocol);
  } catch {
    return false;
  }
}

function setAddress(address: Address, text: string): void {
  address.text = text.trim();
  if (isAddress(address.text)) address.good = address.text;
}

/** The pinned list's address, when that is the data chosen and the address is one. */
const pinnedSource = () => (page.pinned && page.pinnedUrl.good ? page.pinnedUrl.good : null);

const t = (): BuilderStrings => BUILDER_STRINGS[page.ui];

// the Census name, as the lookup's own search lists it in either language
const countyLabel = (county: County) => `${county.name}, ${county.state}`;

/** The counties that answer to what the producer typed: a FIPS code, or a name through the SDK's search. */
function countyMatches(): County[] {
  const text = page.query.trim();
  const places = page.places;
  if (!places || !text) return [];
  if (/^\d{5}$/.test(text)) {
    const county = places.countyByFips.get(text);
    return county ? [county] : [];
  }
  return search(places, text, { limit: MAX_MATCHES })
    .filter((result) => result.kind === 'county')
    .flatMap((result) => places.countyByFips.get(result.counties[0] ?? '') ?? []);
}

const takes = (attribute: string) => Object.hasOwn(VIEWS[page.choice.widget].attributes, attribute);

function update(changed?: Partial<Choice>): void {
  if (changed) {
    Object.assign(page.choice, changed);
    page.copied = { script: null, iframe: null };
  }
  document.documentElement.lang = page.ui;
  document.title = `${t().pageTitle} — open287g`;
  render(template(), document.getElementById('builder') as HTMLElement);
  showPreview();
}

function chooseCounty(fips: string | null): void {
  page.query = '';
  update({ county: fips });
  document.getElementById('county-search')?.focus();
}

async function copy(which: 'script' | 'iframe'): Promise<void> {
  const area = document.getElementById(`${which}-code`) as HTMLTextAreaElement;
  try {
    await navigator.clipboard.writeText(area.value);
    page.copied[which] = 'copied';
  } catch {
    // no Clipboard API here (an http page, a refused permission): the text, selected, for the keyboard
    area.focus();
    area.select();
    page.copied[which] = 'copyFallback';
  }
  update();
}

let shown = '';
/** The real element with the chosen attributes, made again only when they change. */
function showPreview(): void {
  const choice = page.choice;
  const attributes = elementAttributes(choice);
  const key = JSON.stringify([choice.widget, choice.theme, [...attributes]]);
  const preview = document.getElementById('preview');
  if (!preview || key === shown) return;
  shown = key;
  const element = document.createElement(`open287g-${choice.widget}`);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // the element's surroundings take the chosen colours too, as a dark or light page would give them
  preview.dataset.theme = choice.theme;
  preview.replaceChildren(element);
  void VIEWS[choice.widget].define();
}

const radios = <T extends string>(
  name: string,
  values: readonly T[],
  current: T,
  label: (value: T) => TemplateResult | string,
  choose: (value: T) => void,
) =>
  values.map(
    (value) => html`<label class="choice">
      <input type="radio" name=${name} .value=${value} .checked=${value === current}
        @change=${() => choose(value)} />
      ${label(value)}
    </label>`,
  );

/** A fieldset of radios for one part of the choice. */
function choiceField<K extends 'widget' | 'lang' | 'theme' | 'colorBy'>(
  legend: string,
  key: K,
  values: readonly Choice[K][],
  label: (value: Choice[K]) => TemplateResult | string,
): TemplateResult {
  return html`<fieldset>
    <legend>${legend}</legend>
    ${radios(key, values, page.choice[key], label, (value) => update({ [key]: value }))}
  </fieldset>`;
}

function placeFields(): TemplateResult {
  const s = t();
  const places = page.places;
  const fields: TemplateResult[] = [];
  if (takes('county')) {
    const matches = countyMatches();
    const county = page.choice.county ? places?.countyByFips.get(page.choice.county) : undefined;
    const found =
      page.query.trim() === ''
        ? ''
        : matches.length === 0
          ? s.matchesNone
          : matches.length === 1
            ? s.matchesOne
            : fill(s.matchesMany, { count: matches.length });
    fields.push(html`<div class="field">
      <label for="county-search">${s.county}</label>
      <p class="hint" id="county-hint">${s.countyHint}</p>
      <input id="county-search" type="search" autocomplete="off" spellcheck="false"
        aria-describedby="county-hint county-chosen" .value=${page.query}
        @input=${(event: InputEvent) => {
          page.query = (event.target as HTMLInputElement).value;
          update();
        }}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const first = matches[0];
          if (first) chooseCounty(first.fips);
        }} />
      <p class="hint" role="status">${found}</p>
      ${
        matches.length > 0
          ? html`<ul class="matches">
              ${matches.map(
                (match) => html`<li>
                  <button type="button" @click=${() => chooseCounty(match.fips)}>
                    ${countyLabel(match)} <span class="fips">${match.fips}</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      <p id="county-chosen" class="chosen">
        ${county ? fill(s.chosen, { county: countyLabel(county), fips: county.fips }) : s.noCounty}
        ${county ? html`<button type="button" @click=${() => chooseCounty(null)}>${s.clear}</button>` : nothing}
      </p>
    </div>`);
  }
  if (takes('state')) {
    fields.push(html`<div class="field">
      <label for="state">${s.state}</label>
      <select id="state" @change=${(event: Event) => update({ state: (event.target as HTMLSelectElement).value || null })}>
        <option value="" ?selected=${!page.choice.state}>${s.stateNone}</option>
        ${(places?.states ?? []).map(
          (state) => html`<option value=${state.code} ?selected=${state.code === page.choice.state}>
            ${state.name} (${state.code})
          </option>`,
        )}
      </select>
    </div>`);
  }
  return fields.length > 0 ? html`${fields}` : html`<p class="hint">${s.noPlace}</p>`;
}

/** The first years the timeline can start at: ICE's lists in the history begin in 2021. */
function fromField(): TemplateResult {
  const s = t();
  const last = Number((page.asOf ?? '2021').slice(0, 4));
  const years = Array.from({ length: Math.max(1, last - 2021 + 1) }, (_, i) => String(2021 + i));
  return html`<div class="field">
    <label for="from">${s.from}</label>
    <select id="from" @change=${(event: Event) => update({ from: (event.target as HTMLSelectElement).value || null })}>
      <option value="" ?selected=${!page.choice.from}>${s.fromAll}</option>
      ${years.slice(1).map((year) => html`<option value=${year} ?selected=${year === page.choice.from}>${year}</option>`)}
    </select>
  </div>`;
}

function addressField(
  id: string,
  label: string,
  hint: string,
  address: Address,
  onChange: (text: string) => void,
  event: 'input' | 'change' = 'input',
): TemplateResult {
  const bad = address.text !== '' && !isAddress(address.text);
  const handler = (e: Event) => onChange((e.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <input id=${id} type="url" inputmode="url" spellcheck="false" autocomplete="off" .value=${address.text}
      aria-describedby="${hint ? `${id}-hint ` : ''}${id}-error" aria-invalid=${bad ? 'true' : 'false'}
      @input=${event === 'input' ? handler : nothing} @change=${event === 'change' ? handler : nothing} />
    <p class="error" id="${id}-error">${bad ? t().badAddress : ''}</p>
  </div>`;
}

function snippetSection(which: 'script' | 'iframe', code: string, extra: TemplateResult | typeof nothing) {
  const s = t();
  const [heading, hint, label, button] =
    which === 'script'
      ? [s.scriptHeading, s.scriptHint, s.scriptLabel, s.copyScript]
      : [s.iframeHeading, s.iframeHint, s.iframeLabel, s.copyIframe];
  const status = page.copied[which];
  return html`<section class="snippet" aria-labelledby="${which}-heading">
    <h2 id="${which}-heading">${heading}</h2>
    <p class="hint">${hint}</p>
    <label for="${which}-code">${label}</label>
    <textarea id="${which}-code" readonly rows=${code.split('\n').length} spellcheck="false"
      .value=${code}></textarea>
    <div class="actions">
      <button type="button" class="copy" @click=${() => copy(which)}>${button}</button>
      <p class="status" role="status">${status ? s[status] : ''}</p>
    </div>
    ${extra}
  </section>`;
}

function template(): TemplateResult {
  const s = t();
  const choice = page.choice;
  return html`<header class="top">
      <h1>${s.pageTitle}</h1>
      <div class="switch" role="group" aria-label=${s.pageLanguage}>
        ${LANGS.map(
          (
            lang,
          ) => html`<button type="button" lang=${lang} aria-pressed=${page.ui === lang ? 'true' : 'false'}
            @click=${() => {
              page.ui = lang;
              update();
            }}>${LANG_NAMES[lang]}</button>`,
        )}
      </div>
    </header>
    <p class="intro">${s.intro}</p>
    <p class="intro">${s.privacy}</p>
    <div class="layout">
      <form class="options" @submit=${(event: Event) => event.preventDefault()}>
        ${choiceField(s.widget, 'widget', Object.keys(VIEWS) as ViewName[], (name) => s.widgets[name])}
        <fieldset>
          <legend>${s.place}</legend>
          ${placeFields()}
        </fieldset>
        ${takes('color-by') ? choiceField(s.colorBy, 'colorBy', ['presence', 'count', 'model'] as const, (rule) => s.colorByNames[rule]) : nothing}
        ${takes('from') ? html`<fieldset><legend>${s.period}</legend>${fromField()}</fieldset>` : nothing}
        ${choiceField(s.widgetLanguage, 'lang', LANGS, (lang) => html`<span lang=${lang}>${LANG_NAMES[lang]}</span>`)}
        ${choiceField(s.theme, 'theme', THEMES, (theme) => s[THEME_KEYS[theme]])}
        <fieldset>
          <legend>${s.data}</legend>
          ${radios(
            'data',
            ['bundled', 'pinned'] as const,
            page.pinned ? 'pinned' : 'bundled',
            (version) =>
              version === 'pinned'
                ? s.dataPinned
                : page.asOf
                  ? fill(s.dataBundled, { date: formatDate(page.asOf, page.ui) })
                  : s.dataBundledLoading,
            (version) => {
              page.pinned = version === 'pinned';
              update({ dataSrc: pinnedSource() });
            },
          )}
          ${
            page.pinned
              ? addressField(
                  'data-src',
                  s.dataPinnedUrl,
                  '',
                  page.pinnedUrl,
                  (text) => {
                    // on change, not on each keystroke: the preview loads the address
                    setAddress(page.pinnedUrl, text);
                    update({ dataSrc: pinnedSource() });
                  },
                  'change',
                )
              : nothing
          }
        </fieldset>
        <fieldset>
          <legend>${s.files}</legend>
          ${addressField('cdn-base', s.cdnBase, fill(s.cdnHint, { cdn: NPM_CDN }), page.cdn, (text) => {
            setAddress(page.cdn, text);
            update({});
          })}
          ${addressField('embed-base', s.embedBase, s.embedHint, page.embed, (text) => {
            setAddress(page.embed, text);
            update({});
          })}
        </fieldset>
      </form>
      <div class="output">
        ${snippetSection('script', scriptSnippet(choice, page.cdn.good), nothing)}
        ${snippetSection(
          'iframe',
          iframeSnippet(choice, page.embed.good, page.places),
          choice.dataSrc
            ? html`<p class="hint">${s.pinnedIframe}</p>
                <label for="meta-code">${s.pinnedIframeLabel}</label>
                <textarea id="meta-code" readonly rows="3" spellcheck="false"
                  .value=${embedMetaLines(choice.dataSrc)}></textarea>`
            : nothing,
        )}
        <section class="preview-section" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${s.preview}</h2>
          <p class="hint">${s.previewHint}</p>
          <div id="preview" class="preview"></div>
        </section>
      </div>
    </div>`;
}

update();
const steps = dataSteps(null);
void steps.places.then((places) => {
  page.places = places;
  update();
});
void steps.bundled.then((dataset) => {
  page.asOf = dataset.asOf;
  update();
});
