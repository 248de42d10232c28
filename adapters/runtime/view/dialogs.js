'use strict';
// <button mat-dialog-close="…">: closes the Angular Material dialog whose page this is (material/dialog.js). A view
// helper file (view.js createView): the compiled page requires it when its template has one.
var dialog = require('../material/dialog.js');

module.exports = function dialogHelpers() {
  var h = {
    dialogClose: function (result) { dialog.ɵcloseTop(result); }
  };
  return { h: h };
};
