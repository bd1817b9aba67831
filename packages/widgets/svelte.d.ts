/**
 * Types for the open287g elements in Svelte 5 templates, which set attributes and properties on custom
 * elements and read `onopen287g-…` attributes as listeners for the elements' events. Import once, e.g. in
 * `src/app.d.ts`: `import type {} from '@open287g/widgets/svelte';`
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { Open287gLookup, Open287gMap, Open287gModels, Open287gTimeline } from './dist/index.js';
import type { LookupProps, MapProps, ModelsProps, TimelineProps } from './element-props.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'open287g-lookup': Omit<HTMLAttributes<Open287gLookup>, 'lang'> & LookupProps;
    'open287g-map': Omit<HTMLAttributes<Open287gMap>, 'lang'> & MapProps;
    'open287g-models': Omit<HTMLAttributes<Open287gModels>, 'lang'> & ModelsProps;
    'open287g-timeline': Omit<HTMLAttributes<Open287gTimeline>, 'lang'> & TimelineProps;
  }
}
