// The elements' attributes and events, typed in Svelte templates.
import type {} from '@open287g/widgets/svelte';
