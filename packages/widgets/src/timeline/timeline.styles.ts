import { css } from 'lit';

import { modelColorStyles } from '../shared/model-colors.styles.js';
import { themeStyles } from '../shared/theme.styles.js';

// Comments stay out of the template literal, which ships as written:
// - the line colours: the model colours every element shares (theme.styles.ts; a test holds 3:1 for the
//   lines). Colour is never alone: each line has its dash pattern and its label.
// - .chart: the SVG is drawn at the measured width; width 100% only bridges a resize until it is redrawn.
// - .tooltip: pointer-events none, so moving onto it keeps the pointer over the chart.
// - .hint: read out as the chart's description; shown only while the chart has keyboard focus.
// - @container 24rem: a phone's width, where the table's six columns fit only a step smaller.
const ownStyles = css`
  :host {
    --_total: var(--open287g-color-total, currentColor);
    --_ended: var(--open287g-color-ended, var(--_muted));
    --_rule: color-mix(in srgb, var(--_border) 45%, var(--_bg));
  }
  .root {
    overflow-wrap: break-word;
  }
  .ruler {
    height: 0;
  }
  :host([compact]) .root {
    padding: var(--_space);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  :host([compact]) h2 {
    font-size: 1.1em;
  }
  p {
    margin: 0.5em 0;
  }
  .note {
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 9%, var(--_bg));
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    list-style: none;
    padding: 0;
    margin: var(--_space) 0;
    font-size: 0.875em;
  }
  .legend li,
  .row {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .swatch {
    flex: none;
  }
  .tag {
    font-weight: 700;
  }
  .chart {
    position: relative;
    min-height: 15em;
    border-radius: var(--_radius);
    touch-action: pan-y;
  }
  :host([compact]) .chart {
    min-height: 12em;
  }
  .chart svg:not(.swatch) {
    display: block;
    width: 100%;
    height: auto;
  }
  svg text {
    font-size: 0.75rem;
    fill: var(--_muted);
  }
  .axis-title {
    font-weight: 600;
  }
  .grid {
    stroke: var(--_rule);
  }
  .tick,
  .base {
    stroke: var(--_muted);
  }
  .mark {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .mark-label {
    font-style: italic;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .s-JEM {
    --_line: var(--_jem);
  }
  .s-TFM {
    --_line: var(--_tfm);
    stroke-dasharray: 7 3;
  }
  .s-WSO {
    --_line: var(--_wso);
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
    stroke-width: 2.5;
  }
  .s-HYBRID {
    --_line: var(--_hybrid);
    stroke-dasharray: 8 3 1 3;
  }
  .s-total {
    --_line: var(--_total);
    stroke-width: 3;
  }
  text.end {
    fill: var(--_line);
    font-weight: 700;
  }
  .ended {
    fill: var(--_ended);
  }
  .guide {
    stroke: var(--_muted);
  }
  .dot {
    stroke: var(--_line);
    stroke-dasharray: none;
    stroke-width: 2;
    fill: var(--_bg);
  }
  .loading {
    color: var(--_muted);
    margin: 0;
    padding-top: 2em;
  }
  .tooltip {
    position: absolute;
    top: 1.75rem;
    pointer-events: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
    font-size: 0.8125em;
    box-shadow: 0 2px 6px color-mix(in srgb, CanvasText 20%, transparent);
    white-space: nowrap;
  }
  .tooltip strong {
    display: block;
    margin-bottom: 0.125em;
  }
  .count {
    margin-inline-start: auto;
    padding-inline-start: 1em;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .hint {
    display: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .chart:focus-visible + .hint {
    display: block;
  }
  details {
    margin-top: var(--_space);
  }
  .table-wrap {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.375em;
    border-bottom: 1px solid var(--_rule);
    text-align: start;
    vertical-align: bottom;
  }
  th[scope='row'] {
    font-weight: 400;
    white-space: nowrap;
    padding-inline-start: 0;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 24rem) {
    table {
      font-size: 0.8125em;
    }
  }
  .source {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_rule);
    font-size: 0.875em;
  }
  .source p {
    margin: 0.25em 0;
  }
`;

export const timelineStyles = [themeStyles, modelColorStyles, ownStyles];
