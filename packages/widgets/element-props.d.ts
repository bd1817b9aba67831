/**
 * The elements' attributes and event listeners as framework props, shared by the React and Svelte
 * declarations: both frameworks pass unknown attributes through and read `on<event name>` as a listener.
 */
import type { CountyAnswer } from '@open287g/sdk';
// Loads the elements' HTMLElementEventMap entries.
import type {} from './dist/index.js';

type DataErrorListener = (event: HTMLElementEventMap['open287g-data-error']) => void;

export interface LookupProps {
  lang?: 'en' | 'es';
  county?: string;
  'data-src'?: string;
  heading?: string;
  compact?: boolean;
  'onopen287g-select'?: (event: CustomEvent<CountyAnswer>) => void;
  'onopen287g-data-error'?: DataErrorListener;
}

export interface MapProps {
  lang?: 'en' | 'es';
  state?: string;
  county?: string;
  'color-by'?: 'presence' | 'count' | 'model';
  for?: string;
  heading?: string;
  compact?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  'data-src'?: string;
  'data-pinned'?: boolean;
  'onopen287g-select'?: (event: CustomEvent<CountyAnswer>) => void;
  'onopen287g-data-error'?: DataErrorListener;
}

export interface ModelsProps {
  lang?: 'en' | 'es';
  models?: string;
  rows?: string;
  highlight?: string;
  'show-sources'?: boolean;
  'data-src'?: string;
  'onopen287g-data-error'?: DataErrorListener;
}

export interface TimelineProps {
  lang?: 'en' | 'es';
  state?: string;
  models?: string;
  from?: string;
  heading?: string;
  compact?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  'data-src'?: string;
  'data-pinned'?: boolean;
  'onopen287g-data-error'?: DataErrorListener;
}
