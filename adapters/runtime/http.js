// The runtime's one way to the network (fetch, XMLHttpRequest and HttpClient all come here): wx.request
// plus what a browser does and wx.request does not — relative URLs against [api] base, the app's bundled
// assets read from the package, PATCH, a cookie jar, and the login adapter's auth hook.
var storage = require('./storage.js');
var settled = require('./wxp.js').settled;
var address = require('./address.js');
var error = require('./dom.js').error;

// wx.request reports no status text
var STATUS_TEXT = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
  304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

// ---- cookie jar: Set-Cookie kept as a browser would, sent back as one Cookie header.
// Persistent cookies live in wx storage; session cookies (no Expires/Max-Age) only in memory.
var jarArea = storage.area('pwa2wx.');
var jar = null;

function cookies() {
  var now = Date.now();
  jar = (jar || jarArea.get('cookies') || []).filter(function (c) { return c.expires === null || c.expires > now; });
  return jar;
}

function domainMatch(host, domain) {
  return host === domain || host.slice(-domain.length - 1) === '.' + domain;
}

function pathMatch(path, cookiePath) {
  return path === cookiePath || (path.indexOf(cookiePath) === 0 &&
    (cookiePath.slice(-1) === '/' || path.charAt(cookiePath.length) === '/'));
}

function parseCookie(text, u) {
  var parts = text.split(';');
  var eq = parts[0].indexOf('=');
  if (eq < 1) return null;
  var dir = u.path.slice(0, u.path.lastIndexOf('/'));
  var c = { name: parts[0].slice(0, eq).trim(), value: parts[0].slice(eq + 1).trim(), domain: u.hostname,
    hostOnly: true, path: dir || '/', expires: null, secure: false };
  var maxAge = null;
  for (var i = 1; i < parts.length; i++) {
    var at = parts[i].indexOf('=');
    var key = (at < 0 ? parts[i] : parts[i].slice(0, at)).trim().toLowerCase();
    var value = at < 0 ? '' : parts[i].slice(at + 1).trim();
    if (key === 'domain' && value) {
      value = value.replace(/^\./, '').toLowerCase();
      if (!domainMatch(u.hostname, value)) return null;   // a server may not set cookies for another site
      c.domain = value;
      c.hostOnly = false;
    } else if (key === 'path' && value.charAt(0) === '/') {
      c.path = value;
    } else if (key === 'expires' && !isNaN(Date.parse(value))) {
      c.expires = Date.parse(value);
    } else if (key === 'max-age' && /^-?\d+$/.test(value)) {
      maxAge = Date.now() + Number(value) * 1000;
    } else if (key === 'secure') {
      c.secure = true;
    }
  }
  if (maxAge !== null) c.expires = maxAge;   // Max-Age wins over Expires
  return c;
}

function keepCookies(url, res) {
  var list = res.cookies;   // base library ≥ 2.10 splits them; older ones join them in one header
  if (!list || !list.length) {
    var header = res.header && (res.header['Set-Cookie'] || res.header['set-cookie']);
    list = !header ? [] : Array.isArray(header) ? header : String(header).split(/,(?=\s*[^;,=\s]+=)/);
  }
  if (!list.length) return;
  var u = address.parse(url);
  var all = cookies();
  list.forEach(function (text) {
    var c = parseCookie(text, u);
    if (!c) return;
    all = all.filter(function (o) { return !(o.name === c.name && o.domain === c.domain && o.path === c.path); });
    if (c.expires === null || c.expires > Date.now()) all.push(c);
  });
  jar = all;
  jarArea.set('cookies', all.filter(function (c) { return c.expires !== null; }));
}

function cookieHeader(url) {
  var u = address.parse(url);
  return cookies().filter(function (c) {
    return (c.hostOnly ? u.hostname === c.domain : domainMatch(u.hostname, c.domain)) &&
      pathMatch(u.path, c.path) && (!c.secure || u.protocol === 'https:');
  }).sort(function (a, b) { return b.path.length - a.path.length; })
    .map(function (c) { return c.name + '=' + c.value; }).join('; ');
}

// ---- auth hook: the login adapter plugs in here (see setAuth).
var auth = null;

// hooks.headersFor(absoluteUrl) → Promise<object of extra headers> (waits for a login in flight; {} for
// URLs that get no token); hooks.onAuthFailure(absoluteUrl, response, sentHeaders) → Promise<boolean>: true
// retries the request once with fresh headers (sentHeaders: what headersFor gave the failed request, so
// concurrent 401s can tell a token already renewed); hooks.authFailed(absoluteUrl, response) → boolean, when
// given, decides what refuses the token instead of HTTP 401 (Casdoor answers 200 {"status":"error"}).
// Network requests only, never bundled assets.
function setAuth(hooks) {
  auth = hooks;
}

function lowerKeys(obj) {
  var out = {};
  Object.keys(obj || {}).forEach(function (k) { out[k.toLowerCase()] = obj[k]; });
  return out;
}

function send(url, opts, retried) {
  var sent = null;   // what headersFor gave this request
  return Promise.resolve(auth && auth.headersFor(url)).then(function (extra) {
    sent = extra || {};
    return new Promise(function (done, fail) {
      var signal = opts.signal;
      if (signal && signal.aborted) return fail(signal.reason);
      var header = Object.assign({}, opts.headers, extra);
      var method = (opts.method || 'GET').toUpperCase();
      if (method === 'PATCH') {
        // wx.request has no PATCH: POST with the override header most frameworks honour
        method = 'POST';
        header['X-HTTP-Method-Override'] = 'PATCH';
      }
      var jarCookies = cookieHeader(url);
      if (jarCookies) header.Cookie = header.Cookie ? header.Cookie + '; ' + jarCookies : jarCookies;
      var task = wx.request({
        url: url, method: method, header: header, data: opts.body, timeout: opts.timeout,
        dataType: 'text',   // anything but 'json': the caller decides how to read the body
        responseType: opts.responseType === 'arraybuffer' ? 'arraybuffer' : 'text',
        success: function (res) {
          keepCookies(url, res);
          done({ url: url, status: res.statusCode, statusText: STATUS_TEXT[res.statusCode] || '',
            headers: lowerKeys(res.header), body: res.data });
        },
        fail: function (err) {
          var msg = (err && err.errMsg) || String(err);
          if (signal && signal.aborted) fail(signal.reason);
          else fail(error(/timeout/i.test(msg) ? 'TimeoutError' : 'NetworkError', msg + ' (' + url + ')'));
        }
      });
      if (signal) signal.addEventListener('abort', function () { task.abort(); });
    });
  }).then(function (res) {
    if (retried || !auth || !auth.onAuthFailure) return res;
    if (!(auth.authFailed ? auth.authFailed(url, res) : res.status === 401)) return res;
    return Promise.resolve(auth.onAuthFailure(url, res, sent)).then(function (retry) {
      return retry ? send(url, opts, true) : res;
    });
  });
}

function readAsset(path, opts) {
  return new Promise(function (done) {
    var text = opts.responseType !== 'arraybuffer';
    var req = {
      filePath: path,
      success: function (res) {
        done({ url: path.slice(1), status: 200, statusText: 'OK', body: res.data,
          headers: /\.json$/i.test(path) ? { 'content-type': 'application/json' } : {} });
      },
      fail: function () {
        done({ url: path.slice(1), status: 404, statusText: 'Not Found', headers: {},
          body: text ? '' : new ArrayBuffer(0) });
      }
    };
    if (text) req.encoding = 'utf8';
    wx.getFileSystemManager().readFile(req);
  });
}

// opts: { url, method, headers: {name: value}, body: string | ArrayBuffer | undefined,
//         responseType: 'text' (default) | 'arraybuffer', timeout: ms, signal: AbortSignal }
// → Promise<{ url, status, statusText, headers: {lowercase name: value}, body: string | ArrayBuffer }>.
// HTTP errors resolve; rejects with signal.reason on abort, or an Error named TimeoutError / NetworkError.
// Either way change detection runs after the caller's callbacks (the app's state changed, in all likelihood).
function request(opts) {
  var target;
  try {
    target = address.resolve(opts.url);
  } catch (e) {
    return Promise.reject(e);
  }
  return settled(target.file ? readAsset(target.file, opts) : send(target.url, opts, false));
}

// What a view shows for a package path ('/assets/a.png'): the file, or its [assets] base_url URL.

module.exports = { request: request, setAuth: setAuth };
