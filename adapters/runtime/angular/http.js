// @angular/common/http on the runtime's request core (../http.js): HttpClient returns real rxjs Observables
// (cold: each subscribe sends; unsubscribing aborts), runs class and functional interceptors as Angular
// does, and reports failures as HttpErrorResponse. A Blob or FormData body is sent as its bytes (a FormData as
// multipart/form-data); observe 'events' emits Sent and the Response only; JSONP is not supported.
var rx = require('../rx.js');
var core = require('./core/base.js');
var request = require('../http.js').request;
var AbortController = require('../dom.js').AbortController;
var Blob = require('../blob.js').Blob;
var standIns = require('./stand-ins.js');

// ---- HttpHeaders: immutable, case-insensitive, multi-valued
function HttpHeaders(init) {
  this._map = {};   // lowercase name -> { name, values }
  var self = this;
  if (typeof init === 'string') {
    init.split('\n').forEach(function (line) {
      var i = line.indexOf(':');
      if (i > 0) self._add(line.slice(0, i).trim(), line.slice(i + 1).trim());
    });
  } else if (init instanceof HttpHeaders) {
    init.keys().forEach(function (k) { self._map[k.toLowerCase()] = { name: k, values: init.getAll(k) }; });
  } else if (init) {
    Object.keys(init).forEach(function (k) { [].concat(init[k]).forEach(function (v) { self._add(k, v); }); });
  }
}
HttpHeaders.prototype = {
  constructor: HttpHeaders,
  _add: function (name, value) {
    var k = name.toLowerCase();
    (this._map[k] = this._map[k] || { name: name, values: [] }).values.push(String(value));
  },
  _copy: function (fn) {
    var h = new HttpHeaders(this);
    fn(h);
    return h;
  },
  has: function (name) { return name.toLowerCase() in this._map; },
  get: function (name) { var e = this._map[name.toLowerCase()]; return e ? e.values[0] : null; },
  getAll: function (name) { var e = this._map[name.toLowerCase()]; return e ? e.values.slice() : null; },
  keys: function () { var m = this._map; return Object.keys(m).map(function (k) { return m[k].name; }); },
  append: function (name, value) {
    return this._copy(function (h) { [].concat(value).forEach(function (v) { h._add(name, v); }); });
  },
  set: function (name, value) {
    return this._copy(function (h) { h._map[name.toLowerCase()] = { name: name, values: [].concat(value).map(String) }; });
  },
  delete: function (name, value) {
    return this._copy(function (h) {
      var k = name.toLowerCase();
      var e = h._map[k];
      if (!e) return;
      if (value === undefined) delete h._map[k];
      else e.values = e.values.filter(function (v) { return [].concat(value).indexOf(v) < 0; });
    });
  },
  forEach: function (fn) { var m = this._map; Object.keys(m).forEach(function (k) { fn(m[k].name, m[k].values); }); }
};

// ---- HttpParams: immutable query parameters
function HttpUrlEncodingCodec() {}
HttpUrlEncodingCodec.prototype.encodeKey = HttpUrlEncodingCodec.prototype.encodeValue = function (s) {
  // Angular's standard encoding: these stay readable in the query string
  return encodeURIComponent(s).replace(/%(40|3A|24|2C|3B|3D|3F|2F)/gi, function (m, hex) {
    return String.fromCharCode(parseInt(hex, 16));
  });
};
HttpUrlEncodingCodec.prototype.decodeKey = HttpUrlEncodingCodec.prototype.decodeValue = function (s) {
  return decodeURIComponent(s.replace(/\+/g, ' '));
};

function HttpParams(options) {
  options = options || {};
  this._encoder = options.encoder || new HttpUrlEncodingCodec();
  this._list = [];   // [key, value] in order
  var self = this;
  if (options.fromString) {
    options.fromString.replace(/^\?/, '').split('&').forEach(function (pair) {
      if (!pair) return;
      var i = pair.indexOf('=');
      var key = self._encoder.decodeKey(i < 0 ? pair : pair.slice(0, i));
      self._list.push([key, i < 0 ? '' : self._encoder.decodeValue(pair.slice(i + 1))]);
    });
  } else if (options.fromObject) {
    Object.keys(options.fromObject).forEach(function (k) {
      [].concat(options.fromObject[k]).forEach(function (v) { self._list.push([k, String(v)]); });
    });
  }
}
HttpParams.prototype = {
  constructor: HttpParams,
  _copy: function (fn) {
    var p = new HttpParams({ encoder: this._encoder });
    p._list = this._list.slice();
    fn(p);
    return p;
  },
  has: function (key) { return this._list.some(function (e) { return e[0] === key; }); },
  get: function (key) { var all = this.getAll(key); return all ? all[0] : null; },
  getAll: function (key) {
    var out = this._list.filter(function (e) { return e[0] === key; }).map(function (e) { return e[1]; });
    return out.length ? out : null;
  },
  keys: function () {
    var out = [];
    this._list.forEach(function (e) { if (out.indexOf(e[0]) < 0) out.push(e[0]); });
    return out;
  },
  append: function (key, value) { return this._copy(function (p) { p._list.push([key, String(value)]); }); },
  appendAll: function (params) {
    return this._copy(function (p) {
      Object.keys(params).forEach(function (k) { [].concat(params[k]).forEach(function (v) { p._list.push([k, String(v)]); }); });
    });
  },
  set: function (key, value) {
    return this._copy(function (p) {
      p._list = p._list.filter(function (e) { return e[0] !== key; }).concat([[key, String(value)]]);
    });
  },
  delete: function (key, value) {
    return this._copy(function (p) {
      p._list = p._list.filter(function (e) { return e[0] !== key || (value !== undefined && e[1] !== String(value)); });
    });
  },
  toString: function () {
    var enc = this._encoder;
    return this._list.map(function (e) { return enc.encodeKey(e[0]) + '=' + enc.encodeValue(e[1]); }).join('&');
  }
};

// ---- HttpContext: per-request values for interceptors
function HttpContextToken(defaultValue) {
  this.defaultValue = defaultValue;
}
function HttpContext() {
  this._map = new Map();
}
HttpContext.prototype = {
  constructor: HttpContext,
  set: function (token, value) { this._map.set(token, value); return this; },
  get: function (token) { return this._map.has(token) ? this._map.get(token) : token.defaultValue(); },
  delete: function (token) { this._map.delete(token); return this; },
  has: function (token) { return this._map.has(token); },
  keys: function () { return this._map.keys(); }
};

// ---- HttpRequest
var NO_BODY = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'JSONP'];   // unless a body is passed explicitly

function HttpRequest(method, url, third, fourth) {
  this.method = method.toUpperCase();
  this.url = url;
  var hasBody = NO_BODY.indexOf(this.method) < 0 || !!fourth;
  var options = (hasBody ? fourth : third) || {};
  this.body = hasBody && third !== undefined ? third : null;
  this.headers = options.headers instanceof HttpHeaders ? options.headers : new HttpHeaders(options.headers);
  this.params = options.params instanceof HttpParams ? options.params : new HttpParams({ fromObject: options.params });
  this.context = options.context || new HttpContext();
  this.responseType = options.responseType || 'json';
  this.reportProgress = !!options.reportProgress;
  this.withCredentials = !!options.withCredentials;
  this.timeout = options.timeout;
  var query = this.params.toString();
  this.urlWithParams = !query ? url : url + (url.indexOf('?') < 0 ? '?' : /[?&]$/.test(url) ? '' : '&') + query;
}
HttpRequest.prototype.serializeBody = function () {
  var b = this.body;
  if (b === null || typeof b === 'string' || b instanceof ArrayBuffer) return b;
  if (typeof b.ɵbody === 'function') return b.ɵbody().bytes;   // a Blob or a FormData (blob.js)
  if (b instanceof HttpParams) return b.toString();
  return JSON.stringify(b);
};
HttpRequest.prototype.detectContentTypeHeader = function () {
  var b = this.body;
  if (b === null || b instanceof ArrayBuffer) return null;
  if (typeof b === 'string') return 'text/plain';
  if (typeof b.ɵbody === 'function') return b.ɵbody().type || null;   // a FormData's boundary is its own
  if (b instanceof HttpParams) return 'application/x-www-form-urlencoded;charset=UTF-8';
  return 'application/json';
};
HttpRequest.prototype.clone = function (update) {
  update = update || {};
  var self = this;
  var headers = update.headers || this.headers;
  var params = update.params || this.params;
  Object.keys(update.setHeaders || {}).forEach(function (k) { headers = headers.set(k, update.setHeaders[k]); });
  Object.keys(update.setParams || {}).forEach(function (k) { params = params.set(k, update.setParams[k]); });
  var pick = function (k) { return update[k] !== undefined ? update[k] : self[k]; };
  return new HttpRequest(pick('method'), pick('url'), pick('body'), {
    headers: headers, params: params, context: pick('context'), responseType: pick('responseType'),
    reportProgress: pick('reportProgress'), withCredentials: pick('withCredentials'), timeout: pick('timeout')
  });
};

// ---- events and responses
var HttpEventType = { Sent: 0, UploadProgress: 1, ResponseHeader: 2, DownloadProgress: 3, Response: 4, User: 5 };
var HttpStatusCode = { Ok: 200, Created: 201, NoContent: 204, BadRequest: 400, Unauthorized: 401, Forbidden: 403,
  NotFound: 404, Conflict: 409, InternalServerError: 500, ServiceUnavailable: 503 };

function responseBase(self, init, defaultStatus) {
  self.headers = init.headers instanceof HttpHeaders ? init.headers : new HttpHeaders(init.headers);
  self.status = init.status !== undefined ? init.status : defaultStatus;
  self.statusText = init.statusText || 'OK';
  self.url = init.url || null;
  self.ok = self.status >= 200 && self.status < 300;
}

function HttpResponse(init) {
  init = init || {};
  responseBase(this, init, 200);
  this.type = HttpEventType.Response;
  this.body = init.body !== undefined ? init.body : null;
}
HttpResponse.prototype.clone = function (update) {
  return new HttpResponse(Object.assign({ body: this.body, headers: this.headers, status: this.status,
    statusText: this.statusText, url: this.url }, update));
};

function HttpHeaderResponse(init) {
  responseBase(this, init || {}, 200);
  this.type = HttpEventType.ResponseHeader;
}

class HttpErrorResponse extends Error {
  constructor(init) {
    super();
    responseBase(this, init, 0);
    this.name = 'HttpErrorResponse';
    this.ok = false;
    this.error = init.error === undefined ? null : init.error;
    this.message = this.status >= 200 && this.status < 300
      ? 'Http failure during parsing for ' + (this.url || '(unknown url)')
      : 'Http failure response for ' + (this.url || '(unknown url)') + ': ' + this.status + ' ' + this.statusText;
  }
}

// ---- the backend: one HttpRequest -> Sent, then HttpResponse or HttpErrorResponse
var XSSI_PREFIX = /^\)\]\}',?\n/;

// HttpBackend is a token, the XHR backend unless the app provides another: one that wraps it names the XHR backend
// ({ provide: HttpBackend, useClass: NativeHttpFallback, deps: [Platform, NativeHttpBackend, HttpXhrBackend] })
function HttpBackend() {}
HttpBackend.__ng__ = { kind: 'injectable', providedIn: 'root', factory: function () { return core.inject(HttpXhrBackend); } };
function HttpXhrBackend() {}
HttpXhrBackend.__ng__ = { kind: 'injectable', providedIn: 'root' };
HttpXhrBackend.prototype.handle = function (req) {
  return new rx.Observable(function (observer) {
    var headers = {};
    req.headers.forEach(function (name, values) { headers[name] = values.join(','); });
    if (!req.headers.has('Accept')) headers.Accept = 'application/json, text/plain, */*';
    var type = req.detectContentTypeHeader();
    if (type && !req.headers.has('Content-Type')) headers['Content-Type'] = type;
    var binary = req.responseType === 'arraybuffer' || req.responseType === 'blob';
    var ctrl = new AbortController();
    var done = false;
    observer.next({ type: HttpEventType.Sent });
    request({ url: req.urlWithParams, method: req.method, headers: headers, body: req.serializeBody() || undefined,
      responseType: binary ? 'arraybuffer' : 'text', timeout: req.timeout, signal: ctrl.signal })
      .then(function (res) {
        done = true;
        var init = { headers: res.headers, status: res.status, statusText: res.statusText, url: res.url };
        var body = res.body;
        var ok = res.status >= 200 && res.status < 300;
        if (req.responseType === 'blob') body = new Blob([body], { type: res.headers['content-type'] || '' });
        if (req.responseType === 'json' && typeof body === 'string') {
          var text = body.replace(XSSI_PREFIX, '');
          try {
            body = text === '' ? null : JSON.parse(text);
          } catch (e) {
            // a failed request keeps its text body; a successful one fails with a parsing error
            if (ok) body = { error: e, text: text };
            ok = false;
          }
        }
        if (ok) {
          init.body = body;
          observer.next(new HttpResponse(init));
          observer.complete();
        } else {
          init.error = body;
          observer.error(new HttpErrorResponse(init));
        }
      }, function (err) {
        done = true;
        observer.error(new HttpErrorResponse({ error: err, status: 0, statusText: 'Unknown Error', url: req.urlWithParams }));
      });
    return function () { if (!done) ctrl.abort(); };
  });
};

// ---- interceptors: functional ones are HTTP_INTERCEPTOR_FNS; class ones (HTTP_INTERCEPTORS) join the chain
// where withInterceptorsFromDi() (or HttpClientModule) puts them, as in Angular
var HTTP_INTERCEPTORS = new core.InjectionToken('HTTP_INTERCEPTORS');
var HTTP_INTERCEPTOR_FNS = new core.InjectionToken('HTTP_INTERCEPTOR_FNS');

function classInterceptors(req, next) {
  var list = core.inject(HTTP_INTERCEPTORS, { optional: true }) || [];
  return list.reduceRight(function (handle, interceptor) {
    return function (r) { return interceptor.intercept(r, { handle: handle }); };
  }, next)(req);
}

// The chain every HttpClient request runs through, in the injector that created it.
function HttpHandler() {
  this._injector = core.inject(core.Injector);
}
HttpHandler.__ng__ = { kind: 'injectable', providedIn: 'root' };
HttpHandler.prototype.handle = function (req) {
  var injector = this._injector;
  var backend = injector.get(HttpBackend);
  // each once, as in Angular (withInterceptorsFromDi() given twice)
  return Array.from(new Set(injector.get(HTTP_INTERCEPTOR_FNS, []))).reduceRight(function (next, fn) {
    return function (r) { return core.runInInjectionContext(injector, function () { return fn(r, next); }); };
  }, function (r) { return backend.handle(r); })(req);
};

// ---- HttpClient
function HttpClient(handler) {
  this.handler = handler;
}
HttpClient.__ng__ = { kind: 'injectable', providedIn: 'root', deps: function () { return [{ token: HttpHandler }]; } };

HttpClient.prototype.request = function (first, url, options) {
  var self = this;
  options = options || {};
  var req = first instanceof HttpRequest ? first : new HttpRequest(first, url, options.body !== undefined ? options.body : null, {
    headers: options.headers, params: options.params, context: options.context, reportProgress: options.reportProgress,
    responseType: options.responseType || 'json', withCredentials: options.withCredentials, timeout: options.timeout
  });
  var events = rx.defer(function () { return self.handler.handle(req); });
  var observe = options.observe || 'body';
  if (observe === 'events' || first instanceof HttpRequest) return events;
  var responses = events.pipe(rx.filter(function (e) { return e instanceof HttpResponse; }));
  return observe === 'response' ? responses : responses.pipe(rx.map(function (res) { return res.body; }));
};

['get', 'delete', 'head', 'options'].forEach(function (method) {
  HttpClient.prototype[method] = function (url, options) { return this.request(method.toUpperCase(), url, options); };
});
['post', 'put', 'patch'].forEach(function (method) {
  HttpClient.prototype[method] = function (url, body, options) {
    return this.request(method.toUpperCase(), url, Object.assign({}, options, { body: body }));
  };
});
HttpClient.prototype.jsonp = function (url) {
  return rx.throwError(function () {
    return new HttpErrorResponse({ error: new Error('JSONP is not supported in a mini program'), url: url,
      statusText: 'JSONP unsupported' });
  });
};

// ---- providers
function providers(list) {
  return { ɵproviders: list };
}
function provideHttpClient() {
  return providers(Array.prototype.slice.call(arguments));
}
function withInterceptors(fns) {
  return providers(fns.map(function (fn) { return { provide: HTTP_INTERCEPTOR_FNS, useValue: fn, multi: true }; }));
}
function withInterceptorsFromDi() {
  return providers([{ provide: HTTP_INTERCEPTOR_FNS, useValue: classInterceptors, multi: true }]);
}
function noFeature() {
  return providers([]);   // XSRF cookies, fetch, JSONP, request deduplication: nothing to configure
}

function ngModule(list) {
  function Module() {}
  Module.__ng__ = { kind: 'ngmodule', providers: function () { return list; } };
  return Module;
}
var HttpClientModule = ngModule([withInterceptorsFromDi()]);
var HttpClientXsrfModule = ngModule([]);
HttpClientXsrfModule.withOptions = HttpClientXsrfModule.disable = function () { return HttpClientXsrfModule; };

module.exports = {
  HttpClient: HttpClient, HttpHandler: HttpHandler, HttpBackend: HttpBackend, HttpXhrBackend: HttpXhrBackend,
  FetchBackend: HttpXhrBackend, HttpRequest: HttpRequest, HttpResponse: HttpResponse,
  HttpHeaderResponse: HttpHeaderResponse, HttpErrorResponse: HttpErrorResponse, HttpHeaders: HttpHeaders,
  HttpParams: HttpParams, HttpUrlEncodingCodec: HttpUrlEncodingCodec, HttpContext: HttpContext,
  HttpContextToken: HttpContextToken, HttpEventType: HttpEventType, HttpStatusCode: HttpStatusCode,
  HTTP_INTERCEPTORS: HTTP_INTERCEPTORS, HTTP_INTERCEPTOR_FNS: HTTP_INTERCEPTOR_FNS,
  provideHttpClient: provideHttpClient, withInterceptors: withInterceptors,
  withInterceptorsFromDi: withInterceptorsFromDi, withFetch: noFeature, withXsrfConfiguration: noFeature,
  withNoXsrfProtection: noFeature, withJsonpSupport: noFeature, withRequestsMadeViaParent: noFeature,
  withHttpTransferCacheOptions: noFeature,
  HttpClientModule: HttpClientModule, HttpClientXsrfModule: HttpClientXsrfModule, HttpClientJsonpModule: ngModule([])
};
module.exports = standIns(module.exports);
