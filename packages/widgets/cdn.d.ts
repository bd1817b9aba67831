// dist/cdn/open287g.js registers every element and exports nothing; these imports bring the elements'
// tag-name and event types (HTMLElementTagNameMap, HTMLElementEventMap) to TypeScript users.
import './dist/lookup/define.js';
import './dist/map/define.js';
import './dist/models/define.js';
import './dist/timeline/define.js';
