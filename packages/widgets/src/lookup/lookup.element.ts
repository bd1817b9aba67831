/**
 * <open287g-lookup>: "Does my county have a 287(g) agreement?" — a combobox that finds a county by name,
 * city, ZIP code or agency, and a card with the answer from ICE's list. Searching runs on data loaded whole
 * in the page: nothing a reader types is sent anywhere.
 *
 * @summary Look up a county's 287(g) agreements.
 *
 * @attr lang - "en" or "es"; default: the nearest ancestor's `lang`.
 * @attr county - a county FIPS code (5 digits) to answer for when the element loads.
 * @attr data-src - URL of a newer `agreements.json`; if it fails, the bundled data is shown with a note.
 * @attr heading - the heading text, instead of the default question.
 * @attr compact - smaller spacing and heading.
 *
 * @prop strings - any visible strings to replace (see `LookupStrings`).
 * @prop ready - a promise that resolves once the data, including the ZIP/city index, is loaded.
 *
 * @slot resources - the embedding organisation's own links (hotline, know-your-rights page), shown under the answer.
 *
 * @event open287g-select - a county was answered; `detail` is the SDK's `CountyAnswer`.
 * @event open287g-data-error - `data-src` failed; `detail` is `{ url, reason, message }`; the bundled data is shown.
 *
 * @csspart root - the outer box. @csspart heading - the heading. @csspart input - the text field.
 * @csspart listbox - the list of matches. @csspart option - one match. @csspart note - a data note.
 * @csspart card - the answer. @csspart answer - the one-sentence answer. @csspart local - local agencies.
 * @csspart statewide - statewide agencies (a disclosure). @csspart pending - pending agreements.
 * @csspart mandate - the state law. @csspart models - what each model allows.
 * @csspart source - the data source line. @csspart choices - the counties to choose from.
 *
 * @cssprop --open287g-font - font (default: inherited from the page).
 * @cssprop --open287g-color-text - text colour. @cssprop --open287g-color-background - background.
 * @cssprop --open287g-color-muted - secondary text. @cssprop --open287g-color-border - borders.
 * @cssprop --open287g-color-accent - links, focus and the active option. @cssprop --open287g-color-active - active option background.
 * @cssprop --open287g-radius - corner radius. @cssprop --open287g-space - spacing. @cssprop --open287g-focus-ring - focus outline.
 */
import {
  type AnswerAgency,
  answerCounty,
  type CountyAnswer,
  type Dataset,
  MODEL_ORDER,
  MODELS,
  modelName,
  prepareSearch,
  type SearchResult,
  search,
} from '@open287g/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { loadWidgetData, withBundledPlaces } from '../shared/data.js';
import { fill, formatDate, isPlural, type Lang, resolveLang } from '../shared/i18n.js';
import { lookupStyles } from './lookup.styles.js';
import { LOOKUP_STRINGS, type LookupStrings } from './strings.js';

const MAX_RESULTS = 8;
const GROUP_ORDER: SearchResult['kind'][] = ['county', 'city', 'zip', 'agency'];

export class Open287gLookup extends LitElement {
  static override styles = lookupStyles;
  static override properties = {
    county: { type: String },
    dataSrc: { type: String, attribute: 'data-src' },
    heading: { type: String },
    compact: { type: Boolean, reflect: true },
    strings: { attribute: false },
    _dataset: { state: true },
    _query: { state: true },
    _results: { state: true },
    _active: { state: true },
    _open: { state: true },
    _answer: { state: true },
    _choice: { state: true },
    _note: { state: true },
    _message: { state: true },
  };

  declare county: string | null;
  declare dataSrc: string | null;
  declare heading: string | null;
  declare compact: boolean;
  declare strings: Partial<LookupStrings>;
  declare _dataset: Dataset | null;
  declare _query: string;
  declare _results: SearchResult[];
  declare _active: number;
  declare _open: boolean;
  declare _answer: CountyAnswer | null;
  declare _choice: SearchResult | null;
  /** why the data is not the requested one (data-src failed): stays visible */
  declare _note: string | null;
  /** about the reader's last request (unknown county): cleared by the next choice */
  declare _message: string | null;

  constructor() {
    super();
    this.county = null;
    this.dataSrc = null;
    this.heading = null;
    this.compact = false;
    this.strings = {};
    this._dataset = null;
    this._query = '';
    this._results = [];
    this._active = -1;
    this._open = false;
    this._answer = null;
    this._choice = null;
    this._note = null;
    this._message = null;
  }

  // `lang` is a global attribute, not a Lit property: watch it so a change re-renders the strings.
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit computes the list from the class it is read on; super keeps that class ours
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Resolves once the data, including the ZIP/city index, is loaded (and answered, with `county`). */
  ready: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    this.ready = this.load();
  }

  // Before rendering, so a new `county` is answered in the same update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('county') && this._dataset) this.answerFips(this.county);
  }

  private get lang_(): Lang {
    return resolveLang(this);
  }

  private get t(): LookupStrings {
    return { ...LOOKUP_STRINGS[this.lang_], ...this.strings };
  }

  private async load(): Promise<void> {
    const url = this.dataSrc ?? '';
    const { dataset, error } = await loadWidgetData(url);
    this._dataset = dataset;
    if (error) {
      this._note = fill(this.t.refreshFailed, { date: formatDate(dataset.asOf, this.lang_) });
      this.dispatchEvent(
        new CustomEvent('open287g-data-error', {
          detail: { url: error.url, reason: error.reason, message: error.message },
          bubbles: true,
          composed: true,
        }),
      );
    }
    if (this.county) this.answerFips(this.county);
    // The ZIP/city index loads once, whole, before anyone types in it; the search index is built then too,
    // so no keystroke waits for it.
    const withPlaces = await withBundledPlaces(dataset);
    prepareSearch(withPlaces);
    if (this._dataset === dataset) this._dataset = withPlaces;
  }

  private answerFips(fips: string | null): void {
    const dataset = this._dataset;
    if (!dataset || !fips) return;
    this._choice = null;
    this._message = null;
    if (!dataset.countyByFips.has(fips)) {
      this._answer = null;
      this._message = fill(this.t.unknownCounty, { fips });
      return;
    }
    this._answer = answerCounty(dataset, fips);
    this.dispatchEvent(
      new CustomEvent('open287g-select', { detail: this._answer, bubbles: true, composed: true }),
    );
  }

  private onInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    const dataset = this._dataset;
    this._results =
      dataset && this._query.trim()
        ? search(dataset, this._query, { limit: MAX_RESULTS * 2 })
            // a statewide agency leads to no county; its state's counties all list it
            .filter((result) => result.counties.length > 0)
            .slice(0, MAX_RESULTS)
        : [];
    this._results = this.grouped(this._results);
    this._active = -1;
    this._open = this._query.trim().length > 0;
  }

  /** Results in group order (counties, cities, ZIP codes, agencies), each group in rank order. */
  private grouped(results: SearchResult[]): SearchResult[] {
    return GROUP_ORDER.flatMap((kind) => results.filter((result) => result.kind === kind));
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this._results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this._open && this._query.trim()) this._open = true;
        if (count > 0) this._active = Math.min(this._active + 1, count - 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) this._active = Math.max(this._active - 1, 0);
        break;
      case 'Home':
      case 'End':
        if (this._open && count > 0) {
          event.preventDefault();
          this._active = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter': {
        const chosen = this._results[Math.max(this._active, 0)];
        if (this._open && chosen) {
          event.preventDefault();
          this.choose(chosen);
        }
        break;
      }
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          this._open = false;
          this._active = -1;
        } else if (this._query) {
          event.preventDefault();
          this._query = '';
          this._results = [];
        }
        break;
    }
  }

  private choose(result: SearchResult): void {
    this._open = false;
    this._active = -1;
    this._query = result.label;
    this._message = null;
    if (result.counties.length === 1) this.answerFips(result.counties[0] ?? null);
    else {
      this._answer = null;
      this._choice = result;
    }
  }

  private optionLabel(result: SearchResult): string {
    const dataset = this._dataset;
    const countyNames = result.counties.map((fips) => dataset?.countyByFips.get(fips)?.name ?? fips);
    const name = result.kind === 'zip' ? fill(this.t.zipLabel, { zip: result.name }) : result.label;
    return result.kind === 'county' ? name : `${name} → ${countyNames.join(', ')}`;
  }

  private renderListbox(): TemplateResult {
    const t = this.t;
    const groups = GROUP_ORDER.map((kind) => ({
      kind,
      label: { county: t.groupCounty, city: t.groupCity, zip: t.groupZip, agency: t.groupAgency }[kind],
      items: this._results
        .map((result, index) => ({ result, index }))
        .filter(({ result }) => result.kind === kind),
    })).filter((group) => group.items.length > 0);
    return html`<div id="listbox" role="listbox" part="listbox" aria-label=${t.label} ?hidden=${!this._open}>
      ${groups.map(
        (group) => html`<div role="group" aria-labelledby="group-${group.kind}">
          <div class="group-label" id="group-${group.kind}" role="presentation">${group.label}</div>
          ${group.items.map(
            ({ result, index }) => html`<div
              id="option-${index}"
              role="option"
              part="option"
              aria-selected=${index === this._active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.choose(result)}
            >
              ${this.optionLabel(result)}
            </div>`,
          )}
        </div>`,
      )}
      ${this._open && this._results.length === 0 ? html`<div class="hint" role="presentation">${t.noResults}</div>` : nothing}
    </div>`;
  }

  private liveMessage(): string {
    if (!this._open || !this._query.trim()) return '';
    const count = this._results.length;
    if (count === 0) return this.t.noResults;
    return count === 1 ? this.t.resultsOne : fill(this.t.resultsMany, { count });
  }

  private renderAgencies(agencies: readonly AnswerAgency[]): TemplateResult {
    const lang = this.lang_;
    const t = this.t;
    return html`<ul class="agencies">
      ${agencies.map(
        (agency) => html`<li>
          <strong>${agency.name}</strong>
          <ul class="agreements">
            ${agency.agreements.map(
              (agreement) => html`<li>
                ${modelName(agreement.model, lang)}${agreement.signed ? html`, ${fill(t.signed, { date: formatDate(agreement.signed, lang) })}` : nothing}.
                ${
                  agreement.moaUrl
                    ? html`<a href=${agreement.moaUrl} rel="noreferrer" target="_blank">${t.moaLink}</a>`
                    : html`<span class="meaning">(${t.moaPending})</span>`
                }
              </li>`,
            )}
          </ul>
        </li>`,
      )}
    </ul>`;
  }

  /** What each model in the answer allows, once per model rather than under every agreement. */
  private renderModels(answer: CountyAnswer): TemplateResult | typeof nothing {
    const lang = this.lang_;
    const present = new Set(
      [...answer.local, ...answer.statewide, ...answer.pending].flatMap((agency) =>
        agency.agreements.map((a) => a.model),
      ),
    );
    const models = MODEL_ORDER.filter((code) => present.has(code));
    if (models.length === 0) return nothing;
    return html`<section part="models">
      <h4>${this.t.modelsHeading}</h4>
      <dl>
        ${models.map((code) => html`<dt>${modelName(code, lang)}</dt><dd>${MODELS[code].summary.text[lang]}</dd>`)}
      </dl>
    </section>`;
  }

  private renderAnswer(answer: CountyAnswer): TemplateResult {
    const lang = this.lang_;
    const t = this.t;
    const county = `${answer.county.name}, ${answer.county.state}`;
    const state = answer.county.stateName;
    const count = answer.local.length;
    const sentence = answer.hasLocalAgreement
      ? fill(isPlural(count, lang) ? t.answerYesMany : t.answerYesOne, { count, county })
      : fill(t.answerNo, { county });
    const mandate = answer.mandate;
    return html`<article class="answer" part="card" aria-labelledby="answer-sentence">
      <h3 id="answer-sentence" part="answer">${sentence}</h3>
      ${count > 0 ? html`<section part="local"><h4>${t.localHeading}</h4>${this.renderAgencies(answer.local)}</section>` : nothing}
      ${
        answer.statewide.length > 0
          ? html`<details part="statewide">
              <summary>${fill(t.statewideHeading, { state, count: answer.statewide.length })}</summary>
              <p class="explain">${fill(t.statewideExplain, { state })}</p>
              ${this.renderAgencies(answer.statewide)}
            </details>`
          : html`<p class="explain" part="statewide">${fill(t.statewideNone, { state })}</p>`
      }
      ${
        answer.pending.length > 0
          ? html`<section part="pending"><h4>${t.pendingHeading}</h4>${this.renderAgencies(answer.pending)}</section>`
          : nothing
      }
      ${
        mandate
          ? html`<p part="mandate">
              ${fill(t.mandate, { state, law: mandate.law, year: mandate.year })}
              <a href=${mandate.sources[0] ?? ''} rel="noreferrer" target="_blank">${t.lawLink}</a>
            </p>`
          : nothing
      }
      ${this.renderModels(answer)}
      <p class="source" part="source">
        ${fill(t.source, { date: formatDate(answer.asOf, lang) })}
        <a href=${answer.source.url} rel="noreferrer" target="_blank">${t.sourceLink}</a>
      </p>
    </article>`;
  }

  private renderChoice(choice: SearchResult): TemplateResult {
    const dataset = this._dataset;
    return html`<div class="answer" part="choices">
      <p>${fill(this.t.chooseCounty, { place: this.optionLabel(choice).split(' → ')[0] ?? choice.label })}</p>
      <div class="choices">
        ${choice.counties.map((fips) => {
          const county = dataset?.countyByFips.get(fips);
          return html`<button type="button" @click=${() => this.answerFips(fips)}>
            ${county ? `${county.name}, ${county.state}` : fips}
          </button>`;
        })}
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const ready = this._dataset !== null;
    return html`<div class="root" part="root">
      <h2 part="heading">${this.heading ?? t.heading}</h2>
      <label for="input">${t.label}</label>
      <div class="combo">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${this._open ? 'true' : 'false'}
          aria-activedescendant=${this._active >= 0 ? `option-${this._active}` : nothing}
          placeholder=${t.placeholder}
          .value=${this._query}
          ?disabled=${!ready}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${() => {
            this._open = false;
          }}
        />
        ${this.renderListbox()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.liveMessage()}</div>
      ${ready ? nothing : html`<p class="hint">${t.loading}</p>`}
      ${this._note ? html`<p class="note" part="note" role="note">${this._note}</p>` : nothing}
      ${this._message ? html`<p class="note" part="note" role="alert">${this._message}</p>` : nothing}
      ${this._choice ? this.renderChoice(this._choice) : nothing}
      ${this._answer ? this.renderAnswer(this._answer) : nothing}
      <slot name="resources" ?hidden=${!this._answer}></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'open287g-lookup': Open287gLookup;
  }
  interface HTMLElementEventMap {
    'open287g-select': CustomEvent<CountyAnswer>;
    'open287g-data-error': CustomEvent<{ url: string; reason: string; message: string }>;
  }
}
