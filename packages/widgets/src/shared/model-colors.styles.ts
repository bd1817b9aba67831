import { css } from 'lit';

// The models' colours, one per model on every element of a page that draws them (the map's fills, the
// timeline's lines): Okabe–Ito hues, told apart with the common kinds of colour blindness, darker on a light
// background and lighter on a dark one (4.5:1 or more on Canvas); without light-dark() the light set, still
// 3.5:1 or more on a dark Canvas. Apart from the theme, so an element that draws no model (the lookup)
// does not carry them.
export const modelColorStyles = css`
  :host {
    --_jem: var(--open287g-color-jem, #c45500);
    --_tfm: var(--open287g-color-tfm, #0072b2);
    --_wso: var(--open287g-color-wso, #007a5a);
    --_hybrid: var(--open287g-color-hybrid, #a8568a);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_jem: var(--open287g-color-jem, light-dark(#c45500, #e69f00));
      --_tfm: var(--open287g-color-tfm, light-dark(#0072b2, #56b4e9));
      --_wso: var(--open287g-color-wso, light-dark(#007a5a, #3ccf9f));
      --_hybrid: var(--open287g-color-hybrid, light-dark(#a8568a, #e3a3c9));
    }
  }
`;
