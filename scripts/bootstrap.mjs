// Makes the README's two commands work on a machine that has only Node and npm: installs pnpm when
// missing, then the workspace's dependencies; with --browser (the tests), Debian's Chromium when missing,
// because Playwright cannot download its own browsers here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const has = (cmd) => {
  try {
    execSync(`${cmd} --version`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (!has('pnpm')) {
  console.log('[open287g] pnpm not found: installing it with npm (npm i -g pnpm@12)…');
  try {
    run('npm i -g pnpm@12');
  } catch {
    console.error(
      '[open287g] could not install pnpm globally (no permission?). Install it yourself — e.g. `sudo npm i -g pnpm@12`,\n' +
        '  or `corepack enable pnpm` — then run this command again.',
    );
    process.exit(1);
  }
  if (!has('pnpm')) {
    // npm put it in its global prefix, whose bin folder this shell does not search
    const bin = join(execSync('npm prefix -g', { encoding: 'utf8' }).trim(), 'bin');
    console.error(
      `[open287g] pnpm was installed in ${bin}, which is not on your PATH. Add it, e.g.\n` +
        `  export PATH="${bin}:$PATH"\n  then run this command again.`,
    );
    process.exit(1);
  }
}
console.log('[open287g] installing workspace dependencies (pnpm install)…');
run(process.env.CI ? 'pnpm install --frozen-lockfile' : 'pnpm install --prefer-offline');

const { CHROMIUM_PATH } = await import('./chromium.mjs');
if (process.argv.includes('--browser') && !existsSync(CHROMIUM_PATH)) {
  console.log('[open287g] Chromium not found: installing it (apt-get install -y chromium, about a minute)…');
  try {
    run('apt-get update -qq && apt-get install -y -qq chromium');
  } catch {
    console.error(
      `[open287g] could not install Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set\n` +
        '  CHROMIUM_PATH to a Chromium or Chrome binary, then run this command again.',
    );
    process.exit(1);
  }
}
