import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM modules for bundlers: lit, the SDK and the data stay dependencies.
    entry: {
      index: 'src/index.ts',
      'lookup/define': 'src/lookup/define.ts',
      'models/define': 'src/models/define.ts',
    },
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
  {
    // The lookup alone, for pages that need only it; built apart so it shares no chunk with the full file
    // (and so the size test can tell what the other elements add).
    entry: { 'open287g-lookup': 'src/lookup/define.ts' },
    outDir: 'dist/cdn-lookup',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    minify: true,
    splitting: true,
    noExternal: [/.*/],
    clean: false,
  },
]);
