/** Registers <open287g-map>. Importing it twice, or alongside another copy, never throws. */
import { defineElement } from '../shared/define-element.js';
import { Open287gMap } from './map.element.js';

defineElement('open287g-map', Open287gMap);

export { Open287gMap };
