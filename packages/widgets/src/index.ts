export { Open287gLookup } from './lookup/lookup.element.js';
export { LOOKUP_STRINGS, type LookupStrings } from './lookup/strings.js';
export { defineElement } from './shared/define-element.js';
export { type Lang, resolveLang } from './shared/i18n.js';
