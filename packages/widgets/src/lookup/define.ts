/** Registers <open287g-lookup>. Importing it twice, or alongside another copy, never throws. */
import { defineElement } from '../shared/define-element.js';
import { Open287gLookup } from './lookup.element.js';

defineElement('open287g-lookup', Open287gLookup);

export { Open287gLookup };
