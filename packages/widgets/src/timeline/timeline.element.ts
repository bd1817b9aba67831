import {
  CURRENT_MODELS,
  type Dataset,
  type Listings,
  MODEL_ORDER,
  type ModelCode,
  modelName,
} from '@open287g/sdk/core';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { Open287gElement } from '../shared/base-element.js';
import { changedSinceNote } from '../shared/changed-since.js';
import { withCustomStrings } from '../shared/custom-strings.js';
import { type DataNote, type DataSource, dataSteps, showAgreements } from '../shared/data.js';
import { type CsvRows, dataFileName, getDataLink } from '../shared/get-data.js';
import { fill, fillDates, formatDate, formatNumber, isPlural, type Lang } from '../shared/i18n.js';
import { MODEL_TAGS } from '../shared/model-tags.js';
import { safeHref } from '../shared/safe-href.js';
import { type ListCounts, listCounts } from './series.js';
import { TIMELINE_STRINGS, type TimelineStrings } from './strings.js';
import { timelineStyles } from './timeline.styles.js';

/** A line of the chart: a model, or the total of the models shown. */
interface Line {
  key: ModelCode | 'total';
  /** beside the line's end and in the tooltip */
  tag: string;
  /** in the legend, the table's header and the announcement */
  name: string;
  values: number[];
}

interface View {
  points: ListCounts[];
  lines: Line[];
  ended: number[];
  /** the state's USPS code and name, or null for the whole country */
  state: string | null;
  stateName: string | null;
  unknownState: string | null;
}

interface Tick {
  at: number;
  label: string;
  /** a second row under the month: the year, at January and at the first tick */
  year?: string;
}

// The height of a line of the chart's text (0.75rem): labels are placed at least this far apart.
const ROW = 16;
const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const FROM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date in the reader's language: `style` is "medium" (Jan 13, 2021), "month" (Apr) or "monthYear". */
function formatIn(ms: number, lang: Lang, style: 'medium' | 'month' | 'monthYear'): string {
  const key = `${lang} ${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'medium'
        ? { dateStyle: 'medium' }
        : style === 'month'
          ? { month: 'short' }
          : { month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(`${lang}-US`, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(ms);
}

/** Measures text in the chart's font. */
type Measure = (text: string, bold?: boolean) => number;

let canvas: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font` as the browser draws it (a generous guess where no canvas is at hand). */
function textWidth(text: string, font: string): number {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * 9;
  canvas.font = font;
  return canvas.measureText(text).width;
}

/** Gridline values from 0: a step of 1, 2 or 5 times a power of ten, giving at most five lines. */
function countTicks(max: number): number[] {
  const raw = Math.max(max, 4) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

/**
 * Ticks on the time axis: every month, quarter or half-year, the year under January and under the first
 * tick, or years alone over a long span or a narrow chart: the shortest step whose labels do not touch.
 */
function timeTicks(start: number, end: number, plotWidth: number, lang: Lang, measure: Measure): Tick[] {
  const months = (end - start) / (30.44 * DAY);
  const monthWidth = plotWidth / Math.max(months, 1);
  const yearLabel = measure('2000');
  const monthLabel = Math.max(
    yearLabel,
    ...Array.from({ length: 12 }, (_, month) => measure(formatIn(Date.UTC(2000, month), lang, 'month'))),
  );
  const step =
    [1, 3, 6, 12, 24, 60].find(
      (candidate) =>
        (candidate >= 12 || months <= 36) &&
        (candidate >= 3 || months <= 8) &&
        candidate * monthWidth >= (candidate >= 12 ? yearLabel : monthLabel) + 10,
    ) ?? 120;
  const first = new Date(start);
  const ticks: Tick[] = [];
  // from the first list's month: a list early in its month (January 13, 2021) still gets its month's tick
  for (let month = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; month++) {
    const at = Date.UTC(Math.floor(month / 12), month % 12);
    if (at > end) break;
    if (month % step !== 0) continue;
    const year = String(Math.floor(month / 12));
    ticks.push(
      step >= 12
        ? { at, label: year }
        : {
            at,
            label: formatIn(at, lang, 'month'),
            ...(month % 12 === 0 || ticks.length === 0 ? { year } : {}),
          },
    );
  }
  return ticks;
}

/** Label heights kept apart by at least one row, inside [top, bottom], in the order given by `ys`. */
function spread(ys: number[], top: number, bottom: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  for (let i = 1; i < order.length; i++) {
    const [above, here] = [order[i - 1], order[i]] as [{ y: number }, { y: number }];
    here.y = Math.max(here.y, above.y + ROW);
  }
  const overflow = Math.max(0, (order.at(-1)?.y ?? 0) - bottom);
  const placed: number[] = [];
  for (const { y, index } of order) placed[index] = Math.max(top, y - overflow);
  return placed;
}

/**
 * <open287g-timeline>: 287(g) agreements by model on every ICE list since 2021, as lines over time, with
 * the agreements each list no longer shows, the start of 2025 marked, and every figure in a data table.
 * Hover or keyboard focus on a list date shows that list's counts. Everything comes from the loaded data:
 * nothing a reader does is sent anywhere.
 *
 * @tagname open287g-timeline
 * @summary 287(g) agreements by model over time.
 *
 * @attr lang - "en" or "es"; default: the nearest ancestor's `lang`.
 * @attr state - a USPS code ("TX"): that state's agreements (from the listing history, which records each
 *   agency's state). A code the data does not have shows the whole country, with a note saying so.
 * @attr models - which models, any of jem, tfm, wso, hybrid. Default: every model with an agreement on a
 *   list shown. Unknown codes are ignored with a console warning. With two models or more, a total line.
 * @attr from - a year ("2024") or an ISO date ("2024-07", "2024-07-01"): the first list shown is the first
 *   on or after it. A value that is no date, or that leaves fewer than two lists, is ignored with a console
 *   warning.
 * @attr heading - the heading text, instead of "287(g) agreements by model".
 * @attr compact - smaller spacing, heading and chart.
 * @attr theme - "light", "dark" or "auto", as for the lookup; default: the page's color-scheme.
 * @attr data-src - URL of a newer `agreements.json`: its list is added after the bundled history's last; if
 *   it fails or is older than the bundled data, the bundled history is shown with a note.
 * @attr data-pinned - use `data-src` even when its ICE list is older than the bundled one: the chart ends at
 *   the last list on or before it, and the element says so.
 *
 * @prop strings - any visible strings to replace (see `TimelineStrings`); a value that is not a string is
 *   ignored with a console warning.
 * @prop ready - resolves once the history is loaded and shown.
 *
 * @event open287g-data-error - `data-src` failed; `detail` is `{ url, reason, message }`.
 *
 * @csspart root - the outer box.
 * @csspart heading - the heading.
 * @csspart summary - the sentence with the first and the last list's totals.
 * @csspart legend - the lines named in words.
 * @csspart chart - the chart (one tab stop: the arrow keys, Home and End move between lists).
 * @csspart tooltip - the counts of the list under the pointer or the keyboard focus.
 * @csspart note - a note about the data or the `state` attribute.
 * @csspart data - the disclosure holding the data table.
 * @csspart table - the data table: every list with its counts.
 * @csspart source - the data source line.
 * @csspart get-data - the "Get the data (CSV)" link: the lists shown, made in the page.
 *
 * @cssprop --open287g-color-jem - the Jail Enforcement Model's line (3:1 or more on the background).
 * @cssprop --open287g-color-tfm - the Task Force Model's line.
 * @cssprop --open287g-color-wso - the Warrant Service Officer Model's line.
 * @cssprop --open287g-color-hybrid - the Hybrid Model's line.
 * @cssprop --open287g-color-total - the total's line (default: the text colour).
 * @cssprop --open287g-color-ended - the bars of agreements no longer listed (default: the muted text colour).
 * @cssprop --open287g-font - as for the lookup.
 * @cssprop --open287g-color-text - as for the lookup.
 * @cssprop --open287g-color-background - as for the lookup.
 * @cssprop --open287g-color-muted - as for the lookup.
 * @cssprop --open287g-color-border - as for the lookup.
 * @cssprop --open287g-color-accent - as for the lookup.
 * @cssprop --open287g-radius - as for the lookup.
 * @cssprop --open287g-space - as for the lookup.
 * @cssprop --open287g-focus-ring - as for the lookup.
 */
export class Open287gTimeline extends Open287gElement {
  static override styles = timelineStyles;
  static override properties = {
    state: { type: String },
    models: { type: String },
    from: { type: String },
    heading: { type: String },
    compact: { type: Boolean, reflect: true },
    strings: { attribute: false },
    _dataset: { state: true },
    _listings: { state: true },
    _note: { state: true },
    _width: { state: true },
    _active: { state: true },
    _hover: { state: true },
    _focused: { state: true },
    _dismissed: { state: true },
    _announcement: { state: true },
  };

  // Plain fields are Lit reactive properties here because the package compiles with
  // useDefineForClassFields: false.
  state: string | null = null;
  models: string | null = null;
  from: string | null = null;
  heading: string | null = null;
  compact = false;
  strings: Partial<TimelineStrings> = {};
  _dataset: Dataset | null = null;
  /** null once loaded when the history could not be */
  _listings: Listings | null | undefined = undefined;
  _note: DataNote | null = null;
  /** the chart's width in CSS pixels, as measured; the SVG is drawn at that size so its text is never scaled */
  _width = 640;
  /** the list shown in the tooltip, by its index among the lists shown */
  _active: number | null = null;
  _hover = false;
  _focused = false;
  /** Escape hid the tooltip until the next move */
  _dismissed = false;
  _announcement = '';

  /** each state's counts (the whole country under ""), for the data shown */
  private counts = new Map<string, ListCounts[]>();
  private resizeObserver: ResizeObserver | null = null;
  private warned = new Set<string>();

  protected override async load(source: DataSource | null, stale: () => boolean): Promise<void> {
    this._note = null;
    const steps = dataSteps(source);
    // the listing history is what the timeline draws (it loads right after the bundled agreements)
    const history = await steps.listings();
    if (stale()) return;
    const shown = await showAgreements(this, steps, source, stale, (dataset, note) => {
      this.show(dataset, history);
      this._note = note;
    });
    if (!shown) return;
    await this.updateComplete;
    this.resolveReady();
  }

  private show(dataset: Dataset, listings: Listings | null): void {
    this.counts.clear();
    this._dataset = dataset;
    this._listings = listings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.observeSize());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  private observeSize(): void {
    // a box of no height: the chart's own height follows its width, and observing it would loop
    const ruler = this.renderRoot.querySelector('.ruler');
    if (!this.isConnected || this.resizeObserver || !ruler) return;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0) this._width = width;
    });
    this.resizeObserver.observe(ruler);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // another selection of lists: the tooltip's index would point at another list
    if (changed.has('from') || changed.has('state') || changed.has('_dataset')) this._active = null;
  }

  protected override updated(): void {
    // placed beside its list's date, on the side with room; CSSOM, so a strict CSP allows it
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const x = Number(tooltip?.dataset.x);
    if (!tooltip || Number.isNaN(x)) return;
    const width = tooltip.offsetWidth;
    const left = x + 12 + width <= this._width ? x + 12 : Math.max(0, x - 12 - width);
    tooltip.style.left = `${left}px`;
  }

  private get t(): TimelineStrings {
    return withCustomStrings(TIMELINE_STRINGS[this.lang_], this.strings, 'open287g-timeline');
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`open287g-timeline: ${message}`);
  }

  /** The first date asked for by `from`, or null for every list. */
  private get fromDate(): string | null {
    const value = this.from?.trim();
    if (!value) return null;
    const match = FROM.exec(value);
    const iso = match ? `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}` : '';
    // a date the calendar has: 2025-02-30 rolls over to March in Date, so it is compared back
    if (match && new Date(time(iso) || 0).toISOString().startsWith(iso)) return iso;
    this.warn(`from "${value}" is not a year or a date (2025, 2025-04, 2025-04-01); every list is shown`);
    return null;
  }

  private get modelChoice(): ModelCode[] | null {
    const asked = (this.models ?? '')
      .split(',')
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean);
    for (const code of asked)
      if (!MODEL_ORDER.some((model) => model.toLowerCase() === code))
        this.warn(`unknown model "${code}" ignored`);
    const chosen = MODEL_ORDER.filter((model) => asked.includes(model.toLowerCase()));
    return chosen.length > 0 ? chosen : null;
  }

  private countsFor(state: string | null): ListCounts[] {
    const key = state ?? '';
    let counts = this.counts.get(key);
    if (!counts) {
      counts = listCounts(this._dataset as Dataset, this._listings as Listings, state);
      this.counts.set(key, counts);
    }
    return counts;
  }

  private get view(): View | null {
    const dataset = this._dataset;
    if (!dataset || !this._listings) return null;
    const t = this.t;
    const asked = this.state?.trim().toUpperCase() || null;
    const state = asked && dataset.stateByCode.has(asked) ? asked : null;
    if (asked && !state) this.warn(`no state "${asked}" in the data; the whole country is shown`);
    const all = this.countsFor(state);
    const from = this.fromDate;
    let points = from ? all.filter((point) => point.date >= from) : all;
    if (points.length < 2) {
      if (from) this.warn(`from "${this.from}" leaves fewer than two lists; every list is shown`);
      points = all;
    }
    const present = MODEL_ORDER.filter((model) => points.some((point) => point.listed[model] > 0));
    const defaults = present.length > 0 ? present : [...CURRENT_MODELS];
    const models = this.modelChoice ?? defaults;
    const lines: Line[] = models.map((model) => ({
      key: model,
      tag: MODEL_TAGS[model],
      name: modelName(model, this.lang_),
      values: points.map((point) => point.listed[model]),
    }));
    const sum = (tally: Record<ModelCode, number>) =>
      models.reduce((total, model) => total + tally[model], 0);
    if (models.length > 1)
      lines.push({
        key: 'total',
        tag: t.total,
        name: defaults.every((model) => models.includes(model)) ? t.total : t.totalShown,
        values: points.map((point) => sum(point.listed)),
      });
    return {
      points,
      lines,
      ended: points.map((point) => (point.ended ? sum(point.ended) : 0)),
      state,
      stateName: state ? (dataset.stateByCode.get(state)?.name ?? state) : null,
      unknownState: asked && !state ? asked : null,
    };
  }

  private agreements(count: number): string {
    const t = this.t;
    return fill(isPlural(count, this.lang_) ? t.agreementsMany : t.agreementsOne, {
      count: formatNumber(count, this.lang_),
    });
  }

  /** The list's counts in one sentence, for the live region. */
  private describe(view: View, index: number): string {
    const t = this.t;
    const lang = this.lang_;
    const point = view.points[index] as ListCounts;
    const parts = view.lines.map((line) => `${line.name} ${formatNumber(line.values[index] ?? 0, lang)}`);
    if (point.ended) parts.push(`${t.endedLong} ${formatNumber(view.ended[index] ?? 0, lang)}`);
    return `${fill(t.list, { date: formatDate(point.date, lang) })}: ${parts.join(', ')}.`;
  }

  private select(view: View, index: number, announce: boolean): void {
    const next = Math.min(Math.max(index, 0), view.points.length - 1);
    this._active = next;
    this._dismissed = false;
    if (announce) this._announcement = this.describe(view, next);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const view = this.view;
    if (!view) return;
    const current = this._active ?? view.points.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        next = current - 1;
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        next = current + 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = view.points.length - 1;
        break;
      case 'Escape':
        this._dismissed = true;
        return;
      default:
        return;
    }
    event.preventDefault();
    this.select(view, next, true);
  };

  private readonly onFocus = (): void => {
    this._focused = true;
    const view = this.view;
    if (view) this.select(view, this._active ?? view.points.length - 1, true);
  };

  private readonly onBlur = (): void => {
    this._focused = false;
  };

  private readonly onPointer = (event: PointerEvent): void => {
    const view = this.view;
    const chart = event.currentTarget as HTMLElement;
    if (!view) return;
    const x = event.clientX - chart.getBoundingClientRect().left;
    const { at } = this.geometry(view);
    let nearest = 0;
    view.points.forEach((point, index) => {
      if (Math.abs(at(point.date) - x) < Math.abs(at((view.points[nearest] as ListCounts).date) - x))
        nearest = index;
    });
    this._hover = true;
    if (nearest !== this._active || this._dismissed) this.select(view, nearest, false);
  };

  // a finger lifted leaves the element too: the tooltip it asked for stays until the next tap or Escape
  private readonly onLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this._hover = false;
  };

  /** The chart's text font (0.75rem, the element's family), to lay labels out before they are drawn. */
  private get measure(): Measure {
    const size = Number.parseFloat(getComputedStyle(this.ownerDocument.documentElement).fontSize) * 0.75;
    const family = getComputedStyle(this).fontFamily;
    return (text, bold) => textWidth(text, `${bold ? 700 : 400} ${size}px ${family}`);
  }

  /** Where everything goes in the chart, for the measured width. */
  private geometry(view: View) {
    const lang = this.lang_;
    const measure = this.measure;
    const width = this._width;
    const max = Math.max(...view.lines.flatMap((line) => line.values));
    const yTicks = countTicks(max);
    const yMax = yTicks.at(-1) as number;
    const left = Math.max(...yTicks.map((tick) => measure(formatNumber(tick, lang)))) + 10;
    // a narrow chart names each line by its tag alone; the counts are in the tooltip and the table
    const withCounts = width >= 480;
    const endLabel = (line: Line) =>
      withCounts ? `${line.tag} ${formatNumber(line.values.at(-1) ?? 0, lang)}` : line.tag;
    const right = width - Math.max(...view.lines.map((line) => measure(endLabel(line), true))) - 10;
    const top = 2 * ROW;
    const plotHeight = Math.round(Math.min(300, Math.max(150, width * 0.42)) * (this.compact ? 0.8 : 1));
    const bottom = top + plotHeight;
    const start = time((view.points[0] as ListCounts).date);
    const end = time((view.points.at(-1) as ListCounts).date);
    const plotWidth = Math.max(right - left, 40);
    const at = (date: string | number) =>
      left +
      ((typeof date === 'number' ? date : time(date)) - start) * (plotWidth / Math.max(end - start, 1));
    const y = (value: number) => bottom - (value / yMax) * plotHeight;
    const xTicks = timeTicks(start, end, plotWidth, lang, measure);
    const stripLabel = bottom + (xTicks.some((tick) => tick.year !== undefined) ? 3 : 2) * ROW + 8;
    // the counts over the bars, the tallest first (then the latest), each where it clears those placed
    // already; none on a narrow chart
    const barLabels = new Set<number>();
    const placed: [number, number][] = [];
    const byHeight = view.ended
      .map((count, index) => ({ count, index }))
      .filter(({ count }) => withCounts && count > 0)
      .sort((a, b) => b.count - a.count || b.index - a.index);
    for (const { count, index } of byHeight) {
      const x = at((view.points[index] as ListCounts).date);
      const half = measure(formatNumber(count, lang)) / 2 + 3;
      if (placed.some(([from, to]) => x + half > from && x - half < to)) continue;
      barLabels.add(index);
      placed.push([x - half, x + half]);
    }
    const stripTop = stripLabel + (barLabels.size > 0 ? ROW + 4 : 6);
    const stripBottom = stripTop + 24;
    return {
      width,
      height: stripBottom + 4,
      left,
      right: left + plotWidth,
      top,
      bottom,
      at,
      y,
      yTicks,
      xTicks,
      endLabel,
      stripLabel,
      stripTop,
      stripBottom,
      barLabels,
      start,
      end,
      measure,
    };
  }

  private renderChart(view: View, active: number | null): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const g = this.geometry(view);
    const { at, y } = g;
    const dates = view.points.map((point) => point.date);
    const ends = spread(
      view.lines.map((line) => y(line.values.at(-1) ?? 0) + 4),
      g.top + 4,
      g.bottom + 4,
    );
    // down the plot and the bars, not through the dates between them
    const vertical = (x: number) => `M${x} ${g.top}V${g.bottom}M${x} ${g.stripTop - 4}V${g.stripBottom}`;
    const year2025 = Date.UTC(2025, 0, 1);
    const marked = g.start < year2025 && year2025 <= g.end;
    const maxEnded = Math.max(1, ...view.ended);
    const barWidth = Math.max(2, Math.min(10, ((g.right - g.left) / Math.max(dates.length - 1, 1)) * 0.6));
    const note = formatIn(year2025, lang, 'monthYear');
    // right of the line, unless it would run into the lines' end labels
    const noteFits = at(year2025) + 4 + g.measure(note) <= g.right;
    return html`<svg
      width=${g.width}
      height=${g.height}
      viewBox="0 0 ${g.width} ${g.height}"
      aria-hidden="true"
      focusable="false"
    >
      <text class="axis-title" x="2" y="12">${t.axis}</text>
      ${g.yTicks.map(
        (tick) =>
          svg`<line class="grid" x1=${g.left} x2=${g.right} y1=${y(tick)} y2=${y(tick)}></line>
          <text class="axis" x=${g.left - 6} y=${y(tick) + 4} text-anchor="end">${formatNumber(tick, lang)}</text>`,
      )}
      ${g.xTicks.map((tick) => {
        // a tick just before the first list sits on the axis's start, not under the counts' labels
        const x = Math.max(g.left, at(tick.at));
        return svg`<line class="tick" x1=${x} x2=${x} y1=${g.bottom} y2=${g.bottom + 4}></line>
          <text class="axis" x=${x} y=${g.bottom + ROW + 4} text-anchor="middle">${tick.label}</text>
          ${tick.year ? svg`<text class="axis" x=${x} y=${g.bottom + 2 * ROW + 4} text-anchor="middle">${tick.year}</text>` : nothing}`;
      })}
      ${
        marked
          ? svg`<path class="mark" d=${vertical(at(year2025))}></path>
          <text class="mark-label" x=${at(year2025) + (noteFits ? 4 : -4)} y=${g.top + 12}
            text-anchor=${noteFits ? 'start' : 'end'}>${note}</text>`
          : nothing
      }
      ${view.lines.map(
        (line, index) =>
          svg`<path class="line s-${line.key}" d=${line.values
            .map(
              (value, i) =>
                `${i === 0 ? 'M' : 'L'}${at(dates[i] as string).toFixed(1)} ${y(value).toFixed(1)}`,
            )
            .join('')}></path>
          <text class="end s-${line.key}" x=${g.right + 6} y=${ends[index]}>${g.endLabel(line)}</text>`,
      )}
      <text class="axis-title" x="2" y=${g.stripLabel}>${t.ended}</text>
      <line class="base" x1=${g.left} x2=${g.right} y1=${g.stripBottom} y2=${g.stripBottom}></line>
      ${view.ended.map((count, index) => {
        if (count === 0) return nothing;
        const height = Math.max(2, (count / maxEnded) * (g.stripBottom - g.stripTop));
        const x = at(dates[index] as string);
        return svg`<rect class="ended" x=${x - barWidth / 2} y=${g.stripBottom - height} width=${barWidth} height=${height}></rect>
          ${g.barLabels.has(index) ? svg`<text class="axis" x=${x} y=${g.stripBottom - height - 3} text-anchor="middle">${formatNumber(count, lang)}</text>` : nothing}`;
      })}
      ${
        active === null
          ? nothing
          : svg`<path class="guide" d=${vertical(at(dates[active] as string))}></path>
          ${view.lines.map(
            (line) =>
              svg`<circle class="dot s-${line.key}" cx=${at(dates[active] as string)} cy=${y(line.values[active] ?? 0)} r="4"></circle>`,
          )}`
      }
    </svg>`;
  }

  private renderTooltip(view: View, index: number): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const point = view.points[index] as ListCounts;
    const row = (swatch: TemplateResult, label: string, value: number) =>
      html`<div class="row">${swatch}<span>${label}</span><span class="count">${formatNumber(value, lang)}</span></div>`;
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      data-x=${this.geometry(view).at(point.date)}
    >
      <strong>${formatDate(point.date, lang)}</strong>
      ${view.lines.map((line) => row(this.swatch(line.key), line.tag, line.values[index] ?? 0))}
      ${point.ended ? row(this.swatch('ended'), t.ended, view.ended[index] ?? 0) : nothing}
    </div>`;
  }

  private swatch(key: Line['key'] | 'ended'): TemplateResult {
    return html`<svg class="swatch" width="24" height="12" aria-hidden="true" focusable="false">
      ${
        key === 'ended'
          ? svg`<rect class="ended" x="8" y="1" width="8" height="10"></rect>`
          : svg`<line class="line s-${key}" x1="1" x2="23" y1="6" y2="6"></line>`
      }
    </svg>`;
  }

  private renderTable(view: View): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    // short, so the table fits a phone; a screen reader hears the full name the legend gives
    const header = (short: string, name: string) =>
      html`<th scope="col" class="number"><span aria-hidden="true">${short}</span><span class="visually-hidden">${name}</span></th>`;
    return html`<details part="data">
      <summary>${t.tableToggle}</summary>
      <div class="table-wrap">
        <table part="table">
          <caption>${view.stateName ? `${t.caption} (${view.stateName})` : t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.dateColumn}</th>
              ${view.lines.map((line) => header(line.tag, line.name))}
              ${header(t.ended, t.endedLong)}
            </tr>
          </thead>
          <tbody>
            ${view.points.map(
              (point, index) => html`<tr>
                <th scope="row">${formatIn(time(point.date), lang, 'medium')}</th>
                ${view.lines.map(
                  (line) => html`<td class="number">${formatNumber(line.values[index] ?? 0, lang)}</td>`,
                )}
                <td class="number">${point.ended ? formatNumber(view.ended[index] ?? 0, lang) : '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  /** The lists shown as rows: each list's counts by line, and what it no longer shows. */
  private dataRows(view: View): CsvRows {
    const header = [
      'list_date',
      'state',
      ...view.lines.map((line) => line.key.toLowerCase()),
      'no_longer_listed',
    ];
    const rows = view.points.map((point, index) => [
      point.date,
      view.state ?? 'US',
      ...view.lines.map((line) => line.values[index] ?? 0),
      point.ended ? (view.ended[index] ?? 0) : '',
    ]);
    return [header, ...rows];
  }

  /** With a pinned older list and a state: how ICE's list has changed there since. */
  private renderChangedSince(view: View): TemplateResult | typeof nothing {
    const place =
      view.state && view.stateName ? { where: { state: view.state }, name: view.stateName } : null;
    return changedSinceNote(this._note, this._listings ?? null, place, this.t, this.lang_);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const view = this.view;
    const dataset = this._dataset;
    const heading =
      this.heading?.trim() || (view?.stateName ? fill(t.headingState, { state: view.stateName }) : t.heading);
    const active = view && this._active !== null && this._active < view.points.length ? this._active : null;
    const shown = active !== null && (this._hover || this._focused) && !this._dismissed;
    // the slider's value: the list in the tooltip, else the latest
    const current = view ? (active ?? view.points.length - 1) : 0;
    const first = view?.points[0];
    const last = view?.points.at(-1);
    const totals = view?.lines.at(-1)?.values ?? [];
    const href = dataset ? safeHref(dataset.source.url) : null;
    // dir: both languages read left to right, also on a right-to-left host page
    return html`<div class="root" part="root" lang=${lang} dir="ltr">
      <div class="ruler"></div>
      <h2 part="heading">${heading}</h2>
      ${
        view && first && last
          ? html`<p class="summary" part="summary">
              ${fill(t.summary, {
                firstDate: formatDate(first.date, lang),
                lastDate: formatDate(last.date, lang),
                first: this.agreements(totals[0] ?? 0),
                last: this.agreements(totals.at(-1) ?? 0),
              })}
            </p>`
          : nothing
      }
      ${view?.unknownState ? html`<p class="note" part="note">${fill(t.unknownState, { state: view.unknownState })}</p>` : nothing}
      ${this._note ? html`<p class="note" part="note" role="note">${fillDates(t[this._note.key], this._note.dates, lang)}</p>` : nothing}
      ${view ? this.renderChangedSince(view) : nothing}
      ${this._listings === null ? html`<p class="note" part="note">${t.noHistory}</p>` : nothing}
      ${
        view
          ? html`<ul class="legend" part="legend">
              ${view.lines.map(
                (line) =>
                  html`<li>${this.swatch(line.key)}${line.key === 'total' ? line.name : html`<span class="tag">${line.tag}</span> ${line.name}`}</li>`,
              )}
              <li>${this.swatch('ended')}${t.endedLong}</li>
            </ul>`
          : nothing
      }
      <div
        class="chart"
        part="chart"
        tabindex=${view ? 0 : nothing}
        role=${view ? 'slider' : nothing}
        aria-label=${view ? t.chartLabel : nothing}
        aria-describedby=${view ? 'hint' : nothing}
        aria-valuemin=${view ? 0 : nothing}
        aria-valuemax=${view ? view.points.length - 1 : nothing}
        aria-valuenow=${view ? current : nothing}
        aria-valuetext=${view ? formatDate((view.points[current] as ListCounts).date, lang) : nothing}
        @keydown=${this.onKeydown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointer}
        @pointerdown=${this.onPointer}
        @pointerleave=${this.onLeave}
      >
        ${
          view
            ? html`${this.renderChart(view, shown ? active : null)}${shown ? this.renderTooltip(view, current) : nothing}`
            : this._listings === null
              ? nothing
              : html`<p class="loading">${t.loading}</p>`
        }
      </div>
      <p id="hint" class="hint">${t.chartHint}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${view ? this.renderTable(view) : nothing}
      ${
        view && dataset
          ? getDataLink(t.getData, dataFileName(['timeline', view.state ?? 'us'], dataset.asOf), () =>
              this.dataRows(view),
            )
          : nothing
      }
      ${
        dataset && last
          ? html`<footer class="source" part="source">
              <p>
                ${fill(t.source, {
                  // the lists the chart shows, after from= and state=
                  count: formatNumber(view?.points.length ?? 0, lang),
                  first: formatDate(first?.date ?? last.date, lang),
                  date: formatDate(dataset.asOf, lang),
                })}
                ${href ? html`<a href=${href} rel="noreferrer" target="_blank">${t.sourceLink}</a>` : nothing}
              </p>
              <p>${t.credits}</p>
            </footer>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'open287g-timeline': Open287gTimeline;
  }
}
