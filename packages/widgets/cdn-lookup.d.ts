// dist/cdn-lookup/open287g-lookup.js registers <open287g-lookup> and exports nothing; this import brings its
// tag-name and event types to TypeScript users.
import './dist/lookup/define.js';
