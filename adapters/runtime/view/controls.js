'use strict';
// Form controls in the template: an input's WeChat type, the options of ion-select / ion-radio-group, and the
// value a picker (ion-datetime) shows. A view helper file (view.js createView): the compiled page requires it when
// its template has such controls.

// HTML input type → WeChat's (bridge/pwa2wx/template/ionic.py HTML_INPUT_TYPES, which a test holds this to)
var INPUT_TYPES = { text: 'text', search: 'text', email: 'text', url: 'text', password: 'text', number: 'digit',
  tel: 'number', nickname: 'nickname' };

function pad2(n) { return (n < 10 ? '0' : '') + n; }

function pickerValue(value, mode) {
  if (value == null || value === '') value = new Date(); // as Ionic's datetime shows today until one is picked
  if (value instanceof Date) {
    return mode === 'time' ? pad2(value.getHours()) + ':' + pad2(value.getMinutes())
      : value.getFullYear() + '-' + pad2(value.getMonth() + 1) + '-' + pad2(value.getDate());
  }
  var s = String(value);
  if (mode === 'time') {
    var t = /(\d{1,2}):(\d{2})/.exec(s);
    return t ? pad2(Number(t[1])) + ':' + t[2] : '';
  }
  var d = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s);
  return d ? d[1] + '-' + d[2] + '-' + (d[3] || '01') : s;
}

module.exports = function controlHelpers() {
  var picked = {}; // an unbound select's pick, by loop path and site
  var h = {
    picked: function (scope, site, start) {
      var at = scope.$p + '#' + site;
      return at in picked ? picked[at] : start;
    },
    pick: function (scope, site, value) { picked[scope.$p + '#' + site] = value; },
    index: function (list, value) { return list.indexOf(value); },
    option: function (list, value) { list.push(value); return String(list.length - 1); },
    pickerValue: pickerValue,
    inputType: function (t) { return INPUT_TYPES[t] || 'text'; }
  };
  return { h: h };
};
