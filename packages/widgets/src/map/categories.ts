/**
 * What colour a county takes on the map, by the `color-by` rule: each rule's categories, in legend order,
 * and the category of a county's coverage. Statewide-only counties are their own category under every
 * rule, and "no agreement" is always last and neutral.
 */
import type { CountyCoverage, ModelCode } from '@open287g/sdk/core';

export type ColorBy = 'presence' | 'count' | 'model';

export type Category =
  | 'local'
  | 'count1'
  | 'count2'
  | 'count5'
  | 'modelTFM'
  | 'modelJEM'
  | 'modelWSO'
  | 'modelHYBRID'
  | 'statewide'
  | 'none';

export const COLOR_BY: readonly ColorBy[] = ['presence', 'count', 'model'];

// By the widest setting a local agreement allows (MODELS.md): Task Force officers act in the community,
// Jail Enforcement in jails, Warrant Service Officers only serve warrants in jails; Hybrid is discontinued.
const MODEL_PRECEDENCE: readonly ModelCode[] = ['TFM', 'JEM', 'WSO', 'HYBRID'];

const LOCAL_CATEGORIES: Record<ColorBy, readonly Category[]> = {
  presence: ['local'],
  count: ['count5', 'count2', 'count1'],
  model: ['modelTFM', 'modelJEM', 'modelWSO', 'modelHYBRID'],
};

/** The categories of a rule, in the legend's order. */
export const categoriesOf = (colorBy: ColorBy): readonly Category[] => [
  ...LOCAL_CATEGORIES[colorBy],
  'statewide',
  'none',
];

export function categoryOf(coverage: CountyCoverage, colorBy: ColorBy): Category {
  if (coverage.localAgencies === 0) return coverage.statewideAgencies > 0 ? 'statewide' : 'none';
  if (colorBy === 'presence') return 'local';
  if (colorBy === 'count')
    return coverage.localAgencies >= 5 ? 'count5' : coverage.localAgencies >= 2 ? 'count2' : 'count1';
  const model = MODEL_PRECEDENCE.find((code) => coverage.localModels.includes(code)) ?? 'HYBRID';
  return `model${model}`;
}
