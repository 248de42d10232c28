'use strict';
/**
 * Angular's common pipes, re-implemented for the mini program (WXML cannot run pipes, so the view's
 * render function does): date, uppercase, lowercase, titlecase, slice, json, keyvalue, i18nPlural, i18nSelect here;
 * number, currency and percent (pipes/numbers.js), async (pipes/async.js) and translate (pipes/translate.js) in
 * parts of their own. Formats follow Angular's en-US locale data. The names are the template compiler's
 * BUILTIN_PIPES (a test holds them equal).
 *
 * A pipe instance is { transform(value, ...args), pure, destroy() }; create(name, ctx) makes one for a
 * template site, ctx.markForCheck() asks for change detection (async pipe emissions).
 */

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
var DATE_FORMATS = {
  short: 'M/d/yy, h:mm a', medium: 'MMM d, y, h:mm:ss a', long: 'MMMM d, y, h:mm:ss a z',
  full: 'EEEE, MMMM d, y, h:mm:ss a zzzz', shortDate: 'M/d/yy', mediumDate: 'MMM d, y', longDate: 'MMMM d, y',
  fullDate: 'EEEE, MMMM d, y', shortTime: 'h:mm a', mediumTime: 'h:mm:ss a', longTime: 'h:mm:ss a z',
  fullTime: 'h:mm:ss a zzzz'
};

function isEmpty(v) {
  return v === null || v === undefined || v === '' || v !== v;
}

// ---- date -----------------------------------------------------------------------------------------

function toDate(value) {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') {
    var s = value.trim();
    if (/^(\d{4}(-\d{1,2}(-\d{1,2})?)?)$/.test(s)) { // a date-only ISO string is a local date (as Angular)
      var p = s.split('-').map(Number);
      return new Date(p[0], (p[1] || 1) - 1, p[2] || 1);
    }
    if (/^-?\d+(\.\d+)?$/.test(s)) return new Date(parseFloat(s));
    var d = new Date(s);
    return isNaN(d.getTime()) ? null : d;
  }
  return null;
}

function pad(n, width) {
  var s = String(Math.abs(n));
  while (s.length < width) s = '0' + s;
  return (n < 0 ? '-' : '') + s;
}

function zoneOffset(zone, date) {
  // minutes to add to UTC; undefined: the device's zone
  if (!zone) return -date.getTimezoneOffset();
  if (zone === 'UTC' || zone === 'GMT' || zone === 'Z') return 0;
  var m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : -date.getTimezoneOffset();
}

function zoneText(offset, long) {
  var sign = offset < 0 ? '-' : '+';
  var a = Math.abs(offset);
  return long ? 'GMT' + sign + pad(Math.floor(a / 60), 2) + ':' + pad(a % 60, 2)
    : 'GMT' + sign + Math.floor(a / 60) + (a % 60 ? ':' + pad(a % 60, 2) : '');
}

function formatDate(value, format, timezone) {
  var date = toDate(value);
  if (date === null) return null;
  var pattern = DATE_FORMATS[format || 'mediumDate'] || format || DATE_FORMATS.mediumDate;
  var offset = zoneOffset(timezone, date);
  var t = new Date(date.getTime() + offset * 60000); // read with getUTC* = the wall time in that zone
  var out = '';
  var re = /('(?:[^']|'')*'|y+|M+|L+|d+|E+|c+|h+|H+|m+|s+|S+|a+|B+|z+|Z+|O+|w+|W+|G+)|([^'yMLdEchHmsSaBzZOwWG]+)/g;
  var m;
  while ((m = re.exec(pattern)) !== null) {
    var tok = m[1];
    if (m[2] !== undefined) { out += m[2]; continue; }
    var c = tok.charAt(0), n = tok.length;
    if (c === '\'') { out += tok === '\'\'' ? '\'' : tok.slice(1, -1).replace(/''/g, '\''); continue; }
    var y = t.getUTCFullYear(), mo = t.getUTCMonth(), d = t.getUTCDate(), wd = t.getUTCDay();
    var hh = t.getUTCHours(), mi = t.getUTCMinutes(), ss = t.getUTCSeconds();
    switch (c) {
      case 'y': out += n === 2 ? pad(y % 100, 2) : pad(y, n); break;
      case 'M': case 'L':
        out += n === 1 ? String(mo + 1) : n === 2 ? pad(mo + 1, 2) : n === 3 ? MONTHS[mo].slice(0, 3)
          : n === 4 ? MONTHS[mo] : MONTHS[mo].charAt(0); break;
      case 'd': out += pad(d, n); break;
      case 'E': case 'c':
        out += n <= 3 ? DAYS[wd].slice(0, 3) : n === 4 ? DAYS[wd] : n === 5 ? DAYS[wd].charAt(0) : DAYS[wd].slice(0, 2);
        break;
      case 'h': out += pad(hh % 12 === 0 ? 12 : hh % 12, n); break;
      case 'H': out += pad(hh, n); break;
      case 'm': out += pad(mi, n); break;
      case 's': out += pad(ss, n); break;
      case 'S': out += pad(Math.floor(t.getUTCMilliseconds() / Math.pow(10, 3 - Math.min(n, 3))), Math.min(n, 3)); break;
      case 'a': case 'B': out += hh < 12 ? 'AM' : 'PM'; break;
      case 'z': case 'O': out += zoneText(offset, n >= 4); break;
      case 'Z': {
        var sign = offset < 0 ? '-' : '+', a = Math.abs(offset);
        out += n === 5 ? (offset === 0 ? 'Z' : sign + pad(Math.floor(a / 60), 2) + ':' + pad(a % 60, 2))
          : n === 4 ? zoneText(offset, true) : sign + pad(Math.floor(a / 60), 2) + pad(a % 60, 2);
        break;
      }
      case 'G': out += y > 0 ? (n === 4 ? 'Anno Domini' : n === 5 ? 'A' : 'AD') : 'BC'; break;
      case 'w': {
        var jan1 = new Date(Date.UTC(y, 0, 1));
        var week = Math.ceil(((t - jan1) / 86400000 + jan1.getUTCDay() + 1) / 7);
        out += pad(week, n); break;
      }
      case 'W': out += String(Math.ceil((d + new Date(Date.UTC(y, mo, 1)).getUTCDay()) / 7)); break;
      default: out += tok;
    }
  }
  return out;
}

// ---- text and collections --------------------------------------------------------------------------

function titlecase(value) {
  if (isEmpty(value)) return null;
  if (typeof value !== 'string') throw new Error('titlecase: ' + value + ' is not a string');
  return value.replace(/[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]+/g,
    function (w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); });
}

function slice(value, start, end) {
  if (value == null) return null;
  if (typeof value === 'string' || Array.isArray(value)) return value.slice(start, end);
  throw new Error('slice: ' + value + ' is not a string or an array');
}

function compareKeys(a, b) {
  var x = a.key, y = b.key;
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  if (x === null) return 1;
  if (y === null) return -1;
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : 1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'boolean' && typeof y === 'boolean') return x < y ? -1 : 1;
  var sx = String(x), sy = String(y);
  return sx === sy ? 0 : sx < sy ? -1 : 1;
}

function keyvalue(input, compareFn) {
  if (input == null) return null;
  var out = [];
  if (input instanceof Map) {
    input.forEach(function (v, k) { out.push({ key: k, value: v }); });
  } else {
    Object.keys(input).forEach(function (k) { out.push({ key: k, value: input[k] }); });
  }
  return out.sort(compareFn || compareKeys);
}

function plural(value, mapping) {
  if (value == null) return '';
  var n = Number(value);
  var key = mapping['=' + value] !== undefined ? '=' + value
    : n === 1 && mapping.one !== undefined ? 'one' : n === 0 && mapping.zero !== undefined ? 'zero' : 'other';
  if (mapping[key] === undefined) throw new Error('No plural message found for value "' + value + '"');
  return mapping[key].replace(/#/g, String(value));
}

function select(value, mapping) {
  if (value == null) return '';
  if (mapping[value] !== undefined) return mapping[value];
  return mapping.other !== undefined ? mapping.other : '';
}

// ---- registry -------------------------------------------------------------------------------------

function fn(transform, pure) {
  return function () { return { transform: transform, pure: pure !== false, destroy: function () {} }; };
}

var FACTORIES = {
  date: fn(formatDate),
  uppercase: fn(function (v) { return isEmpty(v) ? null : String(v).toUpperCase(); }),
  lowercase: fn(function (v) { return isEmpty(v) ? null : String(v).toLowerCase(); }),
  titlecase: fn(titlecase),
  slice: fn(slice, false),
  json: fn(function (v) { return JSON.stringify(v, null, 2); }, false),
  keyvalue: fn(keyvalue, false),
  i18nPlural: fn(plural),
  i18nSelect: fn(select)
};

// The pipes of a file of their own (pipes/*.js), which a page requires when its template uses one of them
// (bridge/pwa2wx/template/helpers.py PIPE_FEATURES): the file adds them here, and is a view feature with no helpers.
function define(factories) {
  Object.assign(FACTORIES, factories);
  return function () { return {}; };
}

/** A pipe instance for one template site, or null when the name is unknown. */
function create(name, ctx) {
  var factory = FACTORIES[name];
  return factory ? factory(ctx || {}) : null;
}

/** @angular/common's class of a pipe (angular/common/*.js), for code that injects or news one. */
function pipeClass(name, ctx) {
  function P() {
    this._pipe = create(name, ctx);
  }
  P.prototype.transform = function () { return this._pipe.transform.apply(this._pipe, arguments); };
  P.prototype.ngOnDestroy = function () { this._pipe.destroy(); };
  P.__ng__ = { kind: 'pipe', name: name, pure: name !== 'async' };
  return P;
}

module.exports = {
  create: create, define: define, fn: fn, isEmpty: isEmpty, formatDate: formatDate, pipeClass: pipeClass,
  months: MONTHS, days: DAYS, formats: DATE_FORMATS
};
