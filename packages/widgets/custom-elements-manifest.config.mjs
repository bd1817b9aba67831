// custom-elements.json from the elements' JSDoc. Lit's internal state (fields starting with "_", declared
// with `state: true`) is not part of an element's API, so it is left out of the manifest.
const isInternal = (item) => item.name?.startsWith('_') || item.fieldName?.startsWith('_');

export default {
  globs: ['src/**/*.element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'open287g-hide-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.attributes = declaration.attributes?.filter((item) => !isInternal(item));
            declaration.members = declaration.members?.filter((item) => !isInternal(item));
          }
        }
      },
    },
  ],
};
