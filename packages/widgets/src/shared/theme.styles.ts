import { css } from 'lit';

/**
 * What every open287g element shares: the --open287g-* custom properties, the page's font and colours
 * (system colours follow the page's color-scheme), focus rings and visually hidden text.
 */
export const themeStyles = css`
  :host {
    display: block;
    font: var(--open287g-font, inherit);
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
