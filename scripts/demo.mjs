// The README's demo, after install and build: answers a county and prints national counts with the CLI
// (bundled data), then — for a person at a terminal — serves the examples so the widget can be tried.
// Non-interactive runs (CI, scripts) stop after the answers.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../packages/sdk/dist/cli.js', import.meta.url));
const run = (...args) => execFileSync(process.execPath, [cli, ...args], { stdio: 'inherit' });

run('lookup', 'Collier County, FL');
console.log('');
run('stats');
console.log('');
if (process.stdout.isTTY && !process.env.CI) {
  await import('./serve.mjs');
} else {
  console.log(
    'To try the widgets (lookup, models, map, timeline): pnpm serve, then open http://127.0.0.1:8080/examples/html/',
  );
}
