/**
 * The built SDK in a Node process whose global prototypes carry enumerable properties, as pages with old
 * libraries do (the widgets bundle the same code): it must import, validate the bundled data and answer.
 * zod from 4.5 on walked inherited keys while building schemas and threw here, at import.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SDK = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const script = `
Object.assign(Object.prototype, { polluted: 'yes', each() {} });
Object.assign(Array.prototype, { each() {}, flatten() {} });
const sdk = await import(${JSON.stringify(SDK)});
const { dataset, error } = await sdk.loadDataset();
const answer = sdk.answerCounty(dataset, '12021');
const results = sdk.search(dataset, '34102');
console.log(JSON.stringify({ error, asOf: dataset.asOf, local: answer.local.length, zip: results[0]?.counties }));
`;

it('imports, loads and answers with enumerable properties on Object.prototype and Array.prototype', async () => {
  if (!existsSync(SDK)) throw new Error('run `pnpm build` first: packages/sdk/dist/index.js is missing');
  const output = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout, stderr) =>
      error ? reject(new Error(stderr || error.message)) : resolve(stdout),
    ),
  );
  expect(JSON.parse(output)).toEqual({ error: null, asOf: '2026-05-18', local: 5, zip: ['12021'] });
}, 30_000);
