import { defineConfig } from 'vitest/config';

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
          testTimeout: 30_000,
        },
      },
    ],
  },
});
