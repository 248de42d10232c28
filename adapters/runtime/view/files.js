'use strict';
// <input type="file">'s tap (forms.file_input; and its #ref's click()): WeChat's picker, images and videos from the
// album or camera (wx.chooseMedia) or any file from a chat (wx.chooseMessageFile), as File objects. They reach the
// input's (change) handler as $event.target.files. A view helper file (view.js createView): the compiled page
// requires it when its template has a file input.
var blob = require('../blob.js');
var wxp = require('../wxp.js');

var TYPES = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp',
  heic: 'image/heic', mp4: 'video/mp4', mov: 'video/quicktime', pdf: 'application/pdf', txt: 'text/plain',
  csv: 'text/csv', json: 'application/json', zip: 'application/zip', doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

// `accept` → the media chooseMedia picks (null: any file, which only chooseMessageFile offers)
function mediaOf(accept) {
  var kinds = String(accept).split(',').map(function (a) { return a.trim().toLowerCase(); }).filter(Boolean);
  if (!kinds.length) return null;
  var media = [];
  for (var i = 0; i < kinds.length; i++) {
    var kind = /^image\//.test(kinds[i]) || /^\.(jpe?g|png|gif|webp|heic)$/.test(kinds[i]) ? 'image'
      : /^video\//.test(kinds[i]) || /^\.(mp4|mov)$/.test(kinds[i]) ? 'video' : null;
    if (!kind) return null;
    if (media.indexOf(kind) < 0) media.push(kind);
  }
  return media;
}

function file(path, name) {
  name = name || String(path).split('/').pop();
  var type = TYPES[name.split('.').pop().toLowerCase()] || '';
  return new blob.File([wx.getFileSystemManager().readFileSync(path)], name, { type: type });
}

function choose(spec) {
  var media = mediaOf(spec.accept);
  var count = spec.multiple ? 9 : 1;
  if (media) {
    var source = spec.camera ? ['camera'] : ['album', 'camera'];
    return wxp('chooseMedia', { count: count, mediaType: media, sourceType: source })
      .then(function (res) { return res.tempFiles.map(function (f) { return file(f.tempFilePath); }); });
  }
  return wxp('chooseMessageFile', { count: count, type: 'file' })
    .then(function (res) { return res.tempFiles.map(function (f) { return file(f.path, f.name); }); });
}

// h.chooseFiles(e, spec): spec.h is the input's handler when the element tapped is its <label for>
module.exports = function fileHelpers(view) {
  var h = {
    chooseFiles: function (e, spec) {
      var at = spec.h === undefined ? e.currentTarget : { dataset: { h: spec.h, p: e.currentTarget.dataset.p } };
      choose(spec).then(function (files) {
        view.dispatch({ type: 'change', currentTarget: at, detail: { files: files } });
      }, function (e) {
        if (!/cancel/.test(e.errMsg || '')) throw e;   // cancelled: no change, as in a browser
      });
    }
  };
  return { h: h };
};
