import { css } from 'lit';

import { themeStyles } from '../shared/theme.styles.js';

const ownStyles = css`
  :host {
    --_active: var(--open287g-color-active, color-mix(in srgb, var(--_accent) 14%, var(--_bg)));
  }
  .root {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .root.awaiting-county {
    min-height: var(--open287g-placeholder-height, 24em);
  }
  :host([compact]) .root {
    padding: calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 var(--_space);
  }
  :host([compact]) h2 {
    font-size: 1.05em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .combo {
    position: relative;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    width: 100%;
    padding: 0.5em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [role='listbox'] {
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-height: 20em;
    overflow-y: auto;
  }
  .group-label {
    padding: 0.25em 0.625em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  [role='option'] {
    padding: 0.375em 0.625em;
    cursor: pointer;
  }
  [role='option']:hover {
    background: var(--_active);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_active);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .hint {
    color: var(--_muted);
  }
  .note {
    margin: var(--_space) 0 0;
    padding: 0.5em;
    border-left: 3px solid var(--_accent);
  }
  .answer {
    margin-top: var(--_space);
  }
  .answer h3 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .answer h4 {
    font-size: 1em;
    margin: var(--_space) 0 0.25em;
  }
  ul.agencies,
  ul.agreements {
    margin: 0;
    padding-left: 1.25em;
  }
  .meaning,
  .explain,
  .source,
  dd {
    color: var(--_muted);
  }
  /* a mark in the text's own colour, so it keeps the text's contrast in every theme */
  .new {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    padding: 0 0.3em;
    font-size: 0.875em;
  }
  details > summary {
    margin: var(--_space) 0 0.25em;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
  }
  .source {
    font-size: 0.9em;
    margin-top: var(--_space);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375em 0.75em;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: no-preference) {
    [role='option'] {
      transition: background-color 80ms linear;
    }
  }
`;

// The page's color-scheme is inherited: a page (or the element) with `color-scheme: light dark` gets dark
// colours for readers who prefer them. The --open287g-* properties override.
export const lookupStyles = [themeStyles, ownStyles];
