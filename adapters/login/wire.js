// HTTP for the identity backends. Straight wx.request, not the runtime's request core: the core's auth
// hook waits for the very sign-in these calls perform. Bodies carry tokens, so nothing here logs them.

// The code an app sees (README "Sign-in errors") for each kind, unless the backend names a finer one
var CODES = { code: 'code_rejected', auth: 'token_refused', network: 'network', backend: 'backend' };

// kind (what the facade does next): 'code' (WeChat rejected the wx.login code: a fresh code may work), 'auth'
// (token invalid or expired), 'network', 'backend' (anything else the backend refused).
// code: what the app shows or branches on (username_taken, user_forbidden, …); the kind's code by default.
function failure(kind, message, code) {
  var e = new Error('[pwa2wx login] ' + message);
  e.name = 'LoginError';
  e.kind = kind;
  e.code = code || CODES[kind];
  return e;
}

function form(fields) {
  return Object.keys(fields).filter(function (k) {
    return fields[k] !== undefined && fields[k] !== null && fields[k] !== '';
  }).map(function (k) {
    return encodeURIComponent(k) + '=' + encodeURIComponent(fields[k]);
  }).join('&');
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return text;
  }
}

// opts: { form: {…} (urlencoded) | json: {…}, headers: {…}, token: sent as Bearer }
// → Promise<{ status, data: parsed JSON, or the text when it is not JSON }>
function send(method, url, opts) {
  var header = Object.assign({}, opts.headers);
  var data;
  if (opts.form) {
    header['Content-Type'] = 'application/x-www-form-urlencoded';
    data = form(opts.form);
  } else if (opts.json) {
    header['Content-Type'] = 'application/json';
    data = JSON.stringify(opts.json);
  }
  if (opts.token) header.Authorization = 'Bearer ' + opts.token;
  return new Promise(function (resolve, reject) {
    wx.request({
      url: url, method: method, header: header, data: data, dataType: 'text',
      success: function (res) {
        resolve({ status: res.statusCode, data: parse(res.data) });
      },
      fail: function (err) {
        reject(failure('network', ((err && err.errMsg) || 'request failed') + ' (' + url + ')'));
      }
    });
  });
}

// A local file (chooseAvatar's temporary path) as the multipart part `name` → Promise<{ status, data }>
function upload(url, filePath, opts) {
  return new Promise(function (resolve, reject) {
    wx.uploadFile({
      url: url, filePath: filePath, name: opts.name || 'file',
      header: opts.token ? { Authorization: 'Bearer ' + opts.token } : {},
      success: function (res) {
        resolve({ status: res.statusCode, data: parse(res.data) });
      },
      fail: function (err) {
        reject(failure('network', ((err && err.errMsg) || 'upload failed') + ' (' + url + ')'));
      }
    });
  });
}

module.exports = { send: send, upload: upload, failure: failure };
