/**
 * Styles for an element moved into another document (a same-origin iframe, `document.adoptNode`). Lit adopts
 * constructed stylesheets, which belong to the document they were made in: once the element's shadow root
 * moves, the browser drops them and the element shows unstyled. Here the same rules are made again as sheets
 * of the new document (once per document and element class), or Lit's own sheets when it comes back home.
 */
import { adoptStyles, type CSSResult, type LitElement } from 'lit';

const made = new WeakMap<Document, Map<typeof LitElement, CSSStyleSheet[]>>();

function cssText(style: CSSResult | CSSStyleSheet): string {
  return style instanceof CSSStyleSheet
    ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
    : style.cssText;
}

/** Gives `element`'s shadow root its class's styles as sheets of the document it is now in. */
export function adoptStylesInOwnDocument(element: LitElement): void {
  const root = element.shadowRoot;
  const elementClass = element.constructor as typeof LitElement;
  if (!root) return;
  const home = document;
  const doc = element.ownerDocument;
  if (doc === home) {
    adoptStyles(root, elementClass.elementStyles);
    return;
  }
  // a document without a window (DOMParser, a template's content) renders nothing: nothing to style
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  let byClass = made.get(doc);
  if (!byClass) {
    byClass = new Map();
    made.set(doc, byClass);
  }
  let sheets = byClass.get(elementClass);
  if (!sheets) {
    sheets = elementClass.elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText(style as CSSResult | CSSStyleSheet));
      return sheet;
    });
    byClass.set(elementClass, sheets);
  }
  root.adoptedStyleSheets = sheets;
}
