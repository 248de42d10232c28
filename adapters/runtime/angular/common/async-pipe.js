'use strict';
// @angular/common's AsyncPipe class (runtime/pipes/async.js): its emissions ask for change detection.
var core = require('../core/base.js');
var pipes = require('../../pipes.js');
require('../../pipes/async.js');

module.exports = { AsyncPipe: pipes.pipeClass('async', { markForCheck: core.ɵtick }) };
