'use strict';
/**
 * Angular's common pipes, re-implemented for the mini program (WXML cannot run pipes, so the view's
 * render function does): date, number, currency, percent, uppercase, lowercase, titlecase,
 * slice, json, keyvalue, async (Observable and Promise), i18nPlural, i18nSelect, translate (from the app's
 * assets/i18n/<lang>.json, or the host's translator).
 * Formats follow Angular's en-US locale data. The names are the template compiler's BUILTIN_PIPES (a test holds
 * them equal).
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
var CURRENCIES = { USD: ['$', 2], EUR: ['€', 2], GBP: ['£', 2], JPY: ['¥', 0], CNY: ['CN¥', 2], HKD: ['HK$', 2],
  TWD: ['NT$', 2], KRW: ['₩', 0], INR: ['₹', 2], AUD: ['A$', 2], CAD: ['CA$', 2], CHF: ['CHF', 2],
  SGD: ['SGD', 2], BRL: ['R$', 2], MXN: ['MX$', 2], RUB: ['RUB', 2], ILS: ['₪', 2], VND: ['₫', 0],
  NZD: ['NZ$', 2], XAF: ['FCFA', 0], XOF: ['F\u202fCFA', 0] };

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

// ---- numbers ----------------------------------------------------------------------------------------

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

// ---- async ----------------------------------------------------------------------------------------

function AsyncPipe(ctx) {
  this.ctx = ctx;
  this.obj = null;
  this.latest = null;
  this.dispose = null;
}
AsyncPipe.prototype.pure = false; // its value changes without its input changing
AsyncPipe.prototype.transform = function (obj) {
  if (obj !== this.obj) {
    this.destroy();
    this.obj = obj;
    this.latest = null;
    if (obj != null) this.subscribe(obj);
  }
  return this.latest;
};
AsyncPipe.prototype.subscribe = function (obj) {
  var self = this;
  var update = function (value) {
    if (self.obj !== obj) return;
    self.latest = value;
    if (self.ctx && self.ctx.markForCheck) self.ctx.markForCheck();
  };
  if (typeof obj.subscribe === 'function') {
    var sub = obj.subscribe({ next: update, error: function (e) { throw e; } });
    this.dispose = function () { if (sub && sub.unsubscribe) sub.unsubscribe(); };
  } else if (typeof obj.then === 'function') {
    var live = true;
    obj.then(function (v) { if (live) update(v); });
    this.dispose = function () { live = false; };
  } else {
    throw new Error('InvalidPipeArgument: \'' + obj + '\' for pipe \'AsyncPipe\'');
  }
};
AsyncPipe.prototype.destroy = function () {
  if (this.dispose) this.dispose();
  this.dispose = null;
};

// ---- registry -------------------------------------------------------------------------------------

function fn(transform, pure) {
  return function () { return { transform: transform, pure: pure !== false, destroy: function () {} }; };
}

var FACTORIES = {
  date: fn(formatDate),
  number: fn(decimal),
  percent: fn(percent),
  currency: fn(currency),
  uppercase: fn(function (v) { return isEmpty(v) ? null : String(v).toUpperCase(); }),
  lowercase: fn(function (v) { return isEmpty(v) ? null : String(v).toLowerCase(); }),
  titlecase: fn(titlecase),
  slice: fn(slice, false),
  json: fn(function (v) { return JSON.stringify(v, null, 2); }, false),
  keyvalue: fn(keyvalue, false),
  i18nPlural: fn(plural),
  i18nSelect: fn(select),
  translate: function (ctx) {
    return { transform: function (key, params) { return translate(ctx, key, params); }, pure: false,
      destroy: function () {} };
  },
  async: function (ctx) { return new AsyncPipe(ctx); }
};

// ---- translate (ngx-translate's pipe): the app's i18n JSON assets (assets/i18n/<lang>.json) ----------
var i18n = { lang: null, defaultLang: 'en', dir: '/assets/i18n/', tables: {} };

function readTable(lang) {
  if (!(lang in i18n.tables)) {
    try {
      i18n.tables[lang] = JSON.parse(wx.getFileSystemManager().readFileSync(i18n.dir + lang + '.json', 'utf8'));
    } catch (e) {
      i18n.tables[lang] = null; // no such file in the package
    }
  }
  return i18n.tables[lang];
}

function systemLanguages() {
  var lang = '';
  try {
    lang = wx.getSystemInfoSync().language || '';
  } catch (e) { /* not in WeChat */ }
  var parts = lang.split(/[-_]/);
  return parts[0] ? [parts.join('-'), parts.join('_'), parts[0]] : [];
}

function interpolate(text, params) {
  if (!params || typeof params !== 'object') return text;
  return String(text).replace(/\{\{\s*([\w.]+)\s*\}\}/g, function (m, k) {
    var v = dig(params, k);
    return v !== undefined ? v : m;
  });
}

function dig(obj, key) {
  if (!obj) return undefined;
  if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
  return String(key).split('.').reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
}

function translate(ctx, key, params) {
  if (isEmpty(key)) return key;
  if (ctx && typeof ctx.translate === 'function') return ctx.translate(key, params);
  var langs = (i18n.lang ? [i18n.lang] : systemLanguages()).concat([i18n.defaultLang]);
  for (var i = 0; i < langs.length; i++) {
    var value = dig(readTable(langs[i]), key);
    if (typeof value === 'string') return interpolate(value, params);
  }
  return interpolate(String(key), params);
}

/** What a TranslateService shim (or the app's startup) tells the translate pipe. */
var translations = {
  use: function (lang) { i18n.lang = lang; },
  setDefaultLang: function (lang) { i18n.defaultLang = lang; },
  setTranslation: function (lang, table) { i18n.tables[lang] = table; },
  setDirectory: function (dir) { i18n.dir = dir.replace(/\/?$/, '/'); }
};

/** A pipe instance for one template site, or null when the name is unknown. */
function create(name, ctx) {
  var factory = FACTORIES[name];
  return factory ? factory(ctx || {}) : null;
}

module.exports = {
  create: create,
  translations: translations,
  formatDate: formatDate,
  formatNumber: function (value, digitsInfo) { return decimal(value, digitsInfo); },
  toDate: toDate
};
