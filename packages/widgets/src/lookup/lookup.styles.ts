import { css } from 'lit';

import { themeStyles } from '../shared/theme.styles.js';

const ownStyles = css`
  :host {
    --_active: var(--open287g-color-active, color-mix(in srgb, var(--_accent) 14%, var(--_bg)));
    --_tint: color-mix(in srgb, var(--_accent) 9%, var(--_bg));
    --_rule: color-mix(in srgb, var(--_border) 45%, var(--_bg));
  }
  .root {
    overflow-wrap: anywhere;
  }
  .root.awaiting-county {
    min-height: var(--open287g-placeholder-height, 24em);
  }
  :host([compact]) .root {
    padding: var(--_space);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 var(--_space);
  }
  :host([compact]) h2 {
    font-size: 1.1em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.375em;
  }
  .combo {
    position: relative;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 0;
  }
  [role='listbox'] {
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 0.25em 0.75em color-mix(in srgb, CanvasText 14%, transparent);
    max-height: 20em;
    overflow-y: auto;
  }
  .group-label {
    padding: 0.5em 0.75em 0.25em;
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  [role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  [role='option']:hover {
    background: var(--_active);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_active);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .hint {
    color: var(--_muted);
    margin: 0.5em 0 0;
  }
  .note {
    margin: var(--_space) 0 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_accent);
    background: var(--_tint);
  }
  p {
    margin: 0.5em 0;
  }
  .card {
    margin-top: calc(var(--_space) * 1.5);
  }
  .status {
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_rule);
  }
  .status h3 {
    font-size: 1.25em;
    line-height: 1.35;
    margin: 0;
  }
  /* on its own line above the sentence, so a narrow screen never strands a word beside it */
  .badge {
    display: block;
    width: fit-content;
    margin: 0 0 0.375em;
    padding: 0.125em 0.625em;
    border: 2px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .status-yes .badge {
    border-color: var(--_accent);
    background: var(--_tint);
  }
  .status-statewide .badge {
    border-style: dashed;
  }
  .barred {
    font-weight: 600;
  }
  .facts,
  .explain,
  .detail,
  .source,
  dd {
    color: var(--_muted);
  }
  .facts {
    margin: 0.375em 0 0;
  }
  .section {
    margin-top: calc(var(--_space) * 1.25);
  }
  h4 {
    font-size: 1em;
    margin: 0 0 0.5em;
  }
  ul.agencies,
  ul.agreements,
  ul.laws {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .agency {
    padding: 0.625em 0;
    border-top: 1px solid var(--_rule);
  }
  .agency:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .agency-name {
    display: block;
    font-weight: 600;
  }
  .agreement {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.625em;
    row-gap: 0.125em;
    margin-top: 0.25em;
  }
  .tag {
    display: inline-block;
    min-width: 3.25em;
    padding: 0 0.375em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-align: center;
  }
  /* the tag and its name stay together; a long name wraps beside its tag */
  .model {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .model-name {
    font-weight: 500;
  }
  .moa {
    font-weight: 600;
  }
  /* a mark in the text's own colour, so it keeps the text's contrast in every theme */
  .new {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    padding: 0 0.375em;
    font-size: 0.8125em;
  }
  .disclosure {
    margin-top: calc(var(--_space) * 1.25);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
  .disclosure > summary {
    padding: 0.625em 0.75em;
    list-style-position: inside;
  }
  .disclosure[open] > summary {
    border-bottom: 1px solid var(--_rule);
  }
  .disclosure-body {
    padding: 0.5em 0.75em 0.75em;
  }
  .disclosure-body > .explain:first-child {
    margin-top: 0;
  }
  .callout {
    margin-top: calc(var(--_space) * 1.25);
    padding: 0.75em 1em;
    border-left: 4px solid var(--_accent);
    background: var(--_tint);
  }
  .callout p {
    margin: 0.25em 0 0.5em;
  }
  .callout .disclosure {
    margin-top: 0.5em;
    background: var(--_bg);
  }
  .laws li {
    margin: 0.25em 0;
  }
  dl.models {
    margin: 0;
  }
  dl.models > div {
    margin-bottom: 0.625em;
  }
  dt {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
  }
  dd {
    margin: 0.125em 0 0;
  }
  .source {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_rule);
    font-size: 0.875em;
  }
  .source p {
    margin: 0.25em 0;
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
    min-height: 2.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375em 0.875em;
    cursor: pointer;
  }
  button:hover {
    background: var(--_active);
  }
  @media (prefers-reduced-motion: no-preference) {
    [role='option'],
    button {
      transition: background-color 80ms linear;
    }
  }
`;

// The page's color-scheme is inherited: a page (or the element) with `color-scheme: light dark` gets dark
// colours for readers who prefer them. The --open287g-* properties override.
export const lookupStyles = [themeStyles, ownStyles];
