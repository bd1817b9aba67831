/**
 * Registers a custom element unless the name is taken. Two copies (or two versions) of the bundle on one
 * page must not throw: the first registration wins and the second copy's elements use it.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name))
    customElements.define(name, element);
}
