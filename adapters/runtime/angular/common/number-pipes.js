'use strict';
// @angular/common's number, currency and percent pipe classes and format functions (runtime/pipes/numbers.js).
var pipes = require('../../pipes.js');
require('../../pipes/numbers.js');

function format(name) {   // Angular's (value, locale, digitsInfo): one locale, en-US
  return function (value, locale, digitsInfo) { return pipes.create(name).transform(value, digitsInfo); };
}

module.exports = {
  DecimalPipe: pipes.pipeClass('number'), CurrencyPipe: pipes.pipeClass('currency'),
  PercentPipe: pipes.pipeClass('percent'), formatNumber: format('number'), formatPercent: format('percent')
};
