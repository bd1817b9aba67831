/**
 * JSX types for the open287g elements in React 19, which renders custom elements natively: attributes as
 * props, and `onopen287g-…` props as listeners for the elements' events. Import once:
 * `import type {} from '@open287g/widgets/react';`
 */
import type { CountyAnswer } from '@open287g/sdk';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Open287gLookup, Open287gModels } from './dist/index.js';

type DataError = CustomEvent<{ url: string; reason: string; message: string }>;
type ElementProps<T> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, 'lang'> & { lang?: 'en' | 'es' };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'open287g-lookup': ElementProps<Open287gLookup> & {
        county?: string;
        'data-src'?: string;
        heading?: string;
        compact?: boolean;
        'onopen287g-select'?: (event: CustomEvent<CountyAnswer>) => void;
        'onopen287g-data-error'?: (event: DataError) => void;
      };
      'open287g-models': ElementProps<Open287gModels> & {
        models?: string;
        rows?: string;
        highlight?: string;
        'show-sources'?: boolean;
        'data-src'?: string;
        'onopen287g-data-error'?: (event: DataError) => void;
      };
    }
  }
}
