import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/schema.ts', 'src/cli.ts', 'src/write-json-schema.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/schema.ts'] },
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  clean: false,
  external: ['node:*'],
});
