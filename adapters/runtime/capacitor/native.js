'use strict';
// A native plugin the runtime has no wx version of (a community Capacitor plugin). As on the web without a native
// shell, what the app imports from it is there, and every call rejects saying the plugin is not available.
var core = require('./core.js');

module.exports = core.standIns(false);
