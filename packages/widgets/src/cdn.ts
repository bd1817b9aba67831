// The self-registering CDN entry: one <script type="module" src=".../open287g.js"> defines every element.
import './lookup/define.js';
import './map/define.js';
import './models/define.js';
import './timeline/define.js';
