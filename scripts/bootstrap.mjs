// Makes the README's two commands work on a machine that has only Node and npm:
// installs pnpm when missing, then the workspace's dependencies.
import { execSync } from 'node:child_process';

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
}
console.log('[open287g] installing workspace dependencies (pnpm install)…');
run(process.env.CI ? 'pnpm install --frozen-lockfile' : 'pnpm install --prefer-offline');
