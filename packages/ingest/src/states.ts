import { type CountiesFile, foldText } from '@open287g/sdk';

export interface StateIndex {
  /** folded state name ("new hampshire") or folded USPS code ("nh") → USPS code */
  codeByFoldedName: ReadonlyMap<string, string>;
  nameByCode: ReadonlyMap<string, string>;
}

export function stateIndexOf(counties: CountiesFile): StateIndex {
  const codeByFoldedName = new Map<string, string>();
  const nameByCode = new Map<string, string>();
  for (const [, code, name] of counties.states) {
    codeByFoldedName.set(foldText(name), code);
    codeByFoldedName.set(code.toLowerCase(), code);
    nameByCode.set(code, name);
  }
  return { codeByFoldedName, nameByCode };
}
