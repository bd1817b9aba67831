import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Lit's css`…` templates are plain strings to esbuild, so their comments and indentation would ship as they
 * are. Strip those (and spaces around { } ; , >) — nothing around ":", where a space can be a combinator.
 */
const minifyCssLiterals: Plugin = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (_match, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .trim();
        return `css\`${css}\``;
      });
      return { contents, loader: 'ts' };
    });
  },
};

/** A self-contained browser build: everything bundled and minified, data as chunks in `outDir`. */
function cdnBuild(entry: Record<string, string>, outDir: string): Options {
  return {
    entry,
    outDir,
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    minify: true,
    splitting: true,
    noExternal: [/.*/],
    esbuildPlugins: [minifyCssLiterals],
    clean: false,
  };
}

export default defineConfig([
  {
    // ESM modules for bundlers: lit, the SDK and the data stay dependencies.
    entry: {
      index: 'src/index.ts',
      'lookup/define': 'src/lookup/define.ts',
      'map/define': 'src/map/define.ts',
      'models/define': 'src/models/define.ts',
      'timeline/define': 'src/timeline/define.ts',
    },
    format: ['esm'],
    dts: true,
    target: 'es2022',
    platform: 'browser',
    sourcemap: true,
    clean: false,
    esbuildPlugins: [minifyCssLiterals],
  },
  // One self-registering file for <script type="module">: everything bundled; the data files become chunks
  // beside it, loaded whole by the elements; each file with .gz and .br copies for servers that send them. Beside it too (and beside the lookup-only file below), the
  // stylesheet that reserves the elements' space until the file has defined them.
  {
    ...cdnBuild({ open287g: 'src/cdn.ts' }, 'dist/cdn'),
    onSuccess: 'cp src/placeholder.css dist/cdn/open287g.css && node precompress.mjs dist/cdn',
  },
  // embed.html and its script, for an iframe where a page cannot hold scripts; its own folder, so it shares
  // no chunk with the CDN file
  {
    ...cdnBuild({ embed: 'src/embed.ts' }, 'dist/embed'),
    onSuccess: 'cp src/embed.html src/embed.css dist/embed/',
  },
  // The embed builder (a docs page): the elements as its preview and the SDK's search for its county field;
  // its own folder, like embed.html's. Its CDN snippet names this package's version, the files it was built with.
  {
    ...cdnBuild({ builder: 'src/builder/builder.ts' }, 'dist/builder'),
    define: { OPEN287G_VERSION: JSON.stringify(version) },
    onSuccess: 'cp src/builder/builder.html src/builder/builder.css dist/builder/',
  },
  // The map alone, for a page that shows only it, and so the size test can hold its script and geometry
  // to their budget; its geometry is a chunk that only a map loads.
  {
    ...cdnBuild({ 'open287g-map': 'src/map/define.ts' }, 'dist/cdn-map'),
    onSuccess: 'cp src/placeholder.css dist/cdn-map/open287g.css && node precompress.mjs dist/cdn-map',
  },
  // The lookup alone, for pages that need only it; built apart so it shares no chunk with the full file
  // (and so the size test can tell what the other elements add).
  {
    ...cdnBuild({ 'open287g-lookup': 'src/lookup/define.ts' }, 'dist/cdn-lookup'),
    onSuccess: 'cp src/placeholder.css dist/cdn-lookup/open287g.css && node precompress.mjs dist/cdn-lookup',
  },
]);
