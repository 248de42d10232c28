'use strict';
// @capacitor/filesystem on WeChat's file system (wx.getFileSystemManager): each Directory is a folder of the
// user data folder (wx.env.USER_DATA_PATH/DATA …), which the mini program keeps across launches. Without a
// directory, a path must be a user data path (an uri this plugin gave). Data is text in the given encoding, else
// base64, as on every platform.
var run = require('../wxp.js').settledCall;

var Directory = { Documents: 'DOCUMENTS', Data: 'DATA', Library: 'LIBRARY', Cache: 'CACHE', External: 'EXTERNAL',
  ExternalStorage: 'EXTERNAL_STORAGE', ExternalCache: 'EXTERNAL_CACHE', LibraryNoCloud: 'LIBRARY_NO_CLOUD',
  Temporary: 'TEMPORARY' };
var Encoding = { UTF8: 'utf8', ASCII: 'ascii', UTF16: 'utf16' };
var WX_ENCODINGS = { utf8: 'utf8', ascii: 'ascii', utf16: 'utf16le' };

function encodingOf(o) {
  return o.encoding ? WX_ENCODINGS[o.encoding] : 'base64';
}

function fsm() {
  return wx.getFileSystemManager();
}

// the user data path of `path` in `directory` (whose folder is made the first time, as a device has it already)
function pathOf(path, directory) {
  var root = wx.env.USER_DATA_PATH;
  path = String(path || '').replace(/^file:\/\//, '');
  if (!directory) {
    if (path.indexOf(root) !== 0) throw new Error('"' + path + '" is outside the app\'s files: give a directory');
    return path.replace(/\/+$/, '');
  }
  if (!exists(root + '/' + directory)) makeFolders(root + '/' + directory);
  return (root + '/' + directory + '/' + path.replace(/^\/+/, '')).replace(/\/+$/, '');
}

// a folder and the ones above it, as writeFile({ recursive }) and mkdir({ recursive }) make them
function makeFolders(path) {
  try {
    fsm().mkdirSync(path, true);
  } catch (e) {
    if (!/already exists/.test(e.message)) throw e;
  }
}

function exists(path) {
  try {
    fsm().accessSync(path);
    return true;
  } catch (e) {
    return false;
  }
}

function info(path, name) {
  var s = fsm().statSync(path);
  var seconds = s.lastModifiedTime || 0;
  return { name: name, type: s.isDirectory() ? 'directory' : 'file', size: s.size, ctime: seconds * 1000,
    mtime: seconds * 1000, uri: path };
}

var Filesystem = {
  readFile: function (o) {
    return run(function () {
      return { data: fsm().readFileSync(pathOf(o.path, o.directory), encodingOf(o)) };
    });
  },
  writeFile: function (o) {
    return run(function () {
      var path = pathOf(o.path, o.directory);
      if (o.recursive) makeFolders(path.slice(0, path.lastIndexOf('/')));
      fsm().writeFileSync(path, String(o.data), encodingOf(o));
      return { uri: path };
    });
  },
  appendFile: function (o) {
    return run(function () {
      var path = pathOf(o.path, o.directory), encoding = encodingOf(o);
      if (exists(path)) fsm().appendFileSync(path, String(o.data), encoding);
      else fsm().writeFileSync(path, String(o.data), encoding);
    });
  },
  deleteFile: function (o) {
    return run(function () { fsm().unlinkSync(pathOf(o.path, o.directory)); });
  },
  mkdir: function (o) {
    return run(function () {
      var path = pathOf(o.path, o.directory);
      if (o.recursive) makeFolders(path);
      else fsm().mkdirSync(path, false);
    });
  },
  rmdir: function (o) {
    return run(function () { fsm().rmdirSync(pathOf(o.path, o.directory), !!o.recursive); });
  },
  readdir: function (o) {
    return run(function () {
      var path = pathOf(o.path, o.directory);
      return { files: fsm().readdirSync(path).map(function (name) { return info(path + '/' + name, name); }) };
    });
  },
  stat: function (o) {
    return run(function () {
      var path = pathOf(o.path, o.directory);
      return info(path, path.slice(path.lastIndexOf('/') + 1));
    });
  },
  getUri: function (o) {
    return run(function () { return { uri: pathOf(o.path, o.directory) }; });
  },
  rename: function (o) {
    return run(function () {
      fsm().renameSync(pathOf(o.from, o.directory), pathOf(o.to, o.toDirectory || o.directory));
    });
  },
  copy: function (o) {
    return run(function () {
      var to = pathOf(o.to, o.toDirectory || o.directory);
      fsm().copyFileSync(pathOf(o.from, o.directory), to);
      return { uri: to };
    });
  },
  checkPermissions: function () { return Promise.resolve({ publicStorage: 'granted' }); },
  requestPermissions: function () { return Promise.resolve({ publicStorage: 'granted' }); }
};

module.exports = { Filesystem: Filesystem, Directory: Directory, Encoding: Encoding };
