import { css } from 'lit';

import { themeStyles } from '../shared/theme.styles.js';

// Comments stay out of the template literal, which ships as written:
// - .root: overflow-wrap break-word, not anywhere: "anywhere" lets a table squeeze a column until words break
//   mid-letter.
// - table: separate borders: with collapsed ones, a sticky header cell leaves its gridlines behind.
// - tr.authority: the authorities are a grid of short marks; tighter rows scan faster.
// - thead: the corner sticks too, else the row headers scroll up through the space beside the column headers.
// - .tag: a level reads as a tag; its word carries the meaning, the fill only helps the eye.
// - .pair: in a card, a short value on its label's line, a note (if any) wrapping below.
// - @container 52rem: below this width five columns no longer fit without scrolling sideways.
const ownStyles = css`
  :host {
    container-type: inline-size;
    --_highlight: var(--open287g-highlight, color-mix(in srgb, var(--_accent) 12%, var(--_bg)));
  }
  .root {
    background: var(--_bg);
    overflow-wrap: break-word;
    line-height: 1.35;
  }
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
  /* a comparison table reads best a step below body text, as the civic design systems set theirs */
  table {
    font-size: 0.9375em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.5em 0.625em;
    vertical-align: top;
    text-align: start;
  }
  th[scope='row'] {
    width: 11em;
  }
  tr.authority > * {
    padding-block: 0.375em;
  }
  thead > tr > * {
    border-bottom-width: 2px;
  }
  thead th,
  thead .corner {
    position: sticky;
    top: var(--open287g-sticky-top, 0);
    z-index: 1;
    background: var(--_bg);
    vertical-align: bottom;
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
  .detail {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    margin-top: 0.125em;
  }
  .tag {
    display: inline-block;
    font-size: 0.9em;
    font-weight: 600;
    line-height: 1.3;
    padding: 0.05em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .tag-yes {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
  }
  .tag-limited {
    border-style: dashed;
  }
  .tag-no {
    font-weight: 400;
  }
  .none {
    font-weight: 700;
    color: var(--_muted);
  }
  .nowrap {
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.375em;
  }
  .refs,
  .mark {
    color: var(--_muted);
    font-weight: 400;
    line-height: 0;
    margin-inline-start: 0.125em;
  }
  .refs a,
  .mark a {
    padding: 0 0.0625em;
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
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  dl {
    margin: 0;
  }
  dl > div {
    padding: 0.375em 0;
    border-top: 1px solid color-mix(in srgb, var(--_border) 45%, var(--_bg));
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
  }
  .pair dt {
    flex: 1 1 0;
    min-width: 10em;
  }
  .pair dd {
    flex: 0 1 auto;
  }
  .notes {
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  .notes p,
  .footnotes {
    margin: 0 0 0.375em;
  }
  .footnotes {
    list-style: none;
    padding: 0;
  }
  .letter {
    display: inline-block;
    min-width: 1.25em;
    font-weight: 700;
  }
  .sources {
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  .sources h3 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .sources ol {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .sources li + li {
    margin-top: 0.25em;
  }
  .host {
    color: var(--_muted);
  }
  .get-data {
    margin-top: var(--_space);
  }
  .note {
    padding: 0.5em;
    border-left: 3px solid var(--_accent);
  }
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
