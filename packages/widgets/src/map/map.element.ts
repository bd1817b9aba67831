import {
  answerCounty,
  type County,
  type CountyCoverage,
  countyCoverage,
  type Dataset,
  type Listings,
  type ModelCode,
  modelName,
} from '@open287g/sdk/core';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { Open287gElement } from '../shared/base-element.js';
import { changedSinceNote } from '../shared/changed-since.js';
import { withCustomStrings } from '../shared/custom-strings.js';
import { type DataNote, type DataSource, dataSteps, showAgreements } from '../shared/data.js';
import { type CsvRows, dataFileName, getDataLink } from '../shared/get-data.js';
import { fill, fillDates, formatDate, formatNumber } from '../shared/i18n.js';
import { type Category, COLOR_BY, type ColorBy, categoriesOf, categoryOf } from './categories.js';
import { downloadSvg, legendEntries } from './download-svg.js';
import { type Box, loadMapGeometry, type MapGeometry } from './geometry.js';
import { mapStyles } from './map.styles.js';
import { nearestInDirection } from './nearest.js';
import { MAP_STRINGS, type MapStrings } from './strings.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

// one coverage per dataset, shared by every map on the page
const coverages = new WeakMap<Dataset, Map<string, CountyCoverage>>();
function coverageOf(dataset: Dataset): Map<string, CountyCoverage> {
  let coverage = coverages.get(dataset);
  if (!coverage) {
    coverage = new Map(countyCoverage(dataset).map((county) => [county.fips, county]));
    coverages.set(dataset, coverage);
  }
  return coverage;
}

const centre = ([x, y, width, height]: Box): [number, number] => [x + width / 2, y + height / 2];

/**
 * <open287g-map>: a county map of the United States (Alaska, Hawaii and the territories as insets), each
 * county coloured by what applies there on ICE's list, with a table of the same facts. Everything comes from
 * the data loaded whole in the page: nothing a reader hovers or chooses is sent anywhere.
 *
 * @tagname open287g-map
 * @summary A county map of 287(g) agreements.
 *
 * @attr lang - "en" or "es"; default: the nearest ancestor's `lang`.
 * @attr state - a USPS code ("TX"): show that state's counties, zoomed. A reader can also choose a state.
 * @attr county - a county FIPS code (5 digits) to outline.
 * @attr color-by - "presence" (default: a local agreement, only statewide agencies, none), "count" (how many
 *   local agencies have one) or "model" (the local agreement with the widest setting: Task Force, then Jail
 *   Enforcement, then Warrant Service Officer).
 * @attr for - the id of an `<open287g-lookup>` on the page that answers the county a reader chooses.
 * @attr data-src - URL of a newer `agreements.json`, as for the lookup; the bundled data is shown if it fails.
 * @attr data-pinned - use `data-src` even when its ICE list is older than the bundled one.
 * @attr heading - the heading text, instead of the default.
 * @attr compact - smaller heading and thinner county borders.
 * @attr theme - "light", "dark" or "auto", as for the lookup; default: the page's color-scheme.
 *
 * @prop strings - any visible strings to replace (see `MapStrings`).
 * @prop ready - a promise that resolves once the map and its data are shown.
 *
 * @fires open287g-select - a reader chose a county (click, or Enter in a state's view); `detail` is the SDK's
 *   `CountyAnswer` for it.
 * @fires open287g-data-error - `data-src` could not be used; `detail` has `url`, `reason` and `message`.
 *
 * @csspart root - the outer box.
 * @csspart heading - the heading.
 * @csspart toolbar - the state chooser and the way back.
 * @csspart map - the map (one tab stop; arrow keys move, Enter chooses, Escape goes back).
 * @csspart tooltip - the county or state under the pointer or the keyboard focus, with its one-line answer.
 * @csspart legend - the colours in words, with how many counties each.
 * @csspart table - the table of counties with a local agreement (a disclosure).
 * @csspart source - the data source line.
 * @csspart note - a data note.
 * @csspart actions - "Download the map (SVG)" and "Get the data (CSV)".
 * @csspart get-data - the "Get the data (CSV)" link: the counties in view, made in the page.
 *
 * @cssprop --open287g-map-none - fill of counties with no agreement listed.
 * @cssprop --open287g-map-statewide - fill behind the hatching of counties with only statewide agencies.
 * @cssprop --open287g-map-hatch - the hatching of those counties.
 * @cssprop --open287g-map-local - fill of counties with a local agreement (`color-by="presence"`).
 * @cssprop --open287g-map-count1 - 1 local agency (`color-by="count"`); also --open287g-map-count2, --open287g-map-count5.
 * @cssprop --open287g-color-tfm - Task Force (`color-by="model"`), as on the timeline; also --open287g-color-jem, --open287g-color-wso, --open287g-color-hybrid.
 * @cssprop --open287g-map-outline - state outlines.
 * @cssprop --open287g-color-text - text colour; the other --open287g-color-* properties as for the lookup.
 */
export class Open287gMap extends Open287gElement {
  static override styles = mapStyles;

  static override properties = {
    state: { type: String },
    county: { type: String },
    colorBy: { type: String, attribute: 'color-by' },
    htmlFor: { type: String, attribute: 'for' },
    heading: { type: String },
    compact: { type: Boolean, reflect: true },
    strings: { attribute: false },
    _dataset: { state: true },
    _geometry: { state: true },
    _note: { state: true },
    _view: { state: true },
    _focus: { state: true },
    _hover: { state: true },
    _announcement: { state: true },
    _tableOpen: { state: true },
    _listings: { state: true },
  };

  state: string | null = null;
  county: string | null = null;
  colorBy: string | null = null;
  htmlFor: string | null = null;
  heading: string | null = null;
  compact = false;
  strings: Partial<MapStrings> = {};
  _dataset: Dataset | null = null;
  _geometry: MapGeometry | null = null;
  _note: DataNote | null = null;
  /** the state shown zoomed, or null for the whole country */
  _view: string | null = null;
  /** the keyboard's place: a state code in the national view, a county FIPS code in a state's */
  _focus: string | null = null;
  /** the county under the pointer, and where (in px within the frame) */
  _hover: { fips: string; x: number; y: number } | null = null;
  _announcement = '';
  _tableOpen = false;
  /** the listing history, loaded only for a pinned older list, to say what has changed since */
  _listings: Listings | null = null;

  /** where the tooltip goes, in px within the frame */
  private tooltipPlace = { left: '', right: '', top: '' };
  /** the county shapes drawn, for the view and data they were drawn for */
  private drawn = '';
  private countyBoxes = new Map<string, Box>();

  protected override async load(source: DataSource | null, stale: () => boolean): Promise<void> {
    this._note = null;
    const steps = dataSteps(source);
    const geometry = loadMapGeometry();
    this._geometry = await geometry;
    let pinnedOlder = false;
    const shown = await showAgreements(this, steps, source, stale, (dataset, note) => {
      this._dataset = dataset;
      this._note = note;
      pinnedOlder = note?.key === 'pinnedOlder';
    });
    if (!shown) return;
    if (pinnedOlder) {
      const listings = await steps.listings();
      if (stale()) return;
      this._listings = listings;
    }
    await this.updateComplete;
    this.resolveReady();
  }

  private get t(): MapStrings {
    return withCustomStrings(MAP_STRINGS[this.lang_], this.strings, 'open287g-map');
  }

  private get rule(): ColorBy {
    const value = this.colorBy?.trim().toLowerCase() ?? '';
    return (COLOR_BY as readonly string[]).includes(value) ? (value as ColorBy) : 'presence';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('colorBy') && this.colorBy && this.rule !== this.colorBy.trim().toLowerCase())
      console.warn(`open287g-map: unknown color-by "${this.colorBy}" ignored; use ${COLOR_BY.join(', ')}`);
    if (changed.has('state') || changed.has('_dataset')) {
      const code = this.state?.trim().toUpperCase() || null;
      const known = code && this._dataset?.stateByCode.has(code) ? code : null;
      if (code && this._dataset && !known)
        console.warn(`open287g-map: unknown state "${this.state}" ignored`);
      if (changed.has('state') || known) this.showView(known);
    }
  }

  protected override updated(): void {
    this.drawCounties();
    // placed through CSSOM, not a style attribute, which a page's strict CSP (no inline styles) would block
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip) Object.assign(tooltip.style, this.tooltipPlace);
  }

  /** The county shapes of the view, with their category's class: drawn once per view, data and rule. */
  private drawCounties(): void {
    const group = this.renderRoot.querySelector('g.counties');
    const geometry = this._geometry;
    const dataset = this._dataset;
    if (!group || !geometry || !dataset) return;
    const key = `${this._view} ${this.rule} ${dataset.asOf} ${dataset.source.file ?? dataset.source.url}`;
    if (this.drawn === key && group.childElementCount > 0) return;
    this.drawn = key;
    this.countyBoxes.clear();
    const coverage = coverageOf(dataset);
    const paths: SVGPathElement[] = [];
    for (const county of this.countiesInView(dataset)) {
      const d = geometry.counties[county.fips];
      const covered = coverage.get(county.fips);
      if (!d || !covered) continue;
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', d);
      path.setAttribute('class', `c-${categoryOf(covered, this.rule)}`);
      path.dataset.fips = county.fips;
      paths.push(path);
    }
    group.replaceChildren(...paths);
  }

  /** The counties the view shows: a state's, or every one. */
  private countiesInView(dataset: Dataset): readonly County[] {
    return this._view ? dataset.counties.filter((county) => county.state === this._view) : dataset.counties;
  }

  private countyBox(fips: string): Box | null {
    let box = this.countyBoxes.get(fips);
    if (!box) {
      const path = this.renderRoot.querySelector<SVGPathElement>(`path[data-fips="${fips}"]`);
      if (!path) return null;
      const { x, y, width, height } = path.getBBox();
      box = [x, y, width, height];
      this.countyBoxes.set(fips, box);
    }
    return box;
  }

  private stateBox(code: string): Box | null {
    const fips = this._dataset?.stateByCode.get(code)?.fips;
    return (fips && this._geometry?.states[fips]?.box) || null;
  }

  private showView(code: string | null): void {
    this._view = code;
    this._focus = null;
    this._hover = null;
  }

  /** The one-line answer for a county, from its coverage. */
  private countyLine(fips: string): string {
    const t = this.t;
    const covered = this._dataset ? coverageOf(this._dataset).get(fips) : undefined;
    if (!covered) return '';
    const lang = this.lang_;
    if (covered.localAgencies > 0) {
      const models = this.modelList(covered.localModels);
      const template = covered.localAgencies === 1 ? t.lineLocalOne : t.lineLocal;
      return fill(template, { count: formatNumber(covered.localAgencies, lang), models });
    }
    if (covered.statewideAgencies > 0)
      return covered.statewideAgencies === 1
        ? t.lineStatewideOne
        : fill(t.lineStatewide, { count: formatNumber(covered.statewideAgencies, lang) });
    return t.lineNone;
  }

  private modelList(models: readonly ModelCode[]): string {
    return models.map((model) => modelName(model, this.lang_)).join(', ');
  }

  private stateLine(code: string): string {
    const dataset = this._dataset;
    if (!dataset) return '';
    const coverage = coverageOf(dataset);
    const counties = dataset.counties.filter((county) => county.state === code);
    const local = counties.filter((county) => (coverage.get(county.fips)?.localAgencies ?? 0) > 0).length;
    return fill(this.t.lineState, {
      count: formatNumber(local, this.lang_),
      total: formatNumber(counties.length, this.lang_),
    });
  }

  private countyName(fips: string): string {
    const county = this._dataset?.countyByFips.get(fips);
    return county ? `${county.name}, ${county.state}` : fips;
  }

  private stateName(code: string): string {
    return this._dataset?.stateByCode.get(code)?.name ?? code;
  }

  /** What the keyboard's place is called and its line, for the tooltip and the live region. */
  private describeFocus(): { name: string; line: string } | null {
    const focus = this._focus;
    if (!focus) return null;
    return this._view
      ? { name: this.countyName(focus), line: this.countyLine(focus) }
      : { name: this.stateName(focus), line: this.stateLine(focus) };
  }

  private moveFocus(direction: [number, number]): void {
    const dataset = this._dataset;
    if (!dataset) return;
    let candidates: [string, [number, number]][];
    if (this._view) {
      candidates = this.countiesInView(dataset).flatMap((county) => {
        const box = this.countyBox(county.fips);
        return box ? [[county.fips, centre(box)] as [string, [number, number]]] : [];
      });
    } else {
      candidates = dataset.states.flatMap((state) => {
        const box = this.stateBox(state.code);
        return box ? [[state.code, centre(box)] as [string, [number, number]]] : [];
      });
    }
    const from = candidates.find(([id]) => id === this._focus)?.[1] ?? null;
    const next = nearestInDirection(candidates, from, direction, this.viewBox());
    if (next) this.setFocus(next);
  }

  private setFocus(id: string): void {
    this._focus = id;
    const described = this.describeFocus();
    this._announcement = described ? `${described.name}: ${described.line}` : '';
  }

  private onKeydown(event: KeyboardEvent): void {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      this.moveFocus(direction);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (!this._focus) return;
      event.preventDefault();
      if (this._view) this.choose(this._focus);
      else {
        const code = this._focus;
        this.showView(code);
        this._announcement = `${this.stateName(code)}: ${this.stateLine(code)}`;
      }
      return;
    }
    if (event.key === 'Escape' && this._view) {
      event.preventDefault();
      const code = this._view;
      this.showView(null);
      this.setFocus(code);
    }
  }

  private onPointerMove(event: PointerEvent): void {
    const target = event.target as Element;
    const fips = target instanceof SVGPathElement ? (target.dataset.fips ?? null) : null;
    const frame = this.renderRoot.querySelector('.frame')?.getBoundingClientRect();
    if (!fips || !frame) {
      this._hover = null;
      return;
    }
    this._hover = { fips, x: event.clientX - frame.left, y: event.clientY - frame.top };
  }

  private onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const fips = target instanceof SVGPathElement ? target.dataset.fips : undefined;
    if (fips) this.choose(fips);
  }

  /** A reader chose a county: outline it, tell the page, and have a linked lookup answer it. */
  private choose(fips: string): void {
    const dataset = this._dataset;
    const county = dataset?.countyByFips.get(fips);
    if (!dataset || !county) return;
    this.county = fips;
    // in the chosen county's state, the keyboard goes on from there
    if (this._view === county.state) this._focus = fips;
    const answer = answerCounty(dataset, fips);
    this._announcement = `${this.countyName(fips)}: ${this.countyLine(fips)}`;
    this.dispatchEvent(new CustomEvent('open287g-select', { detail: answer, bubbles: true, composed: true }));
    const lookup = this.htmlFor ? this.ownerDocument.getElementById(this.htmlFor) : null;
    if (lookup?.localName === 'open287g-lookup') lookup.setAttribute('county', fips);
  }

  private onStateChange(event: Event): void {
    const code = (event.target as HTMLSelectElement).value || null;
    this.showView(code);
  }

  private viewBox(): Box {
    const geometry = this._geometry;
    if (!geometry) return [0, 0, 1, 1];
    const box = this._view ? this.stateBox(this._view) : null;
    if (!box) return [0, 0, geometry.frame[0], geometry.frame[1]];
    const pad = Math.max(box[2], box[3]) * 0.04;
    return [box[0] - pad, box[1] - pad, box[2] + 2 * pad, box[3] + 2 * pad];
  }

  /**
   * Where a box of the map is, in px within the frame, for the tooltip beside the keyboard's place: through
   * the SVG's own transform, which includes the letterboxing of a view shorter or narrower than the frame.
   */
  private toFrame(box: Box): { x: number; y: number } | null {
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const frame = this.renderRoot.querySelector('.frame')?.getBoundingClientRect();
    const matrix = map?.getScreenCTM();
    if (!frame || !matrix) return null;
    const point = new DOMPoint(box[0] + box[2] / 2, box[1] + box[3]).matrixTransform(matrix);
    return { x: point.x - frame.left, y: point.y - frame.top };
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    let described: { name: string; line: string } | null = null;
    let at: { x: number; y: number } | null = null;
    if (this._hover) {
      described = { name: this.countyName(this._hover.fips), line: this.countyLine(this._hover.fips) };
      at = { x: this._hover.x, y: this._hover.y + 16 };
    } else if (this._focus && this.matches(':focus-within')) {
      described = this.describeFocus();
      const box = this._view ? this.countyBox(this._focus) : this.stateBox(this._focus);
      at = box ? this.toFrame(box) : null;
    }
    if (!described || !at) return nothing;
    const frameWidth = this.renderRoot.querySelector('.frame')?.clientWidth ?? 0;
    // kept inside the frame: left of the point when the point is in the right half
    this.tooltipPlace =
      at.x > frameWidth / 2
        ? { left: '', right: `${Math.max(0, frameWidth - at.x)}px`, top: `${at.y}px` }
        : { left: `${at.x}px`, right: '', top: `${at.y}px` };
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <strong>${described.name}</strong>${described.line}
    </div>`;
  }

  private renderFocusOutline(): TemplateResult | typeof nothing {
    const geometry = this._geometry;
    const dataset = this._dataset;
    if (!geometry || !dataset || !this._focus || !this.matches(':focus-within')) return nothing;
    const d = this._view
      ? geometry.counties[this._focus]
      : geometry.states[dataset.stateByCode.get(this._focus)?.fips ?? '']?.d;
    return d ? svg`<g class="focus"><path d=${d}></path></g>` : nothing;
  }

  private renderChosen(): TemplateResult | typeof nothing {
    const fips = this.county?.trim() ?? '';
    const d = this._geometry?.counties[fips];
    const county = this._dataset?.countyByFips.get(fips);
    if (!d || !county || (this._view && county.state !== this._view)) return nothing;
    return svg`<g class="chosen"><path d=${d}></path></g>`;
  }

  private renderMap(geometry: MapGeometry, dataset: Dataset): TemplateResult {
    const t = this.t;
    const [x, y, width, height] = this.viewBox();
    const label = this._view
      ? fill(t.mapLabelState, { state: this.stateName(this._view) })
      : fill(t.mapLabel, { date: formatDate(dataset.asOf, this.lang_) });
    const shown = this._view ? geometry.states[dataset.stateByCode.get(this._view)?.fips ?? ''] : undefined;
    const states = this._view ? (shown ? [shown] : []) : Object.values(geometry.states);
    // One tab stop: the frame holds the keyboard; what it is on is announced in the live region.
    return html`<div
      class="frame"
      part="map"
      role="application"
      tabindex="0"
      aria-label=${label}
      @keydown=${this.onKeydown}
      @focus=${() => this.requestUpdate()}
      @blur=${() => this.requestUpdate()}
    >
      <svg
        class="map"
        viewBox="${x} ${y} ${width} ${height}"
        aria-hidden="true"
        @pointermove=${this.onPointerMove}
        @pointerleave=${() => {
          this._hover = null;
        }}
        @click=${this.onClick}
      >
        <defs>
          <pattern id="open287g-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6"></rect>
            <path d="M0 0v6"></path>
          </pattern>
        </defs>
        <g class="counties"></g>
        <g class="states">${states.map((state) => svg`<path d=${state.d}></path>`)}</g>
        ${this._view ? nothing : svg`<g class="insets">${geometry.insets.map(([ix, iy, iw, ih]) => svg`<rect x=${ix} y=${iy} width=${iw} height=${ih}></rect>`)}</g>`}
        ${this.renderChosen()} ${this.renderFocusOutline()}
      </svg>
      ${this.renderTooltip()}
    </div>`;
  }

  private renderLegend(dataset: Dataset): TemplateResult {
    const t = this.t;
    const coverage = coverageOf(dataset);
    const counts = new Map<Category, number>();
    for (const county of this.countiesInView(dataset)) {
      const category = categoryOf(coverage.get(county.fips) as CountyCoverage, this.rule);
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const lang = this.lang_;
    return html`<ul class="legend" part="legend" aria-label=${t.legend}>
      ${categoriesOf(this.rule)
        .filter((category) => (counts.get(category) ?? 0) > 0 || category === 'none')
        .map((category) => {
          const count = counts.get(category) ?? 0;
          return html`<li>
            <svg viewBox="0 0 20 16" aria-hidden="true"><rect class="c-${category}" x="0.5" y="0.5" width="19" height="15"></rect></svg>
            <span>${t[category]} <span class="count">(${count === 1 ? t.countiesOne : fill(t.counties, { count: formatNumber(count, lang) })})</span></span>
          </li>`;
        })}
    </ul>`;
  }

  private renderTable(dataset: Dataset): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const coverage = coverageOf(dataset);
    const rows = this.countiesInView(dataset).filter(
      (county) => (coverage.get(county.fips)?.localAgencies ?? 0) > 0,
    );
    const summary = this._view
      ? fill(t.tableState, { state: this.stateName(this._view), count: formatNumber(rows.length, lang) })
      : fill(t.table, { count: formatNumber(rows.length, lang) });
    return html`<details
      part="table"
      @toggle=${(event: Event) => {
        this._tableOpen = (event.target as HTMLDetailsElement).open;
      }}
    >
      <summary>${summary}</summary>
      ${
        this._tableOpen
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${summary}>
            <table>
              <thead>
                <tr>
                  <th scope="col">${t.county}</th>
                  <th scope="col">${t.state}</th>
                  <th scope="col">${t.localAgencies}</th>
                  <th scope="col">${t.models}</th>
                  <th scope="col">${t.statewideAgencies}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map((county) => {
                  const covered = coverage.get(county.fips) as CountyCoverage;
                  return html`<tr>
                    <th scope="row">${county.name}</th>
                    <td>${this.stateName(county.state)}</td>
                    <td class="number">${formatNumber(covered.localAgencies, lang)}</td>
                    <td>${this.modelList(covered.localModels)}</td>
                    <td class="number">${formatNumber(covered.statewideAgencies, lang)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
          : nothing
      }
    </details>`;
  }

  /** The heading: the page's, or the view's. */
  private get title_(): string {
    const t = this.t;
    return (
      this.heading ?? (this._view ? fill(t.stateHeading, { state: this.stateName(this._view) }) : t.heading)
    );
  }

  private onDownload(): void {
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const legend = this.renderRoot.querySelector<HTMLElement>('.legend');
    const dataset = this._dataset;
    if (!map || !legend || !dataset) return;
    downloadSvg(map, {
      title: this.title_,
      legend: legendEntries(legend),
      source: fillDates(this.t.source, { date: dataset.asOf }, this.lang_),
      filename: `open287g-map-${this._view?.toLowerCase() ?? 'us'}-${dataset.asOf}.svg`,
    });
  }

  /** The counties in view as rows: what the map and its table show, with the legend's words. */
  private dataRows(dataset: Dataset): CsvRows {
    const coverage = coverageOf(dataset);
    const t = this.t;
    const header = [
      'county_fips',
      'county',
      'state',
      'shown_as',
      'local_agencies',
      'local_models',
      'statewide_agencies',
      'list_date',
    ];
    const rows = this.countiesInView(dataset).map((county) => {
      const covered = coverage.get(county.fips) as CountyCoverage;
      return [
        county.fips,
        county.name,
        county.state,
        t[categoryOf(covered, this.rule)],
        covered.localAgencies,
        covered.localModels.join(' '),
        covered.statewideAgencies,
        dataset.asOf,
      ];
    });
    return [header, ...rows];
  }

  /**
   * With a pinned older list: how ICE's list has changed since, for the county outlined or the state shown
   * (the whole country has no one line to give).
   */
  private renderChangedSince(dataset: Dataset): TemplateResult | typeof nothing {
    const fips = this.county?.trim() ?? '';
    const county = dataset.countyByFips.get(fips);
    const place = county
      ? { where: { county }, name: this.countyName(fips) }
      : this._view
        ? { where: { state: this._view }, name: this.stateName(this._view) }
        : null;
    return changedSinceNote(this._note, this._listings, place, this.t, this.lang_);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const dataset = this._dataset;
    const geometry = this._geometry;
    const title = this.title_;
    if (!dataset || !geometry)
      return html`<div class="root" part="root">
        <h2 part="heading">${title}</h2>
        <p class="small" role="status">${t.loading}</p>
      </div>`;
    return html`<div class="root" part="root"><h2 part="heading">${title}</h2>
      <div class="toolbar" part="toolbar">
        <label
          >${t.chooseState}
          <select @change=${this.onStateChange} .value=${this._view ?? ''}>
            <option value="" ?selected=${!this._view}>${t.allStates}</option>
            ${[...dataset.states]
              .sort((a, b) => a.name.localeCompare(b.name, this.lang_))
              .map(
                (state) =>
                  html`<option value=${state.code} ?selected=${state.code === this._view}>${state.name}</option>`,
              )}
          </select>
        </label>
        ${this._view ? html`<button type="button" @click=${() => this.showView(null)}>${t.back}</button>` : nothing}
      </div>
      ${this.renderMap(geometry, dataset)}
      <p class="visually-hidden" role="status" aria-live="polite">${this._announcement}</p>
      ${this.renderLegend(dataset)}
      ${this._view ? nothing : html`<p class="small">${t.insets}</p>`}
      ${this.renderTable(dataset)}
      ${this._note ? html`<p class="note" part="note" role="note">${fillDates(t[this._note.key], this._note.dates, this.lang_)}</p>` : nothing}
      ${this.renderChangedSince(dataset)}
      <p class="small" part="source">${fillDates(t.source, { date: dataset.asOf }, this.lang_)}</p>
      <div class="actions" part="actions">
        <button type="button" @click=${this.onDownload}>${t.download}</button>
        ${getDataLink(t.getData, dataFileName(['map', this._view ?? 'us'], dataset.asOf), () => this.dataRows(dataset))}
      </div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'open287g-map': Open287gMap;
  }
}
