'use strict';
// @angular/common's pipe classes, for code that injects or news them, and formatDate: the template runtime's pipes
// (runtime/pipes.js). The number pipes and the async pipe are parts of their own (number-pipes.js, async-pipe.js).
var core = require('../core/base.js');
var pipes = require('../../pipes.js');

function pipeClass(name) {
  return pipes.pipeClass(name, { markForCheck: core.ɵtick });
}

module.exports = {
  DatePipe: pipeClass('date'), UpperCasePipe: pipeClass('uppercase'), LowerCasePipe: pipeClass('lowercase'),
  TitleCasePipe: pipeClass('titlecase'), SlicePipe: pipeClass('slice'), JsonPipe: pipeClass('json'),
  KeyValuePipe: pipeClass('keyvalue'), I18nPluralPipe: pipeClass('i18nPlural'), I18nSelectPipe: pipeClass('i18nSelect'),
  // Angular's (value, format, locale, timezone): one locale, en-US
  formatDate: function (value, format, locale, timezone) { return pipes.formatDate(value, format, timezone); }
};
