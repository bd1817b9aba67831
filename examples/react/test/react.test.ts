/** The React 19 example, as built by `pnpm build`, rendered in Chromium: the elements work and React gets their events. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

it('renders the elements in a React 19 app and passes their events to React', async () => {
  if (!existsSync(dist)) throw new Error('run `pnpm build` first: examples/react/dist is missing');
  const server = await startStaticServer({ root: dist });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/index.html`);
    await expect
      .poll(() => page.locator('#react-state').textContent(), { timeout: 15_000 })
      .toBe('React saw: Collier County, 5 local agencies');
    await expect
      .poll(() => page.locator('open287g-models thead th').first().textContent())
      .toContain('Jail Enforcement Model');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
}, 40_000);
