import { css } from 'lit';
import { modelColorStyles } from '../shared/model-colors.styles.js';
import { themeStyles } from '../shared/theme.styles.js';

// Fills: dark on light and light on dark (light-dark(); without it, the light set), one blue ramp for
// counts and the models' shared colours (theme.styles.ts); statewide-only counties are also hatched, so they
// differ from "no agreement" by more than a tint. Each can be replaced with a --open287g-map-* property, the
// models' with --open287g-color-jem and the like.
const ownStyles = css`
  :host {
    --_none: var(--open287g-map-none, #eceff1);
    --_statewide: var(--open287g-map-statewide, #f4e4b0);
    --_hatch: var(--open287g-map-hatch, #8a6d1f);
    --_local: var(--open287g-map-local, #1f5f99);
    --_count1: var(--open287g-map-count1, #8fbce6);
    --_count2: var(--open287g-map-count2, #3f7fbf);
    --_count5: var(--open287g-map-count5, #0b3c6e);
    --_outline: var(--open287g-map-outline, #444);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_none: var(--open287g-map-none, light-dark(#eceff1, #33373b));
      --_statewide: var(--open287g-map-statewide, light-dark(#f4e4b0, #4d4530));
      --_hatch: var(--open287g-map-hatch, light-dark(#8a6d1f, #cdb26a));
      --_local: var(--open287g-map-local, light-dark(#1f5f99, #8ec5ff));
      --_count1: var(--open287g-map-count1, light-dark(#8fbce6, #2d5f8f));
      --_count2: var(--open287g-map-count2, light-dark(#3f7fbf, #5f9bd4));
      --_count5: var(--open287g-map-count5, light-dark(#0b3c6e, #bfe0ff));
      --_outline: var(--open287g-map-outline, light-dark(#444, #bbb));
    }
  }
  .root {
    overflow-wrap: break-word;
  }
  :host([compact]) .root {
    padding: var(--_space);
  }
  h2 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25rem;
    line-height: 1.3;
  }
  :host([compact]) h2 {
    font-size: 1.05rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: end;
    margin-bottom: calc(var(--_space) / 2);
  }
  label {
    display: flex;
    flex-direction: column;
    font-size: 0.875rem;
    font-weight: 600;
  }
  select,
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .frame {
    position: relative;
    border-radius: var(--_radius);
  }
  .frame:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  svg.map {
    display: block;
    width: 100%;
    height: auto;
    max-height: 34rem;
  }
  /* the same line widths on screen at every zoom */
  svg.map path {
    vector-effect: non-scaling-stroke;
  }
  .counties path {
    stroke: var(--_bg);
    stroke-width: 0.5px;
    stroke-linejoin: round;
  }
  :host([compact]) .counties path {
    stroke-width: 0.25px;
  }
  .states path {
    fill: none;
    stroke: var(--_outline);
    stroke-width: 1px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .insets rect {
    fill: none;
    stroke: var(--_border);
    stroke-dasharray: 4 4;
  }
  .focus path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3px;
    pointer-events: none;
  }
  .chosen path {
    fill: none;
    stroke: CanvasText;
    stroke-width: 2.5px;
    pointer-events: none;
  }
  .c-none {
    fill: var(--_none);
  }
  .c-statewide {
    fill: url(#open287g-hatch) var(--_statewide);
  }
  .c-local {
    fill: var(--_local);
  }
  .c-count1 {
    fill: var(--_count1);
  }
  .c-count2 {
    fill: var(--_count2);
  }
  .c-count5 {
    fill: var(--_count5);
  }
  .c-modelTFM {
    fill: var(--_tfm);
  }
  .c-modelJEM {
    fill: var(--_jem);
  }
  .c-modelWSO {
    fill: var(--_wso);
  }
  .c-modelHYBRID {
    fill: var(--_hybrid);
  }
  #open287g-hatch path {
    stroke: var(--_hatch);
    stroke-width: 1.5;
  }
  #open287g-hatch rect {
    fill: var(--_statewide);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(18rem, 80%);
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    font-size: 0.875rem;
    pointer-events: none;
  }
  .tooltip strong {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    margin: calc(var(--_space) / 2) 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: flex;
    gap: 0.375rem;
    align-items: center;
  }
  .legend svg {
    flex: none;
    width: 1.25rem;
    height: 1rem;
  }
  .legend rect {
    stroke: var(--_outline);
    stroke-width: 1;
  }
  .count {
    color: var(--_muted);
  }
  .small {
    margin: 0.25rem 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  details {
    margin: calc(var(--_space) / 2) 0;
  }
  .table-wrap {
    max-height: 24rem;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td.number {
    text-align: end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
  }
  .actions .get-data {
    margin: 0;
  }
  .note {
    padding: 0.5rem;
    border-inline-start: 4px solid var(--_accent);
  }
`;

export const mapStyles = [themeStyles, modelColorStyles, ownStyles];
