/** The React 19 example, as built by `pnpm build`, rendered in Chromium: the elements work and the app gets their events. */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { renderBuiltApp } from '../../../scripts/render-built-app.js';

it('renders the elements in a React 19 app and passes their events to it', async () => {
  const { errors } = await renderBuiltApp(
    fileURLToPath(new URL('../dist/', import.meta.url)),
    async (page) => {
      await expect
        .poll(() => page.locator('#react-state').textContent(), { timeout: 15_000 })
        .toBe('React saw: Collier County, 5 local agencies');
      await expect
        .poll(() => page.locator('open287g-models thead th').first().textContent())
        .toContain('Jail Enforcement Model');
    },
  );
  expect(errors).toEqual([]);
}, 40_000);
