/**
 * docs/api is generated from the SDK's TSDoc (`pnpm docs:api`). This regenerates it into a temporary folder
 * and compares, so a change to the public API cannot land with a stale reference.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

it('docs/api matches the SDK source (run `pnpm docs:api` after changing the public API)', async () => {
  const out = await mkdtemp(join(tmpdir(), 'open287g-api-'));
  await run(join(root, 'node_modules/.bin/typedoc'), ['--out', out, '--logLevel', 'Warn'], { cwd: root });
  const committed = join(root, 'docs/api');
  const files = (await readdir(out)).sort();
  expect((await readdir(committed)).sort()).toEqual(files);
  for (const file of files) {
    const [fresh, current] = await Promise.all([
      readFile(join(out, file), 'utf8'),
      readFile(join(committed, file), 'utf8'),
    ]);
    expect(current, `docs/api/${file} is stale: run \`pnpm docs:api\``).toBe(fresh);
  }
}, 60_000);
