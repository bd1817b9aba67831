import {
  AUTHORITIES,
  type AuthorityCode,
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
} from '@open287g/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { Open287gElement } from '../shared/base-element.js';
import { withCustomStrings } from '../shared/custom-strings.js';
import { type DataNote, type DataSource, dataNote, dataSteps, reportDataError } from '../shared/data.js';
import { fill, fillDates, formatDate, formatNumber } from '../shared/i18n.js';
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

/** A cell: its text, and the sources it rests on. */
interface Cell {
  text: string;
  detail: string | null;
  sources: readonly SourceId[];
}

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
 * @attr show-sources - show the list of sources open rather than behind a "Sources" disclosure.
 * @attr data-src - URL of a newer `agreements.json` for the counts; if it fails or is older than the bundled
 *   data, the bundled counts are shown with a note.
 * @attr data-pinned - use `data-src` even when its ICE list is older than the bundled one; the element says so.
 *
 * @prop strings - any visible strings to replace (see `ModelsStrings`); a value that is not a string is
 *   ignored with a console warning.
 * @prop ready - resolves once the counts are loaded.
 *
 * @event open287g-data-error - `data-src` failed; `detail` is `{ url, reason, message }`.
 *
 * @csspart table - the table (wide layout).
 * @csspart cards - the cards (narrow layout).
 * @csspart card - one card.
 * @csspart highlight - the highlighted column's cells and card.
 * @csspart sources - the list of sources.
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
 * The layout switches from the table to cards when the element is narrower than 40rem (a container query).
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
    const steps = dataSteps(source);
    const bundled = await steps.bundled;
    if (stale()) return;
    // a pinned list's counts are the ones the story quotes: shown only once it is in (or has failed)
    if (!source?.pinned) this._dataset = bundled;
    if (source && steps.remote) {
      const remote = await steps.remote;
      if (stale()) return;
      this._dataset = remote.dataset ?? bundled;
      if (remote.error) reportDataError(this, remote.error);
      this._note = dataNote(remote, bundled, source);
    }
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

  /** A short value ("Yes", "In the jail") explained by a fact. */
  private factCell(text: string, fact: Fact | null): Cell {
    return { text, detail: fact ? fact.text[this.lang_] : null, sources: fact?.sources ?? [] };
  }

  /** A fact that is the value itself: a sentence, so not set in bold like a short value. */
  private textCell(fact: Fact): Cell {
    return { text: '', detail: fact.text[this.lang_], sources: fact.sources };
  }

  private cell(column: Column, row: Row, counts: ModelCounts | null): Cell {
    const t = this.t;
    const lang = this.lang_;
    if (column === 'NONE') {
      if (Object.hasOwn(AUTHORITIES, row))
        return { text: t.notDelegated, detail: null, sources: ['INA/IIRIRA'] };
      return { text: t.baselineNone, detail: null, sources: [] };
    }
    const model = MODELS[column];
    switch (row) {
      case 'setting':
        return this.textCell(model.where);
      case 'affected':
        return this.textCell(model.whoIsAffected);
      case 'training':
        return this.textCell(model.training);
      case 'history': {
        // the model's own start, stop and revival; changes to its training are in the training row
        const labels = {
          created: t.eventCreated,
          discontinued: t.eventDiscontinued,
          revived: t.eventRevived,
        };
        const events = model.history.filter((event) => event.kind !== 'introduced');
        if (events.length === 0) return { text: t.noHistory, detail: null, sources: [] };
        return {
          text: events
            .map((event) => fill(labels[event.kind as keyof typeof labels], { year: event.year }))
            .join('; '),
          detail: null,
          sources: [...new Set(events.flatMap((event) => event.fact.sources))],
        };
      }
      case 'count': {
        const dataset = this._dataset;
        if (!dataset || !counts) return { text: t.loading, detail: null, sources: [] };
        const count = counts[column] ?? 0;
        if (count === 0 && model.status === 'discontinued')
          return { text: t.countNone, detail: null, sources: [] };
        return {
          text: fill(t.countValue, { count: formatNumber(count, lang) }),
          detail: fill(t.countAsOf, { date: formatDate(dataset.asOf, lang) }),
          sources: ['ICE'],
        };
      }
      default: {
        const grant = model.authorities[row];
        const level = { yes: t.yes, no: t.no, limited: t.limited, unknown: t.unknown }[grant.level];
        // a plain "yes" rests on the model's description, so it carries that description's sources
        return grant.note
          ? this.factCell(level, grant.note)
          : { text: level, detail: null, sources: model.summary.sources };
      }
    }
  }

  private columnName(column: Column): string {
    return column === 'NONE' ? this.t.baseline : modelName(column, this.lang_);
  }

  /**
   * Every cell shown, computed once per render (the table and the cards show the same cells), with their
   * sources numbered in order of first use.
   */
  private grid(
    columns: Column[],
    rows: Row[],
  ): { cellAt: (row: Row, column: Column) => Cell; numbers: Map<SourceId, number> } {
    const counts = this._dataset ? countByModel(this._dataset) : null;
    const cells = new Map<string, Cell>();
    const numbers = new Map<SourceId, number>();
    for (const row of rows) {
      for (const column of columns) {
        const cell = this.cell(column, row, counts);
        cells.set(`${row}|${column}`, cell);
        for (const source of cell.sources) if (!numbers.has(source)) numbers.set(source, numbers.size + 1);
      }
    }
    return { cellAt: (row, column) => cells.get(`${row}|${column}`) as Cell, numbers };
  }

  private renderCell(cell: Cell, numbers: Map<SourceId, number>): TemplateResult {
    const refs = cell.sources.map((source) => numbers.get(source)).join(', ');
    const refLabel = fill(cell.sources.length > 1 ? this.t.sourceMany : this.t.sourceOne, { numbers: refs });
    // the hidden full stop makes a screen reader pause between the value and its note
    return html`${
      cell.text
        ? html`<span class="value">${cell.text}</span><span class="visually-hidden">.</span> `
        : nothing
    }${cell.detail ? html`<span class="detail">${cell.detail}</span>` : nothing}${
      refs
        ? html`<sup class="refs"
            ><span aria-hidden="true">[${refs}]</span
            ><span class="visually-hidden">(${refLabel})</span></sup
          >`
        : nothing
    }`;
  }

  private renderHeader(column: Column): TemplateResult {
    const discontinued = column !== 'NONE' && MODELS[column].status === 'discontinued';
    return html`${this.columnName(column)}${
      discontinued ? html` <span class="badge">${this.t.discontinued}</span>` : nothing
    }${column === this.highlighted ? html`<span class="visually-hidden"> (${this.t.highlighted})</span>` : nothing}${
      column === 'NONE' ? html` <span class="header-note">${this.t.baselineNote}</span>` : nothing
    }`;
  }

  private renderSources(numbers: Map<SourceId, number>): TemplateResult {
    const lang = this.lang_;
    const list = html`<ol part="sources">
      ${[...numbers.keys()].map((id) => {
        const source = SOURCES[id];
        const href = safeHref(source.url);
        return html`<li>
          ${source.title[lang]}${href ? html` — <a href=${href} rel="noreferrer" target="_blank">${href}</a>` : nothing}
        </li>`;
      })}
    </ol>`;
    return this.showSources
      ? html`<section class="sources"><h3>${this.t.sources}</h3>${list}</section>`
      : html`<details class="sources"><summary>${this.t.sources}</summary>${list}</details>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const columns = this.columns;
    const rows = this.rowList;
    const { cellAt, numbers } = this.grid(columns, rows);
    const highlighted = this.highlighted;
    const part = (column: Column) => (column === highlighted ? 'highlight' : '');
    return html`<div class="root" lang=${this.lang_} dir="ltr">
      <div class="table-wrap">
        <table part="table">
          <caption>${t.caption}</caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${columns.map(
                (
                  column,
                ) => html`<th scope="col" class=${column === highlighted ? 'highlight' : ''} part=${part(column)}>
                  ${this.renderHeader(column)}
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${this.rowLabel(row)}</th>
                ${columns.map(
                  (
                    column,
                  ) => html`<td class=${column === highlighted ? 'highlight' : ''} part=${part(column)}>
                    ${this.renderCell(cellAt(row, column), numbers)}
                  </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="cards" part="cards">
        <h2 class="cards-title">${t.caption}</h2>
        ${columns.map(
          // a <div>, not a <section>: a region landmark per card would crowd the page's landmarks
          (
            column,
          ) => html`<div class="card ${column === highlighted ? 'highlight' : ''}" part="card ${part(column)}">
            <h3>${this.renderHeader(column)}</h3>
            <dl>
              ${rows.map(
                (row) => html`<dt>${this.rowLabel(row)}</dt>
                  <dd>${this.renderCell(cellAt(row, column), numbers)}</dd>`,
              )}
            </dl>
          </div>`,
        )}
      </div>
      ${this._note ? html`<p class="note" part="note" role="note">${fillDates(t[this._note.key], this._note.dates, this.lang_)}</p>` : nothing}
      ${numbers.size > 0 ? this.renderSources(numbers) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'open287g-models': Open287gModels;
  }
}
