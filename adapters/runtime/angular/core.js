'use strict';
// @angular/core (and @angular/core/rxjs-interop) in a mini program, whole: its parts are core/base.js, which the
// runtime's own files require, core/signals.js, core/inputs.js, core/libraries.js, core/renderer.js and
// core/dynamic.js. An import of a name RUNTIME_PARTS lists (bridge/pwa2wx/script/modules.py) requires that part
// alone; this file serves `import * as` (Angular libraries' `i0`).
var standIns = require('./stand-ins.js');
var base = require('./core/base.js');
var inputs = require('./core/inputs.js');
var signals = require('./core/signals.js');
var libraries = require('./core/libraries.js');
var renderer = require('./core/renderer.js');
var dynamic = require('./core/dynamic.js');

module.exports = standIns(Object.assign({}, base, inputs, signals, libraries, renderer, dynamic));
