import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM modules for bundlers: lit, the SDK and the data stay dependencies.
    entry: { index: 'src/index.ts', 'lookup/define': 'src/lookup/define.ts' },
    format: ['esm'],
    dts: true,
    target: 'es2022',
    platform: 'browser',
    sourcemap: true,
    clean: false,
  },
  {
    // One self-registering file for <script type="module">: everything bundled; the data files become
    // chunks beside it, loaded whole by the elements.
    entry: { open287g: 'src/cdn.ts' },
    outDir: 'dist/cdn',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    minify: true,
    splitting: true,
    noExternal: [/.*/],
    clean: false,
  },
]);
