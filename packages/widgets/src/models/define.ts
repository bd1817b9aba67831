/** Registers <open287g-models>. Importing it twice, or alongside another copy, never throws. */
import { defineElement } from '../shared/define-element.js';
import { Open287gModels } from './models.element.js';

defineElement('open287g-models', Open287gModels);

export { Open287gModels };
