import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

export default defineConfig({
  ssr: { resolve: { conditions: ['@open287g/source'] } },
  resolve: { conditions: ['@open287g/source'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Every browser dependency listed up front: otherwise Vite re-optimizes mid-run and a test hangs.
        // They resolve from the repo root, so the root package.json lists them too (same versions).
        optimizeDeps: { include: ['lit', 'lit/directives/class-map.js', 'axe-core', 'zod/mini', 'ky'] },
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
