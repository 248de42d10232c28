'use strict';
// @angular/common's pipe classes, for code that injects or news them, and its format functions: the template
// runtime's pipes (runtime/pipes.js).
var core = require('../core/base.js');
var pipes = require('../../pipes.js');

function pipeClass(name) {
  function P() {
    this._pipe = pipes.create(name, { markForCheck: core.ɵtick });
  }
  P.prototype.transform = function () { return this._pipe.transform.apply(this._pipe, arguments); };
  P.prototype.ngOnDestroy = function () { this._pipe.destroy(); };
  P.__ng__ = { kind: 'pipe', name: name, pure: name !== 'async' };
  return P;
}

module.exports = {
  DatePipe: pipeClass('date'), DecimalPipe: pipeClass('number'), CurrencyPipe: pipeClass('currency'),
  PercentPipe: pipeClass('percent'), UpperCasePipe: pipeClass('uppercase'), LowerCasePipe: pipeClass('lowercase'),
  TitleCasePipe: pipeClass('titlecase'), SlicePipe: pipeClass('slice'), JsonPipe: pipeClass('json'),
  KeyValuePipe: pipeClass('keyvalue'), AsyncPipe: pipeClass('async'), I18nPluralPipe: pipeClass('i18nPlural'),
  I18nSelectPipe: pipeClass('i18nSelect'),
  // Angular's (value, format, locale, timezone) / (value, locale, digitsInfo): one locale, en-US
  formatDate: function (value, format, locale, timezone) { return pipes.formatDate(value, format, timezone); },
  formatNumber: function (value, locale, digitsInfo) { return pipes.formatNumber(value, digitsInfo); },
  formatPercent: function (value, locale, digitsInfo) { return pipes.create('percent').transform(value, digitsInfo); }
};
