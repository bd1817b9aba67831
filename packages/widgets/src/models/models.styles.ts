import { css } from 'lit';

import { themeStyles } from '../shared/theme.styles.js';

const ownStyles = css`
  :host {
    container-type: inline-size;
    --_highlight: var(--open287g-highlight, color-mix(in srgb, var(--_accent) 12%, var(--_bg)));
  }
  .root {
    background: var(--_bg);
    /* break-word, not anywhere: "anywhere" lets a table squeeze a column until words break mid-letter */
    overflow-wrap: break-word;
  }
  /* separate borders: with collapsed ones, a sticky header cell leaves its gridlines behind */
  table {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
  }
  caption,
  .cards-title {
    font-size: 1.2em;
    font-weight: 700;
    text-align: start;
    margin: 0 0 var(--_space);
  }
  th,
  td {
    border-right: 1px solid var(--_border);
    border-bottom: 1px solid var(--_border);
    padding: 0.5em;
    vertical-align: top;
    text-align: start;
  }
  tr > :first-child {
    border-left: 1px solid var(--_border);
  }
  thead > tr > * {
    border-top: 1px solid var(--_border);
  }
  /* the corner too: otherwise the row headers scroll up through the space beside the column headers */
  thead th,
  thead .corner {
    position: sticky;
    top: var(--open287g-sticky-top, 0);
    z-index: 1;
    background: var(--_bg);
  }
  thead .corner {
    border-top-color: transparent;
    border-left-color: transparent;
  }
  .header-note {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .highlight {
    background: var(--_highlight);
  }
  thead th.highlight {
    border-top: 3px solid var(--_accent);
  }
  .value {
    font-weight: 600;
  }
  .value + .detail {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.375em;
  }
  .refs {
    color: var(--_muted);
  }
  .cards {
    display: none;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .card.highlight {
    border: 2px solid var(--_accent);
  }
  .card h3 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  dt {
    font-weight: 600;
    margin-top: 0.5em;
  }
  dd {
    margin: 0;
  }
  .sources {
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  .sources h3 {
    font-size: 1em;
    margin: 0;
  }
  .note {
    padding: 0.5em;
    border-left: 3px solid var(--_accent);
  }
  /* below this width five columns no longer fit without scrolling sideways */
  @container (max-width: 52rem) {
    .table-wrap {
      display: none;
    }
    .cards {
      display: block;
    }
  }
`;

export const modelsStyles = [themeStyles, ownStyles];
