// Wraps each JSON file in ES modules, so the data imports the same way in Node, browsers and every bundler:
// a dynamic `import('….json', { with: { type: 'json' } })` is not supported by all of them (Vite:
// vitejs/vite#19095).
// - `js/text/<name>.js` exports the file's JSON text. A page that parses it itself and keeps only what it
//   decodes frees the parsed JSON afterwards; a module's default export lives as long as the page. The text
//   is ASCII (other characters as JSON \u escapes), so the engine stores it one byte per character.
// - `js/<name>.js` exports it parsed (JSON.parse of a string is also faster for V8 to load than the same
//   data as an object literal).
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

/** JSON text with every character outside ASCII written as a \u escape: the same value once parsed. */
const asciiJson = (value) =>
  JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

mkdirSync(at('js/text'), { recursive: true });
for (const [name, path] of Object.entries(FILES)) {
  const text = asciiJson(JSON.parse(readFileSync(at(path), 'utf8')));
  writeFileSync(
    at(`js/text/${name}.js`),
    `// Generated from ${path} by build.mjs.\nexport default ${JSON.stringify(text)};\n`,
  );
  writeFileSync(
    at(`js/text/${name}.d.ts`),
    `/** ${path} as JSON text (ASCII); parse it, then validate it with @open287g/sdk. */\ndeclare const text: string;\nexport default text;\n`,
  );
  writeFileSync(
    at(`js/${name}.js`),
    `// Generated from ${path} by build.mjs.\nimport text from './text/${name}.js';\nexport default JSON.parse(text);\n`,
  );
  writeFileSync(
    at(`js/${name}.d.ts`),
    `/** ${path}, parsed; validate it with @open287g/sdk. */\ndeclare const data: unknown;\nexport default data;\n`,
  );
}
