// In a file of its own: the data steps are loaded once per page, and this page has not loaded any yet.
import { expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/lookup/define.js';
import type { Open287gLookup } from '../src/lookup/lookup.element.js';

const placesRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/places[.-]/.test(entry.name));

it('finds a ZIP code typed before the ZIP/city index was asked for, and a county without it', async () => {
  // a page that is never idle: only what the reader types can ask for the index
  vi.stubGlobal('requestIdleCallback', () => 0);
  const element = document.createElement('open287g-lookup') as Open287gLookup;
  document.body.append(element);
  const field = page.getByRole('combobox');
  await expect.poll(() => (field.element() as HTMLInputElement).readOnly).toBe(false);
  // a county name is answered from the counties alone; the index is only asked for in idle time
  await userEvent.click(field);
  await userEvent.keyboard('collier');
  await expect.element(page.getByRole('option', { name: /Collier County, FL/ })).toBeVisible();
  expect(placesRequested()).toBe(false);
  // a digit needs the index at once
  await userEvent.clear(field);
  await userEvent.keyboard('34102');
  await expect.element(page.getByRole('option', { name: /34102/ })).toBeVisible();
  expect(placesRequested()).toBe(true);
  vi.unstubAllGlobals();
});
