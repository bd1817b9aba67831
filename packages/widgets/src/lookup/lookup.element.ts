import {
  type AnswerAgency,
  answerCounty,
  answerState,
  type CountyAnswer,
  countyInSentence,
  type Dataset,
  type LawEffect,
  type LawStage,
  type Listings,
  lawsInForce,
  type MandateLaw,
  MODEL_ORDER,
  MODEL_SUMMARIES,
  type ModelCode,
  modelName,
  type Places,
  prepareSearch,
  resolveCounty,
  type SearchResult,
  type StateAnswer,
  search,
} from '@open287g/sdk/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Open287gElement } from '../shared/base-element.js';
import { changedSinceNote } from '../shared/changed-since.js';
import { customString, withCustomStrings } from '../shared/custom-strings.js';
import { type DataNote, type DataSource, dataSteps, showAgreements } from '../shared/data.js';
import { dataFileName, getDataLink } from '../shared/get-data.js';
import { fill, fillDates, formatDate, formatNumber, isPlural } from '../shared/i18n.js';
import { MODEL_TAGS } from '../shared/model-tags.js';
import { safeHref } from '../shared/safe-href.js';
import { whenIdle } from '../shared/when-idle.js';
import { countyRows, stateRows } from './answer-rows.js';
import { lookupStyles } from './lookup.styles.js';
import { LOOKUP_STRINGS, type LookupStrings } from './strings.js';

const MAX_RESULTS = 8;
// buttons a reader can scan; more is "add the state"
const MAX_CHOICES = 12;
const GROUP_ORDER: SearchResult['kind'][] = ['state', 'county', 'city', 'zip', 'agency'];

/** A message kept as its string key and values, so it follows later changes of language or strings. */
interface Message {
  key: 'unknownCounty' | 'statewideAgency';
  values: Record<string, string>;
}

/** A question of which county: a place in several (`chooseCounty`), or a name several answer to (`chooseAmong`). */
interface Choice {
  key: 'chooseCounty' | 'chooseAmong';
  values: Record<string, string>;
  counties: readonly string[];
  /** how many more counties match than are offered */
  more: number;
}

// Between the parts of an agreement's row, which the layout separates by space alone: heard as a pause.
const PAUSE = html`<span class="visually-hidden">, </span>`;

/** A source's text as a sentence: some end without a full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

type StateLaws = Pick<CountyAnswer, 'mandate' | 'restrictions' | 'relatedLaws'>;

const EFFECT_KEYS: Record<LawEffect, 'mandate' | 'lawProhibits' | 'lawLimits'> = {
  requires: 'mandate',
  prohibits: 'lawProhibits',
  limits: 'lawLimits',
  related: 'mandate',
};
const STAGE_KEYS: Record<
  Exclude<LawStage, 'enacted'>,
  'stagePending' | 'stageVetoed' | 'stageNotEnacted' | 'stageSuperseded'
> = {
  pending: 'stagePending',
  vetoed: 'stageVetoed',
  'not-enacted': 'stageNotEnacted',
  superseded: 'stageSuperseded',
};

/** A load that waits to be asked for: `asked` settles at the first `ask()`; later ones do nothing. */
function onRequest(): { ask: () => void; asked: Promise<void> } {
  let ask = () => {};
  const asked = new Promise<void>((resolve) => {
    ask = () => resolve();
  });
  return { ask, asked };
}

/**
 * The parts of an answer that can change when newer agreements arrive; not the marks the listing history
 * adds (`newSince`, `lastListed`), which arrive on their own and are no news to announce.
 */
const answerContent = (answer: CountyAnswer) =>
  JSON.stringify(
    [answer.local, answer.statewide, answer.pending, answer.mandate, answer.restrictions],
    (key, value) => (key === 'newSince' || key === 'lastListed' ? undefined : value),
  );

/**
 * <open287g-lookup>: "Does my county have a 287(g) agreement?" — a combobox that finds a county by name,
 * city, ZIP code or agency, and a card with the answer from ICE's list. Searching runs on data loaded whole
 * in the page: nothing a reader types is sent anywhere.
 *
 * @tagname open287g-lookup
 * @summary Look up a county's 287(g) agreements.
 *
 * @attr lang - "en" or "es"; default: the nearest ancestor's `lang`.
 * @attr county - a county FIPS code (5 digits) to answer for when the element loads.
 * @attr data-src - URL of a newer `agreements.json`; if it fails or is older than the bundled data, the
 *   bundled data is shown with a note. Loading it never holds back the bundled answers or the town/ZIP search.
 * @attr data-pinned - use `data-src` even when its ICE list is older than the bundled one (a story pinned to
 *   the list of its publication day); the element then says so, with both dates, and, for the county or
 *   state shown, how ICE's list has changed since (from the listing history).
 * @attr heading - the heading text, instead of the default question.
 * @attr compact - smaller spacing and heading.
 * @attr theme - "light" or "dark" whatever the page's color-scheme, or "auto" (the reader's setting); default:
 *   the page's color-scheme.
 *
 * @prop strings - any visible strings to replace (see `LookupStrings`); a value that is not a string is
 *   ignored with a console warning.
 * @prop ready - a promise that resolves once the data, including the ZIP/city index and the listing history, is loaded and `data-src`
 *   (if any) is used or refused: within the SDK's 8 s deadline for a remote load, whatever its host does.
 *
 * @slot resources - the embedding organisation's own links (hotline, know-your-rights page), shown under the answer.
 *
 * @event open287g-select - a county was answered; `detail` is the SDK's `CountyAnswer`. It fires again only
 *   if newer data (`data-src`) changes that answer.
 * @event open287g-data-error - `data-src` failed; `detail` is `{ url, reason, message }`; the bundled data is shown.
 *
 * @csspart root - the outer box.
 * @csspart heading - the heading.
 * @csspart input - the text field.
 * @csspart listbox - the list of matches.
 * @csspart option - one match.
 * @csspart note - a data note.
 * @csspart card - the answer.
 * @csspart answer - the one-sentence answer, after its status badge.
 * @csspart badge - the status in words: Yes, No local agreement, Only statewide agencies.
 * @csspart tag - a model's short tag (JEM, TFM, WSO), always beside its full name.
 * @csspart local - local agencies.
 * @csspart statewide - statewide agencies (a disclosure).
 * @csspart ended - agreements an earlier ICE list showed and the current one does not ("listed until …"),
 *   shown once the listing history (loaded after the answer) is in.
 * @csspart new - the "new since ICE's list of …" mark on an agreement the previous list did not show.
 * @csspart pending - pending agreements.
 * @csspart mandate - the state's laws in force (a mandate, a prohibition or a limit), its other bills folded.
 * @csspart models - what each model allows.
 * @csspart source - the data source line.
 * @csspart get-data - the "Get the data (CSV)" link under an answer: the answer as a CSV file, made in the page.
 * @csspart choices - the counties to choose from (after an ambiguous query, or in a state's summary).
 *
 * @cssprop --open287g-font - font (default: the system font stack; `inherit` takes the page's).
 * @cssprop --open287g-color-text - text colour.
 * @cssprop --open287g-color-background - background.
 * @cssprop --open287g-color-muted - secondary text.
 * @cssprop --open287g-color-border - borders.
 * @cssprop --open287g-color-accent - links, focus and the active option.
 * @cssprop --open287g-color-active - active option background.
 * @cssprop --open287g-radius - corner radius.
 * @cssprop --open287g-space - spacing.
 * @cssprop --open287g-focus-ring - focus outline.
 * @cssprop --open287g-placeholder-height - with `county`: the space held until the answer is in (and, with
 *   open287g.css, before the element is defined); default 24em.
 */
export class Open287gLookup extends Open287gElement {
  static override styles = lookupStyles;
  static override properties = {
    county: { type: String },
    heading: { type: String },
    compact: { type: Boolean, reflect: true },
    strings: { attribute: false },
    _dataset: { state: true },
    _placesLoaded: { state: true },
    _pendingFips: { state: true },
    _query: { state: true },
    _results: { state: true },
    _active: { state: true },
    _open: { state: true },
    _answer: { state: true },
    _choice: { state: true },
    _state: { state: true },
    _note: { state: true },
    _message: { state: true },
    _announcement: { state: true },
  };

  // Plain fields are Lit reactive properties here because the package compiles with
  // useDefineForClassFields: false (a defined own field would shadow Lit's accessor).
  county: string | null = null;
  heading: string | null = null;
  compact = false;
  strings: Partial<LookupStrings> = {};
  _dataset: Dataset | null = null;
  _placesLoaded = false;
  /** a county asked for before the agreements arrived */
  _pendingFips: string | null = null;
  /** a state named before the agreements arrived */
  private _pendingState: string | null = null;
  _query = '';
  _results: SearchResult[] = [];
  _active = -1;
  _open = false;
  _answer: CountyAnswer | null = null;
  _choice: Choice | null = null;
  /** a state or territory named alone: its summary */
  _state: StateAnswer | null = null;
  /** why the data is not the newest or not the requested one (data-src): stays visible */
  _note: DataNote | null = null;
  /** about the reader's last request (unknown county, statewide agency): cleared by the next choice */
  _message: Message | null = null;
  /** what the live region says after a choice (the answer, or the question which county) */
  _announcement = '';

  /** the agreements shown (bundled, or from data-src), before the ZIP/city index is attached */
  private agreements: Dataset | null = null;
  private placesIndex: Places | null = null;
  private listings: Listings | null = null;
  private focusAnswer = false;
  /**
   * the ZIP/city index: asked for in idle time once the reader focuses the field, at once when what they
   * type needs it (a digit, or a name no county or agency has), or when a page reads `ready`
   */
  private indexRequest = onRequest();
  /** the listing history: asked for with the first answer, or when a page reads `ready` */
  private historyRequest = onRequest();

  /**
   * Resolves once the data of the current source is loaded and shown, all of it: reading it asks for the
   * ZIP/city index and the listing history, which the element otherwise loads only when a reader first
   * focuses the field, and with the first answer.
   */
  override get ready(): Promise<void> {
    this.indexRequest.ask();
    this.historyRequest.ask();
    return super.ready;
  }

  // Before rendering, so a new `county` is answered in the same update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('county') && this._dataset) this.answerFips(this.county?.trim() || null);
  }

  protected override updated(): void {
    if (this.focusAnswer) {
      this.focusAnswer = false;
      (this.renderRoot.querySelector('#answer-sentence') as HTMLElement | null)?.focus();
    }
  }

  private get t(): LookupStrings {
    return withCustomStrings(LOOKUP_STRINGS[this.lang_], this.strings, 'open287g-lookup', [
      'models',
      'countyUnits',
    ]);
  }

  protected override async load(source: DataSource | null, stale: () => boolean): Promise<void> {
    this._note = null;
    const steps = dataSteps(source);
    // 1. counties: the field works and county names can be searched
    const base = await steps.places;
    if (stale()) return;
    if (!this._dataset) {
      this._dataset = base;
      if (this.county) this.answerFips(this.county.trim());
    }
    // 4. the ZIP/city index, once asked for, never waiting on data-src: towns and ZIP codes
    const indexed = this.indexRequest.asked.then(steps.index).then((places) => {
      if (stale()) return;
      this.placesIndex = places;
      this.show(this.agreements ?? base);
      this._placesLoaded = true;
    });
    // 3. the listing history, once asked for, after the agreements: the answer gains ended agreements and "new since"
    // marks in place, without a new announcement or event
    const listed = this.historyRequest.asked.then(steps.listings).then((listings) => {
      if (stale() || !listings) return;
      this.listings = listings;
      this.show(this.agreements ?? base);
      const shown = this._answer?.county.fips;
      if (shown && this.hasAgreements) this._answer = answerCounty(this._dataset as Dataset, shown);
    });
    // 2. agreements: the bundled ones at once, so a slow data-src never holds answers back; but a pinned
    // list is the one the page's story is about, so its answers wait for it (or for its failure)
    const shown = await showAgreements(this, steps, source, stale, (dataset, note) => {
      this.useAgreements(dataset);
      this._note = note;
    });
    if (!shown) return;
    // a step that failed must not hold `ready` back: the answer is shown, and the error still surfaces
    const settled = await Promise.allSettled([indexed, listed]);
    for (const step of settled) {
      if (step.status === 'rejected')
        queueMicrotask(() => {
          throw step.reason;
        });
    }
    if (stale()) return;
    await this.updateComplete;
    this.resolveReady();
  }

  /** Shows these agreements, with the ZIP/city index once it is in; searches what was typed again. */
  private show(agreements: Dataset): void {
    this.agreements = agreements;
    this._dataset = {
      ...agreements,
      places: this.placesIndex ?? agreements.places,
      listings: this.listings ?? agreements.listings,
    };
    this.prepareSearchWhenIdle();
    if (this._query.trim()) this.runSearch();
  }

  /** Agreements arrived (or newer ones replaced them): answer what the reader is waiting for, again. */
  private useAgreements(dataset: Dataset): void {
    const previous = this._answer;
    this.show(dataset);
    const state = this._pendingState ?? this._state?.state.code ?? null;
    this._pendingState = null;
    if (state) this._state = null;
    if (state && !this._pendingFips && !previous) this.tellState(state);
    const waiting = this._pendingFips ?? previous?.county.fips ?? null;
    this._pendingFips = null;
    if (!waiting) return;
    if (previous && dataset.countyByFips.has(waiting)) {
      // the same county with newer data: announced and sent to the page only if the answer changed
      const next = answerCounty(dataset, waiting);
      if (answerContent(next) === answerContent(previous)) {
        this._answer = next;
        return;
      }
    }
    this.answerFips(waiting);
  }

  private get hasAgreements(): boolean {
    return (this._dataset?.asOf ?? '') !== '';
  }

  private answerFips(fips: string | null): void {
    const dataset = this._dataset;
    if (!dataset || !fips) return;
    this._choice = null;
    this._state = null;
    this._message = null;
    if (!dataset.countyByFips.has(fips)) {
      this._answer = null;
      this._message = { key: 'unknownCounty', values: { fips } };
      this._announcement = this.messageText(this._message);
      return;
    }
    if (!this.hasAgreements) {
      this._pendingFips = fips;
      return;
    }
    this._answer = answerCounty(dataset, fips);
    this.historyRequest.ask();
    this._announcement = `${this.badge(this._answer).text} — ${this.answerSentence(this._answer)}`;
    this.dispatchEvent(
      new CustomEvent('open287g-select', { detail: this._answer, bubbles: true, composed: true }),
    );
  }

  private runSearch(): void {
    const dataset = this._dataset;
    const results = dataset && this._query.trim() ? search(dataset, this._query, { limit: MAX_RESULTS }) : [];
    this._results = GROUP_ORDER.flatMap((kind) => results.filter((result) => result.kind === kind));
    this._active = -1;
    this._open = this._results.length > 0;
    // a new query that matches nothing: the answer below it is no longer for what the field says
    if (results.length === 0 && this._query.trim() && this._placesLoaded) {
      this._answer = null;
      this._choice = null;
      this._state = null;
      this._message = null;
    }
  }

  private onInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this._announcement = '';
    this.runSearch();
    if (!this._placesLoaded && this._query.trim() && (/\d/.test(this._query) || this._results.length === 0))
      this.indexRequest.ask();
  }

  private onFocus(): void {
    whenIdle(this.indexRequest.ask);
  }

  /**
   * The search index of the data shown, built before the reader's next keystroke but in idle time, not in
   * the task that decoded the data. Until the field is first focused it holds counties and agencies only,
   * which is quick; the towns come with the ZIP/city index.
   */
  private prepareSearchWhenIdle(): void {
    const dataset = this._dataset;
    whenIdle(() => {
      if (dataset && this._dataset === dataset) prepareSearch(dataset);
    });
  }

  private close(): void {
    this._open = false;
    this._active = -1;
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this._results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this._open) {
          this._open = true;
          this._active = down ? 0 : count - 1;
        } else this._active = down ? Math.min(this._active + 1, count - 1) : Math.max(this._active - 1, 0);
        break;
      }
      case 'Home':
      case 'End':
        // only while an option is active; otherwise the keys move the text caret as usual
        if (this._open && this._active >= 0) {
          event.preventDefault();
          this._active = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter': {
        const chosen = this._open ? this._results[this._active] : undefined;
        if (!chosen && !this._query.trim()) break;
        event.preventDefault();
        if (chosen) this.choose(chosen);
        else this.submit();
        break;
      }
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          this.close();
        } else if (this._query) {
          event.preventDefault();
          this._query = '';
          this._results = [];
        }
        break;
    }
  }

  private choose(result: SearchResult): void {
    this.close();
    this._query = this.optionName(result);
    this._message = null;
    if (result.kind === 'state' && result.counties.length > 1) {
      this.tellState(result.state);
    } else if (result.counties.length === 1) {
      this.answerFips(result.counties[0] ?? null);
    } else if (result.counties.length > 1) {
      this.ask({
        key: 'chooseCounty',
        values: { place: this.optionName(result) },
        counties: result.counties,
        more: 0,
      });
    } else {
      // a statewide agency: every county of its state lists it
      this._answer = null;
      this._choice = null;
      this._state = null;
      const state = this._dataset?.stateByCode.get(result.state)?.name ?? result.state;
      this._message = { key: 'statewideAgency', values: { agency: result.name, state } };
      this._announcement = this.messageText(this._message);
    }
  }

  /** A state named alone: its summary (statewide agencies, counties with a local agreement, its laws). */
  private tellState(code: string): void {
    const dataset = this._dataset;
    if (!dataset?.stateByCode.has(code)) return;
    this._answer = null;
    this._choice = null;
    this._message = null;
    if (!this.hasAgreements) {
      this._pendingState = code;
      return;
    }
    this._state = answerState(dataset, code);
    this._announcement = `${this._state.state.name}. ${this.stateSummary(this._state)}`;
  }

  private stateSummary({ state, countiesWithLocalAgreement }: StateAnswer): string {
    const units = this.t.countyUnits;
    const unit = (key: string) =>
      customString(this.strings, ['countyUnits', key], 'open287g-lookup') ?? units[key];
    return fill(this.t.stateSummary, {
      state: state.name,
      count: formatNumber(countiesWithLocalAgreement.length, this.lang_),
      total: formatNumber(state.counties, this.lang_),
      units: unit(state.code) ?? unit('other') ?? units.other,
    });
  }

  private ask(choice: Choice): void {
    this._answer = null;
    this._state = null;
    this._message = null;
    this._choice = choice;
    this._announcement = this.choiceText(choice);
  }

  private choiceText(choice: Choice): string {
    const more =
      choice.more > 0 ? ` ${fill(this.t.chooseMore, { count: formatNumber(choice.more, this.lang_) })}` : '';
    return fill(this.t[choice.key], choice.values) + more;
  }

  /**
   * Enter with no option picked: an answer only when what was typed names one county; a name several
   * counties answer to ("St. Louis": a county and a city) asks which, rather than answering the first.
   */
  private submit(): void {
    const dataset = this._dataset;
    const query = this._query.trim();
    if (!dataset || !query) return;
    const resolution = resolveCounty(dataset, query);
    this.close();
    if (resolution.status === 'match') {
      this._query = this.optionName(resolution.via);
      this.answerFips(resolution.fips);
    } else if (resolution.status === 'statewide' || resolution.status === 'state')
      this.choose(resolution.status === 'state' ? resolution.via : resolution.agency);
    else if (resolution.status === 'ambiguous' && resolution.candidates.length === 1) {
      // one place (a ZIP code, a town) in several counties: which of its counties
      this.choose(resolution.candidates[0] as SearchResult);
    } else if (resolution.status === 'ambiguous') {
      const counties = [...new Set(resolution.candidates.flatMap((result) => result.counties))];
      this.ask({
        key: 'chooseAmong',
        values: { query },
        counties: counties.slice(0, MAX_CHOICES),
        more: Math.max(0, counties.length - MAX_CHOICES) + resolution.more,
      });
    }
  }

  private chooseCounty(fips: string): void {
    this.answerFips(fips);
    // the buttons disappear with the question: keep the reader's place by moving focus to the answer
    this.focusAnswer = true;
  }

  private messageText(message: Message): string {
    return fill(this.t[message.key], message.values);
  }

  /** "Naples, FL", "ZIP 34102" / "Código postal 34102": what a result is called, in the reader's language. */
  private optionName(result: SearchResult): string {
    return result.kind === 'zip' ? fill(this.t.zipLabel, { zip: result.name }) : result.label;
  }

  private countyNames(result: SearchResult): string {
    return result.counties.map((fips) => this._dataset?.countyByFips.get(fips)?.name ?? fips).join(', ');
  }

  private renderOption(result: SearchResult, index: number): TemplateResult {
    // An arrow would be read aloud as "right arrow": screen readers hear "in" instead.
    const where =
      result.kind === 'county' || result.kind === 'state'
        ? nothing
        : html`<span aria-hidden="true"> → </span><span class="visually-hidden"> ${this.t.optionIn} </span>${this.countyNames(result)}`;
    return html`<div
      id="option-${index}"
      role="option"
      part="option"
      aria-selected=${index === this._active ? 'true' : 'false'}
      @click=${() => this.choose(result)}
    >
      ${this.optionName(result)}${where}
    </div>`;
  }

  private renderListbox(): TemplateResult {
    const t = this.t;
    const labels = {
      state: t.groupState,
      county: t.groupCounty,
      city: t.groupCity,
      zip: t.groupZip,
      agency: t.groupAgency,
    };
    const groups = GROUP_ORDER.map((kind) => ({
      kind,
      items: this._results
        .map((result, index) => ({ result, index }))
        .filter(({ result }) => result.kind === kind),
    })).filter((group) => group.items.length > 0);
    // mousedown would blur the input and close the list before a click lands
    return html`<div
      id="listbox"
      role="listbox"
      part="listbox"
      aria-label=${t.label}
      ?hidden=${!this._open}
      @mousedown=${(event: Event) => event.preventDefault()}
    >
      ${groups.map(
        (group) => html`<div role="group" aria-labelledby="group-${group.kind}">
          <div class="group-label" id="group-${group.kind}" role="presentation">${labels[group.kind]}</div>
          ${group.items.map(({ result, index }) => this.renderOption(result, index))}
        </div>`,
      )}
    </div>`;
  }

  /** Below the field, for everyone: why there is no list. */
  private emptyHint(): string | null {
    if (!this._query.trim() || this._results.length > 0 || this._open) return null;
    if (this._choice || this._answer || this._message || this._state) return null;
    return this._placesLoaded ? this.t.noResults : this.t.loadingPlaces;
  }

  private liveMessage(): string {
    if (this._open) {
      const count = this._results.length;
      return count === 1
        ? this.t.resultsOne
        : fill(this.t.resultsMany, { count: formatNumber(count, this.lang_) });
    }
    return this.emptyHint() ?? this._announcement;
  }

  /** A model as a short tag (JEM) beside its full name, so the tag is never the only label. */
  private renderModel(code: ModelCode): TemplateResult {
    return html`<span class="model"
      ><span class="tag" part="tag" aria-hidden="true">${MODEL_TAGS[code]}</span
      ><span class="model-name">${this.modelLabel(code)}</span></span
    >`;
  }

  private renderAgencies(agencies: readonly AnswerAgency[]): TemplateResult {
    const lang = this.lang_;
    const t = this.t;
    return html`<ul class="agencies" role="list">
      ${agencies.map(
        (agency) => html`<li class="agency">
          <span class="agency-name">${agency.name}</span>
          <ul class="agreements" role="list">
            ${agency.agreements.map((agreement) => {
              const href = safeHref(agreement.moaUrl);
              const signed = agreement.signed
                ? html`${PAUSE}<span class="detail">${fill(t.signed, { date: formatDate(agreement.signed, lang) })}</span>`
                : nothing;
              const end = agreement.lastListed
                ? html`<span class="detail">${fill(t.listedUntil, { date: formatDate(agreement.lastListed, lang) })}</span>`
                : href
                  ? html`<a class="moa" href=${href} rel="noreferrer" target="_blank">${t.moaLink}</a>`
                  : html`<span class="detail">${t.moaPending}</span>`;
              return html`<li class="agreement">
                ${this.renderModel(agreement.model)}${signed}
                ${
                  agreement.newSince
                    ? html`<span class="new" part="new"
                        >${fill(t.newSince, { date: formatDate(agreement.newSince, lang) })}</span
                      >`
                    : nothing
                }${PAUSE}${end}
              </li>`;
            })}
          </ul>
        </li>`,
      )}
    </ul>`;
  }

  /**
   * Statewide agencies, folded where local ones come first: a state's list would otherwise fill every
   * county's card. Open where they are all that applies.
   */
  private renderStatewide(agencies: readonly AnswerAgency[], state: string, explain: boolean, open = false) {
    const t = this.t;
    return html`<details class="disclosure" part="statewide" ?open=${open}>
      <summary>${fill(t.statewideHeading, { state, count: formatNumber(agencies.length, this.lang_) })}</summary>
      <div class="disclosure-body">
        ${explain ? html`<p class="explain">${fill(t.statewideExplain, { state })}</p>` : nothing}
        ${this.renderAgencies(agencies)}
      </div>
    </details>`;
  }

  /**
   * Agreements ICE no longer lists: the county's agencies in view, the state's folded away as the active
   * statewide ones are.
   */
  private renderEnded(answer: CountyAnswer): TemplateResult | typeof nothing {
    if (answer.ended.length === 0) return nothing;
    const local = answer.ended.filter((agency) => agency.kind !== 'state');
    const statewide = answer.ended.filter((agency) => agency.kind === 'state');
    return html`<section class="section ended" part="ended">
      <h4>${this.t.endedHeading}</h4>
      ${local.length > 0 ? this.renderAgencies(local) : nothing}
      ${statewide.length > 0 ? this.renderStatewide(statewide, answer.county.stateName, false) : nothing}
    </section>`;
  }

  /** The embedder's `strings.models[code][field]`, if it is a string. */
  private customModelString(code: ModelCode, field: 'name' | 'summary'): string | null {
    return customString(this.strings, ['models', code, field], 'open287g-lookup');
  }

  private modelLabel(code: ModelCode): string {
    return this.customModelString(code, 'name') ?? modelName(code, this.lang_);
  }

  private modelSummary(code: ModelCode): string {
    return this.customModelString(code, 'summary') ?? MODEL_SUMMARIES[code].text[this.lang_];
  }

  /** What each model in the answer allows, once per model rather than under every agreement. */
  private renderModels(agencies: readonly AnswerAgency[]): TemplateResult | typeof nothing {
    const present = new Set(agencies.flatMap((agency) => agency.agreements.map((a) => a.model)));
    const models = MODEL_ORDER.filter((code) => present.has(code));
    if (models.length === 0) return nothing;
    return html`<section class="section" part="models">
      <h4>${this.t.modelsHeading}</h4>
      <dl class="models">
        ${models.map(
          (code) => html`<div><dt>${this.renderModel(code)}</dt><dd>${this.modelSummary(code)}</dd></div>`,
        )}
      </dl>
    </section>`;
  }

  /** The state's laws in force as a callout, what each does in the reader's language; the rest folded. */
  private renderLaws(laws: StateLaws, state: string): TemplateResult | typeof nothing {
    const t = this.t;
    const inForce = lawsInForce(laws);
    if (inForce.length === 0 && laws.relatedLaws.length === 0) return nothing;
    const stage = (law: MandateLaw) => (law.stage === 'enacted' ? t.stageRelated : t[STAGE_KEYS[law.stage]]);
    return html`<section class="callout" part="mandate">
      <h4>${t.lawHeading}</h4>
      ${inForce.map((law) => {
        const href = safeHref(law.sources[0] ?? null);
        const values = { state, law: law.law, year: law.year };
        return html`<p>
          <strong>${fill(t[EFFECT_KEYS[law.effect]], values)}</strong>
          ${sentence(this.lang_ === 'es' ? law.requirementEs : law.requirement)}
          ${href ? html`<a href=${href} rel="noreferrer" target="_blank">${t.lawLink}</a>` : nothing}
        </p>`;
      })}
      ${
        laws.relatedLaws.length > 0
          ? html`<details class="disclosure">
              <summary>${fill(t.otherLaws, { state, count: formatNumber(laws.relatedLaws.length, this.lang_) })}</summary>
              <ul class="disclosure-body laws">
                ${laws.relatedLaws.map((law) => {
                  const href = safeHref(law.sources[0] ?? null);
                  const name = `${law.law} (${law.year})`;
                  return html`<li>
                    ${href ? html`<a href=${href} rel="noreferrer" target="_blank">${name}</a>` : name}:
                    ${stage(law)}
                  </li>`;
                })}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  private renderSource({ asOf, source }: Pick<CountyAnswer, 'asOf' | 'source'>): TemplateResult {
    const t = this.t;
    const href = safeHref(source.url);
    return html`<footer class="source" part="source">
      <p>
        ${fill(t.source, { date: formatDate(asOf, this.lang_) })}
        ${href ? html`<a href=${href} rel="noreferrer" target="_blank">${t.sourceLink}</a>` : nothing}
      </p>
      <p>${t.credits}</p>
    </footer>`;
  }

  private answerSentence(answer: CountyAnswer): string {
    const t = this.t;
    const { name, state } = answer.county;
    const count = answer.local.length;
    return answer.hasLocalAgreement
      ? fill(isPlural(count, this.lang_) ? t.answerYesMany : t.answerYesOne, {
          count: formatNumber(count, this.lang_),
          county: countyInSentence(name, state, this.lang_, 'in'),
        })
      : fill(t.answerNo, { county: countyInSentence(name, state, this.lang_, 'of') });
  }

  private badge(answer: CountyAnswer): { kind: 'yes' | 'no' | 'statewide'; text: string } {
    if (answer.hasLocalAgreement) return { kind: 'yes', text: this.t.badgeYes };
    return answer.statewide.length > 0
      ? { kind: 'statewide', text: this.t.badgeStatewide }
      : { kind: 'no', text: this.t.badgeNo };
  }

  private renderAnswer(answer: CountyAnswer): TemplateResult {
    const lang = this.lang_;
    const t = this.t;
    const state = answer.county.stateName;
    const badge = this.badge(answer);
    const barred = !answer.hasLocalAgreement && answer.restrictions.some((law) => law.effect === 'prohibits');
    const { population } = answer.county;
    return html`<article class="card" part="card" aria-labelledby="answer-sentence">
      <header class="status status-${badge.kind}">
        <h3 id="answer-sentence" part="answer" tabindex="-1"><span class="badge" part="badge">${badge.text}</span
          ><span class="visually-hidden"> — </span><span class="sentence">${this.answerSentence(answer)}</span></h3>
        ${barred ? html`<p class="barred">${fill(t.barred, { state })}</p>` : nothing}
        ${
          population === null
            ? nothing
            : html`<p class="facts">${fill(t.population, { people: formatNumber(population, lang) })}</p>`
        }
      </header>
      ${answer.county.state === 'CT' ? html`<p class="explain">${t.connecticutRegions}</p>` : nothing}
      ${
        answer.local.length > 0
          ? html`<section class="section" part="local">
              <h4>${t.localHeading}</h4>
              ${this.renderAgencies(answer.local)}
            </section>`
          : nothing
      }
      ${
        answer.statewide.length > 0
          ? this.renderStatewide(answer.statewide, state, true, !answer.hasLocalAgreement)
          : html`<p class="explain" part="statewide">${fill(t.statewideNone, { state })}</p>`
      }
      ${
        answer.pending.length > 0
          ? html`<section class="section" part="pending">
              <h4>${t.pendingHeading}</h4>
              ${this.renderAgencies(answer.pending)}
            </section>`
          : nothing
      }
      ${this.renderEnded(answer)} ${this.renderLaws(answer, state)}
      ${this.renderModels([...answer.local, ...answer.statewide, ...answer.pending])}
      ${this.renderSource(answer)}
      ${getDataLink(t.getData, dataFileName([answer.county.name, answer.county.state], answer.asOf), () =>
        countyRows(answer),
      )}
    </article>`;
  }

  /** With a pinned older list: how ICE's list has changed since, for the county or state shown. */
  private renderChangedSince(): TemplateResult | typeof nothing {
    const { _answer: answer, _state: state } = this;
    const place = answer
      ? {
          where: { county: answer.county },
          name: countyInSentence(answer.county.name, answer.county.state, this.lang_),
        }
      : state
        ? { where: { state: state.state.code }, name: state.state.name }
        : null;
    return changedSinceNote(this._note, this.listings, place, this.t, this.lang_);
  }

  /** A state or territory named alone: its summary, and the way to one county. */
  private renderState(answer: StateAnswer): TemplateResult {
    const lang = this.lang_;
    const t = this.t;
    const { name } = answer.state;
    const local = answer.countiesWithLocalAgreement;
    const shown = local.slice(0, MAX_CHOICES);
    const dataset = this._dataset as Dataset;
    return html`<article class="card" part="card" aria-labelledby="answer-sentence">
      <header class="status">
        <h3 id="answer-sentence" part="answer" tabindex="-1">${name}</h3>
        <p class="facts">${this.stateSummary(answer)}</p>
      </header>
      <p>${t.stateChoose}</p>
      ${
        shown.length > 0
          ? html`<section class="section" part="choices">
              <h4>${t.stateCountiesHeading}</h4>
              ${this.renderCountyButtons(shown.map((county) => county.fips))}
              ${
                local.length > shown.length
                  ? html`<p class="explain">
                      ${fill(t.stateMore, { count: formatNumber(local.length - shown.length, lang) })}
                    </p>`
                  : nothing
              }
            </section>`
          : nothing
      }
      ${
        answer.statewide.length > 0
          ? this.renderStatewide(answer.statewide, name, true)
          : html`<p class="explain" part="statewide">${fill(t.statewideNone, { state: name })}</p>`
      }
      ${this.renderLaws(answer, name)} ${this.renderSource(answer)}
      ${getDataLink(t.getData, dataFileName([name], answer.asOf), () => stateRows(dataset, answer))}
    </article>`;
  }

  private renderChoice(choice: Choice): TemplateResult {
    return html`<div class="card" part="choices">
      <p>${this.choiceText(choice)}</p>
      ${this.renderCountyButtons(choice.counties)}
    </div>`;
  }

  /** One button per county, each answering it: a question's options, or a state's most populous counties. */
  private renderCountyButtons(counties: readonly string[]): TemplateResult {
    const dataset = this._dataset;
    return html`<div class="choices">
      ${counties.map((fips) => {
        const county = dataset?.countyByFips.get(fips);
        return html`<button type="button" @click=${() => this.chooseCounty(fips)}>
          ${county ? `${county.name}, ${county.state}` : fips}
        </button>`;
      })}
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const ready = this._dataset !== null;
    const hint = this.emptyHint();
    const heading = this.heading?.trim() || t.heading;
    const loading = !ready || this._pendingFips !== null;
    // A preselected county keeps the space its answer will take from the first paint (and the page's
    // placeholder CSS keeps it before that), so the article below does not jump twice; only until something
    // shows under the field: that answer, a message, or a choice of counties the reader asked for.
    const awaitingCounty =
      Boolean(this.county) && !this._answer && !this._message && !this._choice && !this._state;
    // dir: both languages read left to right, also on a right-to-left host page
    return html`<div
      class="root ${awaitingCounty ? 'awaiting-county' : ''}"
      part="root"
      lang=${this.lang_}
      dir="ltr"
    >
      <h2 part="heading">${heading}</h2>
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
          aria-activedescendant=${this._open && this._active >= 0 ? `option-${this._active}` : nothing}
          aria-describedby=${loading ? 'loading' : nothing}
          placeholder=${loading ? t.loading : t.placeholder}
          .value=${this._query}
          ?readonly=${!ready}
          @focus=${this.onFocus}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${this.close}
        />
        ${this.renderListbox()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.liveMessage()}</div>
      ${
        // the field itself says it is loading (as its placeholder), so no line comes and goes under it
        loading ? html`<p class="visually-hidden" id="loading">${t.loading}</p>` : nothing
      }
      ${hint ? html`<p class="hint" aria-hidden="true">${hint}</p>` : nothing}
      ${this._note ? html`<p class="note" part="note" role="note">${fillDates(this.t[this._note.key], this._note.dates, this.lang_)}</p>` : nothing}
      ${this.renderChangedSince()}
      ${this._message ? html`<p class="note" part="note">${this.messageText(this._message)}</p>` : nothing}
      ${this._choice ? this.renderChoice(this._choice) : nothing}
      ${this._answer ? this.renderAnswer(this._answer) : nothing}
      ${this._state ? this.renderState(this._state) : nothing}
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
