import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/schema.ts', 'src/cli.ts', 'src/write-json-schema.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/schema.ts'] },
  // esnext keeps the `with { type: 'json' }` attributes that Node needs on the data imports; the
  // source itself uses nothing newer than ES2022.
  target: 'esnext',
  platform: 'neutral',
  sourcemap: true,
  clean: false,
  external: ['node:*'],
});
