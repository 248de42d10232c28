// @awesome-cordova-plugins/http (cordova-plugin-advanced-http; also @ionic-native/http): the injectable HTTP on
// the runtime's request core (wx.request, with its cookie jar, [api] base and the login adapter). As the plugin
// does (silkimen/cordova-plugin-advanced-http, www/public-interface.js), a response's `data` is text and a
// status of 400 or more rejects with { status, error, url, headers }.
// WeChat checks every server certificate against the system's CAs and offers no pinning, so
// setServerTrustMode('default') resolves and any other mode rejects: an app never believes it pins.
var http = require('../http.js');
var web = require('../web.js');
var dom = require('../dom.js');
var core = require('./core.js');

var SERIALIZERS = ['urlencoded', 'json', 'utf8', 'raw'];

// the plugin's error codes (www/error-codes.js), as `status` of a request that got no response
var ErrorCode = { GENERIC: -1, SSL_EXCEPTION: -2, SERVER_NOT_FOUND: -3, TIMEOUT: -4, UNSUPPORTED_URL: -5,
  NOT_CONNECTED: -6, POST_PROCESSING_FAILED: -7 };

function HTTP() {
  this.ErrorCode = ErrorCode;
  this._headers = {};   // host ('*' for all) -> { name: value }
  this._serializer = 'urlencoded';
  this._timeout = 60;   // seconds
}
HTTP.__ng__ = { kind: 'injectable', providedIn: 'root' };

// setHeader(name, value) is for every host, as setHeader('*', name, value); a null value removes the header
HTTP.prototype.setHeader = function (host, name, value) {
  if (arguments.length === 2) return this.setHeader('*', host, name);
  var headers = this._headers[host] = this._headers[host] || {};
  if (value === null) delete headers[name];
  else headers[name] = value;
};
HTTP.prototype.getHeaders = function (host) {
  return this._headers[host || '*'] || null;
};
HTTP.prototype.getBasicAuthHeader = function (user, password) {
  return { Authorization: 'Basic ' + web.btoa(unescape(encodeURIComponent(user + ':' + password))) };
};
HTTP.prototype.useBasicAuth = function (user, password) {
  this.setHeader('*', 'Authorization', this.getBasicAuthHeader(user, password).Authorization);
};
HTTP.prototype.setDataSerializer = function (name) {
  if (SERIALIZERS.indexOf(name) < 0) throw new Error('cordova-plugin-advanced-http: serializer "' + name + '" is not ' +
    'supported in a mini program (' + SERIALIZERS.join(', ') + ')');
  this._serializer = name;
};
HTTP.prototype.getDataSerializer = function () { return this._serializer; };
HTTP.prototype.setRequestTimeout = HTTP.prototype.setConnectTimeout = HTTP.prototype.setReadTimeout = function (s) {
  this._timeout = s;
};
HTTP.prototype.getRequestTimeout = function () { return this._timeout; };
HTTP.prototype.setFollowRedirect = function () {};   // wx.request always follows redirects
HTTP.prototype.setServerTrustMode = function (mode) {
  return mode === 'default' ? Promise.resolve('OK')
    : Promise.reject(dom.error('NotSupportedError', 'HTTP.setServerTrustMode("' + mode + '") is not available in ' +
      'a mini program: WeChat checks server certificates itself and cannot pin them' + core.CORDOVA_TOO));
};
HTTP.prototype.clearCookies = HTTP.prototype.removeCookies = function () {};
['uploadFile', 'downloadFile', 'setClientAuthMode'].forEach(function (method) {
  HTTP.prototype[method] = function () { return Promise.reject(core.unavailable('HTTP.' + method, true)); };
});

// params and urlencoded bodies as the plugin writes them (www/url-util.js): arrays `q[]=x&q[]=y`, objects `a[b]=1`
function query(params, prefix) {
  return Object.keys(params || {}).map(function (k) {
    var name = prefix ? prefix + '[' + encodeURIComponent(k) + ']' : encodeURIComponent(k);
    return field(name, params[k]);
  }).filter(Boolean).join('&');
}

function field(name, value) {
  if (Array.isArray(value)) return value.map(function (v) { return field(name + '[]', v); }).join('&');
  if (value && typeof value === 'object') return query(value, name);
  return name + '=' + encodeURIComponent(value);
}

HTTP.prototype.sendRequest = function (url, options) {
  options = options || {};
  var method = (options.method || 'get').toUpperCase();
  var host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url);
  var headers = Object.assign({}, this._headers['*'], host && this._headers[host[1]], options.headers);
  var params = query(options.params);
  if (params) url += (url.indexOf('?') < 0 ? '?' : '&') + params;
  var body;
  var serializer = options.serializer || this._serializer;
  if (options.data !== undefined && method !== 'GET' && method !== 'HEAD' && method !== 'DELETE') {
    if (serializer === 'json') {
      body = JSON.stringify(options.data);
      headers['Content-Type'] = headers['Content-Type'] || 'application/json';
    } else if (serializer === 'urlencoded') {
      body = query(options.data);
      headers['Content-Type'] = headers['Content-Type'] || 'application/x-www-form-urlencoded';
    } else if (serializer === 'utf8') {
      body = String(options.data);
      headers['Content-Type'] = headers['Content-Type'] || 'text/plain';
    } else {
      body = options.data;
    }
  }
  var timeout = (options.timeout || this._timeout) * 1000;
  var type = options.responseType || 'text';
  return http.request({ url: url, method: method, headers: headers, body: body, timeout: timeout,
    responseType: type === 'arraybuffer' || type === 'blob' ? 'arraybuffer' : 'text' })
    .then(function (res) {
      var response = { status: res.status, headers: res.headers, url: res.url };
      if (res.status >= 400) return Promise.reject(Object.assign(response, { error: res.body }));
      return Object.assign(response, { data: type === 'json' && res.body ? JSON.parse(res.body) : res.body });
    }, function (e) {
      return Promise.reject({ status: e.name === 'TimeoutError' ? ErrorCode.TIMEOUT : ErrorCode.SERVER_NOT_FOUND,
        error: e.message, url: url, headers: {} });
    });
};

['get', 'delete', 'head', 'options'].forEach(function (method) {
  HTTP.prototype[method] = function (url, params, headers) {
    return this.sendRequest(url, { method: method, params: params, headers: headers });
  };
});
['post', 'put', 'patch'].forEach(function (method) {
  HTTP.prototype[method] = function (url, data, headers) {
    return this.sendRequest(url, { method: method, data: data, headers: headers });
  };
});

module.exports = { HTTP: HTTP };
