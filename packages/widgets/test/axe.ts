import axe from 'axe-core';

/** axe-core's violations for an element (its shadow DOM included), one line each: rule and targets. */
export async function violations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
