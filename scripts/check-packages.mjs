// Package health, as a consumer would install each published package: publint (package.json, exports,
// files) and Are the Types Wrong (types resolve for every export, ESM-only). Run after a build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../packages/', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const repoLicense = readFileSync(fileURLToPath(new URL('../LICENSE', import.meta.url)), 'utf8');
let failed = 0;
for (const dir of readdirSync(root)) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  // npm packs a package's LICENSE whatever `files` says; the README's "MIT" needs the text beside it
  const license = join(root, dir, 'LICENSE');
  if (manifest.license !== 'MIT' || !existsSync(license) || readFileSync(license, 'utf8') !== repoLicense) {
    failed++;
    console.error(
      `[check-packages] ${manifest.name}: needs "license": "MIT" and the repository's LICENSE file`,
    );
  }
  // a stylesheet has no types to be wrong about
  const stylesheets = Object.keys(manifest.exports ?? {}).filter((entry) => entry.endsWith('.css'));
  const attwArgs = ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'];
  if (stylesheets.length > 0) attwArgs.push('--exclude-entrypoints', ...stylesheets);
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', attwArgs],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: join(root, dir), stdio: 'pipe' });
      console.log(`[check-packages] ${manifest.name}: ${tool} clean`);
    } catch (error) {
      failed++;
      console.error(
        `[check-packages] ${manifest.name}: ${tool} found problems:\n${error.stdout}${error.stderr}`,
      );
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
