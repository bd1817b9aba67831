/**
 * Puts an open287g element on the test page with these attributes (in `parent`, the body by default) and
 * resolves once its data is shown and rendered: the mount of every element's tests.
 */
type Tag = 'open287g-lookup' | 'open287g-models' | 'open287g-map';

export async function mount<T extends Tag>(
  tag: T,
  attributes: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<HTMLElementTagNameMap[T]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  await element.ready;
  await element.updateComplete;
  return element;
}
