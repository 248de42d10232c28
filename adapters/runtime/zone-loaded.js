'use strict';
// `import 'zone.js'` (the app's polyfills): from here on the window has its Zone, as after zone.js in a browser.
var window = require('./globals.js').window;
var Zone = require('./zone.js').Zone;

window.Zone = Zone;
