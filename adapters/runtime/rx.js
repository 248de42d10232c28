// The app's own rxjs (packed by bridge/npm.py), so Observables from the runtime work with its operators.
module.exports = require('../../miniprogram_npm/rxjs/index.js');
