import { readFileSync } from 'node:fs';
import { loadBundledDataset } from '@open287g/sdk';
import { expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { buildMapGeometry } from '../scripts/build-map-geometry.mjs';

const committed = JSON.parse(readFileSync(new URL('../src/map/geometry.json', import.meta.url), 'utf8'));

it('is what scripts/build-map-geometry.mjs builds from the atlas package', () => {
  expect(JSON.parse(JSON.stringify(buildMapGeometry()))).toEqual(committed);
});

it('has a shape for every county and state of the data, and nothing else', async () => {
  const dataset = await loadBundledDataset();
  expect(Object.keys(committed.counties).sort()).toEqual(dataset.counties.map((c) => c.fips).sort());
  expect(Object.keys(committed.states).sort()).toEqual(dataset.states.map((s) => s.fips).sort());
  for (const [fips, d] of Object.entries(committed.counties as Record<string, string>))
    expect(d, fips).toMatch(/^M-?\d+ -?\d+[lh]/);
  for (const [fips, state] of Object.entries(
    committed.states as Record<string, { d: string; box: number[] }>,
  )) {
    expect(state.d, fips).toMatch(/^M-?\d+ -?\d+l/);
    const [, , width = 0, height = 0] = state.box;
    expect(state.box.every(Number.isFinite) && width > 0 && height > 0, fips).toBe(true);
  }
});
