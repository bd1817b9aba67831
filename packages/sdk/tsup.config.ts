import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // One output file per source module: with "sideEffects" naming only index.js (which gives the schemas'
    // check to file-check.js), an app's bundler (and the widgets' CDN build) then drops whole modules it does
    // not use, such as the full model definitions, and the schemas with `@open287g/sdk/core`.
    entry: ['src/**/*.ts'],
    bundle: false,
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    clean: false,
  },
  {
    entry: ['src/index.ts', 'src/core.ts', 'src/schema.ts'],
    dts: { only: true },
    format: ['esm'],
    clean: false,
  },
]);
