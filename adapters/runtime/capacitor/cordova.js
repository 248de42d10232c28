'use strict';
// A Cordova plugin the runtime has no wx version of (through @ionic-native or @awesome-cordova-plugins): as in
// the PWA's browser, which has no Cordova, what the app imports from it is there and every call rejects.
var core = require('./core.js');

module.exports = core.standIns(true);
