// Writes a .gz (gzip -9) and a .br (brotli 11) copy beside every .js, .css and .html file of the folders
// given, so a server that hosts them can send the compressed bytes as they are (nginx gzip_static and
// brotli_static, Caddy's precompressed, a CDN's origin) instead of compressing on every request.
// Usage: node precompress.mjs dist/cdn dist/cdn-lookup
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css|html)$/.test(name)) continue;
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
    writeFileSync(
      join(dir, `${name}.br`),
      brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }),
    );
  }
}
