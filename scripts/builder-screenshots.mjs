// `node scripts/builder-screenshots.mjs` (after `pnpm build`): the embed builder with Collier County chosen,
// in English and Spanish at 375 and 1280 px, into docs/images/builder-<lang>-<width>.png. Look at them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const builder = 'packages/widgets/dist/builder/builder.html';
if (!existsSync(join(repo, builder))) {
  console.error(`${builder} is missing: run \`pnpm build\` first.`);
  process.exit(1);
}

const LANGUAGES = { en: 'English', es: 'Español' };
const server = await startStaticServer({ root: repo });
const browser = await launchChromium();
try {
  for (const [lang, name] of Object.entries(LANGUAGES)) {
    for (const width of [375, 1280]) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      await tab.goto(`${server.url}/${builder}`);
      await tab.getByRole('button', { name }).click();
      await tab.locator('#county-search').fill('collier');
      await tab.locator('#county-search').press('Enter');
      await tab
        .locator('input[name=lang]')
        .nth(lang === 'es' ? 1 : 0)
        .check();
      await tab.locator('#preview [part=answer]').waitFor({ timeout: 20_000 });
      await tab.locator('#preview > *').evaluate((element) => element.ready);
      const path = join(repo, 'docs/images', `builder-${lang}-${width}.png`);
      await tab.screenshot({ path, fullPage: true, animations: 'disabled' });
      await tab.close();
      console.log(`… ${path}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
