'use strict';
// Code the main package could not hold (output/packages.py late_code): subpackages without pages, which app.js
// loads with require.async before the app starts. Code outside one requires its files through here, by path.
var core = require('./angular/core/base.js');
var indexes = [];   // each subpackage's index: path -> function requiring that file

function late(path) {
  for (var i = 0; i < indexes.length; i++) {
    if (indexes[i][path]) return indexes[i][path]();
  }
  throw new Error("pwa2wx: module '" + path + "' is in a subpackage without pages that did not load");
}

// app.js: the subpackages' require.async promises; the app starts once they have settled
late.load = function (loading) {
  core.ɵhold(Promise.all(loading.map(function (index) {
    return index.then(function (table) { indexes.push(table); }, function (e) {
      var why = (e && (e.errMsg || e.message)) || e;
      core.ɵreportError(new Error('pwa2wx: a subpackage without pages did not load: ' + why));
    });
  })));
};

module.exports = late;
