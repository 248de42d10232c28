'use strict';
// The number, percent and currency pipes (Angular's en-US formats): a pipes.js part (pipes.define).
var pipes = require('../pipes.js');

var isEmpty = pipes.isEmpty;

var CURRENCIES = { USD: ['$', 2], EUR: ['€', 2], GBP: ['£', 2], JPY: ['¥', 0], CNY: ['CN¥', 2], HKD: ['HK$', 2],
  TWD: ['NT$', 2], KRW: ['₩', 0], INR: ['₹', 2], AUD: ['A$', 2], CAD: ['CA$', 2], CHF: ['CHF', 2],
  SGD: ['SGD', 2], BRL: ['R$', 2], MXN: ['MX$', 2], RUB: ['RUB', 2], ILS: ['₪', 2], VND: ['₫', 0],
  NZD: ['NZ$', 2], XAF: ['FCFA', 0], XOF: ['F\u202fCFA', 0] };

function parseDigits(info, minFrac, maxFrac) {
  var spec = { minInt: 1, minFrac: minFrac, maxFrac: maxFrac };
  if (info) {
    var m = /^(\d+)?\.((\d+)(-(\d+))?)?$/.exec(info);
    if (!m) throw new Error(info + ' is not a valid digit info');
    if (m[1] !== undefined) spec.minInt = Number(m[1]);
    if (m[3] !== undefined) spec.minFrac = Number(m[3]);
    if (m[5] !== undefined) spec.maxFrac = Number(m[5]);
    else if (m[3] !== undefined && spec.maxFrac < spec.minFrac) spec.maxFrac = spec.minFrac;
  }
  return spec;
}

function toNumber(value) {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !isNaN(Number(value))) return Number(value);
  throw new Error(value + ' is not a number');
}

function formatNumber(num, spec, grouping) {
  var neg = num < 0 || (num === 0 && 1 / num < 0);
  var fixed = roundTo(Math.abs(num), spec.maxFrac);
  var parts = fixed.split('.');
  var int = parts[0], frac = (parts[1] || '').replace(/0+$/, '');
  while (frac.length < spec.minFrac) frac += '0';
  while (int.length < spec.minInt) int = '0' + int;
  if (grouping !== false) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  var out = int + (frac ? '.' + frac : '');
  return (neg && /[1-9]/.test(out) ? '-' : '') + out;
}

function roundTo(x, digits) {
  // half away from zero on the decimal text, as Angular rounds (no binary artefacts: 1.005 -> 1.01)
  var s = x.toFixed(Math.min(20, digits + 3));
  var m = /^(\d+)\.?(\d*)$/.exec(s);
  if (!m) return x.toFixed(digits);
  var int = m[1], frac = m[2];
  var keep = frac.slice(0, digits), rest = frac.slice(digits);
  if (rest && rest.charAt(0) >= '5') {
    var all = (int + keep).split('').map(Number);
    var i = all.length - 1;
    while (i >= 0) { if (all[i] === 9) { all[i] = 0; i--; } else { all[i]++; break; } }
    if (i < 0) all.unshift(1);
    var joined = all.join('');
    int = joined.slice(0, joined.length - keep.length);
    keep = joined.slice(joined.length - keep.length);
  }
  return keep ? int + '.' + keep : int;
}

function decimal(value, digitsInfo) {
  if (isEmpty(value)) return null;
  return formatNumber(toNumber(value), parseDigits(digitsInfo, 0, 3));
}

function percent(value, digitsInfo) {
  if (isEmpty(value)) return null;
  return formatNumber(toNumber(value) * 100, parseDigits(digitsInfo, 0, 0)) + '%';
}

function currency(value, code, display, digitsInfo) {
  if (isEmpty(value)) return null;
  code = code || 'USD';
  var info = CURRENCIES[code] || [code, 2];
  var symbol = display === 'code' ? code : display === false ? code
    : typeof display === 'string' && display !== 'symbol' && display !== 'symbol-narrow' ? display
      : display === 'symbol-narrow' ? info[0].replace(/^[A-Z]+/, '') || info[0] : info[0];
  var num = toNumber(value);
  var text = formatNumber(Math.abs(num), parseDigits(digitsInfo, info[1], info[1]));
  var sep = /^[A-Z]+$/.test(symbol) ? '\u00a0' : '';
  return (num < 0 ? '-' : '') + symbol + sep + text;
}

var PIPES = { number: pipes.fn(decimal), percent: pipes.fn(percent), currency: pipes.fn(currency) };

module.exports = pipes.define(PIPES);
