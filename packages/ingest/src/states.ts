import { foldText, type State } from '@open287g/sdk';

export interface StateIndex {
  /** folded state name ("new hampshire") or folded USPS code ("nh") → USPS code */
  codeByFoldedName: ReadonlyMap<string, string>;
}

export function stateIndexOf(states: readonly State[]): StateIndex {
  const codeByFoldedName = new Map<string, string>();
  for (const { code, name } of states) {
    codeByFoldedName.set(foldText(name), code);
    codeByFoldedName.set(code.toLowerCase(), code);
  }
  return { codeByFoldedName };
}
