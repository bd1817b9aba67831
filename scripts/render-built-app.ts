/**
 * For the framework examples' tests: serves a built app on loopback, opens it in Chromium, runs `inspect` on
 * the page and returns its result with any errors the page threw.
 */
import { existsSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

export async function renderBuiltApp<T>(
  dist: string,
  inspect: (page: Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['newPage']>>) => Promise<T>,
): Promise<{ result: T; errors: string[] }> {
  if (!existsSync(dist)) throw new Error(`run \`pnpm build\` first: ${dist} is missing`);
  const server = await startStaticServer({ root: dist });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/index.html`);
    return { result: await inspect(page), errors };
  } finally {
    await browser.close();
    await server.close();
  }
}
