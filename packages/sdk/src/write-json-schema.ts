// Build step: writes the JSON Schema files shipped in the package's json-schema/ folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from './json-schema.js';

const outDir = process.argv[2] ?? 'json-schema';
mkdirSync(outDir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
}
