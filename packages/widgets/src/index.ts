export { Open287gLookup } from './lookup/lookup.element.js';
export { LOOKUP_STRINGS, type LookupStrings } from './lookup/strings.js';
export { Open287gMap } from './map/map.element.js';
export { MAP_STRINGS, type MapStrings } from './map/strings.js';
export { Open287gModels } from './models/models.element.js';
export { MODELS_STRINGS, type ModelsStrings } from './models/strings.js';
export { defineElement } from './shared/define-element.js';
export { type Lang, resolveLang } from './shared/i18n.js';
