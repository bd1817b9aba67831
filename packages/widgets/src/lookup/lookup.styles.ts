import { css } from 'lit';

// System colours follow the page's color-scheme, which the element inherits: a page (or the element)
// with \`color-scheme: light dark\` gets dark colours for readers who prefer them. The properties override.
export const lookupStyles = css`
  :host {
    display: block;
    font: var(--open287g-font, inherit);
    color: var(--open287g-color-text, CanvasText);
    --_bg: var(--open287g-color-background, Canvas);
    /* GrayText on Canvas is below 4.5:1; a blend of the text colour keeps secondary text readable. */
    --_muted: var(--open287g-color-muted, color-mix(in srgb, CanvasText 72%, Canvas));
    --_border: var(--open287g-color-border, GrayText);
    --_accent: var(--open287g-color-accent, LinkText);
    --_active: var(--open287g-color-active, color-mix(in srgb, var(--_accent) 14%, var(--_bg)));
    --_radius: var(--open287g-radius, 0.375rem);
    --_space: var(--open287g-space, 0.75rem);
    --_focus: var(--open287g-focus-ring, 2px solid var(--_accent));
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .root {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
    overflow-wrap: anywhere;
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
  input:focus-visible,
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  h3:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
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
  details > summary {
    cursor: pointer;
    font-weight: 700;
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
  a {
    color: var(--_accent);
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    [role='option'] {
      transition: background-color 80ms linear;
    }
  }
`;
