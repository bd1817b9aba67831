import { css } from 'lit';

/**
 * What every open287g element shares: the --open287g-* custom properties, a system font stack, the colours
 * (system colours follow the color-scheme: the page's, or the `theme` attribute's), focus rings and visually
 * hidden text.
 */
export const themeStyles = css`
  :host {
    display: block;
    /* The reader's own system font, no web font to fetch: it sits well on a serif CMS page and a sans-serif
       news page alike; --open287g-font: inherit takes the page's. */
    font: var(
      --open287g-font,
      400 1rem / 1.5 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      'Noto Sans',
      Arial,
      sans-serif
    );
    color: var(--open287g-color-text, CanvasText);
    --_bg: var(--open287g-color-background, Canvas);
    /* GrayText on Canvas is below 4.5:1; a blend of the text colour keeps secondary text readable. */
    --_muted: var(--open287g-color-muted, color-mix(in srgb, CanvasText 72%, Canvas));
    --_border: var(--open287g-color-border, GrayText);
    --_accent: var(--open287g-color-accent, LinkText);
    --_radius: var(--open287g-radius, 0.375rem);
    --_space: var(--open287g-space, 0.75rem);
    --_focus: var(--open287g-focus-ring, 2px solid var(--_accent));
  }
  :host([hidden]) {
    display: none;
  }
  /* the box every element draws itself in */
  .root {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  /* theme: the page's color-scheme by default; light or dark whatever the page says; auto follows the reader */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  /* "Get the data (CSV)" (shared/get-data.ts): a link alone on its line, at least 24 px tall (WCAG 2.5.8) */
  .get-data {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .get-data a {
    display: inline-block;
    padding: 0.25em 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
