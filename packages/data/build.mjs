// Wraps each JSON file in an ES module (`export default JSON.parse("…")`), so the data imports the same way
// in Node, browsers and every bundler: a dynamic `import('….json', { with: { type: 'json' } })` is not
// supported by all of them (Vite: vitejs/vite#19095). JSON.parse of a string is also faster for V8 to load
// than the same data as an object literal.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const at = (path) => new URL(path, import.meta.url);

const FILES = {
  agreements: 'snapshot/agreements.json',
  counties: 'reference/counties.json',
  places: 'reference/places.json',
  mandates: 'reference/mandates.json',
  history: 'reference/history.json',
  listings: 'snapshot/listings.json',
};

mkdirSync(at('js'), { recursive: true });
for (const [name, path] of Object.entries(FILES)) {
  const text = JSON.stringify(JSON.parse(readFileSync(at(path), 'utf8')));
  writeFileSync(
    at(`js/${name}.js`),
    `// Generated from ${path} by build.mjs.\nexport default JSON.parse(${JSON.stringify(text)});\n`,
  );
  writeFileSync(
    at(`js/${name}.d.ts`),
    `/** ${path}, parsed; validate it with @open287g/sdk. */\ndeclare const data: unknown;\nexport default data;\n`,
  );
}
