import {
  AUTHORITIES,
  type AuthorityCode,
  type AuthorityLevel,
  countByModel,
  type Dataset,
  type Fact,
  MODEL_ORDER,
  MODELS,
  type ModelCode,
  type ModelCounts,
  modelName,
  SOURCES,
  type SourceId,
} from '@open287g/sdk/core';
import { html, nothing, type TemplateResult } from 'lit';
import { Open287gElement } from '../shared/base-element.js';
import { withCustomStrings } from '../shared/custom-strings.js';
import { type DataNote, type DataSource, dataSteps, showAgreements } from '../shared/data.js';
import { type CsvRows, dataFileName, getDataLink } from '../shared/get-data.js';
import { fill, fillDates, formatDate, formatNumber, type Lang } from '../shared/i18n.js';
import { safeHref } from '../shared/safe-href.js';
import { modelsStyles } from './models.styles.js';
import { MODELS_STRINGS, type ModelsStrings } from './strings.js';

type Column = ModelCode | 'NONE';
type Row = 'setting' | 'affected' | AuthorityCode | 'training' | 'history' | 'count';

const AUTHORITY_ROWS = Object.keys(AUTHORITIES) as AuthorityCode[];
const ALL_ROWS: Row[] = ['setting', 'affected', ...AUTHORITY_ROWS, 'training', 'history', 'count'];
// Maps, not object literals: a code read from an attribute ("constructor", "__proto__") must not find an
// inherited key.
const COLUMN_CODES = new Map<string, Column>([
  ['jem', 'JEM'],
  ['tfm', 'TFM'],
  ['wso', 'WSO'],
  ['hybrid', 'HYBRID'],
  ['none', 'NONE'],
]);
const ROW_CODES = new Map(ALL_ROWS.map((row) => [row.toLowerCase(), row]));

/**
 * A cell: a short value (a level shown as a tag, a count), a sentence, and the fact that sentence comes from
 * (so a note shared by many cells can be stated once), with the sources the cell rests on.
 */
interface Cell {
  value: string;
  level: AuthorityLevel | null;
  /** a note on the value ("When officers have reasonable suspicion."), or the value itself when it is a sentence */
  detail: string | null;
  /** `detail` is the value itself (a sentence), not a note on a short value */
  sentence: boolean;
  note: Fact | null;
  sources: readonly SourceId[];
}

/** How a cell is shown once the notes shared by several cells have been taken out of it. */
interface ShownCell {
  cell: Cell;
  /** the letter of the footnote that states this cell's note */
  letter: string | null;
  /** the note is shown in the cell (it is the cell's own) */
  inline: boolean;
  /** the cell's sources are marked (they are not the ones the table names once for unmarked cells) */
  marked: boolean;
}

interface Layout {
  cellAt: (row: Row, column: Column) => ShownCell;
  /** a note every authority of a column shares, stated once and marked on the column header */
  columnLetters: Map<Column, string>;
  /** sources every cell of a row shares (when they are not the table's usual ones), marked on the row header */
  rowSources: Map<Row, readonly SourceId[]>;
  footnotes: { letter: string; fact: Fact }[];
  /** what "—" means, from the notes of the cells it stands for */
  legend: Fact | null;
  numbers: Map<SourceId, number>;
  /** the sources of every unmarked cell, named once under the table */
  defaults: readonly SourceId[];
  anyUnmarked: boolean;
}

const sourcesKey = (sources: readonly SourceId[]) => sources.join('|');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const yearMonth = new Map<Lang, Intl.DateTimeFormat>();

/** A source's date as it gives it: "2025", "March 2010" / "marzo de 2010", or a full date. */
function formatPublished(date: string, lang: Lang): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) {
    let format = yearMonth.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      yearMonth.set(lang, format);
    }
    return format.format(new Date(`${date}-01T00:00:00Z`));
  }
  return formatDate(date, lang);
}

const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');

/**
 * Known codes from a comma-separated attribute, in the given order; the rest named in a warning. null (the
 * default list) when none is known: a table with no column or no row would show nothing at all.
 */
function parseList<T>(
  value: string | null,
  known: (code: string) => T | undefined,
  what: string,
): T[] | null {
  if (value === null || value.trim() === '') return null;
  const list: T[] = [];
  for (const code of value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)) {
    const found = known(code);
    if (found === undefined) console.warn(`open287g-models: unknown ${what} "${code}" ignored`);
    else if (!list.includes(found)) list.push(found);
  }
  return list.length > 0 ? list : null;
}

/**
 * <open287g-models>: how the 287(g) models differ, side by side, with the live count of agreements of each
 * from the loaded dataset. The texts are the SDK's model definitions (English and Spanish, each fact with its
 * sources); nothing is typed into the widget. A table on wide screens; one card per model on narrow ones.
 * Said once, not in every cell: what "—" (not stated in the sources) means, a note shared by several cells
 * (a lettered footnote), the sources most cells rest on, and the date of ICE's list for the counts.
 *
 * @tagname open287g-models
 * @summary Compare the 287(g) models.
 *
 * @attr lang - "en" or "es"; default: the nearest ancestor's `lang`.
 * @attr models - which columns, in order: any of jem, tfm, wso, hybrid, none (a "no agreement" baseline).
 *   Default "jem,tfm,wso,hybrid". Unknown codes are ignored with a console warning.
 * @attr rows - which rows, in order: setting, affected, the authority codes (interview, databases, detainers,
 *   recordEntry, noticeToAppear, voluntaryDeparture, detentionBond, transfer, serveWarrants, communityArrest),
 *   training, history, count. Default: all.
 * @attr highlight - a model code whose column is emphasised (for an article about one model).
 * @attr show-sources - kept for pages that set it: the list of sources is always shown now.
 * @attr data-src - URL of a newer `agreements.json` for the counts; if it fails or is older than the bundled
 *   data, the bundled counts are shown with a note.
 * @attr data-pinned - use `data-src` even when its ICE list is older than the bundled one; the element says so.
 * @attr theme - "light", "dark" or "auto", as for the lookup; default: the page's color-scheme.
 *
 * @prop strings - any visible strings to replace (see `ModelsStrings`); a value that is not a string is
 *   ignored with a console warning.
 * @prop ready - resolves once the counts are loaded.
 *
 * @event open287g-data-error - `data-src` failed; `detail` is `{ url, reason, message }`.
 *
 * @csspart heading - the title: the table's caption, and the heading above the cards.
 * @csspart table - the table (wide layout).
 * @csspart cards - the cards (narrow layout).
 * @csspart card - one card.
 * @csspart highlight - the highlighted column's cells and card.
 * @csspart notes - under the table: what "—" (not stated) means, the notes several cells share (stated once),
 *   and the sources of the cells that carry no source mark.
 * @csspart sources - the numbered list of sources: publisher, title (linked), date.
 * @csspart get-data - the "Get the data (CSV)" link under the table: its rows and columns as a CSV file,
 *   made in the page.
 *
 * @cssprop --open287g-font - as for the lookup.
 * @cssprop --open287g-color-text - as for the lookup.
 * @cssprop --open287g-color-background - as for the lookup.
 * @cssprop --open287g-color-muted - as for the lookup.
 * @cssprop --open287g-color-border - as for the lookup.
 * @cssprop --open287g-color-accent - as for the lookup.
 * @cssprop --open287g-radius - as for the lookup.
 * @cssprop --open287g-space - as for the lookup.
 * @cssprop --open287g-highlight - background of the highlighted column.
 *
 * The layout switches from the table to cards when the element is narrower than 52rem (a container query).
 */
export class Open287gModels extends Open287gElement {
  static override styles = modelsStyles;
  static override properties = {
    models: { type: String },
    rows: { type: String },
    highlight: { type: String },
    showSources: { type: Boolean, attribute: 'show-sources' },
    strings: { attribute: false },
    _dataset: { state: true },
    _note: { state: true },
  };

  // Plain fields are Lit reactive properties here because the package compiles with
  // useDefineForClassFields: false.
  models: string | null = null;
  rows: string | null = null;
  highlight: string | null = null;
  showSources = false;
  strings: Partial<ModelsStrings> = {};
  _dataset: Dataset | null = null;
  /** why the counts are not from the newest list or not from data-src */
  _note: DataNote | null = null;

  protected override async load(source: DataSource | null, stale: () => boolean): Promise<void> {
    this._note = null;
    // a pinned list's counts are the ones the story quotes: shown only once it is in (or has failed)
    const shown = await showAgreements(this, dataSteps(source), source, stale, (dataset, note) => {
      this._dataset = dataset;
      this._note = note;
    });
    if (!shown) return;
    await this.updateComplete;
    this.resolveReady();
  }

  private get t(): ModelsStrings {
    return withCustomStrings(MODELS_STRINGS[this.lang_], this.strings, 'open287g-models');
  }

  private get columns(): Column[] {
    return parseList(this.models, (code) => COLUMN_CODES.get(code), 'model') ?? [...MODEL_ORDER];
  }

  private get rowList(): Row[] {
    return parseList(this.rows, (code) => ROW_CODES.get(code), 'row') ?? ALL_ROWS;
  }

  private get highlighted(): Column | null {
    return this.highlight ? (COLUMN_CODES.get(this.highlight.trim().toLowerCase()) ?? null) : null;
  }

  private rowLabel(row: Row): string {
    const t = this.t;
    if (Object.hasOwn(AUTHORITIES, row)) return AUTHORITIES[row as AuthorityCode].label[this.lang_];
    return {
      setting: t.setting,
      affected: t.affected,
      training: t.training,
      history: t.history,
      count: t.count,
    }[row as 'setting'];
  }

  private cell(column: Column, row: Row, counts: ModelCounts | null): Cell {
    const t = this.t;
    const lang = this.lang_;
    const plain = (value: string, sources: readonly SourceId[] = []): Cell => ({
      value,
      level: null,
      detail: null,
      sentence: false,
      note: null,
      sources,
    });
    // a fact that is the value itself: a sentence, so not set in bold like a short value
    const sentence = (fact: Fact): Cell => ({
      value: '',
      level: null,
      detail: fact.text[lang],
      sentence: true,
      note: fact,
      sources: fact.sources,
    });
    if (column === 'NONE') {
      if (Object.hasOwn(AUTHORITIES, row)) return plain(t.notDelegated, ['INA/IIRIRA']);
      return plain(t.baselineNone);
    }
    const model = MODELS[column];
    switch (row) {
      case 'setting':
        return sentence(model.where);
      case 'affected':
        return sentence(model.whoIsAffected);
      case 'training':
        return sentence(model.training);
      case 'history': {
        // the model's own start, stop and revival; changes to its training are in the training row
        const labels = {
          created: t.eventCreated,
          discontinued: t.eventDiscontinued,
          revived: t.eventRevived,
        };
        const events = model.history.filter((event) => event.kind !== 'introduced');
        if (events.length === 0) return plain(t.noHistory);
        return plain(
          events
            .map((event) => fill(labels[event.kind as keyof typeof labels], { year: event.year }))
            .join('; '),
          [...new Set(events.flatMap((event) => event.fact.sources))],
        );
      }
      case 'count': {
        if (!this._dataset || !counts) return plain(t.loading);
        const count = counts[column] ?? 0;
        if (count === 0 && model.status === 'discontinued') return plain(t.countNone);
        return plain(fill(t.countValue, { count: formatNumber(count, lang) }), ['ICE']);
      }
      default: {
        const grant = model.authorities[row];
        const value = { yes: t.yes, no: t.no, limited: t.limited, unknown: t.unknown }[grant.level];
        return {
          value,
          level: grant.level,
          detail: grant.note ? grant.note.text[lang] : null,
          sentence: false,
          note: grant.note,
          // a plain "yes" rests on the model's description, so it carries that description's sources
          sources: grant.note?.sources ?? model.summary.sources,
        };
      }
    }
  }

  private columnName(column: Column): string {
    return column === 'NONE' ? this.t.baseline : modelName(column, this.lang_);
  }

  /**
   * Every cell shown, computed once per render (the table and the cards show the same cells). A note is said
   * once: one that every authority of a column shares goes under the table, marked on the column header; what
   * "—" (not stated) means goes in the legend; any other note two cells share becomes a lettered footnote.
   * The sources most cells share are named once under the table; cells resting on others are marked.
   */
  private layout(columns: Column[], rows: Row[]): Layout {
    const counts = this._dataset ? countByModel(this._dataset) : null;
    const cells = new Map<string, Cell>();
    const order: { row: Row; column: Column; cell: Cell }[] = [];
    for (const row of rows) {
      for (const column of columns) {
        const cell = this.cell(column, row, counts);
        cells.set(`${row}|${column}`, cell);
        order.push({ row, column, cell });
      }
    }
    const authorityRows = rows.filter((row) => Object.hasOwn(AUTHORITIES, row));
    const held = new Set<Cell>();
    const columnNotes = new Map<Column, Fact>();
    for (const column of columns) {
      const column_cells = authorityRows.map((row) => cells.get(`${row}|${column}`) as Cell);
      const first = column_cells[0]?.note;
      if (column_cells.length > 1 && first && column_cells.every((cell) => cell.note === first)) {
        columnNotes.set(column, first);
        for (const cell of column_cells) held.add(cell);
      }
    }
    let legend: Fact | null = null;
    const uses = new Map<Fact, number>();
    for (const { cell } of order) {
      if (held.has(cell) || !cell.note || cell.sentence) continue;
      if (cell.level === 'unknown' && (legend === null || legend === cell.note)) {
        legend = cell.note;
        held.add(cell);
        continue;
      }
      uses.set(cell.note, (uses.get(cell.note) ?? 0) + 1);
    }
    const letters = new Map<Fact, string>();
    const footnotes: { letter: string; fact: Fact }[] = [];
    const letter = (fact: Fact) => {
      let found = letters.get(fact);
      if (!found) {
        found = LETTERS[footnotes.length % LETTERS.length] as string;
        letters.set(fact, found);
        footnotes.push({ letter: found, fact });
      }
      return found;
    };
    const columnLetters = new Map<Column, string>();
    for (const [column, fact] of columnNotes) columnLetters.set(column, letter(fact));
    for (const { cell } of order)
      if (cell.note && !held.has(cell) && !cell.sentence && (uses.get(cell.note) ?? 0) > 1) letter(cell.note);

    // the sources most cells rest on are named once; ties go to the set seen first
    const tally = new Map<string, number>();
    for (const { cell } of order) {
      if (cell.sources.length === 0) continue;
      const key = sourcesKey(cell.sources);
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    let defaultKey: string | null = null;
    for (const [key, count] of tally)
      if (defaultKey === null || count > (tally.get(defaultKey) ?? 0)) defaultKey = key;
    const defaults =
      order.find(({ cell }) => cell.sources.length > 0 && sourcesKey(cell.sources) === defaultKey)?.cell
        .sources ?? [];
    const numbers = new Map<SourceId, number>();
    const number = (sources: readonly SourceId[]) => {
      for (const source of sources) if (!numbers.has(source)) numbers.set(source, numbers.size + 1);
    };
    number(defaults);
    for (const { cell } of order) number(cell.sources);
    if (legend) number(legend.sources);
    for (const { fact } of footnotes) number(fact.sources);

    // a row whose cells all rest on the same other sources (the counts: ICE's list) is marked once, on its header
    const rowSources = new Map<Row, readonly SourceId[]>();
    for (const row of rows) {
      const cited = columns
        .map((column) => cells.get(`${row}|${column}`) as Cell)
        .filter((cell) => cell.sources.length > 0);
      const key = cited[0] ? sourcesKey(cited[0].sources) : defaultKey;
      if (cited.length > 1 && key !== defaultKey && cited.every((cell) => sourcesKey(cell.sources) === key))
        rowSources.set(row, (cited[0] as Cell).sources);
    }
    const shown = new Map<Cell, ShownCell>();
    let anyUnmarked = false;
    for (const { row, cell } of order) {
      const marked =
        cell.sources.length > 0 && sourcesKey(cell.sources) !== defaultKey && !rowSources.has(row);
      if (cell.sources.length > 0 && !marked && sourcesKey(cell.sources) === defaultKey) anyUnmarked = true;
      const own = cell.note && !held.has(cell) ? (letters.get(cell.note) ?? null) : null;
      shown.set(cell, {
        cell,
        letter: own,
        inline: cell.sentence || (cell.detail !== null && !held.has(cell) && own === null),
        marked,
      });
    }
    return {
      cellAt: (row, column) => shown.get(cells.get(`${row}|${column}`) as Cell) as ShownCell,
      columnLetters,
      rowSources,
      footnotes,
      legend,
      numbers,
      defaults,
      anyUnmarked,
    };
  }

  /** Follows a citation or footnote mark inside the shadow root, where a #fragment cannot reach. */
  private readonly follow = (event: Event): void => {
    const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')?.slice(1) ?? '';
    const target = (this.renderRoot as ShadowRoot).getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  };

  private renderRefs(sources: readonly SourceId[], numbers: Map<SourceId, number>): TemplateResult {
    const t = this.t;
    return html`<sup class="refs"
      ><span aria-hidden="true">[</span>${sources.map((source, index) => {
        const n = numbers.get(source) ?? 0;
        return html`${index > 0 ? html`<span aria-hidden="true">, </span>` : nothing}<a
            href="#src-${n}"
            aria-label=${fill(t.sourceOne, { numbers: n })}
            @click=${this.follow}
            >${n}</a
          >`;
      })}<span aria-hidden="true">]</span></sup
    >`;
  }

  private renderMark(letter: string): TemplateResult {
    return html`<sup class="mark"
      ><a href="#note-${letter}" aria-label=${fill(this.t.noteMark, { letter })} @click=${this.follow}
        >${letter}</a
      ></sup
    >`;
  }

  private renderCell(shown: ShownCell, layout: Layout): TemplateResult {
    const { cell, letter, inline, marked } = shown;
    const value =
      cell.level === 'unknown'
        ? html`<span class="none" aria-hidden="true">—</span><span class="visually-hidden">${cell.value}</span>`
        : cell.level
          ? html`<span class="tag tag-${cell.level}">${cell.value}</span>`
          : cell.value
            ? html`<span class="value">${cell.value}</span>`
            : nothing;
    const detail = inline && cell.detail;
    // the hidden full stop makes a screen reader pause between the value and its note
    return html`${value}${letter ? this.renderMark(letter) : nothing}${
      detail
        ? html`${cell.value ? html`<span class="visually-hidden">.</span> ` : nothing}<span
              class=${cell.sentence ? 'text' : 'detail'}
              >${detail}</span
            >`
        : nothing
    }${marked ? this.renderRefs(cell.sources, layout.numbers) : nothing}`;
  }

  private renderHeader(column: Column, layout: Layout): TemplateResult {
    const discontinued = column !== 'NONE' && MODELS[column].status === 'discontinued';
    const letter = layout.columnLetters.get(column);
    // the badge and the note mark wrap together, never the mark alone onto a line
    return html`${this.columnName(column)}${
      discontinued || letter
        ? html` <span class="nowrap"
            >${discontinued ? html`<span class="badge">${this.t.discontinued}</span>` : nothing}${
              letter ? this.renderMark(letter) : nothing
            }</span
          >`
        : nothing
    }${
      column === this.highlighted
        ? html`<span class="visually-hidden"> (${this.t.highlighted})</span>`
        : nothing
    }${column === 'NONE' ? html` <span class="header-note">${this.t.baselineNote}</span>` : nothing}`;
  }

  private renderRowLabel(row: Row, layout: Layout): TemplateResult {
    const dataset = this._dataset;
    const sources = layout.rowSources.get(row);
    // the list's date and "one per agency" hold for every count, so the row says them once
    return html`${this.rowLabel(row)}${sources ? this.renderRefs(sources, layout.numbers) : nothing}${
      row === 'count' && dataset
        ? html` <span class="header-note"
            >${fill(this.t.countAsOf, { date: formatDate(dataset.asOf, this.lang_) })}</span
          >`
        : nothing
    }`;
  }

  /** The legend for "—", the notes stated once, and the sources of the unmarked cells. */
  private renderNotes(layout: Layout): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.lang_;
    const { legend, footnotes, numbers, defaults, anyUnmarked } = layout;
    const refs = (fact: Fact) =>
      sourcesKey(fact.sources) === sourcesKey(defaults) ? nothing : this.renderRefs(fact.sources, numbers);
    if (!legend && footnotes.length === 0 && !anyUnmarked) return nothing;
    const [before, after] = t.defaultSources.split('{refs}');
    return html`<div class="notes" part="notes">
      ${
        legend
          ? html`<p class="legend">
              <span class="none" aria-hidden="true">—</span> <strong>${t.unknown}:</strong> ${legend.text[lang]}${refs(legend)}
            </p>`
          : nothing
      }
      ${
        footnotes.length > 0
          ? html`<ol class="footnotes" aria-label=${t.notes}>
              ${footnotes.map(
                ({ letter, fact }) =>
                  html`<li id="note-${letter}" tabindex="-1">
                    <span class="letter">${letter}</span> ${fact.text[lang]}${refs(fact)}
                  </li>`,
              )}
            </ol>`
          : nothing
      }
      ${anyUnmarked && defaults.length > 0 ? html`<p>${before}${this.renderRefs(defaults, numbers)}${after ?? ''}</p>` : nothing}
    </div>`;
  }

  private renderSources(numbers: Map<SourceId, number>): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    return html`<section class="sources" part="sources">
      <h3>${t.sources}</h3>
      <ol>
        ${[...numbers].map(([id, n]) => {
          const source = SOURCES[id];
          const href = safeHref(source.url);
          const title = source.title[lang];
          return html`<li id="src-${n}" tabindex="-1">
            ${source.publisher}.
            ${href ? html`<a href=${href} rel="noreferrer" target="_blank">${title}</a>` : title}.${
              source.date ? ` ${formatPublished(source.date, lang)}.` : ''
            }${href ? html` <span class="host">${hostOf(href)}</span>` : nothing}${
              source.note ? ` ${source.note[lang]}` : href ? '' : ` ${t.noAddress}`
            }
          </li>`;
        })}
      </ol>
    </section>`;
  }

  /**
   * The table as CSV rows, in the reader's language: each cell's value with its note (which the table may
   * state once, under it), the counts row with its list's date, and a last row of each column's sources.
   */
  private tableRows(columns: Column[], rows: Row[], layout: Layout): CsvRows {
    const lang = this.lang_;
    const text = ({ cell }: ShownCell) =>
      cell.level === 'unknown' ? cell.value : [cell.value, cell.detail].filter(Boolean).join('. ');
    const label = (row: Row) =>
      row === 'count' && this._dataset
        ? `${this.rowLabel(row)} (${fill(this.t.countAsOf, { date: formatDate(this._dataset.asOf, lang) })})`
        : this.rowLabel(row);
    const sources = (column: Column) =>
      [...new Set(rows.flatMap((row) => layout.cellAt(row, column).cell.sources))]
        .sort((a, b) => (layout.numbers.get(a) ?? 0) - (layout.numbers.get(b) ?? 0))
        .map((id) => {
          const source = SOURCES[id];
          const href = safeHref(source.url);
          return `${source.publisher}: ${source.title[lang]}${href ? ` (${href})` : ''}`;
        })
        .join('; ');
    return [
      ['', ...columns.map((column) => this.columnName(column))],
      ...rows.map((row) => [label(row), ...columns.map((column) => text(layout.cellAt(row, column)))]),
      [this.t.sources, ...columns.map(sources)],
    ];
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const columns = this.columns;
    const rows = this.rowList;
    const layout = this.layout(columns, rows);
    const highlighted = this.highlighted;
    const part = (column: Column) => (column === highlighted ? 'highlight' : '');
    const isAuthority = (row: Row) => Object.hasOwn(AUTHORITIES, row);
    // in a card, a short value sits on its label's line; a sentence goes below its label
    const isShort = (row: Row) => row !== 'setting' && row !== 'affected' && row !== 'training';
    return html`<div class="root" lang=${this.lang_} dir="ltr">
      <div class="table-wrap">
        <table part="table">
          <caption part="heading">${t.caption}</caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${columns.map(
                (
                  column,
                ) => html`<th scope="col" class=${column === highlighted ? 'highlight' : ''} part=${part(column)}>
                  ${this.renderHeader(column, layout)}
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr class=${isAuthority(row) ? 'authority' : ''}>
                <th scope="row">${this.renderRowLabel(row, layout)}</th>
                ${columns.map(
                  (
                    column,
                  ) => html`<td class=${column === highlighted ? 'highlight' : ''} part=${part(column)}>
                    ${this.renderCell(layout.cellAt(row, column), layout)}
                  </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="cards" part="cards">
        <h2 class="cards-title" part="heading">${t.caption}</h2>
        ${columns.map(
          // a <div>, not a <section>: a region landmark per card would crowd the page's landmarks
          (
            column,
          ) => html`<div class="card ${column === highlighted ? 'highlight' : ''}" part="card ${part(column)}">
            <h3>${this.renderHeader(column, layout)}</h3>
            <dl>
              ${rows.map(
                (row) => html`<div class=${isShort(row) ? 'pair' : 'stack'}>
                  <dt>${this.renderRowLabel(row, layout)}</dt>
                  <dd>${this.renderCell(layout.cellAt(row, column), layout)}</dd>
                </div>`,
              )}
            </dl>
          </div>`,
        )}
      </div>
      ${this.renderNotes(layout)}
      ${this._note ? html`<p class="note" part="note" role="note">${fillDates(t[this._note.key], this._note.dates, this.lang_)}</p>` : nothing}
      ${layout.numbers.size > 0 ? this.renderSources(layout.numbers) : nothing}
      ${
        this._dataset
          ? getDataLink(t.getData, dataFileName(['models'], this._dataset.asOf), () =>
              this.tableRows(columns, rows, layout),
            )
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'open287g-models': Open287gModels;
  }
}
