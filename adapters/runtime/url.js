'use strict';
// URL and URLSearchParams as the WHATWG URL standard has them, which WeChat's JavaScript lacks: absolute URLs,
// relative ones resolved against a base, and form-encoded query strings. Host names are lower-cased for the
// special schemes (http, https, ws, wss, ftp, file), not converted to punycode; there are no blob: URLs (no Blob).

var DEFAULT_PORTS = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21', 'file:': '' };
var PARTS = /^([a-zA-Z][a-zA-Z\d+.-]*:)?(\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?(#[\s\S]*)?$/;
// what each component percent-encodes besides C0 controls and non-ASCII (the standard's encode sets)
var PATH_SET = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]|["#<>?`{}]/g;
var QUERY_SET = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]|["#<>']/g;
var FRAGMENT_SET = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]|["<>`]/g;
var USERINFO_SET = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x21-\x7e]|["#<>?`{}/:;=@[\\\]^|]/g;

function encode(text, set) {
  return text.replace(set, function (c) { return encodeURIComponent(c).replace(/'/g, '%27'); });
}

function special(protocol) {
  return Object.prototype.hasOwnProperty.call(DEFAULT_PORTS, protocol);
}

// '/a/b/../c/./d' -> '/a/c/d' (a last '..' or '.' leaves the folder's trailing slash)
function removeDots(path) {
  var out = [];
  var segments = path.split('/');
  segments.forEach(function (seg, i) {
    var last = i === segments.length - 1;
    var dots = seg.replace(/%2e/gi, '.');
    if (dots === '..') {
      if (out.length > 1) out.pop();
      if (last) out.push('');
    } else if (dots === '.') {
      if (last) out.push('');
    } else {
      out.push(seg);
    }
  });
  return out.join('/');
}

// The absolute form of `input` against `base` (a URL), as a string PARTS can split
function absolute(input, base) {
  var m = PARTS.exec(input);
  if (m[1] && !(special(m[1].toLowerCase()) && base && base.protocol === m[1].toLowerCase() && !m[2])) {
    return input;
  }
  if (!base) throw new TypeError("Failed to construct 'URL': Invalid URL");
  if (m[1]) input = input.slice(m[1].length);   // 'https:x' against an https base: relative
  var authority = base.protocol + '//' + (base.username || base.password
    ? base.username + (base.password ? ':' + base.password : '') + '@' : '') + base.host;
  if (input.slice(0, 2) === '//') return base.protocol + input;
  if (input.charAt(0) === '/') return authority + input;
  if (input.charAt(0) === '?') return authority + base.pathname + input;
  if (input.charAt(0) === '#') return authority + base.pathname + base.search + input;
  if (input === '') return authority + base.pathname + base.search;
  return authority + base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1) + input;
}

function URL(input, base) {
  if (!(this instanceof URL)) throw new TypeError("Failed to construct 'URL': Please use the 'new' operator");
  var b = base === undefined ? null : base instanceof URL ? base : new URL(base);
  this._parse(absolute(clean(input), b));
}

function clean(input) {
  return String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

URL.prototype._parse = function (text) {
  var m = PARTS.exec(text);
  var protocol = m[1].toLowerCase();
  var isSpecial = special(protocol);
  if (isSpecial) {
    // backslashes are slashes up to the query, and any number of slashes starts the host (file: keeps its ///)
    var rest = text.slice(protocol.length);
    var end = rest.search(/[?#]/);
    if (end < 0) end = rest.length;
    var head = rest.slice(0, end).replace(/\\/g, '/');
    m = PARTS.exec(protocol + (protocol === 'file:' ? head : head.replace(/^\/*/, '//')) + rest.slice(end));
  }
  var authority = m[3] || '';
  var at = authority.lastIndexOf('@');
  var userinfo = at < 0 ? '' : authority.slice(0, at);
  var hostport = authority.slice(at + 1);
  var portAt = hostport.search(/:\d*$/);
  var port = portAt < 0 ? '' : hostport.slice(portAt + 1);
  var hostname = portAt < 0 ? hostport : hostport.slice(0, portAt);
  if (isSpecial && protocol !== 'file:' && !hostname) throw new TypeError("Failed to construct 'URL': Invalid URL");
  if (/[\s<>^|%]/.test(hostname) && !/%[0-9a-f]{2}/i.test(hostname)) {
    throw new TypeError("Failed to construct 'URL': Invalid URL");
  }
  var colon = userinfo.indexOf(':');
  this._protocol = protocol;
  this._username = encode(colon < 0 ? userinfo : userinfo.slice(0, colon), USERINFO_SET);
  this._password = colon < 0 ? '' : encode(userinfo.slice(colon + 1), USERINFO_SET);
  this._hostname = isSpecial ? hostname.toLowerCase() : hostname;
  this._port = port === '' || port.replace(/^0+(?=\d)/, '') === DEFAULT_PORTS[protocol] ? ''
    : String(Number(port));
  var path = m[4] || '';
  this._opaque = !isSpecial && !m[2] && path.charAt(0) !== '/';
  this._pathname = this._opaque ? path : removeDots(encode(path, PATH_SET)) || (isSpecial ? '/' : '');
  this._search = m[5] && m[5] !== '?' ? encode(m[5], QUERY_SET) : '';
  this._hash = m[6] && m[6] !== '#' ? encode(m[6], FRAGMENT_SET) : '';
  if (this._params) this._params._read(this._search);
};

function accessor(name, get, set) {
  Object.defineProperty(URL.prototype, name, { enumerable: true, configurable: true, get: get, set: set });
}

accessor('href', function () {
  var auth = this._username || this._password ? this._username + (this._password ? ':' + this._password : '') + '@'
    : '';
  var slashes = this._opaque ? '' : '//';
  return this._protocol + slashes + auth + this.host + this._pathname + this._search + this._hash;
}, function (v) { this._parse(absolute(clean(v), null)); });
accessor('origin', function () {
  return special(this._protocol) && this._protocol !== 'file:' ? this._protocol + '//' + this.host : 'null';
});
accessor('protocol', function () { return this._protocol; }, function (v) {
  var p = String(v).replace(/:.*$/, '').toLowerCase() + ':';
  if (special(p) === special(this._protocol)) this._parse(p + this.href.slice(this._protocol.length));
});
accessor('username', function () { return this._username; }, function (v) {
  this._username = encode(String(v), USERINFO_SET);
});
accessor('password', function () { return this._password; }, function (v) {
  this._password = encode(String(v), USERINFO_SET);
});
accessor('host', function () { return this._hostname + (this._port ? ':' + this._port : ''); }, function (v) {
  this._parse(this._protocol + '//' + String(v) + this._pathname + this._search + this._hash);
});
accessor('hostname', function () { return this._hostname; }, function (v) {
  this._parse(this._protocol + '//' + String(v) + (this._port ? ':' + this._port : '') + this._pathname +
    this._search + this._hash);
});
accessor('port', function () { return this._port; }, function (v) {
  var digits = /^\d*/.exec(String(v))[0];
  this._port = digits === '' || digits === DEFAULT_PORTS[this._protocol] ? '' : String(Number(digits));
});
accessor('pathname', function () { return this._pathname; }, function (v) {
  if (this._opaque) return;
  var path = String(v);
  this._pathname = removeDots(encode(path.charAt(0) === '/' ? path : '/' + path, PATH_SET));
});
accessor('search', function () { return this._search; }, function (v) {
  var s = String(v).replace(/^\?/, '');
  this._search = s ? '?' + encode(s, QUERY_SET) : '';
  if (this._params) this._params._read(this._search);
});
accessor('hash', function () { return this._hash; }, function (v) {
  var s = String(v).replace(/^#/, '');
  this._hash = s ? '#' + encode(s, FRAGMENT_SET) : '';
});
accessor('searchParams', function () {
  if (!this._params) {
    this._params = new URLSearchParams(this._search);
    this._params._url = this;
  }
  return this._params;
});
URL.prototype.toString = URL.prototype.toJSON = function () { return this.href; };
URL.canParse = function (input, base) {
  try {
    return !!new URL(input, base);
  } catch (e) {
    return false;
  }
};
// An object URL is a file the Blob's bytes are written to: its path is what <image src> and wx APIs take. The Blob
// is kept too, for what reads it back by its URL (a Web Worker's script: worker.js).
var OBJECT_FILE = '/pwa2wx-blob-', objectUrls = 0, objectBlobs = {};
var EXTENSIONS = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/webp': '.webp',
  'image/svg+xml': '.svg', 'application/pdf': '.pdf' };
URL.createObjectURL = function (blob) {
  if (!blob || typeof blob.ɵbody !== 'function') {
    throw new TypeError("Failed to execute 'createObjectURL' on 'URL': parameter 1 is not a Blob");
  }
  var body = blob.ɵbody();
  var path = wx.env.USER_DATA_PATH + OBJECT_FILE + Date.now() + '-' + (++objectUrls) + (EXTENSIONS[body.type] || '');
  wx.getFileSystemManager().writeFileSync(path, body.bytes);
  objectBlobs[path] = blob;
  return path;
};
URL.revokeObjectURL = function (path) {
  if (String(path).indexOf(wx.env.USER_DATA_PATH + OBJECT_FILE) !== 0) return;
  delete objectBlobs[path];
  try {
    wx.getFileSystemManager().unlinkSync(path);
  } catch (e) { /* revoked before, as browsers allow */ }
};

// ---- URLSearchParams: application/x-www-form-urlencoded name/value pairs
function decodeForm(text) {
  var s = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return s.replace(/(%[0-9a-f]{2})+/gi, decodeBytes);   // a bad byte sequence becomes U+FFFD, the rest decodes
  }
}

function decodeBytes(run) {
  var bytes = run.match(/%../g);
  var out = '';
  for (var i = 0; i < bytes.length;) {
    var lead = parseInt(bytes[i].slice(1), 16);
    var n = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3
      : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    try {
      if (!n) throw new URIError();
      out += decodeURIComponent(bytes.slice(i, i + n).join(''));
      i += n;
    } catch (e) {
      out += '\ufffd';
      i += 1;
    }
  }
  return out;
}

function encodeForm(text) {
  return encodeURIComponent(text).replace(/[!'()~]/g, function (c) {
    return '%' + c.charCodeAt(0).toString(16).toUpperCase();
  }).replace(/%20/g, '+');
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) throw new TypeError("Failed to construct 'URLSearchParams'");
  this._list = [];
  this._url = null;
  if (init === undefined || init === null) return;
  if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
    var list = this._list;
    Array.from(init).forEach(function (pair) {
      pair = Array.from(pair);
      if (pair.length !== 2) throw new TypeError("Failed to construct 'URLSearchParams': Invalid pair");
      list.push([String(pair[0]), String(pair[1])]);
    });
  } else if (typeof init === 'object') {
    this._list = Object.keys(init).map(function (k) { return [k, String(init[k])]; });
  } else {
    this._read(String(init));
  }
}

URLSearchParams.prototype._read = function (text) {
  this._list = text.replace(/^\?/, '').split('&').filter(Boolean).map(function (pair) {
    var eq = pair.indexOf('=');
    return eq < 0 ? [decodeForm(pair), ''] : [decodeForm(pair.slice(0, eq)), decodeForm(pair.slice(eq + 1))];
  });
};
URLSearchParams.prototype._changed = function () {
  if (!this._url) return;
  var s = this.toString();
  this._url._search = s ? '?' + s : '';
};
URLSearchParams.prototype.append = function (name, value) {
  this._list.push([String(name), String(value)]);
  this._changed();
};
URLSearchParams.prototype.delete = function (name, value) {
  name = String(name);
  this._list = this._list.filter(function (p) {
    return p[0] !== name || (value !== undefined && p[1] !== String(value));
  });
  this._changed();
};
URLSearchParams.prototype.get = function (name) {
  var found = this._list.filter(function (p) { return p[0] === String(name); })[0];
  return found ? found[1] : null;
};
URLSearchParams.prototype.getAll = function (name) {
  return this._list.filter(function (p) { return p[0] === String(name); }).map(function (p) { return p[1]; });
};
URLSearchParams.prototype.has = function (name, value) {
  return this._list.some(function (p) {
    return p[0] === String(name) && (value === undefined || p[1] === String(value));
  });
};
URLSearchParams.prototype.set = function (name, value) {
  name = String(name);
  var at = this._list.findIndex(function (p) { return p[0] === name; });
  if (at < 0) {
    this._list.push([name, String(value)]);
  } else {
    this._list[at][1] = String(value);
    this._list = this._list.filter(function (p, i) { return i <= at || p[0] !== name; });
  }
  this._changed();
};
URLSearchParams.prototype.sort = function () {
  this._list = this._list.map(function (p, i) { return [p, i]; }).sort(function (a, b) {
    return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1];
  }).map(function (x) { return x[0]; });
  this._changed();
};
URLSearchParams.prototype.forEach = function (fn, self) {
  var params = this;
  this._list.slice().forEach(function (p) { fn.call(self, p[1], p[0], params); });
};
URLSearchParams.prototype.entries = URLSearchParams.prototype[Symbol.iterator] = function () {
  return this._list.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator]();
};
URLSearchParams.prototype.keys = function () {
  return this._list.map(function (p) { return p[0]; })[Symbol.iterator]();
};
URLSearchParams.prototype.values = function () {
  return this._list.map(function (p) { return p[1]; })[Symbol.iterator]();
};
URLSearchParams.prototype.toString = function () {
  return this._list.map(function (p) { return encodeForm(p[0]) + '=' + encodeForm(p[1]); }).join('&');
};
Object.defineProperty(URLSearchParams.prototype, 'size', { get: function () { return this._list.length; } });

// The Blob an object URL was made of (undefined once revoked, or for another URL)
function objectBlob(path) {
  return Object.prototype.hasOwnProperty.call(objectBlobs, path) ? objectBlobs[path] : undefined;
}

module.exports = { URL: URL, URLSearchParams: URLSearchParams, objectBlob: objectBlob };
