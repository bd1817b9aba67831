/**
 * Registers a custom element unless the name is taken. Two copies (or two versions) of the bundle on one
 * page must not throw: the first registration wins and the second copy's elements use it. A host page whose
 * own script wraps `customElements.define` and throws must not stop the other elements either: the failure
 * is reported on the console and the element's fallback content stays visible.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  try {
    customElements.define(name, element);
  } catch (error) {
    if (!customElements.get(name))
      console.error(`open287g: <${name}> could not be registered: ${(error as Error).message}`);
  }
}
