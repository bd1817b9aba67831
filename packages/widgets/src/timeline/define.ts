/** Registers <open287g-timeline>. Importing it twice, or alongside another copy, never throws. */
import { defineElement } from '../shared/define-element.js';
import { Open287gTimeline } from './timeline.element.js';

defineElement('open287g-timeline', Open287gTimeline);

export { Open287gTimeline };
