/**
 * JSX types for the open287g elements in React 19, which renders custom elements natively: attributes as
 * props, and `onopen287g-…` props as listeners for the elements' events. Import once:
 * `import type {} from '@open287g/widgets/react';`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Open287gLookup, Open287gMap, Open287gModels, Open287gTimeline } from './dist/index.js';
import type { LookupProps, MapProps, ModelsProps, TimelineProps } from './element-props.js';

type ReactProps<T> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, 'lang'>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'open287g-lookup': ReactProps<Open287gLookup> & LookupProps;
      'open287g-map': ReactProps<Open287gMap> & MapProps;
      'open287g-models': ReactProps<Open287gModels> & ModelsProps;
      'open287g-timeline': ReactProps<Open287gTimeline> & TimelineProps;
    }
  }
}
