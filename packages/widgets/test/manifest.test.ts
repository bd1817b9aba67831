/** custom-elements.json is generated from the elements' JSDoc at build; it must describe their real API. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const path = fileURLToPath(new URL('../custom-elements.json', import.meta.url));

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

function elements(): Map<string, Declaration> {
  if (!existsSync(path))
    throw new Error('run `pnpm build` first: packages/widgets/custom-elements.json is missing');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const found = new Map<string, Declaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) found.set(declaration.tagName, declaration);
    }
  }
  return found;
}

const names = (items: { name: string }[] | undefined) => (items ?? []).map((item) => item.name);

it('describes <open287g-lookup>: attributes, events, slot, parts and custom properties', () => {
  const lookup = elements().get('open287g-lookup');
  expect(names(lookup?.attributes)).toEqual([
    'lang',
    'county',
    'data-src',
    'data-pinned',
    'heading',
    'compact',
    'theme',
  ]);
  expect(names(lookup?.events)).toEqual(['open287g-select', 'open287g-data-error']);
  expect(names(lookup?.slots)).toEqual(['resources']);
  expect(names(lookup?.cssParts)).toEqual(
    expect.arrayContaining(['input', 'listbox', 'option', 'card', 'answer', 'get-data']),
  );
  expect(names(lookup?.cssProperties).every((name) => name.startsWith('--open287g-'))).toBe(true);
});

it('describes <open287g-models>, and leaves internal state out', () => {
  const found = elements();
  const models = found.get('open287g-models');
  expect(names(models?.attributes)).toEqual([
    'lang',
    'models',
    'rows',
    'highlight',
    'show-sources',
    'data-src',
    'data-pinned',
    'theme',
  ]);
  expect(names(models?.events)).toEqual(['open287g-data-error']);
  expect(names(models?.cssParts)).toEqual([
    'heading',
    'table',
    'cards',
    'card',
    'highlight',
    'notes',
    'sources',
    'get-data',
  ]);
  for (const element of found.values()) {
    expect(names(element.attributes).filter((name) => name.startsWith('_'))).toEqual([]);
  }
});

it('describes <open287g-map>: attributes, events, parts and its --open287g-map-* properties', () => {
  const map = elements().get('open287g-map');
  expect(names(map?.attributes)).toEqual([
    'lang',
    'state',
    'county',
    'color-by',
    'for',
    'data-src',
    'data-pinned',
    'heading',
    'compact',
    'theme',
  ]);
  expect(names(map?.events)).toEqual(['open287g-select', 'open287g-data-error']);
  expect(names(map?.cssParts)).toEqual(
    expect.arrayContaining(['map', 'legend', 'table', 'tooltip', 'source']),
  );
  expect(names(map?.cssProperties)).toEqual(
    expect.arrayContaining(['--open287g-map-local', '--open287g-map-none']),
  );
  expect(names(map?.cssProperties).every((name) => name.startsWith('--open287g-'))).toBe(true);
});

it('describes <open287g-timeline>: attributes, events and parts', () => {
  const timeline = elements().get('open287g-timeline');
  expect(names(timeline?.attributes)).toEqual([
    'lang',
    'state',
    'models',
    'from',
    'heading',
    'compact',
    'theme',
    'data-src',
    'data-pinned',
  ]);
  expect(names(timeline?.events)).toEqual(['open287g-data-error']);
  expect(names(timeline?.cssParts)).toEqual(
    expect.arrayContaining(['chart', 'tooltip', 'legend', 'table', 'source', 'get-data']),
  );
});
