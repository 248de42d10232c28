'use strict';
// ngx-translate's translate pipe when no library declares one: the app's i18n JSON assets (assets/i18n/<lang>.json)
// for the device's language, else English's; a pipes.js part (pipes.define).
var pipes = require('../pipes.js');

var isEmpty = pipes.isEmpty;
var tables = {};   // language -> its table, null when the package has none

function readTable(lang) {
  if (!(lang in tables)) {
    try {
      tables[lang] = JSON.parse(wx.getFileSystemManager().readFileSync('/assets/i18n/' + lang + '.json', 'utf8'));
    } catch (e) {
      tables[lang] = null;
    }
  }
  return tables[lang];
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

function translate(key, params) {
  if (isEmpty(key)) return key;
  var langs = systemLanguages().concat(['en']);
  for (var i = 0; i < langs.length; i++) {
    var value = dig(readTable(langs[i]), key);
    if (typeof value === 'string') return interpolate(value, params);
  }
  return interpolate(String(key), params);
}

var PIPES = { translate: function () { return { transform: translate, pure: false, destroy: function () {} }; } };

module.exports = pipes.define(PIPES);
