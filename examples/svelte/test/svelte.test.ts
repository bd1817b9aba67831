/** The Svelte 5 example, as built by `pnpm build`, rendered in Chromium: the elements work, the app gets their events and its state reaches their attributes. */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { renderBuiltApp } from '../../../scripts/render-built-app.js';

it('renders the elements in a Svelte 5 app, passes their events to it and follows its language', async () => {
  const { errors } = await renderBuiltApp(
    fileURLToPath(new URL('../dist/', import.meta.url)),
    async (page) => {
      await expect
        .poll(() => page.locator('#svelte-state').textContent(), { timeout: 15_000 })
        .toMatch(/^Svelte saw: Harris County, \d+ local agencies$/);
      const firstModel = () => page.locator('open287g-models thead th').first().textContent();
      await expect.poll(firstModel).toContain('Jail Enforcement Model');
      await page.getByRole('button', { name: 'Español' }).click();
      await expect.poll(firstModel).toContain('Modelo de Aplicación en Cárceles');
      await expect.poll(() => page.locator('open287g-lookup').getAttribute('lang')).toBe('es');
    },
  );
  expect(errors).toEqual([]);
}, 40_000);
